"""Every Qt model passes Qt's own model checks on real data, through resets and filters.

Qt's C++ QAbstractItemModelTester only logs its failures as warnings, so this module fails on
any Qt warning; the Python tester of pytest-qt runs beside it (it checks role types more
strictly).
"""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.modeltest import ModelTester

import faltapp.gui
from faltapp.core.entities import Contact, FollowUp, Observation, Place, Shift, Staff, Tally
from faltapp.core.weeks import IsoWeek
from faltapp.gui.follow_up_model import FollowUpTableModel
from faltapp.gui.import_dialog import FileRow, ImportPreviewModel
from faltapp.gui.person_model import RowsTableModel
from faltapp.gui.shift_model import PAGE_SIZE, PagedTableModel, ShiftTableModel
from faltapp.gui.week_figures_model import ROWS, FiguresModel
from faltapp.store.database import Database

pytestmark = pytest.mark.qt_log_level_fail("WARNING")
CHECKED = {PagedTableModel, ShiftTableModel, FollowUpTableModel, FiguresModel,
           ImportPreviewModel, RowsTableModel}  # RowsTableModel: tests/gui/test_person_models.py
"""Every model class in faltapp/gui (the paged base through both of its subclasses); a new
model gets a test here before it is used."""


def check(qtmodeltester: ModelTester, model: QAbstractItemModel) -> None:
    """Both model testers watch ``model`` from now on until the test ends."""
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)


def _fill(db: Database) -> Shift:
    """More than a page of shifts over several weeks, one with a tally, contact and observation."""
    place = db.all(Place)[0]
    first = date(2026, 9, 1)
    shifts = [Shift(date=first + timedelta(days=i % 60), start=time(18), end=time(1, 30),
                    kind="nattpass" if i % 3 else "kvallspass", area_ids=(place.id,))
              for i in range(PAGE_SIZE + 5)]
    busy = shifts[0]
    db.save_many([
        *shifts,
        Tally(shift_id=busy.id, gender="flicka", age_band="13_15", count=7, affected_alcohol=2),
        Contact(shift_id=busy.id, alias="Elsa K.", birth_year=2011, place_id=place.id),
        Observation(shift_id=busy.id, observed_at=datetime(2026, 9, 1, 21), place_id=place.id,
                    category="trygg_plats"),
    ])
    return busy


def test_every_model_of_the_gui_is_checked_here() -> None:
    found = set()
    for info in pkgutil.iter_modules(faltapp.gui.__path__):
        module = importlib.import_module(f"faltapp.gui.{info.name}")
        found |= {obj for obj in vars(module).values()
                  if isinstance(obj, type) and issubclass(obj, QAbstractItemModel)
                  and obj.__module__ == module.__name__}
    assert found == CHECKED


def test_shift_model_passes_qts_model_checks_through_filtering_and_deleting(
        qtmodeltester: ModelTester, db: Database) -> None:
    busy = _fill(db)
    model = ShiftTableModel(db.shifts)
    model.set_ids(db.shifts.ids())
    check(qtmodeltester, model)
    assert model.rowCount() == PAGE_SIZE + 5
    row = model.row_of(busy.id)
    assert [model.index(row, col).data() for col in range(5, 8)] == [7, 1, 1]

    model.set_ids(db.shifts.ids(IsoWeek(2026, 36)))  # each reset is checked again
    assert 0 < model.rowCount() < PAGE_SIZE
    meta = db.meta(Shift, busy.id)
    assert meta is not None
    db.delete(Shift, busy.id, meta.version)
    model.set_ids(db.shifts.ids())
    assert model.rowCount() == PAGE_SIZE + 4
    assert model.row_of(busy.id) == -1


def test_an_empty_shift_model_passes_qts_model_checks(
        qtmodeltester: ModelTester, db: Database) -> None:
    model = ShiftTableModel(db.shifts)
    check(qtmodeltester, model)
    assert model.rowCount() == 0
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Datum"


def test_follow_up_model_passes_qts_model_checks_through_filters_and_saves(
        qtmodeltester: ModelTester, db: Database) -> None:
    anna = Staff(name="Anna Berg")
    busy = _fill(db)
    today = date(2026, 9, 20)
    follow_ups = [FollowUp(text=f"Ring {i}", due=today + timedelta(days=i - 10),
                           owner_id=anna.id if i % 2 else None, shift_id=busy.id)
                  for i in range(PAGE_SIZE + 3)]
    db.save_many([anna, *follow_ups, FollowUp(text="Utan datum")])
    model = FollowUpTableModel(db.follow_ups, lambda: today)
    model.set_ids(db.follow_ups.open_ids())
    check(qtmodeltester, model)
    assert model.rowCount() == PAGE_SIZE + 4
    assert [model.index(r, 1).data() for r in (0, 10, 11, 20)] == [
        "Försenad", "Idag", "Snart", ""]
    assert model.index(model.rowCount() - 1, 0).data() == "inget datum"
    assert model.shift_id(model.rowCount() - 1) is None  # nothing to open
    assert model.shift_id(0) == busy.id

    model.set_ids(db.follow_ups.open_ids(anna.id))
    assert model.rowCount() == (PAGE_SIZE + 3) // 2
    model.set_ids(db.follow_ups.open_ids(by_owner=True))
    assert model.index(0, 3).data() == "Anna Berg"
    assert model.index(model.rowCount() - 1, 3).data() == "ingen"


@pytest.mark.parametrize("table", sorted(ROWS))
def test_week_figure_models_pass_qts_model_checks_from_a_full_week_to_an_empty_one(
        qtmodeltester: ModelTester, db: Database, table: str) -> None:
    busy = _fill(db)
    week = IsoWeek.of(busy.date)
    model = FiguresModel(table)
    check(qtmodeltester, model)
    model.set_figures(db.reports.week_figures(week, busy.date))
    assert model.rowCount() > 0 and model.columnCount() > 1
    model.set_figures(db.reports.week_figures(IsoWeek(2020, 2), busy.date))
    assert model.columnCount() > 1


def test_import_preview_model_passes_qts_model_checks_from_files_to_none(
        qtmodeltester: ModelTester, tmp_path) -> None:
    from pathlib import Path

    from faltapp.sync.importer import Preview

    preview = Preview(Path("a.faltapp"), "e1", "d" * 32, "Åsa", 3, "2026-12-04T18:00:00+00:00",
                      False, 12, 5, 4, 3, 1, False)
    model = ImportPreviewModel()
    check(qtmodeltester, model)
    model.set_rows([FileRow(Path("a.faltapp"), preview),
                    FileRow(Path("b.faltapp"), problem="Filen är inte en export."),
                    FileRow(Path("c.faltapp"), preview, done="5 nya")])
    assert model.rowCount() == 3 and model.columnCount() == 7
    assert [model.index(0, c).data() for c in range(6)] == ["a.faltapp", "Åsa", "5", "4", "3",
                                                           "1"]
    assert model.index(1, 6).data() == "Filen är inte en export."
    assert model.index(2, 6).data() == "5 nya"
    model.set_rows([])
    assert model.rowCount() == 0
