"""Team → Exportera…: what goes in and to whom, the suggested name, the remembered folder and
the closing line, by keyboard; a laptop outside any team is told what to do instead of
getting an export button."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.jobs import run_to_end
from faltapp.gui.export_dialog import ExportDialog, suggested_name
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database
from faltapp.sync.importer import preview_job
from tests.sync.devices import Team, new_shift, team_in


@pytest.fixture(autouse=True)
def _settings(own_qsettings: Path) -> None:
    """Remembered folders go to a temporary place."""


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    owner = QWidget()
    owner.show()
    made = TaskRunner(owner)
    yield made
    qtbot.waitUntil(lambda: not made.busy())
    owner.close()


def shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_export_by_keyboard_says_what_went_where_and_remembers_the_folder(
        qtbot: QtBot, team: Team, runner: TaskRunner, tmp_path: Path) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    new_shift(asa, 20, "Åsas kväll")
    out = tmp_path / "sticka"
    out.mkdir()

    export = shown(qtbot, ExportDialog(asa, runner))
    assert "första export" in export.summary.text()
    assert "Anna Lind" in export.recipients.text()
    assert export.name.text() == f"Asa-{date.today().isoformat()}-1.faltapp"
    export.folder.setText(str(out))
    export.name.setFocus()
    qtbot.keyClick(export.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: export.result_line != "")
    [written] = list(out.glob("*.faltapp"))
    assert written.name == f"Asa-{date.today().isoformat()}-1.faltapp"
    assert export.result_line == f"Sparade 3 poster i {written}."
    assert QSettings().value("sync/export_folder") == str(out)
    # the next export is incremental, numbered 2, and the next dialog starts in the same folder
    assert "förra exporten (nr 1" in export.summary.text()
    assert export.name.text().endswith("-2.faltapp")
    assert shown(qtbot, ExportDialog(asa, runner)).folder.text() == str(out)


def test_everything_checked_exports_every_record_again(
        qtbot: QtBot, team: Team, runner: TaskRunner, tmp_path: Path) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    new_shift(asa, 20)
    export = shown(qtbot, ExportDialog(asa, runner))
    export.folder.setText(str(tmp_path))
    export.export()
    qtbot.waitUntil(lambda: export.result_line != "")
    assert export.result_line.startswith("Sparade 3 poster")
    export.export()  # nothing changed since
    qtbot.waitUntil(lambda: "-2.faltapp" in export.result_line)
    assert export.result_line.startswith("Sparade 0 poster")
    export.full.setFocus()
    qtbot.keyClick(export.full, Qt.Key.Key_Space)
    assert export.full.isChecked()
    export.export()
    qtbot.waitUntil(lambda: "-3.faltapp" in export.result_line)
    assert export.result_line.startswith("Sparade 3 poster")
    third = next(tmp_path.glob("*-3.faltapp"))
    preview = run_to_end(preview_job(leader, third))  # as the leader will see it
    assert preview.full and preview.records == 3 and preview.counter == 3


def test_a_laptop_outside_a_team_is_told_what_to_do(qtbot: QtBot, db: Database,
                                                     runner: TaskRunner) -> None:
    dialog = shown(qtbot, ExportDialog(db, runner))
    assert "inte godkänd i något team" in dialog.summary.text()
    assert "Gå med i team" in dialog.summary.text()
    assert not dialog.export_button.isEnabled() and not dialog.choose.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter can only close it: nothing exported
    assert not dialog.isVisible() and db.sync.last_export() is None


def test_the_suggested_name_is_safe_for_every_file_system() -> None:
    assert suggested_name("Åsas dator: 3/4", 7, date(2026, 12, 4)) == \
        "Åsas-dator-3-4-2026-12-04-7.faltapp"
    assert suggested_name("...", 1, date(2026, 12, 4)) == "faltapp-2026-12-04-1.faltapp"


def test_a_leaders_export_says_the_whole_team_can_read_it_and_it_can(
        qtbot: QtBot, team: Team, runner: TaskRunner, tmp_path: Path) -> None:
    leader = team.leader()
    alone = shown(qtbot, ExportDialog(leader, runner))
    assert "bara den här datorn" in alone.recipients.text()
    asa = team.member(leader, "asa")
    team.member(leader, "bo")
    export = shown(qtbot, ExportDialog(leader, runner))
    assert "alla i teamet (Asa, Bo)" in export.recipients.text()
    export.folder.setText(str(tmp_path))
    export.export()
    qtbot.waitUntil(lambda: export.result_line != "")
    [written] = list(tmp_path.glob("*.faltapp"))
    assert run_to_end(preview_job(asa, written)).device_name == "Anna Lind"
