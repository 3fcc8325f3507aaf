"""Veckosammanställning read back from the PDF: every number equals ``db.reports.week_figures``
and a count made here from the stored entities (a generated fortnight with a Friday shift that
crosses midnight), an empty week is a short clear report, markup prints as typed, and the
busiest week of a demo database stays a few tidy pages."""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from fontTools.ttLib import TTFont

from faltapp.core.entities import Category, Observation, Place, Shift
from faltapp.core.jobs import Progress
from faltapp.core.promises import load_promises
from faltapp.core.report_figures import previous_week
from faltapp.core.time_bands import LABELS, band_of
from faltapp.core.weeks import IsoWeek
from faltapp.reports.fonts import font_files
from faltapp.reports.week_report import NOTABLE_CAP, week_pdf
from faltapp.reports.week_sections import NO_AREA, TOTAL_LABELS, short_day
from faltapp.store.database import Database
from tests.reports.scenario import demo_database
from tests.store.test_report_queries import (  # noqa: F401 (fixtures)
    TODAY,
    WEEK,
    World,
    _notable,
    _totals,
    listed,
    world,
)

Rows = list[list[str]]


def _run(job) -> tuple[bytes, list[Progress]]:  # type: ignore[no-untyped-def]
    steps = []
    try:
        while True:
            steps.append(next(job))
    except StopIteration as stop:
        return stop.value, steps


def _text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def _tables(data: bytes) -> dict[str, Rows]:
    """Every table by the first filled cell of its header row ("v. 47" for the totals), a
    table that continues on the next page (its header repeated) joined to its start. (The
    charts' grid lines read as tables too; their keys are numbers.)"""
    found: dict[str, Rows] = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for grid in page.extract_tables():
                rows = [[(c or "").replace("\n", " ") for c in row] for row in grid]
                key = next((cell for cell in rows[0] if cell), "")
                found.setdefault(key, [rows[0]]).extend(rows[1:])
    return found


def _n(cell: str) -> int:
    """A printed count ("–" is none); a change "+3", "–2" or "±0" as a signed number."""
    if cell in ("–", "±0"):
        return 0
    return -int(cell[1:]) if cell.startswith("–") else int(cell)


def _body(rows: Rows) -> dict[str, list[int]]:
    return {r[0]: [_n(c) for c in r[1:]] for r in rows[1:]}


@pytest.fixture
def pdf(db: Database, listed: World) -> bytes:  # noqa: F811
    data, _ = _run(week_pdf(db, WEEK, TODAY))
    return data


def test_totals_days_and_change_match_figures_and_entities(db: Database, listed: World,  # noqa: F811
                                                           pdf: bytes) -> None:
    figures = db.reports.week_figures(WEEK, TODAY)
    now, before = _totals(listed, WEEK), _totals(listed, previous_week(WEEK))
    assert (figures.totals, figures.previous) == (now, before)
    tables = _tables(pdf)
    assert tables["v. 47"][0] == ["", "v. 47", "v. 46", "Förändring"]
    printed = _body(tables["v. 47"])
    assert list(printed) == list(TOTAL_LABELS.values())
    for name, label in TOTAL_LABELS.items():
        a, b = getattr(now, name), getattr(before, name)
        assert printed[label] == [a, b, a - b], label
    assert any(a > b for a, b, _ in printed.values()) and any(a < b for a, b, _ in printed.values())

    shifts = listed.in_week(WEEK)
    days = _body(tables["Dag"])
    for d in figures.days:
        ids = {i for i, s in shifts.items() if s.date == d.day}
        assert days[short_day(d.day)] == [
            len(ids), sum(t.count for t in listed.tallies if t.shift_id in ids),
            sum(c.shift_id in ids for c in listed.contacts),
            sum(o.shift_id in ids for o in listed.observations)]
    assert days["Totalt"] == [now.shifts, now.met, now.contacts, now.observations]
    # the Friday shift that crosses midnight keeps its after-midnight observations on Friday
    night = listed.friday_night
    assert night is not None and night.id in shifts
    late = [o for o in listed.observations if o.shift_id == night.id
            and o.observed_at.date() > night.date]
    assert late and days[short_day(night.date)][3] >= len(late)


