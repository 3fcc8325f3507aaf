"""Team → Importera…, by keyboard: the leader previews a member's export beside a hostile
file (its reason in red, nothing changed), imports with Enter, sees the shift, and sees
"redan importerad" for the same file again; a file with a conflict offers the conflict review;
a cancelled check leaves the dialog usable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Shift
from faltapp.gui.export_dialog import ExportDialog
from faltapp.gui.import_dialog import REFUSED_COLOUR, ImportDialog
from faltapp.gui.main_window import MainWindow
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.team_menu import open_import
from tests.sync.devices import Team, edit_shift, imported, new_shift, state, team_in


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


def cells(dialog: ImportDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def bytes_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_export_then_import_with_a_preview_and_a_hostile_file(
        qtbot: QtBot, team: Team, runner: TaskRunner, tmp_path: Path) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    shift_id = new_shift(asa, 20, "Åsas kväll")
    out = tmp_path / "sticka"
    out.mkdir()
    export = shown(qtbot, ExportDialog(asa, runner))
    export.folder.setText(str(out))
    export.name.setFocus()
    qtbot.keyClick(export.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: export.result_line != "")
    [written] = list(out.glob("*.faltapp"))

    hostile = out / "hostile.faltapp"
    hostile.write_bytes(b"inte en export" * 10)
    stick = bytes_of(out)
    before = state(leader)
    dialog = shown(qtbot, ImportDialog(leader, runner))
    dialog.add_files([written, hostile])
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    rows = cells(dialog)
    assert rows[0] == [written.name, "Asa", "3", "0", "0", "0", "Kan läsas in"]
    assert rows[1] == ["hostile.faltapp", "", "", "", "", "", "Filen är ingen faltapp-export."]
    assert dialog.model.index(1, 6).data(Qt.ItemDataRole.ForegroundRole).color() == \
        REFUSED_COLOUR
    assert dialog.model.index(0, 6).data(Qt.ItemDataRole.ForegroundRole) is None
    assert state(leader) == before  # a preview writes nothing
    assert dialog.status.text() == "1 av 2 filer kan läsas in."
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    assert dialog.table.hasFocus()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # the default button: Importera
    qtbot.waitUntil(lambda: dialog.model.rows[0].done != "")
    rows = cells(dialog)
    assert rows[0][6] == "3 nya, 0 uppdaterade, 0 oförändrade, 0 konflikter"
    assert rows[1][6] == "Filen är ingen faltapp-export."
    assert leader.get(Shift, shift_id).summary == "Åsas kväll"
    assert bytes_of(out) == stick  # the stick keeps its files, byte for byte
    assert dialog.status.text() == "1 filer lästes in."
    assert not dialog.import_button.isEnabled() and not dialog.conflicts_button.isEnabled()

    again = shown(qtbot, ImportDialog(leader, runner))
    again.add_files([written])
    qtbot.waitUntil(lambda: again.model.rowCount() == 1)
    assert cells(again)[0][2:] == ["", "", "", "", "redan importerad"]
    assert not again.import_button.isEnabled()


def test_a_hostile_file_alone_changes_nothing_and_cannot_be_imported(
        qtbot: QtBot, team: Team, runner: TaskRunner, tmp_path: Path) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    new_shift(asa, 20)
    good = team.export(asa)
    flipped = tmp_path / "vänd-bit.faltapp"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped.write_bytes(bytes(data))
    before = state(leader)
    dialog = shown(qtbot, ImportDialog(leader, runner))
    dialog.add_files([flipped])
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    reason = cells(dialog)[0][6]
    assert reason and reason != "Kan läsas in"
    assert not dialog.import_button.isEnabled()
    assert dialog.status.text() == "0 av 1 filer kan läsas in."
    assert state(leader) == before and flipped.read_bytes() == bytes(data)


def test_a_conflict_is_counted_before_and_after_and_opens_the_review(
        qtbot: QtBot, team: Team) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    shift_id = new_shift(asa, 20, "Först")
    assert imported(leader, team.export(asa)).outcome == "imported"
    edit_shift(asa, shift_id, "Åsa ändrade")
    edit_shift(leader, shift_id, "Ledaren ändrade")
    path = team.export(asa)
    window = MainWindow(leader)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.runner.busy())
    dialog = open_import(window, choose=False)
    dialog.add_files([path])
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert cells(dialog)[0][2:6] == ["0", "0", "0", "1"]
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.model.rows[0].done != "")
    assert dialog.status.text() == \
        "1 filer lästes in; 1 poster är i konflikt och väntar på granskning."
    assert dialog.conflicts_button.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Visa &konflikter
    qtbot.waitUntil(lambda: getattr(window, "conflict_dialog", None) is not None)
    assert window.conflict_dialog.isVisible() and window.conflict_dialog.list.count() == 1
    assert len(leader.conflicts.open()) == 1


def test_a_cancelled_check_keeps_the_dialog_usable(
        qtbot: QtBot, team: Team, runner: TaskRunner) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    paths = []
    for day in (20, 21, 22, 23):
        new_shift(asa, day)
        paths.append(team.export(asa))
    dialog = shown(qtbot, ImportDialog(leader, runner))
    dialog.add_files(paths)
    runner.cancel_all()
    qtbot.waitUntil(lambda: not runner.busy())
    assert dialog.status.text() == "Kontrollen avbröts."
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    dialog.add_files(paths[:1])  # and it works again
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.import_button.isEnabled()


def test_files_chosen_newest_first_are_read_in_the_order_they_were_written(
        qtbot: QtBot, team: Team, runner: TaskRunner) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    first = new_shift(asa, 20, "Först")
    one = team.export(asa)
    second = new_shift(asa, 21, "Sedan")
    two = team.export(asa)
    dialog = shown(qtbot, ImportDialog(leader, runner))
    dialog.add_files([two, one])
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    dialog.import_now()
    qtbot.waitUntil(lambda: all(r.done for r in dialog.model.rows))
    assert [row[0] for row in cells(dialog)] == [two.name, one.name]  # shown as chosen
    assert [row[6] for row in cells(dialog)] == [
        "3 nya, 0 uppdaterade, 0 oförändrade, 0 konflikter"] * 2
    assert leader.get(Shift, first) is not None and leader.get(Shift, second) is not None
