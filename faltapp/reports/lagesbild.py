"""Lägesbild för EST: the week's counts for the police, with nothing about any person (no Qt).

The same counts as the week summary (totals against last week, per day, per area, per EST
category, per place × time band), read from ``db.reports.week_figures`` and printed under the
"<3" rule of :mod:`faltapp.reports.small_counts`. Only counts, place, area and category names
and dates are printed: no alias, birth year, school, staff name, note, description, follow-up
or any other text a user typed about a person. The PDF's metadata holds only the title.
Observations are counted by place × time band and not by area (see ``small_counts`` rule 4).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from faltapp.core.jobs import Job, Progress
from faltapp.core.report_figures import FIGURES, WeekFigures, previous_week
from faltapp.core.time_bands import LABELS
from faltapp.core.weeks import IsoWeek
from faltapp.reports import lagesbild_csv as csv_file
from faltapp.reports.layout import build_pdf, none_line, section, signed, table
from faltapp.reports.shift_report import WEEKDAYS
from faltapp.reports.small_counts import change, protect, shown
from faltapp.reports.text import paragraph, styles

LABELS_SV: dict[str, str] = {
    "shifts": "Pass", "met": "Unga som träffats (räknade)", "contacts": "Samtal/kontakter",
    "observations": "Iakttagelser", "concern_talks": "Orossamtal",
    "concern_reports": "Orosanmälningar", "affected_alcohol": "Påverkade av alkohol",
    "affected_drugs": "Påverkade av droger", "police_shifts": "Pass med polisen",
    "adult_shifts": "Pass med nattvandrare/föräldrar", "open_follow_ups": "Öppna uppföljningar",
    "overdue_follow_ups": "Försenade uppföljningar",
}
assert set(LABELS_SV) == set(FIGURES)
EXACT = frozenset({"shifts", "police_shifts", "adult_shifts"})
"""Counts of the team's shifts: they point at no young person and print as they are."""
PEOPLE = "Personer i iakttagelserna"
NO_AREA = "Utan område"
UNKNOWN_PLACE = "okänd plats"
LEGEND = ("«<3» är 1 eller 2 (eller en 0 som döljs för att skydda ett sådant tal), «minst 3» "
          "är ett tal som döljs så att ett litet tal inte kan räknas fram, «–» i kolumnen "
          "Förändring betyder att någon av veckorna har färre än 3. Antal pass skrivs alltid "
          "ut. Lägesbilden innehåller inga uppgifter om enskilda personer.")


@dataclass(frozen=True, slots=True)
class Row:
    """One printed figure: where it belongs and its text under the "<3" rule."""

    section: str
    area: str
    key: str
    band: str
    measure: str
    value: str


@dataclass(frozen=True, slots=True)
class Picture:
    """Every printed cell of one week's lägesbild, shared by the PDF and the CSV."""

    week: IsoWeek
    today: date
    empty: bool
    totals: tuple[tuple[str, str, str, str], ...]
    days: tuple[tuple[str, ...], ...]
    areas: tuple[tuple[str, ...], ...]
    categories: tuple[tuple[str, ...], ...]
    grid: tuple[tuple[str, ...], ...]

    def rows(self) -> list[Row]:
        """The picture in long form (one row per printed figure), for the CSV."""
        week, last = str(self.week), str(previous_week(self.week))
        out: list[Row] = []
        for label, now, before, diff in self.totals:
            out += [Row("vecka", "", week, "", label, now),
                    Row("förra veckan", "", last, "", label, before),
                    Row("förändring", "", f"{last}→{week}", "", label, csv_file.plain_number(diff))]
        day_measures = ("Pass", LABELS_SV["met"], LABELS_SV["contacts"],
                        LABELS_SV["observations"])
        for day, *values in self.days[:-1]:
            out += [Row("dag", "", day.split(" ")[1], "", m, v)
                    for m, v in zip(day_measures, values, strict=True)]
        for area, shifts, contacts in self.areas:
            out += [Row("område", area, "", "", "Pass", shifts),
                    Row("område", area, "", "", LABELS_SV["contacts"], contacts)]
        for name, observations, people in self.categories[:-1]:
            out += [Row("kategori", "", name, "", LABELS_SV["observations"], observations),
                    Row("kategori", "", name, "", PEOPLE, people)]
        out.append(Row("vecka", "", week, "", PEOPLE, self.categories[-1][2]))
        for place, area, *cells in self.grid:
            out += [Row("plats och tid", area, place, band, LABELS_SV["observations"], v)
                    for band, v in zip(LABELS, cells, strict=True)]
        return out


def title_of(week: IsoWeek) -> str:
    """"Lägesbild v. 47 — underlag för EST"."""
    return f"Lägesbild v. {week.week} — underlag för EST"