def test_areas_categories_and_place_bands_match_the_entities(db: Database,
                                                             listed: World,  # noqa: F811
                                                             pdf: bytes) -> None:
    shifts = listed.in_week(WEEK)
    observations = [o for o in listed.observations if o.shift_id in shifts]
    contacts = [c for c in listed.contacts if c.shift_id in shifts]
    tables = _tables(pdf)

    def area(place_id: str | None) -> str:
        return listed.places[place_id].area if place_id else ""

    areas = {name or NO_AREA: [sum(any(area(p) == name for p in s.area_ids)
                                   for s in shifts.values()),
                               sum(area(c.place_id) == name for c in contacts),
                               sum(area(o.place_id) == name for o in observations)]
             for name in {p.area for p in listed.places.values()} | {""}}
    assert _body(tables["Område"]) == {k: v for k, v in areas.items() if any(v)}

    names = {c.code: c.name for c in db.all(Category)}
    per_category = Counter(o.category for o in observations)
    expected = {names[code]: [n, sum(o.people_count for o in observations if o.category == code)]
                for code, n in per_category.items()}
    printed = _body(tables["Kategori"])
    assert printed.pop("Totalt") == [len(observations), sum(o.people_count for o in observations)]
    assert printed == expected
    assert list(printed) == [db.reports.week_figures(WEEK, TODAY).categories[i].name
                             for i in range(len(printed))]  # most observed first

    cells = Counter((listed.places[o.place_id].name, band_of(shifts[o.shift_id].date,
                                                             o.observed_at))
                    for o in observations)
    grid = tables["Plats"]
    assert grid[0] == ["Plats", *LABELS, "Totalt"]
    rows = _body(grid)
    column = rows.pop("Totalt")
    for place, counts in rows.items():
        assert counts == [*(cells[place, b] for b in LABELS), sum(counts[:-1])], place
    assert set(rows) == {p for p, _ in cells}
    assert column == [*(sum(n for (_, b), n in cells.items() if b == band) for band in LABELS),
                      len(observations)]
    night = listed.friday_night
    assert night is not None
    assert {band_of(night.date, o.observed_at) for o in observations
            if o.shift_id == night.id} >= {"23–01", "01–"}
    assert column[LABELS.index("01–")] > 0


def test_notable_observations_follow_ups_and_promises(db: Database, listed: World,  # noqa: F811
                                                      pdf: bytes) -> None:
    shifts = listed.in_week(WEEK)
    tables, text = _tables(pdf), _text(pdf)
    notable = sorted((o for o in listed.observations if o.shift_id in shifts and _notable(o)),
                     key=lambda o: (-o.severity, -o.observed_at.timestamp(), o.id))
    assert len(notable) > NOTABLE_CAP
    rows = tables["När"][1:]
    assert [r[5].split(" Vidarebefordrat")[0] for r in rows] == [
        o.description for o in notable[:NOTABLE_CAP]]
    assert [r[3] for r in rows] == ["Hög" if o.severity == 3 else "Medel"
                                    for o in notable[:NOTABLE_CAP]]
    assert f"… och {len(notable) - NOTABLE_CAP} till" in text

    open_ = [f for f in listed.follow_ups if f.shift_id in shifts and f.status == "open"]
    rows = tables["Uppföljning"][1:]
    assert sorted((r[0], r[4]) for r in rows) == sorted(
        (f.text, "Försenad" if f.due and f.due < TODAY else "Öppen") for f in open_)
    assert sum(r[4] == "Försenad" for r in rows) == _totals(listed, WEEK).overdue_follow_ups

    # the 2021 promises are the latest there are; two of them count what the totals count
    promises = {p.title: p for p in load_promises()}
    counted = {r[1]: _n(r[2]) for r in tables["Ägare"][1:]}
    assert len(counted) == len(promises)
    talks = next(n for title, n in counted.items() if title.startswith(
        "Orossamtal med unga"))
    police = next(n for title, n in counted.items() if title.startswith("Samverkanspass"))
    assert (talks, police) == (_totals(listed, WEEK).concern_talks,
                               _totals(listed, WEEK).police_shifts)
    assert "de senaste, för 2021" in text


