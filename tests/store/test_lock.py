"""One process per database: a second window or command is refused, a crash does not block,
and a broken lock file is one Swedish sentence, never a traceback or a lock left held."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from unprivileged import run_without_privileges

from faltapp.store import lock as lock_module
from faltapp.store.errors import StoreError
from faltapp.store.lock import DatabaseInUse, DatabaseLock, LockFileUnusable

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


# -- lock files that cannot be used -----------------------------------------------------------

POSIX_ONLY = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes and /proc")


def _lock_files_open(db_name: str) -> list[str]:
    """What this process has open among ``<db>.lock`` and ``<db>.lock.pid`` (Linux only)."""
    if not os.path.isdir("/proc/self/fd"):
        return []
    targets = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # the listing's own descriptor is gone by now
            targets.append(os.readlink(f"/proc/self/fd/{fd}"))
    return [t for t in targets if Path(t.removesuffix(" (deleted)")).name.startswith(db_name)]


def _unusable(path: Path, cause: str) -> str:
    return (
        f"Låsfilen {path} går inte att använda ({cause}); ta bort den om inget annat "
        "faltapp-fönster är öppet."
    )


def _refused(db_path: Path) -> LockFileUnusable:
    """Acquire, expect :class:`LockFileUnusable`, and check that nothing is left held."""
    lock = DatabaseLock(db_path)
    with pytest.raises(LockFileUnusable) as caught:
        lock.acquire()
    assert not lock.held
    assert _lock_files_open(db_path.name) == []  # no descriptor, so no lock, is left
    assert isinstance(caught.value, StoreError)
    assert caught.value.reason  # English detail for the log
    return caught.value


def test_lock_file_that_is_a_folder_is_named(db_path: Path) -> None:
    lock_path = db_path.parent / "faltapp.db.lock"
    lock_path.mkdir()
    error = _refused(db_path)
    assert error.path == lock_path
    assert str(error) == _unusable(lock_path, "det är en mapp")
    assert _files(db_path.parent) == ["faltapp.db.lock"]  # no pid file written
    lock_path.rmdir()
    with DatabaseLock(db_path) as lock:  # once the folder is gone, all is well
        assert lock.held


def test_pid_file_that_is_a_folder_is_named_and_the_lock_dropped(db_path: Path) -> None:
    pid_path = db_path.parent / "faltapp.db.lock.pid"
    pid_path.mkdir()
    error = _refused(db_path)
    assert error.path == pid_path
    assert str(error) == _unusable(pid_path, "det är en mapp")
    assert _files(db_path.parent) == ["faltapp.db.lock.pid"]  # the lock file was removed
    pid_path.rmdir()
    proc = _start_holder(db_path)  # another process gets the lock: none was left held
    proc.communicate("", timeout=10)
    assert _files(db_path.parent) == []


def _attempt_lock() -> list[Any]:
    """Run in the unprivileged child: try to lock ``faltapp.db`` and report what happened."""
    lock = DatabaseLock(Path("faltapp.db"))
    try:
        lock.acquire()
    except StoreError as exc:
        return [type(exc).__name__, str(exc), lock.held, _lock_files_open("faltapp.db")]
    lock.release()
    return ["acquired"]


@POSIX_ONLY
@pytest.mark.parametrize("mode", [0o000, 0o444], ids=["unreadable", "read-only"])
def test_lock_file_without_permission_is_named(
    db_path: Path, mode: int
) -> None:
    lock_path = db_path.parent / "faltapp.db.lock"
    lock_path.write_bytes(b"")
    lock_path.chmod(mode)
    assert run_without_privileges(db_path.parent, _attempt_lock) == [
        "LockFileUnusable",
        _unusable(Path("faltapp.db.lock"), "faltapp saknar behörighet"),
        False,
        [],
    ]
    assert _files(db_path.parent) == ["faltapp.db.lock"]


@POSIX_ONLY
@pytest.mark.parametrize("mode", [0o000, 0o444], ids=["unreadable", "read-only"])
def test_pid_file_without_permission_is_named_and_left_alone(
    db_path: Path, mode: int
) -> None:
    pid_path = db_path.parent / "faltapp.db.lock.pid"
    pid_path.write_text("12345\n", encoding="ascii")
    pid_path.chmod(mode)
    assert run_without_privileges(db_path.parent, _attempt_lock) == [
        "LockFileUnusable",
        _unusable(Path("faltapp.db.lock.pid"), "faltapp saknar behörighet"),
        False,
        [],
    ]
    assert _files(db_path.parent) == ["faltapp.db.lock.pid"]  # the lock file is gone again
    assert pid_path.read_text(encoding="ascii") == "12345\n"


@POSIX_ONLY
@pytest.mark.parametrize(
    "name_length, broken",
    [(252, "faltapp.db.lock"), (250, "faltapp.db.lock.pid")],
    ids=["lock file", "pid file"],
)
def test_other_system_errors_name_the_file(
    tmp_path: Path, name_length: int, broken: str
) -> None:
    # 255 bytes is the longest file name: here ".lock" or only ".lock.pid" goes past it.
    db_path = tmp_path / ("x" * name_length)
    error = _refused(db_path)
    assert error.path.name == broken.replace("faltapp.db", db_path.name)
    assert str(error) == _unusable(error.path, "namnet är för långt")
    assert _files(tmp_path) == []


@POSIX_ONLY
def test_lock_call_failing_for_another_reason_is_not_called_in_use(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_locks(_fd: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(lock_module, "_lock", no_locks)
    error = _refused(db_path)
    assert str(error) == _unusable(db_path.parent / "faltapp.db.lock", "fel i filsystemet (ENOLCK)")
