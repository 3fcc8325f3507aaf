"""One process per database: a second window or command is refused, a crash does not block."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from faltapp.store.lock import DatabaseInUse, DatabaseLock

REPO = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from pathlib import Path
from faltapp.store.lock import DatabaseLock
lock = DatabaseLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
sys.stdin.read()  # hold until the parent closes stdin (or kills us)
lock.release()
print("released", flush=True)
"""


def _start_holder(db_path: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "faltapp.db"


@pytest.fixture
def holder(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    proc = _start_holder(db_path)
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_second_process_is_refused_with_holder_pid(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    lock = DatabaseLock(db_path)
    with pytest.raises(DatabaseInUse) as caught:
        lock.acquire()
    message = str(caught.value)
    assert message.startswith("Databasen används redan av ett annat faltapp-fönster")
    assert "Stäng det först." in message
    assert str(db_path) in message
    assert str(holder.pid) in message
    assert caught.value.pid == holder.pid
    assert not lock.held
    lock.release()  # harmless on a lock never taken


def test_refused_acquire_leaves_the_holder_files_alone(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    before = _files(db_path.parent)
    with pytest.raises(DatabaseInUse):
        DatabaseLock(db_path).acquire()
    assert _files(db_path.parent) == before
    assert (db_path.parent / "faltapp.db.lock.pid").read_text().strip() == str(holder.pid)


def test_killed_holder_does_not_block(db_path: Path, holder: subprocess.Popen[str]) -> None:
    holder.kill()
    holder.wait(timeout=10)
    lock = DatabaseLock(db_path)
    lock.acquire()  # no DatabaseInUse: the OS dropped the dead process's lock
    assert lock.held
    assert (db_path.parent / "faltapp.db.lock.pid").read_text().strip() == str(os.getpid())
    lock.release()
    assert _files(db_path.parent) == []  # the crash leftovers are cleaned up too


def test_holder_that_exits_cleanly_leaves_nothing(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    out, _ = holder.communicate("", timeout=10)
    assert out.strip() == "released"
    assert _files(db_path.parent) == []
    with DatabaseLock(db_path):
        pass


def test_release_removes_the_lock_files(db_path: Path) -> None:
    lock = DatabaseLock(db_path)
    lock.acquire()
    assert _files(db_path.parent) == ["faltapp.db.lock", "faltapp.db.lock.pid"]
    lock.release()
    assert _files(db_path.parent) == []
    lock.release()  # idempotent


def test_acquire_release_twice_in_process(db_path: Path) -> None:
    lock = DatabaseLock(db_path)
    for _ in range(2):
        lock.acquire()
        assert lock.held
        lock.release()
        assert not lock.held
    with DatabaseLock(db_path) as other:
        assert other.held
    assert _files(db_path.parent) == []


def test_second_lock_in_the_same_process_is_refused(db_path: Path) -> None:
    with DatabaseLock(db_path):
        with pytest.raises(DatabaseInUse) as caught:
            DatabaseLock(db_path).acquire()
        assert caught.value.pid == os.getpid()
    assert _files(db_path.parent) == []


def test_released_lock_can_be_taken_by_another_process(db_path: Path) -> None:
    with DatabaseLock(db_path):
        pass
    proc = _start_holder(db_path)
    try:
        with pytest.raises(DatabaseInUse):
            DatabaseLock(db_path).acquire()
    finally:
        proc.communicate("", timeout=10)
    assert _files(db_path.parent) == []
