"""The inbox in the main window: a file on the stick is read in once the window shows, a new
file is read in when the folder changes (also one that arrives during a look), a conflict
opens the import dialog with the inbox's own preview once (not at every return to the
window), and a pulled stick is one note in the status bar, no dialog. The stick keeps its
files byte for byte. Team → Inkorg… chooses and clears it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Shift
from faltapp.gui.main_window import MainWindow
from faltapp.gui.team_menu import open_inbox
from faltapp.sync.inbox import inbox_folder, set_inbox_folder
from tests.sync.devices import Team, edit_shift, imported, new_shift, team_in


@pytest.fixture(autouse=True)
def _settings(own_qsettings: Path) -> None:
    """Remembered folders go to a temporary place."""


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def put_on_stick(team: Team, db, stick: Path) -> Path:
    source = team.export(db)
    target = stick / source.name
    target.write_bytes(source.read_bytes())
    return target


def window_for(qtbot: QtBot, db) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy() and not window.inbox._running)


def test_the_inbox_reads_in_at_start_and_when_a_file_arrives(
        qtbot: QtBot, team: Team, tmp_path: Path) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    first = new_shift(asa, 20, "Första")
    stick = tmp_path / "sticka"
    stick.mkdir()
    put_on_stick(team, asa, stick)
    set_inbox_folder(leader, stick)
    window = window_for(qtbot, leader)
    qtbot.waitUntil(lambda: leader.get(Shift, first) is not None)
    idle(qtbot, window)
    line = "Inkorgen: 1 filer inlästa (3 nya, 0 uppdaterade)."
    assert window.inbox.last.line() == line and window.statusBar().currentMessage() == line

    second = new_shift(asa, 21, "Andra")
    put_on_stick(team, asa, stick)
    window.inbox.check()  # what the folder watcher does after its pause
    window.inbox.check()  # a second change while the first look runs: one more look after it
    assert window.inbox._again
    third = new_shift(asa, 22, "Tredje")
    put_on_stick(team, asa, stick)
    qtbot.waitUntil(lambda: leader.get(Shift, third) is not None, timeout=10000)
    assert leader.get(Shift, second).summary == "Andra"
    idle(qtbot, window)
    on_stick = {p.name: p.read_bytes() for p in stick.iterdir()}
    assert len(on_stick) == 3  # nothing taken off the stick
    assert all(data == (team.folder / "out" / name).read_bytes()
               for name, data in on_stick.items())


def test_a_conflict_opens_the_import_dialog_and_a_pulled_stick_is_a_note(
        qtbot: QtBot, team: Team, tmp_path: Path) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    shift_id = new_shift(asa, 20, "Först")
    assert imported(leader, team.export(asa)).outcome == "imported"
    edit_shift(asa, shift_id, "Åsa ändrade")
    edit_shift(leader, shift_id, "Ledaren ändrade")
    stick = tmp_path / "sticka"
    stick.mkdir()
    put_on_stick(team, asa, stick)
    set_inbox_folder(leader, stick)
    window = window_for(qtbot, leader)
    qtbot.waitUntil(lambda: getattr(window, "import_dialog", None) is not None)
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 1)
    assert dialog.model.index(0, 5).data() == "1"  # one conflict, shown before anything
    [(_, preview)] = window.inbox.last.to_review
    assert dialog.model.rows[0].preview is preview  # the inbox's preview, not a second one
    assert dialog.import_button.isEnabled()
    assert leader.get(Shift, shift_id).summary == "Ledaren ändrade"
    idle(qtbot, window)

    dialog.close()  # the person decides later: coming back to faltapp does not nag
    window.inbox.check()
    idle(qtbot, window)
    assert window.inbox.last.to_review == [] and not dialog.isVisible()
    window.inbox.check_now()  # Team → Inkorg… → Läs nu: shown again
    idle(qtbot, window)
    assert dialog.isVisible() and dialog.model.rowCount() == 1

    for path in stick.iterdir():
        path.unlink()
    stick.rmdir()
    window.inbox.check()
    assert "går inte att nå" in window.statusBar().currentMessage()
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]
    window.statusBar().clearMessage()
    stick.mkdir()  # put back in, looked at, pulled again: a new note
    window.inbox.check()
    idle(qtbot, window)
    stick.rmdir()
    window.inbox.check()
    assert "går inte att nå" in window.statusBar().currentMessage()


def test_team_inkorg_chooses_and_clears_the_folder(qtbot: QtBot, team: Team,
                                                   tmp_path: Path) -> None:
    leader = team.leader()
    window = window_for(qtbot, leader)
    dialog = open_inbox(window)
    assert dialog.current.text() == "Ingen inkorg är vald." and not dialog.off_button.isEnabled()
    dialog.set_folder(tmp_path)
    assert inbox_folder(leader) == tmp_path and str(tmp_path) in dialog.current.text()
    assert window.inbox._poll.isActive()  # a look a minute while there is an inbox
    idle(qtbot, window)
    dialog.off_button.click()
    assert inbox_folder(leader) is None and not window.inbox._poll.isActive()
    idle(qtbot, window)
