"""The passphrase dialog: create on first run, unlock after, clear messages on mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE, snapshot
from gui_keys import type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from faltapp.gui.unlock_dialog import UnlockDialog
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams


def show(qtbot: QtBot, dialog: UnlockDialog) -> UnlockDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.passphrase.setFocus()
    return dialog


def submit(qtbot: QtBot, dialog: UnlockDialog, first: str, repeat: str | None = None) -> None:
    dialog.passphrase.clear()
    type_text(dialog.passphrase, first)
    if repeat is not None:
        dialog.repeat.clear()
        type_text(dialog.repeat, repeat)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def test_first_run_creates_the_database_after_two_matching_passphrases(
        qtbot: QtBot, db_path: Path) -> None:
    dialog = show(qtbot, UnlockDialog(db_path, kdf=KdfParams.for_tests()))
    assert dialog.creating and dialog.windowTitle() == "Skapa databas"
    submit(qtbot, dialog, "kort", "kort")
    assert "minst 8 tecken" in dialog.error_label.text()
    submit(qtbot, dialog, "en lång lösenfras", "en annan lösenfras")
    assert "inte lika" in dialog.error_label.text()
    assert not db_path.exists()
    submit(qtbot, dialog, "en lång lösenfras", "en lång lösenfras")
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.database is not None
    dialog.database.close()
    with Database.open(db_path, "en lång lösenfras") as reopened:
        assert reopened.counts()["category"] == 8


def test_wrong_passphrase_says_so_and_lets_the_user_try_again(
        qtbot: QtBot, db_path: Path, db: Database) -> None:
    db.close()
    before = snapshot(db_path.parent)
    dialog = show(qtbot, UnlockDialog(db_path))
    assert not dialog.creating and not dialog.repeat.isVisible()
    submit(qtbot, dialog, "fel fras")
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Fel lösenfras."
    assert dialog.passphrase.text() == ""
    assert snapshot(db_path.parent) == before
    submit(qtbot, dialog, PASSPHRASE)
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.database is not None
    dialog.database.close()


def test_database_open_elsewhere_is_explained(qtbot: QtBot, db_path: Path, db: Database) -> None:
    dialog = show(qtbot, UnlockDialog(db_path))
    submit(qtbot, dialog, PASSPHRASE)
    assert dialog.isVisible()
    assert "används redan" in dialog.error_label.text()
    assert dialog.database is None


def _newer(db: Database) -> None:
    from faltapp.store import schema

    db._db[schema.migrations.migrations_table].insert(
        {"migration_set": schema.MIGRATION_SET, "name": "9999_future", "applied_at": "2030"})


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
    dialog = show(qtbot, UnlockDialog(db_path))
    submit(qtbot, dialog, PASSPHRASE)
    assert dialog.isVisible() and dialog.database is None
    assert expected in dialog.error_label.text()
    assert snapshot(db_path.parent) == before


def test_database_from_a_newer_faltapp_is_explained(
        qtbot: QtBot, db_path: Path, db: Database) -> None:
    _newer(db)
    db.close()
    before = snapshot(db_path.parent)
    dialog = show(qtbot, UnlockDialog(db_path))
    submit(qtbot, dialog, PASSPHRASE)
    assert "nyare version av faltapp" in dialog.error_label.text()
    assert snapshot(db_path.parent) == before