def test_title_dates_and_counted_day(pdf: bytes) -> None:
    text = _text(pdf)
    assert "Veckosammanställning v. 47 2026" in text
    assert "måndag 16 november – söndag 22 november 2026" in text
    assert "Sammanställd 2026-11-25" in text


def test_an_empty_week_is_a_short_clear_report(db: Database, world: World) -> None:  # noqa: F811
    data, steps = _run(week_pdf(db, IsoWeek(2026, 10), TODAY))
    text = _text(data)
    assert "Inga pass registrerade v. 10." in text
    assert "Föregående vecka" not in text and "Totalt" not in text
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) == 1
    assert steps[-1].done == steps[-1].total
    after = IsoWeek(2026, 49)
    shifts = [s for s in world.shifts if IsoWeek.of(s.date) == previous_week(after)]
    assert shifts
    text = _text(_run(week_pdf(db, after, TODAY))[0])
    assert "Inga pass registrerade v. 49." in text
    assert f"Föregående vecka (v. 48): {len(shifts)} pass." in text


def test_markup_in_names_and_text_prints_as_typed(db: Database) -> None:
    place = Place("<b>Bryggan</b> & Co", area="<i>Hamn</i> & strand")
    db.save(place)
    day = WEEK.monday()
    shift = Shift(day, time(19), time(23), "kvallspass", area_ids=(place.id,), status="final")
    seen = Observation(shift.id, datetime.combine(day, time(21, 5)), place.id, "skadegorelse",
                       severity=3, description="Glas & <b>flaskor</b> <br/>")
    db.save_many([shift, seen])
    data, _ = _run(week_pdf(db, WEEK, TODAY))
    text, tables = _text(data), _tables(data)
    assert "<b>Bryggan</b> & Co" in text and "Glas & <b>flaskor</b> <br/>" in text
    assert _body(tables["Område"]) == {"<i>Hamn</i> & strand": [1, 0, 1]}
    assert _body(tables["Plats"])["<b>Bryggan</b> & Co"][LABELS.index("21–23")] == 1


def test_the_busiest_demo_week_is_a_few_tidy_pages(tmp_path: Path) -> None:
    db = demo_database(tmp_path / "demo.db")
    try:
        weeks = Counter(IsoWeek.of(s.date) for s in db.all(Shift))
        busiest, shifts = weeks.most_common(1)[0]
        data, steps = _run(week_pdf(db, busiest, date(2026, 11, 25)))
        figures = db.reports.week_figures(busiest, date(2026, 11, 25))
    finally:
        db.close()
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    assert 2 <= len(pages) <= 5
    text = _text(data)
    for heading in ("Totalt", "Per veckodag", "Per område", "Per EST-kategori", "Plats och tid",
                    "Anmärkningsvärda iakttagelser", "Öppna uppföljningar", "Medborgarlöften"):
        assert heading in text
    assert _body(_tables(data)["Dag"])["Totalt"][0] == shifts == figures.totals.shifts
    assert [s.done for s in steps] == sorted(s.done for s in steps)
    assert steps[-1].done == steps[-1].total
    glyphs = TTFont(font_files()["FaltappSans"]).getBestCmap()
    missing = {ch for ch in text if not ch.isspace() and ord(ch) not in glyphs}
    assert not missing, f"printed without a glyph: {missing}"
    assert re.search(r"sida \d", text)
