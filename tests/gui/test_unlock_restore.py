"""A database file too damaged to open says so in the unlock dialog and, when there are
backups, offers to restore one instead of leaving the user at a dead end."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from gui.test_unlock_dialog import CHEAP, show, submit
from pytestqt.qtbot import QtBot

from faltapp.core.jobs import run_to_end
from faltapp.gui.unlock_dialog import UnlockDialog
from faltapp.store.backups import backup_job
from faltapp.store.database import Database


def damage_the_start(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:64] = bytes(64)  # the first page (salt and header) unreadable
    path.write_bytes(bytes(data))


def test_a_damaged_file_with_backups_offers_the_restore(qtbot: QtBot, db: Database,
                                                        db_path: Path) -> None:
    run_to_end(backup_job(db, "manual"))
    db.writer.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    damage_the_start(db_path)
    dialog = show(qtbot, UnlockDialog(db_path, kdf=CHEAP))
    assert not dialog.restore_button.isVisible()
    submit(qtbot, dialog, PASSPHRASE)
    assert "är skadad" in dialog.error_label.text()
    assert dialog.restore_button.isVisible()
    dialog.restore_button.click()
    assert dialog.wants_restore and dialog.result() == UnlockDialog.DialogCode.Rejected


def test_without_backups_nothing_is_offered(qtbot: QtBot, db: Database,
                                            db_path: Path) -> None:
    db.writer.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    damage_the_start(db_path)
    dialog = show(qtbot, UnlockDialog(db_path, kdf=CHEAP))
    submit(qtbot, dialog, PASSPHRASE)
    assert dialog.error_label.text() and not dialog.restore_button.isVisible()
