"""Killed in the middle of writing the key file, a process leaves one that opens.

A forked child rewrites the key file in a loop; the parent SIGKILLs it at a random moment
soon after a write begins, cleans the leftovers as opening does, and checks what is on disk,
again and again.
"""

from __future__ import annotations

import os
import random
import signal
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest

from faltapp.store import keys
from faltapp.store.keys import KdfParams, WrongPassphrase

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX fork and SIGKILL")

CHEAP = KdfParams.for_tests()
A = "första lösenfrasen"
B = "den andra lösenfrasen"
CHANGE_KILLS = 30
CREATE_KILLS = 20
# A write with its two fsyncs takes a few ms here: the kills spread over it and past it.
LATEST_KILL = 0.012
SEED = random.randrange(2**32)

Beacon = Callable[[], None]


def _kill_soon_after_a_write_begins(work: Callable[[Beacon], None], delay: float) -> None:
    """Fork a child running ``work(beacon)`` forever, which calls ``beacon()`` as each write
    begins; SIGKILL it ``delay`` seconds after the first one."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_fd)
            work(lambda: os.write(write_fd, b"!") and None)
        except BaseException:
            traceback.print_exc()
        os._exit(1)
    os.close(write_fd)
    try:
        assert os.read(read_fd, 1) == b"!", f"the child died before writing (seed {SEED})"
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    finally:
        os.close(read_fd)
        _, status = os.waitpid(pid, 0)
    # Killed, not dead of its own error (which would mean the loop itself broke).
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, f"seed {SEED}"


def _passphrase_of(path: Path, db_key: bytes) -> str:
    """A or B, whichever opens the key file at ``path`` (and yields ``db_key``)."""
    key_file = keys.read_key_file(path)
    for passphrase in (A, B):
        try:
            opened = keys.unwrap_key(key_file, passphrase)
        except WrongPassphrase:
            continue
        assert opened == db_key
        return passphrase
    raise AssertionError(f"the key file opens with neither passphrase (seed {SEED})")


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_killed_passphrase_change_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    path = keys.key_path_for(tmp_path / "faltapp.db")
    db_key = keys.new_database_key()
    keys.write_key_file(path, keys.wrap_key(db_key, A, CHEAP))

    def change_back_and_forth(beacon: Beacon) -> None:
        replace = keys.replace_key_file

        def signalled_replace(target: Path, key_file: keys.KeyFile) -> None:
            beacon()
            replace(target, key_file)

        keys.replace_key_file = signalled_replace  # in the child only
        current, other = (A, B) if _passphrase_of(path, db_key) == A else (B, A)
        while True:
            keys.change_passphrase(path, current, other, params=CHEAP)
            current, other = other, current

    rng = random.Random(SEED)
    for _ in range(CHANGE_KILLS):
        _kill_soon_after_a_write_begins(change_back_and_forth, rng.uniform(0, LATEST_KILL))
        keys.clean_stale_temp_files(path)
        assert _names(tmp_path) == [path.name], f"seed {SEED}"
        _passphrase_of(path, db_key)
    keys.change_passphrase(path, _passphrase_of(path, db_key), "efter sista", params=CHEAP)
    assert keys.unwrap_key(keys.read_key_file(path), "efter sista") == db_key


def test_killed_first_write_leaves_no_key_file_or_a_whole_one(tmp_path: Path) -> None:
    path = keys.key_path_for(tmp_path / "faltapp.db")
    db_key = keys.new_database_key()
    key_file = keys.wrap_key(db_key, A, CHEAP)

    def create_again_and_again(beacon: Beacon) -> None:
        while True:
            path.unlink(missing_ok=True)
            beacon()
            keys.write_key_file(path, key_file)

    rng = random.Random(SEED)
    for _ in range(CREATE_KILLS):
        _kill_soon_after_a_write_begins(create_again_and_again, rng.uniform(0, LATEST_KILL))
        keys.clean_stale_temp_files(path)
        names = _names(tmp_path)
        assert names in ([], [path.name]), f"seed {SEED}"
        if names:
            assert keys.read_key_file(path) == key_file
            assert keys.unwrap_key(keys.read_key_file(path), A) == db_key
