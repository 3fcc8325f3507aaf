"""The Tätortsvandring protocol read back from the PDF lists every item as stored."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from faltapp.core.jobs import run_to_end
from faltapp.reports.shift_report import ShiftNotFound
from faltapp.reports.walk_report import walk_pdf
from faltapp.store.database import Database
from tests.reports.scenario import night_shift, walk_shift


def rows_and_text(data: bytes) -> tuple[list[list[str]], str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        (page,) = pdf.pages
        (grid,) = [t for t in page.extract_tables() if t[0][0] == "Nr"]
        cells = [[(c or "").replace("\n", " ") for c in row] for row in grid]
        return cells, page.extract_text()


def test_every_item_with_place_problem_action_owner_priority_deadline_status(
        db: Database) -> None:
    bundle = walk_shift(db)
    rows, page = rows_and_text(run_to_end(walk_pdf(db, bundle.shift.id)))
    assert "Protokoll från tätortsvandring" in page and "fredag 2026-03-13" in page
    assert rows[0] == ["Nr", "Plats", "Problem", "Föreslagen åtgärd", "Ansvarig", "Prioritet",
                       "Senast", "Status"]
    squeeze = [[c.replace(" ", "") for c in row] for row in rows[1:]]
    assert squeeze == [
        ["1", "Resecentrum", "Trasigbelysningigångtunneln", "Bytarmaturer", "Gata/park", "Hög",
         "2026-04-01", "Öppen"],
        ["2", "Stortorget", "Buskageskymmersikten&<b>skylten</b>", "Beskär",
         "Fastighetsägaren", "Låg", "–", "Åtgärdad"],
    ]


def test_a_shift_without_items_says_so_and_a_missing_id_is_an_error(db: Database) -> None:
    bundle = night_shift(db)
    with pdfplumber.open(io.BytesIO(run_to_end(walk_pdf(db, bundle.shift.id)))) as pdf:
        assert "Inga punkter antecknade." in pdf.pages[0].extract_text()
    with pytest.raises(ShiftNotFound, match="finns inte"):
        run_to_end(walk_pdf(db, "saknas"))
