"""The Passrapport read back from the PDF says what the database holds: the standard scenario,
a night shift across midnight, text with markup characters, a long shift and a missing id."""

from __future__ import annotations

import dataclasses
import io
from datetime import datetime, time

import pdfplumber
import pypdf
import pytest

from faltapp.core.entities import Observation
from faltapp.core.jobs import Progress, run_to_end
from faltapp.reports.shift_report import ShiftNotFound, shift_pdf
from faltapp.store.database import Database
from tests.reports.scenario import NEW_PLACE, category_name, night_shift, places, standard_scenario


def pages_text(data: bytes) -> list[str]:
    """The text of each page, lines joined by newlines."""
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def tables(data: bytes) -> list[list[list[str]]]:
    """Every table of every page as rows of cell texts."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [t for page in pdf.pages for t in page.extract_tables()]


def test_standard_scenario_prints_what_is_stored_on_one_page(db: Database) -> None:
    bundle = standard_scenario(db)
    job = shift_pdf(db, bundle.shift.id)
    steps: list[Progress] = []
    data = run_to_end(job, steps.append)
    assert steps[-1] == Progress(2, 2)
    (page,) = pages_text(data)
    for expected in ("Passrapport", "fredag 2026-03-13", "18:00–23:30", "Kvällspass",
                     "Stortorget, Stadsträdgården, Resecentrum", "Anna Berg, Omar Haddad",
                     "Samverkan\nPolis", "Påverkade av alkohol: 3, av droger: 0.",
                     "Internt dokument", "Sam", "2011", "Orossamtal", "Vårdnadshavare kontaktad",
                     "Följ upp samtalet med Sam", "2026-03-20", "Öppen", "Underskrift",
                     "Namnförtydligande"):
        assert expected in page, expected
    grids = tables(data)
    assert grids[0] == [["Ålder", "flicka", "pojke", "Totalt"], ["13–15", "9", "11", "20"],
                        ["16–17", "5", "6", "11"], ["Totalt", "14", "17", "31"]]
    (observed,) = [g for g in grids if g[0][0] == "Tid"]
    flat = [[cell.replace("\n", " ") for cell in row] for row in observed[1:]]
    assert [(r[0], r[3], r[4], r[5]) for r in flat] == [
        ("20:40", "Låg", "0", "Belysning"), ("21:40", "Låg", "0", "Misstänkt droghantering"),
        ("22:10", "Låg", "15", "Grupper som skapar otrygghet för andra")]
    assert flat[0][1].replace(" ", "") == NEW_PLACE.replace(" ", "")
    assert flat[0][6] == "Kommunens felanmälan" and flat[1][6] == "Polis"
    squeezed = page.replace("\n", "").replace(" ", "")
    for code in ("otrygg_plats", "ordningsstorning", "otrygg_samling"):
        assert category_name(db, code).replace(" ", "") in squeezed


def test_the_same_shift_gives_the_same_bytes(db: Database) -> None:
    bundle = standard_scenario(db)
    assert run_to_end(shift_pdf(db, bundle.shift.id)) == run_to_end(shift_pdf(db, bundle.shift.id))


def test_a_night_shift_marks_times_after_midnight(db: Database) -> None:
    bundle = night_shift(db)
    (page,) = pages_text(run_to_end(shift_pdf(db, bundle.shift.id)))
    assert "lördag 2026-03-14" in page and "22:00–02:00 (+1)" in page
    (observed,) = [g for g in tables(run_to_end(shift_pdf(db, bundle.shift.id)))
                   if g[0][0] == "Tid"]
    assert [row[0].replace("\n", " ") for row in observed[1:]] == ["23:10", "01:15 (+1)"]
    assert "Påverkade av alkohol: 0, av droger: 1." in page
    assert "Inga kontakter." in page and "Inga uppföljningar." in page


def test_markup_characters_print_as_typed(db: Database) -> None:
    bundle = night_shift(db, summary="<b>Lugnt</b> & tyst, 3 < 4")
    (page,) = pages_text(run_to_end(shift_pdf(db, bundle.shift.id)))
    assert "<b>Lugnt</b> & tyst, 3 < 4" in page


def test_a_long_shift_continues_with_the_table_header_on_every_page(db: Database) -> None:
    bundle = night_shift(db)
    place = places(db)["Stortorget"]
    many = tuple(Observation(bundle.shift.id, datetime.combine(bundle.shift.date, time(22, i)),
                             place, "otrygg_samling", people_count=i,
                             description=f"Iakttagelse nummer {i} " + "lång text " * 8)
                 for i in range(45))
    db.save_shift(dataclasses.replace(bundle, observations=many),
                  db.load_shift(bundle.shift.id).bases)
    texts = pages_text(run_to_end(shift_pdf(db, bundle.shift.id)))
    assert len(texts) >= 2
    observed = [t for t in texts if "Iakttagelse nummer" in t]
    assert len(observed) >= 2 and all("Beskrivning" in t for t in observed)
    joined = " ".join(texts).replace("\n", " ")
    assert all(f"Iakttagelse nummer {i} " in joined for i in range(45))
    assert [f"sida {n}" in t for n, t in enumerate(texts, 1)] == [True] * len(texts)
    assert "Underskrift" in texts[-1]


def test_a_missing_shift_is_a_clear_error(db: Database) -> None:
    with pytest.raises(ShiftNotFound) as caught:
        run_to_end(shift_pdf(db, "nope"))
    assert isinstance(caught.value, KeyError)
    assert str(caught.value) == "Passet nope finns inte (det kan vara borttaget)."
