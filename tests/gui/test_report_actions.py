"""Skriv ut… and Spara som PDF… from the week view, the shift list and the shift editor, by
keyboard: the file saved is exactly the report the store gives, only where the user chose;
what goes to the printer has the report's pages; a failure says why where the user is."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import time, timedelta
from pathlib import Path

import pypdf
import pytest
from gui_keys import focused, show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Shift, Tally
from faltapp.core.jobs import run_to_end
from faltapp.core.weeks import IsoWeek
from faltapp.gui import editor
from faltapp.gui.editor.window import ShiftEditor
from faltapp.gui.main_window import MainWindow
from faltapp.gui.report_actions import ReportActions
from faltapp.gui.tasks import TaskRunner
from faltapp.reports.lagesbild import lagesbild_csv, lagesbild_pdf
from faltapp.reports.promise_report import promises_pdf
from faltapp.reports.shift_report import shift_pdf
from faltapp.reports.walk_report import walk_pdf
from faltapp.reports.week_report import week_pdf
from faltapp.store.database import Database
from tests.reports.scenario import FRIDAY, night_shift, standard_scenario, walk_shift

WEEK = IsoWeek.of(FRIDAY)
TODAY = FRIDAY + timedelta(days=3)  # the Monday after: the view shows week 11
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


class Dialogs:
    """Stand-ins for the save and print dialogs: what they were asked, what they answer."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.suggested: list[str] = []
        self.answer: Path | None = None
        self.printers: list[QPrinter] = []
        self.page_counts: list[int] = []

    def ask_path(self, parent: QWidget, title: str, suggested: Path, kind: str) -> Path | None:
        self.suggested.append(suggested.name)
        return self.answer if self.answer is not None else self.folder / suggested.name

    def choose_printer(self, parent: QWidget, title: str, pages: int) -> QPrinter:
        self.page_counts.append(pages)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.folder / f"printed-{len(self.printers)}.pdf"))
        self.printers.append(printer)
        return printer

    def install(self, actions: ReportActions) -> None:
        actions.ask_path = self.ask_path
        actions.choose_printer = self.choose_printer


@pytest.fixture
def dialogs(tmp_path: Path) -> Dialogs:
    folder = tmp_path / "rapporter"
    folder.mkdir()
    return Dialogs(folder)


@pytest.fixture
def window(qtbot: QtBot, db: Database, dialogs: Dialogs) -> Iterator[MainWindow]:
    standard_scenario(db)
    night_shift(db)
    win = MainWindow(db)
    for clock in (win.reports, win.week_view.reports, win.week_view):
        clock._today = lambda: TODAY  # the Monday after the scenario's week
    win.week_view.set_week(WEEK)
    dialogs.install(win.reports)
    dialogs.install(win.week_view.reports)
    show_active(qtbot, win)
    yield win


def pages(path: Path) -> int:
    return len(pypdf.PdfReader(path).pages)


def test_ctrl_k_then_alt_f_saves_the_week_summary_as_the_store_makes_it(
        qtbot: QtBot, window: MainWindow, db: Database, dialogs: Dialogs) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_K, CTRL)
    assert window.tabs.currentWidget() is window.week_view
    assert window.week_view.week == WEEK
    qtbot.keyClick(focused(), Qt.Key.Key_F, ALT)  # Spara som PD&F…
    saved = dialogs.folder / "vecka-2026-W11.pdf"
    qtbot.waitUntil(saved.exists)
    assert dialogs.suggested == ["vecka-2026-W11.pdf"]
    assert saved.read_bytes() == run_to_end(week_pdf(db, WEEK, TODAY))
    qtbot.waitUntil(lambda: str(saved) in window.week_view.status.text())
    assert os.listdir(dialogs.folder) == [saved.name]  # no temporary file left beside it


@pytest.mark.parametrize(("item", "name"), [
    (2, "lagesbild-2026-W11.pdf"), (3, "lagesbild-2026-W11.csv"),
    (4, "medborgarloften-2026.pdf")])
def test_the_reports_menu_saves_lagesbild_csv_and_promises(
        qtbot: QtBot, window: MainWindow, db: Database, dialogs: Dialogs, item: int,
        name: str) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Rapporter")
    menu.actions()[item].trigger()
    saved = dialogs.folder / name
    qtbot.waitUntil(saved.exists)
    assert window.tabs.currentWidget() is window.week_view  # the user sees which week
    expected = {
        2: lambda: run_to_end(lagesbild_pdf(db, WEEK, TODAY)),
        3: lambda: lagesbild_csv(db, WEEK, TODAY),
        4: lambda: run_to_end(promises_pdf(db, FRIDAY.replace(month=1, day=1),
                                           FRIDAY.replace(month=12, day=31))),
    }[item]()
    assert saved.read_bytes() == expected


@pytest.mark.parametrize("problem", ["read-only", "missing"])
def test_a_folder_that_cannot_be_written_is_said_next_to_the_buttons(
        qtbot: QtBot, window: MainWindow, dialogs: Dialogs, problem: str) -> None:
    if problem == "read-only":
        if os.geteuid() == 0:
            pytest.skip("root writes into read-only folders")
        dialogs.folder.chmod(0o500)
    else:
        dialogs.answer = dialogs.folder / "borta" / "vecka-2026-W11.pdf"
    try:
        window.show_week()
        window.week_view.save_action.trigger()
        error = window.week_view.error
        qtbot.waitUntil(error.isVisible)
        assert ("skrivskyddad" if problem == "read-only" else "finns inte") in error.text()
        assert "vecka-2026-W11.pdf sparades inte" in error.text()
        assert os.listdir(dialogs.folder) == []
    finally:
        dialogs.folder.chmod(0o700)


