"""The passphrase dialog: create on first run, unlock after, clear messages on mistakes.

The key is derived in the task runner, so every Enter is followed by waiting for the dialog to
be ready again (or gone) rather than by an immediate check.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE, snapshot
from gui_keys import type_text
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from faltapp.gui import unlock_dialog
from faltapp.gui.unlock_dialog import UnlockDialog
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams

CHEAP = KdfParams.for_tests()


def show(qtbot: QtBot, dialog: UnlockDialog) -> UnlockDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.passphrase.setFocus()
    return dialog


def submit(qtbot: QtBot, dialog: UnlockDialog, first: str, repeat: str | None = None) -> None:
    """Type the passphrase (and repeat), press Enter, wait until the attempt has ended."""
    dialog.passphrase.clear()
    type_text(dialog.passphrase, first)
    if repeat is not None:
        dialog.repeat.clear()
        type_text(dialog.repeat, repeat)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.passphrase.isEnabled(),
                    timeout=10_000)


def test_first_run_creates_the_database_after_two_matching_passphrases(
        qtbot: QtBot, db_path: Path) -> None:
    dialog = show(qtbot, UnlockDialog(db_path, kdf=CHEAP))
    assert dialog.creating and dialog.windowTitle() == "Skapa databas"
    submit(qtbot, dialog, "kort", "kort")
    assert dialog.error_label.text() == "Lösenfrasen måste vara minst 8 tecken."
    submit(qtbot, dialog, "en lång lösenfras", "en annan lösenfras")
    assert dialog.error_label.text() == "Lösenfraserna är inte lika."
    assert dialog.passphrase.hasFocus() and dialog.passphrase.selectedText()
    assert not db_path.exists()
    submit(qtbot, dialog, "en lång lösenfras", "en lång lösenfras")
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.database is not None
    dialog.database.close()
    with Database.open(db_path, "en lång lösenfras", kdf=CHEAP) as reopened:
        assert reopened.counts()["category"] == 8


def test_eight_characters_count_after_normalisation(qtbot: QtBot, db_path: Path) -> None:
    dialog = show(qtbot, UnlockDialog(db_path, kdf=CHEAP))
    decomposed = "sma\u030ala\u030an"  # "smålän" typed as a + ring: 8 code points, 6 letters
    submit(qtbot, dialog, decomposed, decomposed)
    assert dialog.error_label.text() == "Lösenfrasen måste vara minst 8 tecken."
    assert not db_path.exists()


def test_wrong_passphrase_twice_then_the_right_one(
        qtbot: QtBot, db_path: Path, db: Database) -> None:
    db.close()
    before = snapshot(db_path.parent)
    dialog = show(qtbot, UnlockDialog(db_path, kdf=CHEAP))
    assert not dialog.creating and not dialog.repeat.isVisible()
    submit(qtbot, dialog, "fel fras")
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Fel lösenfras."
    assert dialog.passphrase.isEnabled() and dialog.passphrase.hasFocus()
    assert dialog.passphrase.selectedText() == dialog.passphrase.text() == "fel fras"
    submit(qtbot, dialog, "fel igen")
    assert dialog.error_label.text() == "Försök 2: Fel lösenfras."
    assert snapshot(db_path.parent) == before
    submit(qtbot, dialog, PASSPHRASE)
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.database is not None
    dialog.database.close()


def _slow_open(release: threading.Event, opened: list[Database]):
    """``open_database`` that waits for ``release`` first, like a slow KDF."""
    real = unlock_dialog.open_database

    def slow(*args: object) -> Database:
        release.wait(10)
        opened.append(real(*args))
        return opened[-1]

    return slow


def test_unlocking_shows_that_it_works_and_keeps_the_window_alive(
        qtbot: QtBot, db_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    db.close()
    release, opened = threading.Event(), []
    monkeypatch.setattr(unlock_dialog, "open_database", _slow_open(release, opened))
    dialog = show(qtbot, UnlockDialog(db_path, kdf=CHEAP))
    ticks: list[float] = []
    timer = QTimer(dialog, interval=20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert not dialog.passphrase.isEnabled() and not dialog.ok_button.isEnabled()
    assert dialog.busy.isVisible() and dialog.busy.label.text() == "Låser upp…"
    qtbot.wait(400)
    assert len(ticks) >= 8  # the event loop ran all along
    release.set()
    qtbot.waitUntil(lambda: dialog.result() == UnlockDialog.DialogCode.Accepted)
    assert dialog.database is opened[0]
    dialog.database.close()


def test_leaving_while_unlocking_closes_the_database_that_opened_late(
        qtbot: QtBot, db_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    db.close()
    release, opened = threading.Event(), []
    monkeypatch.setattr(unlock_dialog, "open_database", _slow_open(release, opened))
    dialog = show(qtbot, UnlockDialog(db_path, kdf=CHEAP))
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == UnlockDialog.DialogCode.Rejected and not dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: bool(opened))
    qtbot.wait(50)
    assert dialog.database is None
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP):  # the lock was given back
        pass


def test_database_open_elsewhere_is_explained(qtbot: QtBot, db_path: Path, db: Database) -> None:
    dialog = show(qtbot, UnlockDialog(db_path, kdf=CHEAP))
    submit(qtbot, dialog, PASSPHRASE)
    assert dialog.isVisible()
    assert "används redan" in dialog.error_label.text()
    assert dialog.database is None


@pytest.mark.parametrize(("spoil", "expected"), [
    (lambda path: path.write_bytes(b"inte en databas" * 100), "inte en faltapp-databas"),
    (lambda path: Path(f"{path}.key").unlink(), "Nyckelfilen"),
    (lambda path: Path(f"{path}.key").write_text("{}"), "skadad"),
], ids=["foreign-file", "key-file-missing", "key-file-damaged"])
def test_bad_database_files_are_explained_in_the_dialog(
        qtbot: QtBot, db_path: Path, db: Database, spoil, expected: str) -> None:
    db.close()
    spoil(db_path)
    before = snapshot(db_path.parent)
    dialog = show(qtbot, UnlockDialog(db_path, kdf=CHEAP))
    submit(qtbot, dialog, PASSPHRASE)
    assert dialog.isVisible() and dialog.database is None
    assert expected in dialog.error_label.text()
    assert snapshot(db_path.parent) == before


def test_a_long_error_wraps_and_the_dialog_grows_to_show_all_of_it(
        qtbot: QtBot, db_path: Path) -> None:
    dialog = show(qtbot, UnlockDialog(db_path, kdf=CHEAP))
    before = dialog.height()
    message = "\n".join(f"Rad {n}: " + "ett långt felmeddelande som bryts " * 3 for n in range(6))
    dialog.show_error(message)
    label = dialog.error_label
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert dialog.height() > before
    bottom = label.mapTo(dialog, label.rect().bottomLeft()).y()
    assert bottom <= dialog.height()
