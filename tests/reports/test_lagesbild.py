"""The lägesbild (PDF and CSV) prints the week's counts and nothing about any person: no alias,
birth year, note, description, follow-up or staff name; 1–2 print "<3" and no hidden count can
be worked out from the totals; the metadata names no one."""

from __future__ import annotations

import csv
import getpass
import io
import itertools
import random
import re
import socket
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pdfplumber
import pypdf
import pytest

from faltapp.core.entities import (
    Contact,
    FollowUp,
    Observation,
    Place,
    Shift,
    Staff,
    Tally,
    WalkItem,
)
from faltapp.core.jobs import run_to_end
from faltapp.core.report_figures import FIGURES, previous_week
from faltapp.core.shift_bundle import ShiftBundle
from faltapp.core.weeks import IsoWeek
from faltapp.reports.lagesbild import EXACT, LABELS_SV, lagesbild_csv, lagesbild_pdf
from faltapp.reports.lagesbild_csv import plain_number
from faltapp.reports.small_counts import HIDDEN, SMALL, change, protect
from faltapp.store.database import Database
from tests.reports.scenario import demo_database

WEEK = IsoWeek(2026, 47)  # Monday 16 to Sunday 22 November 2026
TODAY = date(2026, 11, 25)
TUESDAY = date(2026, 11, 17)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def pdf_tables(data: bytes) -> list[list[list[str]]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [[[(c or "").replace("\n", " ") for c in row] for row in t]
                for page in pdf.pages for t in page.extract_tables()]


def csv_rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def both(db: Database, week: IsoWeek = WEEK) -> tuple[bytes, bytes]:
    return run_to_end(lagesbild_pdf(db, week, TODAY)), lagesbild_csv(db, week, TODAY)


# -- the rule itself -------------------------------------------------------------------------

def _readings(texts: list[str], total_text: str, total: int) -> Iterator[tuple[int, ...]]:
    """Every set of cell values a reader could take the printed texts for ("<3": 1 or 2,
    "minst 3": 3 up to the total), adding up to what the printed total allows."""
    choices = [(1, 2) if t == SMALL else range(3, total + 3) if t == HIDDEN else (int(t),)
               for t in texts]
    sums = {1, 2} if total_text == SMALL else {total}
    for values in itertools.product(*choices):
        if sum(values) in sums:
            yield values


def test_no_small_cell_can_be_worked_out_from_its_total() -> None:
    rng = random.Random(7)
    for _ in range(1500):
        cells = [rng.choice((0, 0, 1, 1, 2, 3, 4, 5, 9)) for _ in range(rng.randint(1, 5))]
        total = sum(cells)
        texts = protect(cells, total)
        for n, text in zip(cells, texts, strict=True):
            assert text == (SMALL if n in (1, 2) else text)
            assert text in (SMALL, HIDDEN) or int(text) == n
            assert text != HIDDEN or n >= 3
        total_text = SMALL if total in (1, 2) else str(total)
        readings = list(_readings(texts, total_text, total))
        if all(t in (SMALL, HIDDEN) for t in texts):
            continue  # nothing more can be hidden without hiding the week total itself
        for i, n in enumerate(cells):
            if n in (1, 2):
                assert {r[i] for r in readings} == {1, 2}, (cells, texts)


def test_a_change_is_printed_only_when_both_weeks_are_printed() -> None:
    assert [change(5, 3), change(3, 5), change(4, 4), change(0, 7), change(3, 2),
            change(1, 0), change(0, 0)] == ["+2", "–2", "±0", "–7", "–", "–", "±0"]


def test_a_change_in_the_csv_is_a_number_a_spreadsheet_reads() -> None:
    assert [plain_number(t) for t in ("+2", "–2", "±0", "–", "<3", "17")] == \
        ["2", "-2", "0", "–", "<3", "17"]


# -- a handmade week full of person-level text --------------------------------------------

SECRETS = ("Zlatan-Q", "Лейла Петрова", "نور الهدى", "ማርያም", "สมชาย", "Mira <b>&")
NOTES = ("Berättade om bråket hemma hos pappa", "Bor hos mormor på Fabriksgatan 12",
         "Går på Framnässkolan i klass 8B", "Ringde socialjouren om henne")
BIRTH_YEARS = (2009, 2011, 2012)


def handmade_week(db: Database) -> None:
    """Two shifts this week, one last week: 2 contacts (one with a concern talk), 4
    observations, 31 met, one open follow-up; every text a person could be found by."""
    staff = Staff("Kristina Lindqvist-Öberg", initials="KLÖ")
    evil = Place("=HYPERLINK(\"http://x\")", area="Centrum")
    db.save(staff)
    db.save(evil)
    p = {pl.name: pl.id for pl in db.all(Place)}

    def shift(day: date, start: time, end: time, **kw: object) -> Shift:
        return Shift(day, start, end, "kvallspass", staff_ids=(staff.id,), status="final",
                     summary="Lugn kväll, Zlatan-Q var med sin bror", weather="Regn",
                     **kw)  # type: ignore[arg-type]

    tue = shift(TUESDAY, time(18), time(23), area_ids=(p["Stortorget"],), partners=("polis",))
    fri = shift(TUESDAY + timedelta(days=3), time(21), time(2), area_ids=(p["Resecentrum"],))
    contacts = [Contact(tue.id, alias=SECRETS[i], birth_year=BIRTH_YEARS[i], note=NOTES[i],
                        referred_to="Ungdomsmottagningen Lidköping", place_id=p["Stortorget"],
                        actions=("concern_talk",) if i == 0 else ())
                for i in range(2)]

    def obs(s: Shift, day: date, hh: int, place: str, cat: str, text: str) -> Observation:
        return Observation(s.id, datetime.combine(day, time(hh, 10)), p[place], cat,
                           people_count=4, description=text)

    db.save_shift(ShiftBundle(
        tue, tallies=(Tally(tue.id, "flicka", "13_15", 20, affected_alcohol=2),),
        contacts=tuple(contacts),
        observations=(obs(tue, TUESDAY, 19, "Stortorget", "paverkade", NOTES[2]),
                      obs(tue, TUESDAY, 21, "=HYPERLINK(\"http://x\")", "paverkade", NOTES[3])),
        follow_ups=(FollowUp(f"Ring {SECRETS[0]}s mamma", due=TUESDAY, owner_id=staff.id,
                             shift_id=tue.id, contact_id=contacts[0].id),)), {})
    db.save_shift(ShiftBundle(
        fri, tallies=(Tally(fri.id, "pojke", "16_17", 11),),
        observations=(obs(fri, fri.date, 22, "Resecentrum", "ordningsstorning", SECRETS[5]),
                      obs(fri, fri.date + timedelta(days=1), 1, "Resecentrum",
                          "ordningsstorning", "Slagsmål vid busshållplatsen")),
        walk_items=(WalkItem(fri.id, "Trasig lampa där Лейла bor", responsible="Gata/park"),)),
        {})
    last = shift(TUESDAY - timedelta(days=7), time(18), time(22), area_ids=(p["Stortorget"],))
    db.save_shift(ShiftBundle(last, contacts=(
        Contact(last.id, alias=SECRETS[2], birth_year=BIRTH_YEARS[2], note="Mår dåligt"),)), {})


def person_texts(db: Database) -> tuple[list[str], set[int]]:
    """Every alias, note, description, follow-up, summary, weather, walk text and staff name
    in ``db`` (the texts the lägesbild must never print), and every birth year."""
    texts: list[str] = []
    years: set[int] = set()
    for c in db.all(Contact):
        texts += [c.alias, c.note, c.referred_to]
        years.add(c.birth_year) if c.birth_year else None
    texts += [o.description for o in db.all(Observation)]
    texts += [f.text for f in db.all(FollowUp)]
    texts += [t for s in db.all(Shift) for t in (s.summary, s.weather)]
    texts += [t for w in db.all(WalkItem) for t in (w.problem, w.proposed_action,
                                                  w.responsible)]
    texts += [s.name for s in db.all(Staff)]
    return [t for t in texts if t.strip()], years


def assert_no_person_text(db: Database, *outputs: str) -> None:
    texts, years = person_texts(db)
    assert texts and years
    for output in outputs:
        flat = re.sub(r"\s+", "", _nfkc(output))
        words = set(re.findall(r"\w+", _nfkc(output)))
        for text in texts:
            if len(text) >= 8 or " " in text.strip():
                assert re.sub(r"\s+", "", _nfkc(text)) not in flat, text
            assert _nfkc(text) not in words, text  # short aliases as whole words
        numbers = {int(n) for n in re.findall(r"(?<![\d-])\d{4}(?![\d-])", output)}
        assert not numbers & years, numbers & years


def test_handmade_week_prints_no_person_and_hides_small_counts(db: Database) -> None:
    handmade_week(db)
    pdf, csv_data = both(db)
    text = pdf_text(pdf)
    assert "Lägesbild v. 47 — underlag för EST" in text
    assert "2026-11-16 – 2026-11-22" in text
    assert_no_person_text(db, text, csv_data.decode("utf-8-sig"))
    totals = {row[0]: row[1:] for row in pdf_tables(pdf)[0][1:]}
    assert totals[LABELS_SV["shifts"]] == ["2", "1", "+1"]
    assert totals[LABELS_SV["contacts"]] == [SMALL, SMALL, "–"]  # 2 this week, 1 last week
    assert totals[LABELS_SV["concern_talks"]] == [SMALL, "0", "–"]
    assert totals[LABELS_SV["affected_alcohol"]] == [SMALL, "0", "–"]
    assert totals[LABELS_SV["met"]] == ["31", "0", "+31"]
    assert totals[LABELS_SV["observations"]] == ["4", "0", "+4"]
    assert totals[LABELS_SV["police_shifts"]] == ["1", "0", "+1"]
    assert totals[LABELS_SV["open_follow_ups"]] == [SMALL, "0", "–"]
    rows = csv_rows(csv_data)
    week_rows = {r["mått"]: r["värde"] for r in rows if r["avsnitt"] == "vecka"}
    assert week_rows[LABELS_SV["contacts"]] == SMALL and week_rows[LABELS_SV["met"]] == "31"
    places = {r["nyckel"] for r in rows if r["avsnitt"] == "plats och tid"}
    assert "'=HYPERLINK(\"http://x\")" in places  # a formula start never reaches a cell as is
    assert not any(v.startswith(("=", "@")) for r in rows for v in r.values())


def test_metadata_and_bytes_name_no_user_host_or_path(db: Database, db_path: Path) -> None:
    handmade_week(db)
    pdf, csv_data = both(db)
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata or {}
    assert meta["/Title"] == "Lägesbild v. 47 — underlag för EST"
    assert set(meta) <= {"/Title", "/CreationDate", "/ModDate", "/Trapped", "/Author",
                         "/Creator", "/Producer", "/Subject", "/Keywords"}
    assert not any(meta.get(k) for k in ("/Author", "/Creator", "/Producer", "/Subject",
                                         "/Keywords"))
    assert meta["/CreationDate"].startswith("D:2000")  # invariant: not when or where made
    for needle in (getpass.getuser(), socket.gethostname(), str(db_path), str(db_path.parent),
                   str(Path.home())):
        for data in (pdf, csv_data):
            assert needle.encode() not in data, needle
            assert needle.encode("utf-16-be") not in data, needle
    assert b"ReportLab" not in pdf and b"reportlab" not in pdf


def test_an_empty_week_is_a_clear_empty_report(db: Database) -> None:
    pdf, csv_data = both(db, IsoWeek(2026, 2))
    text = pdf_text(pdf)
    assert "Lägesbild v. 2 — underlag för EST" in text and "Inga pass registrerade vecka 2" in text
    rows = csv_rows(csv_data)
    assert {r["avsnitt"] for r in rows} == {"vecka", "förra veckan", "förändring", "dag"}
    assert {r["värde"] for r in rows} == {"0"}


# -- a demo database: many contacts --------------------------------------------------------

@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = demo_database(tmp_path_factory.mktemp("demo") / "demo.db", years=1)
    yield db
    db.close()


def busiest_week(db: Database) -> IsoWeek:
    by_shift = Counter(c.shift_id for c in db.all(Contact))
    weeks = Counter({IsoWeek.of(s.date): 0 for s in db.all(Shift)})
    for s in db.all(Shift):
        weeks[IsoWeek.of(s.date)] += by_shift[s.id]
    return weeks.most_common(1)[0][0]


def _agrees(printed: str, count: int) -> bool:
    """A printed cell agrees with the stored count under the rule."""
    if printed == SMALL:
        return count <= 2
    if printed == HIDDEN:
        return count >= 3
    return int(printed) == count


def test_demo_week_numbers_equal_week_figures_and_name_no_one(demo: Database) -> None:
    week = busiest_week(demo)
    figures = demo.reports.week_figures(week, TODAY)
    assert figures.totals.contacts > 10
    pdf, csv_data = both(demo, week)
    assert_no_person_text(demo, pdf_text(pdf), csv_data.decode("utf-8-sig"))
    rows = csv_rows(csv_data)
    by = {(r["avsnitt"], r["område"], r["nyckel"], r["tidsband"], r["mått"]): r["värde"]
          for r in rows}
    for f in FIGURES:
        now, before = getattr(figures.totals, f), getattr(figures.previous, f)
        assert _agrees(by["vecka", "", str(week), "", LABELS_SV[f]], now)
        assert by["vecka", "", str(week), "", LABELS_SV[f]] == (
            SMALL if f not in EXACT and 0 < now < 3 else str(now))
        diff = by["förändring", "", f"{previous_week(week)}→{week}", "", LABELS_SV[f]]
        assert diff == "–" if f not in EXACT and (0 < now < 3 or 0 < before < 3) \
            else int(diff) == now - before
    for d in figures.days:
        for f, label in (("shifts", "Pass"), ("met", LABELS_SV["met"]),
                         ("contacts", LABELS_SV["contacts"]),
                         ("observations", LABELS_SV["observations"])):
            assert _agrees(by["dag", "", d.day.isoformat(), "", label], getattr(d, f))
    for a in figures.areas:
        if a.shifts or a.contacts:
            key = a.area or "Utan område"
            assert by["område", key, "", "", "Pass"] == str(a.shifts)
            assert _agrees(by["område", key, "", "", LABELS_SV["contacts"]], a.contacts)
    for c in figures.categories:
        assert _agrees(by["kategori", "", c.name, "", LABELS_SV["observations"]],
                       c.observations)
    grid = Counter()
    for cell in figures.place_bands:
        grid[cell.place, cell.area, cell.band] += cell.observations
    printed = [r for r in rows if r["avsnitt"] == "plats och tid"]
    assert printed and all(_agrees(r["värde"], grid[r["nyckel"], r["område"], r["tidsband"]])
                           for r in printed)
    assert any(r["värde"] == SMALL for r in printed)
    # the PDF prints the same cells as the CSV
    tables = pdf_tables(pdf)
    days = next(t for t in tables if t[0][0] == "Dag")
    for row in days[1:-1]:
        day = row[0].split(" ")[1]
        assert row[1:] == [by["dag", "", day, "", m] for m in
                           ("Pass", LABELS_SV["met"], LABELS_SV["contacts"],
                            LABELS_SV["observations"])]
