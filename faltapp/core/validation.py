"""Validation of entities, with messages in plain Swedish for the person at the keyboard.

``validate(entity, context)`` returns a list of :class:`Problem`; ``check`` raises
:class:`ValidationError` holding them. The same rules guard forms, the CLI and (later) imports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from faltapp.core.entities import (
    Category,
    Contact,
    Entity,
    FollowUp,
    Observation,
    Person,
    Place,
    Shift,
    Staff,
    Tally,
    WalkItem,
)
from faltapp.core.messages import text
from faltapp.core.problems import Problem, ValidationError
from faltapp.core.vocabulary import Term, Vocabulary, vocabulary

MAX_SHIFT_MINUTES = 16 * 60
MAX_COUNT = 500
MAX_LIST_ITEMS = 50
MIN_CONTACT_AGE = 6
MAX_CONTACT_AGE = 30
MAX_RISK_NOTE = 300
"""A person's risk note is short on purpose: details belong in social services' own files."""
SHIFT_STATUSES = frozenset({"draft", "final"})
_CATEGORY_CODE = re.compile(r"^[a-z0-9_]{1,40}$")
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass(frozen=True, slots=True)
class Context:
    """What validation needs to know beyond the record itself."""

    category_codes: frozenset[str]
    vocab: Vocabulary = field(default_factory=vocabulary)
    today: date = field(default_factory=date.today)


class _Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, name: str, message: str) -> None:
        self.problems.append(Problem(name, message))

    def text(self, name: str, label: str, value: str, *, limit: int, required: bool = False,
             multiline: bool = False) -> None:
        if not isinstance(value, str):
            self.fail(name, text("{label} måste vara text.", label=label))
            return
        if required and not value.strip():
            self.fail(name, text("{label} måste fyllas i.", label=label))
        if len(value) > limit:
            self.fail(name, text("{label} får vara högst {limit} tecken (nu {count}).",
                                 label=label, limit=limit, count=len(value)))
        if (_FORBIDDEN_MULTILINE if multiline else _FORBIDDEN).search(value):
            self.fail(name, text("{label} innehåller otillåtna styrtecken.", label=label))

    def number(self, name: str, label: str, value: int, low: int, high: int) -> None:
        if not _is_int(value):
            self.fail(name, text("{label} måste vara ett heltal.", label=label))
        elif not low <= value <= high:
            self.fail(name, text("{label} måste vara mellan {low} och {high} (nu {value}).",
                                 label=label, low=low, high=high, value=value))

    def term(self, name: str, label: str, value: str, terms: tuple[Term, ...]) -> None:
        if value not in Vocabulary.codes(terms):
            self.problems.append(Problem(
                name, text("{label}: okänt värde {value!r}.", label=label, value=value),
                unknown=value))

    def terms(
        self, name: str, label: str, values: tuple[str, ...], terms: tuple[Term, ...]
    ) -> None:
        if len(values) > MAX_LIST_ITEMS:
            self.fail(name, text("{label}: högst {count} val.", label=label, count=MAX_LIST_ITEMS))
        for value in values:
            self.term(name, label, value, terms)

    def ids(self, name: str, label: str, values: tuple[str, ...]) -> None:
        if len(values) > MAX_LIST_ITEMS:
            self.fail(name, text("{label}: högst {count} val.", label=label, count=MAX_LIST_ITEMS))
        if len(set(values)) != len(values):
            self.fail(name, text("{label}: samma val förekommer flera gånger.", label=label))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _forbidden(allowed: str) -> re.Pattern[str]:
    """Control (Cc), surrogate (Cs) and private-use (Co) characters and the bidi controls,
    except ``allowed``: one regular expression instead of a category lookup per character."""
    ranges = ["\x00-\x1f", "\x7f-\x9f", "\ud800-\udfff", "\ue000-\uf8ff",
              "\U000f0000-\U000ffffd", "\U00100000-\U0010fffd", *sorted(_BIDI_CONTROLS)]
    pattern = "[" + "".join(ranges) + "]"
    if allowed:
        pattern = f"(?![{re.escape(allowed)}]){pattern}"
    return re.compile(pattern)


_FORBIDDEN = _forbidden("")
_FORBIDDEN_MULTILINE = _forbidden("\n\t")


def _shift(c: _Checker, s: Shift, ctx: Context) -> None:
    earliest = date(2000, 1, 1)
    latest = ctx.today + timedelta(days=365)
    if not earliest <= s.date <= latest:
        c.fail("date", text("Datumet {date} är orimligt.", date=s.date.isoformat()))
    if s.start == s.end:
        c.fail("end", text("Passet måste sluta efter att det börjat."))
    elif s.duration_minutes() > MAX_SHIFT_MINUTES:
        if s.end > s.start:
            c.fail("end", text("Ett pass får vara högst 16 timmar."))
        else:
            c.fail("end", text("Slutet ligger före starten. Ett pass över midnatt får vara "
                               "högst 16 timmar."))
    c.term("kind", "Typ av pass", s.kind, ctx.vocab.shift_kinds)
    c.ids("area_ids", "Områden", s.area_ids)
    c.ids("staff_ids", "Personal", s.staff_ids)
    c.terms("partners", "Samverkanspartner", s.partners, ctx.vocab.partner_kinds)
    c.text("summary", "Sammanfattningen", s.summary, limit=4000, multiline=True)
    c.text("weather", "Vädret", s.weather, limit=60)
    if s.status not in SHIFT_STATUSES:
        c.fail("status", text("Okänd status {value!r}.", value=s.status))


def _tally(c: _Checker, t: Tally, ctx: Context) -> None:
    c.term("gender", "Kön", t.gender, ctx.vocab.genders)
    c.term("age_band", "Ålder", t.age_band, ctx.vocab.age_bands)
    c.number("count", "Antal", t.count, 0, MAX_COUNT)
    c.number("affected_alcohol", "Påverkade av alkohol", t.affected_alcohol, 0, MAX_COUNT)
    c.number("affected_drugs", "Påverkade av droger", t.affected_drugs, 0, MAX_COUNT)
    numbers = (t.count, t.affected_alcohol, t.affected_drugs)
    if all(_is_int(n) for n in numbers) and max(numbers[1:]) > t.count:
        c.fail("count", text("Fler påverkade än antalet mötta."))


def _contact(c: _Checker, k: Contact, ctx: Context) -> None:
    c.text("alias", "Alias", k.alias, limit=60, required=True)
    _birth_year(c, k.birth_year, ctx)
    c.term("gender", "Kön", k.gender, ctx.vocab.genders)
    if k.conversation:
        c.term("conversation", "Typ av samtal", k.conversation, ctx.vocab.conversation_kinds)
    c.terms("actions", "Åtgärder", k.actions, ctx.vocab.contact_actions)
    c.text("note", "Anteckningen", k.note, limit=2000, multiline=True)
    c.text("referred_to", "Hänvisad till", k.referred_to, limit=200)


def _birth_year(c: _Checker, year: int | None, ctx: Context) -> None:
    if year is None:
        return
    if not _is_int(year):
        c.fail("birth_year", text("Födelseåret måste vara ett heltal."))
    elif not MIN_CONTACT_AGE <= ctx.today.year - year <= MAX_CONTACT_AGE:
        age = ctx.today.year - year
        c.fail("birth_year", text(
            "Födelseåret {year} ger åldern {age} år. Kontakter är unga mellan {low} och "
            "{high} år.", year=year, age=age, low=MIN_CONTACT_AGE, high=MAX_CONTACT_AGE))


def _person(c: _Checker, p: Person, ctx: Context) -> None:
    c.text("alias", "Alias", p.alias, limit=60, required=True)
    _birth_year(c, p.birth_year, ctx)
    c.term("gender", "Kön", p.gender, ctx.vocab.genders)
    c.text("school", "Skolan", p.school, limit=80)
    c.text("risk_note", "Riskbedömningen", p.risk_note, limit=MAX_RISK_NOTE, multiline=True)
    c.text("known_to", "Känd hos", p.known_to, limit=120)


def _observation(c: _Checker, o: Observation, ctx: Context) -> None:
    if not o.place_id:
        c.fail("place_id", text("Välj en plats."))
    if not o.category:
        c.fail("category", text("Välj en kategori."))
    elif o.category not in ctx.category_codes:
        c.problems.append(Problem("category", text("Okänd kategori {value!r}.", value=o.category),
                                  unknown=o.category))
    c.number("severity", "Allvarlighetsgrad", o.severity, 1, 3)
    c.number("people_count", "Antal personer", o.people_count, 0, MAX_COUNT)
    c.text("description", "Beskrivningen", o.description, limit=2000, multiline=True)
    c.terms("forwarded_to", "Vidarebefordrat till", o.forwarded_to, ctx.vocab.forward_targets)


def _follow_up(c: _Checker, f: FollowUp, ctx: Context) -> None:
    c.text("text", "Uppföljningen", f.text, limit=1000, required=True, multiline=True)
    c.term("status", "Status", f.status, ctx.vocab.follow_up_statuses)


def _walk_item(c: _Checker, w: WalkItem, ctx: Context) -> None:
    c.text("problem", "Problemet", w.problem, limit=1000, required=True, multiline=True)
    c.text("proposed_action", "Föreslagen åtgärd", w.proposed_action, limit=1000, multiline=True)
    c.text("responsible", "Ansvarig", w.responsible, limit=120)
    c.term("priority", "Prioritet", w.priority, ctx.vocab.walk_priorities)
    c.term("status", "Status", w.status, ctx.vocab.walk_statuses)


def _place(c: _Checker, p: Place, ctx: Context) -> None:
    c.text("name", "Platsens namn", p.name, limit=80, required=True)
    c.text("area", "Området", p.area, limit=80)


def _staff(c: _Checker, s: Staff, ctx: Context) -> None:
    c.text("name", "Namnet", s.name, limit=80, required=True)
    c.text("initials", "Initialerna", s.initials, limit=6)
    c.text("role", "Rollen", s.role, limit=40)


def _category(c: _Checker, k: Category, ctx: Context) -> None:
    if not _CATEGORY_CODE.match(k.code):
        c.fail("code", text("Kategorikoden får bara innehålla a–z, 0–9 och _ (högst 40 tecken)."))
    c.text("name", "Kategorins namn", k.name, limit=60, required=True)
    c.text("description", "Beskrivningen", k.description, limit=400, multiline=True)


_RULES: dict[type, Callable[[_Checker, object, Context], None]] = {
    Shift: _shift, Tally: _tally, Contact: _contact, Observation: _observation,
    FollowUp: _follow_up, WalkItem: _walk_item, Place: _place, Staff: _staff, Category: _category,
    Person: _person,
}


def validate(entity: Entity, context: Context) -> list[Problem]:
    """Every rule ``entity`` breaks, in field order; empty when it is valid."""
    checker = _Checker()
    _RULES[type(entity)](checker, entity, context)
    return checker.problems


def check(entity: Entity, context: Context) -> None:
    """Raise :class:`ValidationError` unless ``entity`` is valid."""
    problems = validate(entity, context)
    if problems:
        raise ValidationError(problems)