def picture(figures: WeekFigures) -> Picture:
    """The week's figures as the lägesbild prints them (``small_counts`` rules 1–3)."""
    t, p = figures.totals, figures.previous

    def total(name: str, value: int) -> str:
        return str(value) if name in EXACT else shown(value)

    totals = tuple((LABELS_SV[f], total(f, getattr(t, f)), total(f, getattr(p, f)),
                    _change(f, getattr(t, f), getattr(p, f))) for f in FIGURES)
    day_cols = [[str(d.shifts) for d in figures.days]] + [
        protect([getattr(d, f) for d in figures.days], getattr(t, f))
        for f in ("met", "contacts", "observations")]
    days = [(_day(d.day), *cells) for d, *cells in zip(figures.days, *day_cols, strict=True)]
    days.append(("Summa", str(t.shifts), shown(t.met), shown(t.contacts),
                 shown(t.observations)))
    areas = [a for a in figures.areas if a.shifts or a.contacts]
    area_contacts = protect([a.contacts for a in areas], t.contacts)
    people = sum(c.people for c in figures.categories)
    cat_obs = protect([c.observations for c in figures.categories], t.observations)
    cat_people = protect([c.people for c in figures.categories], people)
    categories = [(c.name or c.code or "Utan kategori", o, n)
                  for c, o, n in zip(figures.categories, cat_obs, cat_people, strict=True)]
    categories.append(("Summa", shown(t.observations), shown(people)))
    return Picture(
        week=figures.week, today=figures.today, empty=figures.is_empty, totals=totals,
        days=tuple(days),
        areas=tuple((a.area or NO_AREA, str(a.shifts), c)
                    for a, c in zip(areas, area_contacts, strict=True)),
        categories=tuple(categories), grid=_grid(figures))


def _change(name: str, now: int, before: int) -> str:
    if name in EXACT:
        return signed(now - before)
    return change(now, before)


def _day(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.isoformat()}"


def _grid(figures: WeekFigures) -> tuple[tuple[str, ...], ...]:
    """Place × time band: one row per place with observations, areas together, A–Ö."""
    places: dict[str, tuple[str, str]] = {}
    counts: dict[tuple[str, str], int] = {}
    for cell in figures.place_bands:
        places[cell.place_id] = (cell.place or UNKNOWN_PLACE, cell.area or NO_AREA)
        counts[cell.place_id, cell.band] = counts.get((cell.place_id, cell.band), 0) \
            + cell.observations
    order = sorted(places, key=lambda i: (places[i][1].casefold(), places[i][0].casefold(), i))
    flat = [counts.get((i, band), 0) for i in order for band in LABELS]
    printed = protect(flat, figures.totals.observations)
    width = len(LABELS)
    return tuple((*places[i], *printed[n * width:(n + 1) * width])
                 for n, i in enumerate(order))


def _story(pic: Picture) -> list[Flowable]:
    st = styles()
    week = pic.week
    last = previous_week(week)
    story: list[Flowable] = [
        paragraph(title_of(week), st["title"]),
        paragraph(f"Vecka {week.week} {week.year}: {week.monday().isoformat()} – "
                  f"{week.sunday().isoformat()} · räknat {pic.today.isoformat()}", st["body"]),
        paragraph(LEGEND, st["small"]),
    ]
    head = ["", f"v. {week.week}", f"v. {last.week}", "Förändring"]
    story += section("Veckan i siffror", table([head, *pic.totals], _mm(86, 30, 30, 30),
                                                numeric=(1, 2, 3)))
    if pic.empty:
        story.append(none_line(f"Inga pass registrerade vecka {week.week}."))
        return story
    story += section("Per dag", table(
        [["Dag", "Pass", "Unga (räknade)", "Kontakter", "Iakttagelser"], *pic.days],
        _mm(54, 26, 34, 32, 32), numeric=(1, 2, 3, 4), total_row=True))
    story += section("Per område", table(
        [["Område", "Pass", "Kontakter"], *pic.areas], _mm(90, 44, 44), numeric=(1, 2))
        if pic.areas else none_line("Inga områden angivna."),
        "ett pass i flera områden räknas i vart och ett")
    story += section("Per EST-kategori", table(
        [["Kategori", "Iakttagelser", "Personer"], *pic.categories], _mm(100, 39, 39),
        numeric=(1, 2), total_row=True) if len(pic.categories) > 1
        else none_line("Inga iakttagelser."))
    story += section("Iakttagelser per plats och tid", table(
        [["Plats", "Område", *LABELS], *pic.grid], _mm(46, 30, *[17] * len(LABELS)),
        numeric=range(2, 2 + len(LABELS))) if pic.grid else none_line("Inga iakttagelser."),
        "efter midnatt räknas till passets kväll")
    return story


def _mm(*widths: float) -> Sequence[float]:
    return [w * mm for w in widths]


def lagesbild_pdf(db: Any, week: IsoWeek, today: date) -> Job[bytes]:
    """The lägesbild of ``week`` as PDF bytes (a job); overdue means due before ``today``."""
    yield Progress(0, 2)
    pic = picture(db.reports.week_figures(week, today))
    yield Progress(1, 2)
    title = title_of(week)
    data = build_pdf(title, _story(pic), f"{title} · {week}")
    yield Progress(2, 2)
    return data


def lagesbild_csv(db: Any, week: IsoWeek, today: date) -> bytes:
    """The lägesbild of ``week`` as CSV bytes (UTF-8 with BOM, ``;``, one row per figure)."""
    return csv_file.to_csv(str(week), picture(db.reports.week_figures(week, today)).rows())
