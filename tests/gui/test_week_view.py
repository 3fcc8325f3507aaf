"""The Vecka view driven by the keyboard: the week's numbers as the store counts them, the
change against last week, and from any number the shifts behind it, one of which opens."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from gui_keys import focused, show_active
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Shift, Tally
from faltapp.core.report_figures import FIGURES, FigureKey
from faltapp.core.weeks import IsoWeek
from faltapp.gui.store_events import StoreEvents
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.week_view import WeekView, default_week
from faltapp.store.database import Database
from tests.reports.scenario import FRIDAY, night_shift, places, standard_scenario

WEEK = IsoWeek.of(FRIDAY)  # 2026-W11
MONDAY_AFTER = FRIDAY + timedelta(days=3)
ALT = Qt.KeyboardModifier.AltModifier


class Opened(list):
    """The shift ids the view asked the editor to open."""

    def __call__(self, shift_id: str) -> None:
        self.append(shift_id)


@pytest.fixture
def filled(db: Database) -> Database:
    """The standard scenario and a night shift in week 11, one shift in week 10."""
    standard_scenario(db)
    night_shift(db)
    earlier = Shift(FRIDAY - timedelta(days=7), time(18), time(22), "kvallspass",
                    area_ids=(places(db)["Stortorget"],), partners=("polis",))
    db.save_many([earlier, Tally(earlier.id, "flicka", "13_15", 7)])
    return db


@pytest.fixture
def opened() -> Opened:
    return Opened()


@pytest.fixture
def view(qtbot: QtBot, filled: Database, opened: Opened) -> WeekView:
    host = QWidget()
    qtbot.addWidget(host)
    events = StoreEvents(filled, host)
    made = WeekView(filled, TaskRunner(host), events, opened, lambda: MONDAY_AFTER)
    show_active(qtbot, made)
    return made


def cells(view: WeekView, table: str) -> list[list[str]]:
    model = view.models[table]
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_on_monday_the_week_that_just_ended_is_shown(view: WeekView) -> None:
    assert default_week(MONDAY_AFTER) == WEEK
    assert default_week(FRIDAY) == WEEK  # later in the week: the week under way
    assert view.week == WEEK
    assert view.chooser.currentData() == str(WEEK)


def test_totals_last_week_and_change_are_the_stores_figures(view: WeekView,
                                                            filled: Database) -> None:
    figures = filled.reports.week_figures(WEEK, MONDAY_AFTER)
    rows = cells(view, "totals")
    assert len(rows) == len(FIGURES)
    for row, figure in zip(rows, FIGURES, strict=True):
        now, before = getattr(figures.totals, figure), getattr(figures.previous, figure)
        change = now - before
        expected = f"+{change}" if change > 0 else f"−{-change}" if change < 0 else "±0"
        assert row[1:] == [str(now), str(before), expected], figure
    assert rows[0][1:] == ["2", "1", "+1"]  # two shifts this week, one the week before
    assert view.models["totals"].headerData(1, Qt.Orientation.Horizontal) == "v. 11 2026"
    days = cells(view, "days")
    assert [d[1] for d in days] == [str(d.shifts) for d in figures.days]
    assert days[4][1:] == ["1", "31", "1", "3"]  # Friday: the standard scenario
    assert sum(int(r[-1]) for r in cells(view, "place_bands")) == figures.totals.observations
    assert [r[1] for r in cells(view, "categories")] == [
        str(c.observations) for c in figures.categories]


def test_alt_arrows_step_through_weeks_and_the_numbers_follow(qtbot: QtBot,
                                                              view: WeekView) -> None:
    view.focus_figures()
    qtbot.keyClick(focused(), Qt.Key.Key_Left, ALT)
    assert view.week == IsoWeek(2026, 10)
    assert cells(view, "totals")[0][1:3] == ["1", "0"]
    qtbot.keyClick(focused(), Qt.Key.Key_Left, ALT)  # a week without shifts is shown too
    assert view.week == IsoWeek(2026, 9) and cells(view, "totals")[0][1] == "0"
    qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)
    assert view.week == WEEK and cells(view, "totals")[0][1] == "2"


def test_enter_on_a_number_lists_its_shifts_and_enter_opens_one(
        qtbot: QtBot, view: WeekView, filled: Database, opened: Opened) -> None:
    view.focus_figures()  # on this week's number of shifts
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # met
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    drill = view.drill_down
    qtbot.waitUntil(drill.isVisible)
    behind = filled.reports.shift_ids_behind(WEEK, "met")
    assert len(behind) == 2
    assert [drill.model.shift_id(r) for r in range(drill.model.rowCount())] == behind
    assert "2 pass" in drill.heading.text() and "Mötta" in drill.heading.text()
    qtbot.waitUntil(drill.table.hasFocus)  # the keyboard is in the list
    qtbot.keyClick(drill.table, Qt.Key.Key_Down)
    qtbot.keyClick(drill.table, Qt.Key.Key_Return)
    assert opened == [behind[1]]


def test_last_weeks_number_lists_last_weeks_shifts(qtbot: QtBot, view: WeekView,
                                                    filled: Database) -> None:
    view.focus_figures()
    qtbot.keyClick(focused(), Qt.Key.Key_Right)  # the previous week's column
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(view.drill_down.isVisible)
    assert view.drill_down.model.rowCount() == 1
    assert view.drill_down.model.shift_id(0) == filled.reports.shift_ids_behind(
        IsoWeek(2026, 10), "shifts")[0]


def test_a_cell_of_place_and_time_band_lists_the_night_shift(
        qtbot: QtBot, view: WeekView, filled: Database) -> None:
    table = view.views["place_bands"]
    model = view.models["place_bands"]
    view.details.setCurrentWidget(table)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Stortorget")
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "01–")
    assert model.index(row, column).data() == "1"  # 01:15 after the Saturday shift
    table.setFocus()
    table.setCurrentIndex(model.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(view.drill_down.isVisible)
    night = filled.reports.shift_ids_behind(
        WEEK, "observations", FigureKey(place_id=places(filled)["Stortorget"], band="01–"))
    assert [view.drill_down.model.shift_id(0)] == night


def test_a_zero_says_there_is_nothing_behind_it(qtbot: QtBot, view: WeekView) -> None:
    view.focus_figures()
    zero = next(r for r, row in enumerate(cells(view, "totals")) if row[1] == "0")
    view.views["totals"].setCurrentIndex(view.models["totals"].index(zero, 1))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not view.drill_down.isVisible()
    assert view.status.text() == "Det finns inga pass bakom det här talet."


def test_a_shift_saved_anywhere_changes_the_numbers_and_the_open_list(
        qtbot: QtBot, view: WeekView, filled: Database) -> None:
    view.focus_figures()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the shifts of week 11
    qtbot.waitUntil(view.drill_down.isVisible)
    assert view.drill_down.model.rowCount() == 2
    filled.save(Shift(FRIDAY - timedelta(days=2), time(18), time(21), "kvallspass"))
    qtbot.waitUntil(lambda: cells(view, "totals")[0][1:] == ["3", "1", "+2"])
    qtbot.waitUntil(lambda: view.drill_down.model.rowCount() == 3)
    assert cells(view, "days")[2][1] == "1"  # Wednesday
    assert "3 pass" in view.drill_down.heading.text()


def test_an_empty_week_shows_zeros_and_says_why_lists_are_empty(
        qtbot: QtBot, view: WeekView) -> None:
    view.set_week(IsoWeek(2025, 30))
    assert {row[1] for row in cells(view, "totals")} == {"0"}
    assert view.views["categories"].visible_hint() == "Inga iakttagelser den här veckan."
    assert view.status.text().startswith("v. 30 2025: 0 fältpass.")


@pytest.mark.qt_log_level_fail("WARNING")  # Qt's C++ tester only warns
@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # offscreen says so
@pytest.mark.parametrize("table", ["totals", "days", "areas", "categories", "place_bands"])
def test_the_models_pass_qt_model_tester_through_week_changes(
        qtbot: QtBot, qtmodeltester: object, view: WeekView, filled: Database,
        table: str) -> None:
    model = view.models[table]
    assert model.rowCount() > 0
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    view.set_week(IsoWeek(2025, 30))  # empty
    view.set_week(WEEK)
    filled.save(Shift(FRIDAY, time(19), time(21), "kvallspass"))
    qtbot.waitUntil(lambda: view.figures is not None and view.figures.totals.shifts == 3)
    assert not model.drill(QModelIndex())
