"""Passrapport: one shift on one A4 page (continuing cleanly when long), built in memory (no Qt).

Names come from the database (places, staff, categories) and the vocabulary; the shared
building blocks (tables, sections, footer) are in :mod:`faltapp.reports.layout`.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from faltapp.core.jobs import Job, Progress
from faltapp.core.messages import text
from faltapp.core.time_text import NEXT_DAY
from faltapp.reports.layout import Names, build_pdf, none_line, section, table
from faltapp.reports.output import ReportError
from faltapp.reports.text import paragraph, styles

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


class ShiftNotFound(ReportError, KeyError):
    """No current shift has this id (never stored, or deleted)."""

    def __str__(self) -> str:
        return str(self.args[0])


def day_text(day: date) -> str:
    """"fredag 2026-03-13"."""
    return f"{WEEKDAYS[day.weekday()]} {day.isoformat()}"


def clock(moment: time | datetime, start_day: date) -> str:
    """"HH:MM", with " (+1)" when ``moment`` falls on the day after ``start_day``."""
    if isinstance(moment, datetime):
        later = moment.date() > start_day
        moment = moment.time()
    else:
        later = False
    return moment.strftime("%H:%M") + (f" {NEXT_DAY}" if later else "")


def shift_times(shift: Any) -> str:
    """"18:00–23:30", or "22:00–02:00 (+1)" for a shift that crosses midnight."""
    late = shift.end <= shift.start
    return f"{shift.start:%H:%M}–{shift.end:%H:%M}" + (f" {NEXT_DAY}" if late else "")


def load(db: Any, shift_id: str) -> Any:
    """The shift's bundle; :class:`ShiftNotFound` when there is none."""
    loaded = db.load_shift(shift_id)
    if loaded is None:
        raise ShiftNotFound(text("Passet {shift_id} finns inte (det kan vara borttaget).",
                                 shift_id=shift_id))
    return loaded.bundle


def header(shift: Any, names: Names, title: str) -> list[Flowable]:
    """Title, then date and times, kind, areas, staff and partners as a two-column block."""
    st = styles()
    v = names.vocab
    rows = [
        ("Datum", day_text(shift.date)), ("Tid", shift_times(shift)),
        ("Typ av pass", names.term(v.shift_kinds, shift.kind)),
        ("Områden", ", ".join(names.place(a) for a in shift.area_ids) or "–"),
        ("Personal", ", ".join(names.staff.get(s, "okänd person") for s in shift.staff_ids)
         or "–"),
        ("Samverkan", names.terms(v.partner_kinds, shift.partners)),
    ]
    if shift.weather:
        rows.append(("Väder", shift.weather))
    if shift.status != "final":
        rows.append(("Status", "Utkast – passet är inte avslutat"))
    block = Table([[paragraph(k, st["cell_bold"]), paragraph(val, st["cell"])] for k, val in rows],
                  colWidths=[28 * mm, None], hAlign="LEFT")
    block.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return [paragraph(title, st["title"]), block]


def tallies(bundle: Any, names: Names) -> list[Flowable]:
    """Age band × gender with totals, and the number affected by alcohol and by drugs."""
    v = names.vocab
    if not bundle.tallies:
        return section("Mötta", none_line("Inga mötta räknade."))
    counts: Counter[tuple[str, str]] = Counter()
    for t in bundle.tallies:
        counts[t.age_band, t.gender] += t.count
    genders = [g for g in v.genders if any(k[1] == g.code for k in counts)]
    bands = [b for b in v.age_bands if any(k[0] == b.code for k in counts)]
    rows = [["Ålder", *[g.name for g in genders], "Totalt"]]
    for band in bands:
        line = [counts[band.code, g.code] for g in genders]
        rows.append([band.name, *map(str, line), str(sum(line))])
    totals = [sum(counts[b.code, g.code] for b in bands) for g in genders]
    rows.append(["Totalt", *map(str, totals), str(sum(totals))])
    width = 22 * mm
    grid = table(rows, [24 * mm, *[width] * (len(genders) + 1)],
                 numeric=range(1, len(genders) + 2), total_row=True)
    alcohol = sum(t.affected_alcohol for t in bundle.tallies)
    drugs = sum(t.affected_drugs for t in bundle.tallies)
    affected = paragraph(f"Påverkade av alkohol: {alcohol}, av droger: {drugs}.",
                         styles()["body"])
    return section("Mötta", [grid, Spacer(0, 2), affected])


