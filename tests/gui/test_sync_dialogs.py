"""Export and import through their dialogs, by keyboard: a member exports (Enter), the leader
previews the file beside a hostile one (its reason in red, nothing changed), imports with
Enter, sees the shift, and sees "redan importerad" for the same file again. A laptop outside
any team is told what to do instead of getting an export button."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Shift
from faltapp.gui.export_dialog import ExportDialog, suggested_name
from faltapp.gui.import_dialog import REFUSED_COLOUR, ImportDialog
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database
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


def test_export_then_import_with_a_preview_and_a_hostile_file(
        qtbot: QtBot, team: Team, runner: TaskRunner, tmp_path: Path) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    shift_id = new_shift(asa, 20, "Åsas kväll")
    out = tmp_path / "sticka"
    out.mkdir()

    export = shown(qtbot, ExportDialog(asa, runner))
    assert "första export" in export.summary.text()
    assert "Anna Lind" in export.recipients.text()
    assert export.name.text().startswith("Asa-") and export.name.text().endswith("-1.faltapp")
    export.folder.setText(str(out))
    export.name.setFocus()
    qtbot.keyClick(export.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: export.result_line != "")
    [written] = list(out.glob("*.faltapp"))
    assert export.result_line == f"Sparade 3 poster i {written}."
    assert "förra exporten (nr 1" in export.summary.text()
    assert QSettings().value("sync/export_folder") == str(out)

    hostile = out / "hostile.faltapp"
    hostile.write_bytes(b"inte en export" * 10)
    before = leader.counts()
    dialog = shown(qtbot, ImportDialog(leader, runner))
    dialog.add_files([written, hostile])
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 2)
    model = dialog.model
    cells = [[model.index(r, c).data() for c in range(7)] for r in range(2)]
    assert cells[0][:6] == [written.name, "Asa", "3", "0", "0", "0"]
    assert cells[0][6] == "Kan läsas in"
    assert cells[1][0] == "hostile.faltapp" and cells[1][6]  # its reason, in red
    assert model.index(1, 6).data(Qt.ItemDataRole.ForegroundRole).color() == REFUSED_COLOUR
    assert leader.counts() == before  # a preview writes nothing
    assert dialog.import_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rows[0].done != "")
    assert model.index(0, 6).data() == "3 nya, 0 uppdaterade, 0 oförändrade, 0 konflikter"
    assert leader.get(Shift, shift_id).summary == "Åsas kväll"
    assert written.exists() and hostile.exists()  # the stick keeps its files
    assert dialog.status.text() == "1 filer lästes in."

    again = shown(qtbot, ImportDialog(leader, runner))
    again.add_files([written])
    qtbot.waitUntil(lambda: len(again.model.rows) == 1)
    assert again.model.index(0, 6).data() == "redan importerad"
    assert not again.import_button.isEnabled()


def test_a_laptop_outside_a_team_is_told_what_to_do(qtbot: QtBot, db: Database,
                                                     runner: TaskRunner) -> None:
    dialog = shown(qtbot, ExportDialog(db, runner))
    assert "inte godkänd i något team" in dialog.summary.text()
    assert not dialog.export_button.isEnabled()


def test_the_suggested_name_is_safe_for_every_file_system() -> None:
    from datetime import date

    assert suggested_name("Åsas dator: 3/4", 7, date(2026, 12, 4)) == \
        "Åsas-dator-3-4-2026-12-04-7.faltapp"
    assert suggested_name("...", 1, date(2026, 12, 4)) == "faltapp-2026-12-04-1.faltapp"
