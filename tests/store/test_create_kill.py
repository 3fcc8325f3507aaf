"""Creating a database killed at any moment leaves nothing, or a database that opens (issue 5).

Tried on the old store: 20 of 160 kills while ``faltapp demo`` created a database left a
database file without its key file. Here a forked child creates databases and the parent
SIGKILLs it: at random moments over whole creations, and once just before each file-system
step of a creation (every link, rename, unlink and fsync), where the commit point is. Then
every database the child began must open, or have left neither file and be creatable anew
with no leftovers.
"""

from __future__ import annotations

import os
import random
import re
import signal
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from faltapp.store import keys
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX fork and SIGKILL")

CHEAP = KdfParams.for_tests()
RANDOM_KILLS = 20
STEPS = ("fsync", "link", "rename", "replace", "unlink")  # os calls that change what is on disk
SEED = random.randrange(2**32)

Beacon = Callable[[bytes], None]


def _create_forever(folder: Path, beacon: Beacon) -> None:
    """Create ``faltapp-0.db``, ``faltapp-1.db``, … until killed; beacon as each begins."""
    number = 0
    while True:
        beacon(b"!")
        Database.create(folder / f"faltapp-{number}.db", PASSPHRASE, kdf=CHEAP).close()
        number += 1


def _create_pausing_at(step: int) -> Callable[[Path, Beacon], None]:
    """Work for a child: one creation that stops just before its ``step``-th file-system call,
    beacons and waits to be killed; beacons ``.`` if the creation has fewer steps."""

    def work(folder: Path, beacon: Beacon) -> None:
        calls = 0

        def pausing(real: Callable[..., object]) -> Callable[..., object]:
            def call(*args: object, **kwargs: object) -> object:
                nonlocal calls
                calls += 1
                if calls == step:
                    beacon(b"!")
                    time.sleep(60)
                return real(*args, **kwargs)

            return call

        for name in STEPS:  # in the child only
            setattr(os, name, pausing(getattr(os, name)))
        Database.create(folder / "faltapp-0.db", PASSPHRASE, kdf=CHEAP).close()
        beacon(b".")
        time.sleep(60)

    return work


def _kill_after(folder: Path, delay: float, work: Callable[[Path, Beacon], None]) -> bool:
    """Fork a child running ``work(folder, beacon)``; SIGKILL it ``delay`` s after its first
    beacon. False if the child said it finished (``.``) before the moment to kill came."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_fd)
            work(folder, lambda signal_byte: os.write(write_fd, signal_byte) and None)
        except BaseException:
            traceback.print_exc()
        os._exit(1)
    os.close(write_fd)
    try:
        first = os.read(read_fd, 1)
        assert first in (b"!", b"."), f"the child died before creating (seed {SEED})"
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    finally:
        os.close(read_fd)
        _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, f"seed {SEED}"
    return first == b"!"


def _check_what_was_left(folder: Path) -> None:
    """Every database the child began opens, or left neither file and can be created anew."""
    begun = sorted({int(m.group(1)) for p in folder.iterdir()
                    if (m := re.match(r"\.?faltapp-(\d+)\.db", p.name))})
    for number in begun:
        path = folder / f"faltapp-{number}.db"
        key_path = keys.key_path_for(path)
        where = f"{path.name}: {sorted(p.name for p in folder.iterdir())} (seed {SEED})"
        if path.exists() or key_path.exists():
            with Database.open(path, PASSPHRASE, kdf=CHEAP) as db:
                assert db.counts()["place"] > 0, where
            assert key_path.is_file(), where
        else:
            Database.create(path, PASSPHRASE, kdf=CHEAP).close()
            left = sorted(p.name for p in folder.iterdir() if path.name in p.name)
            # the database, its key file and the session sidecar its first open wrote
            expected = sorted([path.name, key_path.name, path.name + ".state"])
            assert left == expected, f"leftovers not removed: {where}"


def _time_one_creation(folder: Path) -> float:
    """Seconds one creation takes here (the fastest of two: the first may still import)."""
    times = []
    for name in ("timing-1.db", "timing-2.db"):
        start = time.perf_counter()
        Database.create(folder / name, PASSPHRASE, kdf=CHEAP).close()
        times.append(time.perf_counter() - start)
    return min(times)


def test_creation_killed_at_random_moments_leaves_nothing_or_a_database(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    span = 1.5 * _time_one_creation(tmp_path)  # kills reach into a second creation too
    for round_number in range(RANDOM_KILLS):
        folder = tmp_path / f"random-{round_number}"
        folder.mkdir()
        _kill_after(folder, rng.uniform(0, span), _create_forever)
        _check_what_was_left(folder)


def test_creation_killed_before_each_file_step_leaves_nothing_or_a_database(
    tmp_path: Path,
) -> None:
    step = 0
    while True:
        step += 1
        assert step < 100, "a creation should not take this many steps"
        folder = tmp_path / f"step-{step}"
        folder.mkdir()
        if not _kill_after(folder, 0, _create_pausing_at(step)):
            break
        _check_what_was_left(folder)
    assert step > 5, "the kills covered the key file's writes and the renames"


def test_a_key_file_left_under_its_pending_name_is_put_in_place_on_open(
    db_path: Path, db: Database,
) -> None:
    db.close()
    key_path = keys.key_path_for(db_path)
    pending = key_path.with_name(key_path.name + ".new")
    os.replace(key_path, pending)  # as a creation killed between its two renames leaves it
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as again:
        details = [r[0] for r in again.query(
            "SELECT detail FROM audit_log WHERE action = 'repair'")]
        assert again.counts()["place"] > 0
    assert any("avbruten databasskapning" in d for d in details)
    assert key_path.is_file() and not pending.exists()
    Database.open(db_path, PASSPHRASE, kdf=CHEAP).close()
