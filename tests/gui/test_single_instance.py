"""A second start with the same database brings the first window forward instead of asking
for the passphrase again; another database is another instance; a socket left behind by a
crashed start does not block the next one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot

from faltapp.gui.single_instance import SingleInstance, ask_running_to_raise, server_name


def test_a_second_start_asks_the_first_to_come_forward(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "faltapp.db"
    first = SingleInstance(db)
    assert first.listening
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert ask_running_to_raise(db)
    assert not ask_running_to_raise(tmp_path / "annan.db")  # another database: no answer
    first.close()
    assert not ask_running_to_raise(db)
    first.deleteLater()
    qtbot.wait(10)


def test_a_crashed_starts_socket_does_not_block(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "faltapp.db"
    stale = QLocalServer()
    assert stale.listen(server_name(db))
    path = Path(stale.fullServerName())
    stale.close()
    path.touch()  # what a killed process leaves: the socket file, nobody listening
    fresh = SingleInstance(db)
    assert fresh.listening
    with qtbot.waitSignal(fresh.raise_requested, timeout=3000):
        assert ask_running_to_raise(db)
    fresh.close()
    fresh.deleteLater()
    qtbot.wait(10)


def test_the_name_carries_no_path_and_differs_per_database(tmp_path: Path) -> None:
    name = server_name(tmp_path / "faltapp.db")
    assert name.startswith("faltapp-") and str(tmp_path.name) not in name
    assert name != server_name(tmp_path / "annan.db")
