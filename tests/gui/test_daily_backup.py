"""The first start of a day makes a backup as a quiet job and says so in one line; a second
start the same day makes none; a backup that cannot be made is one line and the database is
untouched."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Place
from faltapp.gui.daily_backup import backup_when_due
from faltapp.gui.tasks import TaskRunner
from faltapp.store.backups import folder_for, list_backups
from faltapp.store.database import Database


def test_one_backup_a_day(qtbot: QtBot, db: Database, db_path: Path) -> None:
    db.save(Place("Torget"))
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = TaskRunner(owner)
    said: list[str] = []
    assert backup_when_due(db, runner, said.append)
    qtbot.waitUntil(lambda: said != [])
    assert said == ["Dagens säkerhetskopia är gjord."]
    assert [(b.reason, b.label) for b in list_backups(db_path)] == [("daily", "daglig")]
    assert not backup_when_due(db, runner, said.append)  # the same day: none more
    assert len(list_backups(db_path)) == 1


def test_a_backup_that_cannot_be_made_is_one_line(qtbot: QtBot, db: Database,
                                                  db_path: Path) -> None:
    folder_for(db_path).write_text("a file where the backup folder should be")
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = TaskRunner(owner)
    said: list[str] = []
    before = db.counts()
    assert backup_when_due(db, runner, said.append)
    qtbot.waitUntil(lambda: said != [])
    assert said[0].startswith("Dagens säkerhetskopia kunde inte göras: ")
    assert db.counts() == before
