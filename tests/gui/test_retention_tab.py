"""The Gallring tab and the daily run: periods shown with their legal basis and saved when
the field is left, 0 impossible to enter, a preview that counts what the run removes, a run
only after a yes, and a main window that culls what is due once it has started."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Contact
from faltapp.gui.main_window import MainWindow
from faltapp.gui.settings_dialog import SettingsDialog
from faltapp.gui.tasks import TaskRunner
from faltapp.store import retention
from faltapp.store.database import Database
from tests.store.test_retention import shift_with_contact

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def _settings(own_qsettings: Path) -> None:
    """Remembered folders go to a temporary place."""


@pytest.fixture
def old_and_new(db: Database) -> tuple[str, str]:
    _, old = shift_with_contact(db, date(2019, 6, 1), "Gammal")
    _, new = shift_with_contact(db, date.today(), "Ny")
    return old, new


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> Iterator[SettingsDialog]:
    owner = QWidget()
    owner.show()
    runner = TaskRunner(owner)
    dlg = SettingsDialog(db, runner, owner)
    dlg.open()
    qtbot.waitUntil(dlg.isActiveWindow)
    yield dlg
    qtbot.waitUntil(lambda: not runner.busy())
    owner.close()


def test_alt_g_shows_each_period_with_its_legal_basis_and_a_new_period_is_saved(
        qtbot: QtBot, db: Database, dialog: SettingsDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_G, ALT)
    tab = dialog.retention
    assert dialog.tabs.currentWidget() is tab
    spin = tab.spins["contact"]
    assert spin.value() == 1826 and spin.minimum() == 1  # 0 or -1 cannot be entered
    texts = [w.text() for w in tab.findChildren(type(tab.status))]
    assert any("socialtjänstlagen (2001:453) 12 kap. 1 §" in t for t in texts)
    assert any(t == "Bevaras" for t in texts)
    assert all(w.textFormat() == Qt.TextFormat.PlainText
               for w in tab.findChildren(type(tab.status)))
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "300")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: tab.status.text() == "Gallringstiden är sparad.")
    assert {r.table: r.days for r in retention.rules(db)}["contact"] == 300


def test_preview_counts_and_the_run_asks_first(
        qtbot: QtBot, db: Database, dialog: SettingsDialog, old_and_new: tuple[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = old_and_new
    tab = dialog.retention
    dialog.tabs.setCurrentWidget(tab)
    qtbot.keyClick(tab, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Nästa gallring tar bort"))
    assert "Kontakter med namn: 1" in tab.status.text()
    assert "Uppföljningar: 1" in tab.status.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    qtbot.keyClick(tab, Qt.Key.Key_N, ALT)
    assert db.get(Contact, old) is not None  # "no" culls nothing
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(tab, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Senast gallrat: "))
    assert db.get(Contact, old) is None and db.get(Contact, new) is not None
    assert tab.status.text() == f"Senast gallrat: {date.today().isoformat()}"


def test_the_main_window_culls_what_is_due_once_started(
        qtbot: QtBot, db: Database, old_and_new: tuple[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from faltapp.gui import gallring

    monkeypatch.setattr(gallring, "START_DELAY_MS", 0)  # the app waits 10 s after showing
    old, new = old_and_new
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: db.get(Contact, old) is None)
    qtbot.waitUntil(lambda: not window.runner.busy())
    assert db.get(Contact, new) is not None
    assert window.statusBar().currentMessage() == "Gallrade 2 poster (4 versioner)."
    assert not retention.is_due(db, date.today())
