"""Registerutdrag: everything faltapp stores about one person, as one PDF (issue 9 item 3).

A person's right of access (GDPR art. 15): the person record as it is now, every earlier
version of it (what was changed when), every contact linked to the person (with actions,
conversation, referral and note), the follow-ups of those contacts, and who opened the
person's record when (the access log). Making it is itself written to the access log.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from reportlab.platypus import Flowable

from faltapp.core.entities import FollowUp, Person
from faltapp.core.jobs import Job, Progress
from faltapp.core.messages import text
from faltapp.reports.layout import Names, build_pdf, none_line, section, table
from faltapp.reports.output import ReportError
from faltapp.reports.text import paragraph, styles

_ACTIONS = {"open_person": "öppnade personen", "open_contact": "öppnade en kontakt",
            "registerutdrag": "registerutdrag", "print": "utskrift", "export": "export",
            "import": "import", "erase": "radering", "settings": "inställningar"}
_PERSON_FIELDS = (("alias", "Alias"), ("birth_year", "Födelseår"), ("gender", "Kön"),
                  ("school", "Skola"), ("risk_note", "Riskanteckning"),
                  ("known_to", "Känd hos socialtjänsten"))


def _person_rows(person: Person, names: Names) -> list[list[str]]:
    rows = [["Uppgift", "Värde"]]
    for field, label in _PERSON_FIELDS:
        value = getattr(person, field)
        if field == "gender":
            value = names.term(names.vocab.genders, value)
        rows.append([label, str(value) if value not in (None, "") else "–"])
    return rows


def _history(db: Any, person_id: str) -> list[Flowable]:
    entries = db.history(Person, person_id)
    rows = [["Ändrad", "Version", "Innehåll"]]
    for entry in entries:
        content = ("borttagen" if entry.deleted else
                   ", ".join(f"{k}: {v}" for k, v in sorted((entry.payload or {}).items())
                             if k != "id" and v not in (None, "")))
        rows.append([entry.changed_at[:16].replace("T", " "), entry.version.split("-")[0],
                     content or "–"])
    return section("Personuppgiftens versioner", table(rows))


def _contacts(db: Any, person_id: str, names: Names) -> tuple[list[Flowable], list[str]]:
    found = db.persons.contacts_of(person_id)
    if not found:
        return section("Kontakter", none_line("Inga kontakter är kopplade till personen.")), []
    v = names.vocab
    rows = [["Datum", "Plats", "Samtal", "Åtgärder", "Hänvisad till", "Anteckning"]]
    for contact in found:
        rows.append([contact.day.isoformat() if contact.day else "–",
                     contact.place or "–",
                     names.term(v.conversation_kinds, contact.conversation),
                     names.terms(v.contact_actions, contact.actions),
                     contact.referred_to or "–", contact.note or "–"])
    return section("Kontakter", table(rows)), [c.contact_id for c in found]


def _follow_ups(db: Any, contact_ids: list[str], names: Names) -> list[Flowable]:
    wanted = set(contact_ids)
    found = [f for f in db.all(FollowUp) if f.contact_id in wanted]
    if not found:
        return section("Uppföljningar", none_line("Inga uppföljningar."))
    rows = [["Att göra", "Senast", "Status"]]
    for item in sorted(found, key=lambda f: (f.due or datetime.max.date(), f.text)):
        rows.append([item.text, item.due.isoformat() if item.due else "–",
                     names.term(names.vocab.follow_up_statuses, item.status)])
    return section("Uppföljningar", table(rows))


def _access(db: Any, person_id: str) -> list[Flowable]:
    entries = [e for e in db.access.entries() if e.record_id == person_id]
    if not entries:
        return section("Åtkomst", none_line("Ingen har öppnat personen."))
    rows = [["När", "Vem", "Vad"]]
    for entry in entries:
        rows.append([entry.logged_at[:16].replace("T", " "), entry.who or "–",
                     _ACTIONS.get(entry.action, entry.action)])
    return section("Åtkomst", table(rows))


def registerutdrag_pdf(db: Any, person_id: str) -> Job[bytes]:
    """Everything stored about ``person_id`` as PDF bytes; the making is access-logged.

    Raises :class:`ReportError` for a person that does not exist (or was erased).
    """
    person = db.get(Person, person_id)
    if person is None:
        raise ReportError(text("Personen finns inte (eller är raderad)."))
    names = Names.of(db)
    st = styles()  # registers the report font before any table is measured
    yield Progress(1, 3)
    contacts, contact_ids = _contacts(db, person_id, names)
    made = datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    story: list[Flowable] = [
        paragraph(f"Registerutdrag: {person.alias}", st["title"]),
        paragraph(f"Allt faltapp lagrar om personen, {made}.", st["small"]),
        *section("Personuppgifter", table(_person_rows(person, names))),
        *_history(db, person_id), *contacts, *_follow_ups(db, contact_ids, names),
        *_access(db, person_id)]
    yield Progress(2, 3)
    data = build_pdf(f"Registerutdrag {person.alias}", story, "Registerutdrag")
    db.access.log("registerutdrag", Person.TABLE, person_id)
    yield Progress(3, 3)
    return data
