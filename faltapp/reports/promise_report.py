"""Medborgarlöfte follow-up: per promise, what counts toward it and how much, month by month.

For any period: every year the period touches gets the promises made for that year (from
``resources/data/promises.json`` unless given), grouped by owner (polisen, kommunen,
gemensamma), each with its rules and their counts in each month of the period within that
year, and the totals. Counted by ``db.promises.promise_counts`` (one SQL query per rule kind).
Landscape A4, so twelve month columns print at body size.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from faltapp.core.jobs import Job, Progress
from faltapp.core.promises import (
    OWNERS,
    Promise,
    PromiseCounts,
    load_promises,
    of_year,
    year_in_force,
)
from faltapp.reports.fonts import FONT_BOLD
from faltapp.reports.layout import footer, none_line, section, table
from faltapp.reports.output import pdf_bytes, pdf_document
from faltapp.reports.text import paragraph, styles

MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
OWNER_TITLES = {"polis": "Polisens löften", "kommun": "Kommunens löften",
                "gemensamt": "Gemensamma löften"}
NOTHING = "Inget registrerat under perioden."
_RULE_WIDTH = 84 * mm
_MONTH_WIDTH = 13 * mm
_TOTAL_WIDTH = 19 * mm


def title_of(start: date, end: date) -> str:
    """"Medborgarlöften – uppföljning 2026-01-01 – 2026-12-31"."""
    return f"Medborgarlöften – uppföljning {start.isoformat()} – {end.isoformat()}"


def _years(start: date, end: date) -> list[tuple[int, date, date]]:
    """Each year the period touches with the part of the period inside it."""
    return [(y, max(start, date(y, 1, 1)), min(end, date(y, 12, 31)))
            for y in range(start.year, end.year + 1)]


def promise_block(counts: PromiseCounts) -> Flowable:
    """One promise: its title, then a row per rule with its months and total (and a sum row
    when it has several rules), or what counts and "Inget registrerat" when nothing did."""
    st = styles()
    promise = counts.promise
    heading = paragraph(promise.title, st["body"].clone("promise", fontName=FONT_BOLD,
                                                        spaceBefore=5, spaceAfter=2))
    if counts.total == 0:
        rules = "; ".join(rule.label for rule in promise.rules)
        return KeepTogether([heading, paragraph(f"Räknas: {rules}. {NOTHING}", st["body"])])
    head = ["Räknas", *(MONTHS[m.month - 1] for m in counts.months), "Summa"]
    rows = [[rule.label, *map(str, row), str(sum(row))]
            for rule, row in zip(promise.rules, counts.per_rule, strict=True)]
    several = len(rows) > 1
    if several:
        rows.append(["Summa", *map(str, counts.per_month), str(counts.total)])
    widths = [_RULE_WIDTH, *[_MONTH_WIDTH] * len(counts.months), _TOTAL_WIDTH]
    grid = table([head, *rows], widths, numeric=range(1, len(head)), total_row=several)
    return KeepTogether([heading, grid])


def _year_story(year: int, in_force: int | None, counted: list[PromiseCounts],
                several_years: bool, start: date, end: date) -> list[Flowable]:
    story: list[Flowable] = []
    if several_years:
        story += section(f"{year} ({start.isoformat()} – {end.isoformat()})", [])
    if in_force is None:
        story.append(none_line(f"Inga medborgarlöften finns inlagda för {year} eller "
                               "tidigare."))
        return story
    if in_force != year:
        story.append(none_line(f"Inga löften finns inlagda för {year}: de senaste, från "
                               f"{in_force}, följs upp."))
    for owner in OWNERS:
        mine = [c for c in counted if c.promise.owner == owner]
        if mine:
            story += section(OWNER_TITLES[owner], [promise_block(c) for c in mine])
    return story


def promises_pdf(db: Any, start: date, end: date,
                 promises: Sequence[Promise] | None = None) -> Job[bytes]:
    """The medborgarlöfte follow-up from ``start`` to ``end`` (both included) as PDF bytes.

    ``promises`` defaults to the shipped file; each year uses its own promises, or the latest
    made before it when it has none. A job:
    one step per year counted, one for the layout.
    """
    if end < start:
        raise ValueError(f"perioden slutar {end} före sin början {start}")
    every = tuple(promises) if promises is not None else load_promises()
    years = _years(start, end)
    st = styles()
    title = title_of(start, end)
    story: list[Flowable] = [
        paragraph(title, st["title"]),
        paragraph("Registrerade aktiviteter som räknas mot varje löfte, per månad efter passets "
                  "datum (ett pass över midnatt räknas på sin startdag).", st["body"]),
    ]
    for n, (year, first, last) in enumerate(years):
        yield Progress(n, len(years) + 1)
        in_force = year_in_force(every, year)
        made = of_year(every, in_force) if in_force is not None else ()
        counted = db.promises.promise_counts(made, first, last)
        story += _year_story(year, in_force, counted, len(years) > 1, first, last)
    yield Progress(len(years), len(years) + 1)
    buffer = io.BytesIO()
    doc = pdf_document(buffer, title)
    doc.pagesize = landscape(A4)
    draw = footer(title)
    doc.build(story, onFirstPage=draw, onLaterPages=draw)
    yield Progress(len(years) + 1, len(years) + 1)
    return pdf_bytes(buffer)