def contacts(bundle: Any, names: Names) -> list[Flowable]:
    """Each contact with alias, age, place, conversation, actions, referral and note."""
    if not bundle.contacts:
        return section("Kontakter", none_line("Inga kontakter."))
    v = names.vocab
    rows = [["Alias", "Född", "Kön", "Plats", "Samtal", "Åtgärder", "Hänvisad till",
             "Anteckning"]]
    for c in sorted(bundle.contacts, key=lambda c: c.alias.casefold()):
        rows.append([c.alias, str(c.birth_year or "–"), names.term(v.genders, c.gender),
                     names.place(c.place_id), names.term(v.conversation_kinds, c.conversation),
                     names.terms(v.contact_actions, c.actions), c.referred_to or "–",
                     c.note or "–"])
    return section("Kontakter", table(rows), "Internt dokument, lämnas inte ut")


def observations(bundle: Any, names: Names) -> list[Flowable]:
    """Observations in time order: time, place, category, severity, people, text, forwarding."""
    if not bundle.observations:
        return section("Iakttagelser", none_line("Inga iakttagelser."))
    v = names.vocab
    day = bundle.shift.date
    rows = [["Tid", "Plats", "Kategori", "Allvar", "Antal", "Beskrivning", "Vidarebefordrat"]]
    for o in sorted(bundle.observations, key=lambda o: (o.observed_at, o.id)):
        rows.append([clock(o.observed_at, day), names.place(o.place_id),
                     names.categories.get(o.category, o.category),
                     names.term(v.severities, str(o.severity)), str(o.people_count),
                     o.description or "–", names.terms(v.forward_targets, o.forwarded_to)])
    return section("Iakttagelser", table(rows, numeric=(4,)))


def actions(bundle: Any, names: Names) -> list[Flowable]:
    """What was done: contact actions and forwarded observations, counted."""
    v = names.vocab
    done = Counter(a for c in bundle.contacts for a in c.actions)
    sent = Counter(t for o in bundle.observations for t in o.forwarded_to)
    parts = [f"{names.term(v.contact_actions, code)}: {n}" for code, n in sorted(done.items())]
    parts += [f"Vidarebefordrat till {names.term(v.forward_targets, code)}: {n}"
              for code, n in sorted(sent.items())]
    body = paragraph("; ".join(parts) + "." if parts else "Inga åtgärder.", styles()["body"])
    return section("Åtgärder", body)


def follow_ups(bundle: Any, names: Names) -> list[Flowable]:
    """Follow-ups with owner, due date, status and the contact they concern."""
    if not bundle.follow_ups:
        return section("Uppföljningar", none_line("Inga uppföljningar."))
    aliases = {c.id: c.alias for c in bundle.contacts}
    rows = [["Uppföljning", "Gäller", "Ansvarig", "Senast", "Status"]]
    for f in sorted(bundle.follow_ups, key=lambda f: (f.due or date.max, f.text)):
        rows.append([f.text, aliases.get(f.contact_id or "", "–"),
                     names.staff.get(f.owner_id or "", "–"),
                     f.due.isoformat() if f.due else "–",
                     names.term(names.vocab.follow_up_statuses, f.status)])
    return section("Uppföljningar", table(rows))


def signature() -> Flowable:
    """Lines to sign on: signature, name in print, date."""
    st = styles()
    labels = ["Underskrift", "Namnförtydligande", "Datum"]
    grid = Table([["", "", ""], [paragraph(label, st["small"]) for label in labels]],
                 colWidths=[70 * mm, 60 * mm, 40 * mm], rowHeights=[11 * mm, None],
                 hAlign="LEFT")
    grid.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 8 * mm)]))
    return KeepTogether([Spacer(0, 4 * mm), grid])


def shift_story(bundle: Any, names: Names) -> list[Flowable]:
    """Every part of the Passrapport in reading order."""
    shift = bundle.shift
    summary = paragraph(shift.summary or "–", styles()["body"])
    return [*header(shift, names, "Passrapport"), *tallies(bundle, names),
            *contacts(bundle, names), *observations(bundle, names), *actions(bundle, names),
            *follow_ups(bundle, names), *section("Sammanfattning", summary), signature()]


def shift_pdf(db: Any, shift_id: str) -> Job[bytes]:
    """The Passrapport of ``shift_id`` as PDF bytes (a job: read, then lay out).

    Raises :class:`ShiftNotFound` (a ``KeyError`` with a message) when the shift does not exist.
    """
    bundle = load(db, shift_id)
    names = Names.of(db)
    yield Progress(1, 2)
    shift = bundle.shift
    title = f"Passrapport {shift.date.isoformat()}"
    data = build_pdf(title, shift_story(bundle, names), f"{title} {shift_times(shift)}")
    yield Progress(2, 2)
    return data
