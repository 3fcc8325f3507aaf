"""Tätortsvandring protocol: the items a safety walk found, each with who acts and by when (no Qt).

A walk is a shift of the kind "tatortsvandring"; its items are the shift's walk items. Items
are ordered by priority (high first), then deadline, then place.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from faltapp.core.jobs import Job, Progress
from faltapp.reports.layout import Names, build_pdf, none_line, section, table
from faltapp.reports.shift_report import header, load, shift_times, signature
from faltapp.reports.text import paragraph, styles

_PRIORITY_ORDER = {"hog": 0, "medel": 1, "lag": 2}


def items(bundle: Any, names: Names) -> list[Flowable]:
    """The protocol table: place, problem, proposed action, responsible, priority, deadline,
    status."""
    if not bundle.walk_items:
        return section("Punkter", none_line("Inga punkter antecknade."))
    v = names.vocab
    rows = [["Nr", "Plats", "Problem", "Föreslagen åtgärd", "Ansvarig", "Prioritet", "Senast",
             "Status"]]
    ordered = sorted(bundle.walk_items, key=lambda i: (
        _PRIORITY_ORDER.get(i.priority, 9), i.deadline or date.max,
        names.place(i.place_id).casefold(), i.problem, i.id))
    for number, item in enumerate(ordered, 1):
        rows.append([str(number), names.place(item.place_id), item.problem,
                     item.proposed_action or "–", item.responsible or "–",
                     names.term(v.walk_priorities, item.priority),
                     item.deadline.isoformat() if item.deadline else "–",
                     names.term(v.walk_statuses, item.status)])
    return section("Punkter", table(rows, numeric=(0,)))


def walk_pdf(db: Any, shift_id: str) -> Job[bytes]:
    """The Tätortsvandring protocol of ``shift_id`` as PDF bytes (a job: read, then lay out).

    Raises :class:`faltapp.reports.shift_report.ShiftNotFound` for a missing shift.
    """
    bundle = load(db, shift_id)
    names = Names.of(db)
    yield Progress(1, 2)
    shift = bundle.shift
    title = f"Tätortsvandring {shift.date.isoformat()}"
    story = [*header(shift, names, "Protokoll från tätortsvandring"), *items(bundle, names)]
    if shift.summary:
        story += section("Sammanfattning", paragraph(shift.summary, styles()["body"]))
    story.append(signature())
    data = build_pdf(title, story, f"{title} {shift_times(shift)}")
    yield Progress(2, 2)
    return data