def test_cancelling_the_save_dialog_makes_nothing(qtbot: QtBot, window: MainWindow,
                                                  dialogs: Dialogs) -> None:
    window.week_view.reports.ask_path = lambda *args: None
    window.show_week()
    window.week_view.save_action.trigger()
    qtbot.wait(50)
    assert not window.runner.busy() and os.listdir(dialogs.folder) == []


def test_ctrl_p_on_the_week_prints_every_page_of_the_summary(
        qtbot: QtBot, window: MainWindow, db: Database, dialogs: Dialogs) -> None:
    window.show_week()
    qtbot.keyClick(focused(), Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(dialogs.printers) and not window.runner.busy())
    expected = len(pypdf.PdfReader(io.BytesIO(
        run_to_end(week_pdf(db, WEEK, TODAY)))).pages)
    assert dialogs.page_counts == [expected]
    assert pages(dialogs.folder / "printed-0.pdf") == expected
    printed = dialogs.folder / "printed-0.pdf"
    assert window.week_view.status.text() == f"Skickat till {printed}: {expected} sid."


def test_the_shift_list_prints_and_saves_a_walk_with_its_protocol(
        qtbot: QtBot, window: MainWindow, db: Database, dialogs: Dialogs) -> None:
    walk = walk_shift(db).shift
    qtbot.waitUntil(lambda: window.model.row_of(walk.id) >= 0)
    window.show_shifts()
    window.table.selectRow(window.model.row_of(walk.id))
    both = run_to_end(shift_pdf(db, walk.id)), run_to_end(walk_pdf(db, walk.id))
    expected = sum(len(pypdf.PdfReader(io.BytesIO(b)).pages) for b in both)
    qtbot.keyClick(focused(), Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(dialogs.printers) and not window.runner.busy())
    assert pages(dialogs.folder / "printed-0.pdf") == expected
    show_active(qtbot, window)  # back from the progress dialog (offscreen gives no focus back)
    qtbot.keyClick(window.table, Qt.Key.Key_S, CTRL | SHIFT)
    saved = dialogs.folder / "tatortsvandring-2026-03-13.pdf"
    qtbot.waitUntil(saved.exists)

    def texts(reader: pypdf.PdfReader) -> list[str]:
        return [page.extract_text() for page in reader.pages]

    assert texts(pypdf.PdfReader(saved)) == [  # the passrapport, then the protocol
        *texts(pypdf.PdfReader(io.BytesIO(both[0]))),
        *texts(pypdf.PdfReader(io.BytesIO(both[1])))]


def test_the_follow_up_tab_says_what_to_choose(qtbot: QtBot, window: MainWindow,
                                               dialogs: Dialogs) -> None:
    window.show_follow_ups()
    qtbot.keyClick(focused(), Qt.Key.Key_P, CTRL)
    assert window.statusBar().currentMessage().startswith("Välj ett fältpass")
    assert dialogs.printers == [] and not window.runner.busy()


@pytest.fixture
def shift_editor(qtbot: QtBot, db: Database, dialogs: Dialogs) -> ShiftEditor:
    shift = Shift(FRIDAY + timedelta(days=1), time(22), time(2), "nattpass")  # a draft shift
    db.save_many([shift, Tally(shift.id, "pojke", "18_20", 4)])
    shift_id = shift.id
    parent = QWidget()
    qtbot.addWidget(parent)
    opened = editor.open_shift_editor(parent, db, TaskRunner(parent), shift_id)
    assert isinstance(opened, ShiftEditor)
    dialogs.install(opened.reports)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    return opened


def test_the_editor_saves_first_when_asked_then_saves_the_stored_shift(
        qtbot: QtBot, shift_editor: ShiftEditor, db: Database, dialogs: Dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def ask(parent: QWidget, title: str, text: str, choices: list[tuple[str, str]]) -> str:
        asked.append(text)
        return "save"

    monkeypatch.setattr(ShiftEditor, "ask", staticmethod(ask))
    weather = shift_editor.sections["basics"].weather_edit  # type: ignore[attr-defined]
    weather.setFocus()
    type_text(weather, "Regn å")
    qtbot.keyClick(focused(), Qt.Key.Key_F, ALT)  # Spara som PD&F…
    saved = dialogs.folder / "passrapport-2026-03-14.pdf"
    qtbot.waitUntil(saved.exists)
    assert asked == ["Rapporten visar passet som det är sparat. Spara ändringarna först?"]
    stored = db.load_shift(shift_editor.draft.shift.id)
    assert stored is not None and stored.bundle.shift.weather == "Regn å"
    assert "Regn å" in "".join(p.extract_text() for p in pypdf.PdfReader(saved).pages)


def test_the_editor_prints_nothing_when_the_user_does_not_save(
        qtbot: QtBot, shift_editor: ShiftEditor, dialogs: Dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ShiftEditor, "ask", staticmethod(lambda *args: "cancel"))
    weather = shift_editor.sections["basics"].weather_edit  # type: ignore[attr-defined]
    weather.setFocus()
    type_text(weather, "Snö")
    qtbot.keyClick(focused(), Qt.Key.Key_P, CTRL)
    qtbot.wait(50)
    assert dialogs.printers == [] and shift_editor.unsaved()


def test_the_editor_prints_a_saved_shift_at_once(qtbot: QtBot, shift_editor: ShiftEditor,
                                                 db: Database, dialogs: Dialogs) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(dialogs.printers) and not shift_editor.reports._runner.busy())
    source = run_to_end(shift_pdf(db, shift_editor.draft.shift.id))
    assert pages(dialogs.folder / "printed-0.pdf") == len(
        pypdf.PdfReader(io.BytesIO(source)).pages)
