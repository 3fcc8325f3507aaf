"""Printing and saving a report are each one access-log row; a cancelled save or print is none."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from test_report_actions import WEEK, Dialogs, dialogs, window  # noqa: F401

from faltapp.gui.main_window import MainWindow
from faltapp.store.database import Database


def test_saving_and_printing_the_week_are_logged(
        qtbot: QtBot, window: MainWindow, db: Database, dialogs: Dialogs) -> None:  # noqa: F811
    window.week_view.save_action.trigger()
    saved = dialogs.folder / f"vecka-{WEEK}.pdf"
    qtbot.waitUntil(lambda: db.access.entries(action="save_pdf") != [], timeout=10000)
    assert saved.exists()
    [row] = db.access.entries(action="save_pdf")
    assert (row.table, row.record_id) == (None, saved.name)

    window.week_view.print_action.trigger()
    qtbot.waitUntil(lambda: len(dialogs.printers) == 1, timeout=10000)
    [printed] = db.access.entries(action="print")
    assert printed.table is None and printed.record_id  # the document's title
    assert len(db.access.entries()) == 2


def test_a_cancelled_save_writes_no_row(
        qtbot: QtBot, window: MainWindow, db: Database, dialogs: Dialogs) -> None:  # noqa: F811
    window.week_view.reports.ask_path = lambda *args: None
    window.week_view.save_action.trigger()
    qtbot.wait(100)
    assert db.access.entries() == []
