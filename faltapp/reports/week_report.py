"""Veckosammanställning: one ISO week for the team leader, with charts (issue 7 item 3, no Qt).

The figures are counted by ``db.reports`` (see ``core/report_figures.py`` for what each
counts), the medborgarlöfte activity by ``db.promises``; the sections are laid out by
:mod:`faltapp.reports.week_sections`. A week with no shifts gives a short report that says so.

Notable observations are those of severity Hög (the top of the scale) or forwarded to the
police, most severe and then newest first; at most :data:`NOTABLE_CAP` are listed, followed
by "… och N till".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from faltapp.core.jobs import Job, Progress
from faltapp.core.promises import (
    PromiseCounts,
    PromiseFileError,
    load_promises,
    of_year,
    year_in_force,
)
from faltapp.core.report_figures import WeekFigures, previous_week
from faltapp.core.weeks import IsoWeek
from faltapp.reports import week_sections as sections
from faltapp.reports.layout import build_pdf, none_line
from faltapp.reports.shift_report import WEEKDAYS
from faltapp.reports.text import paragraph, styles

NOTABLE_CAP = 15
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")
_STEPS = 5


def title_of(week: IsoWeek) -> str:
    """"Veckosammanställning v. 47 2026"."""
    return f"Veckosammanställning v. {week.week} {week.year}"


def long_day(day: date, *, year: bool = True) -> str:
    """"måndag 16 november 2026" (without the year when ``year`` is false)."""
    text = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def _heading(week: IsoWeek, today: date) -> list[Flowable]:
    st = styles()
    monday, sunday = week.monday(), week.sunday()
    span = f"{long_day(monday, year=monday.year != sunday.year)} – {long_day(sunday)}"
    return [paragraph(title_of(week), st["title"]), paragraph(span, st["body"]),
            paragraph(f"Sammanställd {today.isoformat()}", st["small"])]


def _promise_counts(db: Any, week: IsoWeek) -> tuple[list[PromiseCounts], str]:
    """The counts of the promises the week follows up, and the note that says which."""
    try:
        every = load_promises()
    except PromiseFileError as error:
        return [], str(error)
    year = year_in_force(every, week.year)
    if year is None:
        return [], f"Inga medborgarlöften finns inlagda för {week.year} eller tidigare."
    counts = db.promises.promise_counts(of_year(every, year), week.monday(), week.sunday())
    if year == week.year:
        return counts, f"Löftena för {year} och veckans aktiviteter som räknas till dem."
    return counts, (f"Inga löften finns för {week.year}: de senaste, för {year}, och veckans "
                    "aktiviteter som räknas till dem.")


def _empty_story(figures: WeekFigures) -> list[Flowable]:
    week, last = figures.week, previous_week(figures.week)
    story = [Spacer(0, 6 * mm), none_line(f"Inga pass registrerade v. {week.week}.")]
    if figures.previous.shifts:
        story.append(none_line(f"Föregående vecka (v. {last.week}): "
                               f"{figures.previous.shifts} pass."))
    return story


def week_pdf(db: Any, week: IsoWeek, today: date) -> Job[bytes]:
    """The Veckosammanställning of ``week`` as PDF bytes (a job); overdue follow-ups are those
    due before ``today``, the day the figures are counted."""
    figures = db.reports.week_figures(week, today)
    yield Progress(1, _STEPS)
    story = _heading(week, today)
    title = title_of(week)
    if figures.is_empty:
        story += _empty_story(figures)
        yield Progress(_STEPS - 1, _STEPS)
        data = build_pdf(title, story, title)
        yield Progress(_STEPS, _STEPS)
        return data
    last = previous_week(week).week
    story += [*sections.totals(figures.totals, figures.previous, week.week, last, today),
              *sections.days(figures.days), *sections.areas(figures.areas),
              *sections.categories(figures.categories),
              *sections.place_bands(figures.place_bands)]
    found, total = db.reports.notable_observations(week, NOTABLE_CAP)
    story += sections.notable(found, total)
    story += sections.follow_ups(db.reports.open_follow_ups(week, today))
    yield Progress(2, _STEPS)
    counts, note = _promise_counts(db, week)
    story += sections.promises(counts, week.week, note)
    yield Progress(3, _STEPS)
    data = build_pdf(title, story, title)
    yield Progress(_STEPS, _STEPS)
    return data
