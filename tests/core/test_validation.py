"""Validation rules and the Swedish messages a user reads when a record is refused."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest

from faltapp.core.entities import Category, Contact, Entity, Observation, Shift, Tally
from faltapp.core.validation import Context, ValidationError, check, validate

TODAY = date(2025, 6, 15)
CTX = Context(category_codes=frozenset({"skadegorelse", "trygg_plats"}), today=TODAY)

SHIFT = Shift(date=date(2025, 6, 13), start=time(18, 0), end=time(23, 0), kind="kvallspass")
TALLY = Tally(shift_id=SHIFT.id, gender="flicka", age_band="13_15", count=5,
              affected_alcohol=1, affected_drugs=0)
CONTACT = Contact(shift_id=SHIFT.id, alias="Sara K", birth_year=2009, gender="flicka",
                  actions=("samtal",))
OBSERVATION = Observation(shift_id=SHIFT.id, observed_at=datetime(2025, 6, 13, 21, 30),
                          place_id="p1", category="skadegorelse", severity=2, people_count=4)
CATEGORY = Category(code="nedskrapning", name="Nedskräpning")


def messages(entity: Entity, ctx: Context = CTX) -> list[str]:
    return [p.message for p in validate(entity, ctx)]


def fields(entity: Entity, ctx: Context = CTX) -> set[str]:
    return {p.field for p in validate(entity, ctx)}


@pytest.mark.parametrize("entity", [SHIFT, TALLY, CONTACT, OBSERVATION, CATEGORY],
                         ids=lambda e: type(e).__name__)
def test_realistic_records_are_valid(entity: Entity) -> None:
    assert validate(entity, CTX) == []
    check(entity, CTX)


# -- shifts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end"),
    [(time(21, 0), time(2, 0)), (time(18, 0), time(10, 0)), (time(0, 0), time(16, 0))],
    ids=["over-midnight", "exactly-16h-over-midnight", "exactly-16h-same-day"],
)
def test_shift_times_that_are_accepted(start: time, end: time) -> None:
    assert validate(dataclasses.replace(SHIFT, start=start, end=end), CTX) == []


def test_shift_that_ends_when_it_starts_is_refused() -> None:
    shift = dataclasses.replace(SHIFT, start=time(18, 0), end=time(18, 0))
    assert messages(shift) == ["Passet måste sluta efter att det börjat."]


@pytest.mark.parametrize(
    ("start", "end"), [(time(18, 0), time(17, 0)), (time(18, 0), time(10, 1))]
)
def test_shift_longer_than_16_hours_over_midnight_is_refused(start: time, end: time) -> None:
    shift = dataclasses.replace(SHIFT, start=start, end=end)
    assert messages(shift) == [
        "Slutet ligger före starten. Ett pass över midnatt får vara högst 16 timmar."
    ]


def test_long_shift_within_one_day_is_not_told_its_end_is_before_its_start() -> None:
    shift = dataclasses.replace(SHIFT, start=time(6, 0), end=time(23, 0))
    found = messages(shift)
    assert found, "a 17-hour shift should be refused"
    assert not any("före starten" in m for m in found)


def test_unknown_shift_kind_is_refused() -> None:
    shift = dataclasses.replace(SHIFT, kind="disco")
    assert messages(shift) == ["Typ av pass: okänt värde 'disco'."]


@pytest.mark.parametrize(
    ("day", "ok"),
    [
        (date(1999, 12, 31), False),
        (date(2000, 1, 1), True),
        (date(2026, 6, 15), True),
        (date(2026, 6, 16), False),
    ],
)
def test_shift_date_must_be_plausible(day: date, ok: bool) -> None:
    found = messages(dataclasses.replace(SHIFT, date=day))
    assert found == ([] if ok else [f"Datumet {day.isoformat()} är orimligt."])


def test_shift_can_be_validated_on_a_leap_day() -> None:
    leap = Context(category_codes=frozenset(), today=date(2024, 2, 29))
    assert validate(dataclasses.replace(SHIFT, date=date(2024, 2, 28)), leap) == []


@pytest.mark.parametrize(
    ("summary", "ok"),
    [
        ("x" * 4000, True),
        ("x" * 4001, False),
        ("Lugnt vid torget.\nMånga vid Resecentrum.\tSen kväll.", True),
    ],
    ids=["4000-chars", "4001-chars", "newline-and-tab"],
)
def test_summary_length_and_line_breaks(summary: str, ok: bool) -> None:
    found = messages(dataclasses.replace(SHIFT, summary=summary))
    expected = [] if ok else ["Sammanfattningen får vara högst 4000 tecken (nu 4001)."]
    assert found == expected


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\u202e"], ids=["NUL", "ESC", "RLO"])
def test_control_characters_in_summary_are_refused(char: str) -> None:
    shift = dataclasses.replace(SHIFT, summary=f"Lugnt{char}kväll")
    assert messages(shift) == ["Sammanfattningen innehåller otillåtna styrtecken."]


WORLD_TEXT = [
    "مرحبا، كيف حالك؟",
    "Привет, как дела?",
    "ሰላም እንዴት ነህ",
    "Bra kväll 👍🏽 👨‍👩‍👧 🇸🇪",
]


@pytest.mark.parametrize("text", WORLD_TEXT, ids=["arabic", "cyrillic", "geez", "emoji"])
def test_any_script_and_emoji_is_accepted(text: str) -> None:
    assert validate(dataclasses.replace(SHIFT, summary=text), CTX) == []
    assert validate(dataclasses.replace(CONTACT, alias=text[:60]), CTX) == []


# -- tallies --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"count": -1}, "Antal måste vara mellan 0 och 500 (nu -1)."),
        ({"count": 501}, "Antal måste vara mellan 0 och 500 (nu 501)."),
        ({"count": 2, "affected_alcohol": 3}, "Fler påverkade än antalet mötta."),
        ({"count": 2, "affected_drugs": 3}, "Fler påverkade än antalet mötta."),
        ({"age_band": "30_40"}, "Ålder: okänt värde '30_40'."),
        ({"gender": "man"}, "Kön: okänt värde 'man'."),
    ],
)
def test_broken_tallies_are_refused(changes: dict[str, object], message: str) -> None:
    assert message in messages(dataclasses.replace(TALLY, **changes))


@pytest.mark.parametrize("count", [0, 500])
def test_tally_count_limits_are_inclusive(count: int) -> None:
    tally = dataclasses.replace(TALLY, count=count, affected_alcohol=0, affected_drugs=0)
    assert validate(tally, CTX) == []


@pytest.mark.parametrize("value", [None, "3"])
def test_tally_with_non_number_affected_count_is_refused_not_crashing(value: object) -> None:
    tally = dataclasses.replace(TALLY, affected_alcohol=value)
    assert "affected_alcohol" in fields(tally)


# -- contacts -------------------------------------------------------------------------------


@pytest.mark.parametrize("alias", ["", "   "])
def test_blank_alias_is_refused(alias: str) -> None:
    assert messages(dataclasses.replace(CONTACT, alias=alias)) == ["Alias måste fyllas i."]


def test_alias_length_limit() -> None:
    assert validate(dataclasses.replace(CONTACT, alias="a" * 60), CTX) == []
    assert messages(dataclasses.replace(CONTACT, alias="a" * 61)) == [
        "Alias får vara högst 60 tecken (nu 61)."
    ]


@pytest.mark.parametrize(
    ("year", "ok"),
    [
        (TODAY.year + 1, False),
        (TODAY.year - 3, False),   # a three-year-old is no contact of an outreach shift
        (TODAY.year - 5, False),
        (TODAY.year - 6, True),
        (TODAY.year - 15, True),
        (TODAY.year - 30, True),
        (TODAY.year - 31, False),
        (TODAY.year - 90, False),
        (None, True),
    ],
)
def test_birth_year_must_be_plausible(year: int | None, ok: bool) -> None:
    found = fields(dataclasses.replace(CONTACT, birth_year=year))
    assert found == (set() if ok else {"birth_year"})


def test_an_implausible_birth_year_names_the_age_it_gives() -> None:
    problems = validate(dataclasses.replace(CONTACT, birth_year=TODAY.year - 90), CTX)
    assert "90 år" in problems[0].message


def test_unknown_contact_action_is_refused() -> None:
    contact = dataclasses.replace(CONTACT, actions=("samtal", "ringde_mamma"))
    assert messages(contact) == ["Åtgärder: okänt värde 'ringde_mamma'."]


# -- observations and categories ------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"category": "ufo"}, "Okänd kategori 'ufo'."),
        ({"severity": 0}, "Allvarlighetsgrad måste vara mellan 1 och 3 (nu 0)."),
        ({"severity": 4}, "Allvarlighetsgrad måste vara mellan 1 och 3 (nu 4)."),
        ({"people_count": -1}, "Antal personer måste vara mellan 0 och 500 (nu -1)."),
    ],
)
def test_broken_observations_are_refused(changes: dict[str, object], message: str) -> None:
    assert messages(dataclasses.replace(OBSERVATION, **changes)) == [message]


@pytest.mark.parametrize("severity", [1, 3])
def test_severity_limits_are_inclusive(severity: int) -> None:
    assert validate(dataclasses.replace(OBSERVATION, severity=severity), CTX) == []


@pytest.mark.parametrize("code", ["Skadegorelse", "otrygg plats", "", "x" * 41, "trygg-plats"])
def test_category_code_must_be_lowercase_ascii(code: str) -> None:
    assert messages(dataclasses.replace(CATEGORY, code=code)) == [
        "Kategorikoden får bara innehålla a–z, 0–9 och _ (högst 40 tecken)."
    ]


# -- check() --------------------------------------------------------------------------------


def test_check_reports_every_broken_rule_at_once() -> None:
    shift = dataclasses.replace(
        SHIFT, date=date(1999, 5, 1), start=time(20, 0), end=time(20, 0), kind="disco",
        summary="a\x00b",
    )
    with pytest.raises(ValidationError) as caught:
        check(shift, CTX)
    problems = caught.value.problems
    assert [p.field for p in problems] == ["date", "end", "kind", "summary"]
    assert str(caught.value) == "\n".join(p.message for p in problems)
    assert str(caught.value) == (
        "Datumet 1999-05-01 är orimligt.\n"
        "Passet måste sluta efter att det börjat.\n"
        "Typ av pass: okänt värde 'disco'.\n"
        "Sammanfattningen innehåller otillåtna styrtecken."
    )


def test_check_on_a_contact_lists_alias_birth_year_and_action() -> None:
    contact = dataclasses.replace(CONTACT, alias="", birth_year=TODAY.year + 5, actions=("x",))
    with pytest.raises(ValidationError) as caught:
        check(contact, CTX)
    assert {p.field for p in caught.value.problems} == {"alias", "birth_year", "actions"}
    assert "Alias måste fyllas i." in str(caught.value).splitlines()


def test_check_passes_silently_for_a_valid_record() -> None:
    assert check(TALLY, CTX) is None


def test_validation_error_is_a_value_error() -> None:
    assert issubclass(ValidationError, ValueError)


def test_an_observation_needs_a_place_and_a_category_in_plain_words() -> None:
    bare = Observation("s", datetime(2025, 3, 14, 22), place_id="", category="")
    found = {p.field: p.message for p in validate(bare, CTX)}
    assert found == {"place_id": "Välj en plats.", "category": "Välj en kategori."}
