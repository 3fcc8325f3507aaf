"""Wrong passphrases cost a growing wait, kept across restarts; the owner is never locked out
(the wait is capped and a right passphrase clears it); nothing is even tried during a wait."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE

from faltapp.store import unlock_throttle
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams, WrongPassphrase
from faltapp.store.unlock_throttle import TryAgainLater, wait_after

CHEAP = KdfParams.for_tests()


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    made = Clock()
    monkeypatch.setattr(unlock_throttle.time, "time", made)
    return made


@pytest.fixture
def closed(db: Database, db_path: Path) -> Path:
    db.close()
    return db_path


def wrong(path: Path) -> str:
    with pytest.raises(WrongPassphrase) as caught:
        Database.open(path, "inte rätt lösenfras", kdf=CHEAP)
    return str(caught.value)


def test_two_mistakes_are_free_then_the_wait_doubles(closed: Path, clock: Clock) -> None:
    files = sorted(p.name for p in closed.parent.iterdir())
    assert wrong(closed) == "Fel lösenfras."
    assert sorted(p.name for p in closed.parent.iterdir()) == sorted(
        [*files, "faltapp.db.attempts"])  # the counter is the only thing written
    assert wrong(closed) == "Fel lösenfras."
    assert wrong(closed) == "Fel lösenfras. Vänta 2 sekunder innan nästa försök."
    with pytest.raises(TryAgainLater, match="Vänta 2 sekunder till"):
        Database.open(closed, PASSPHRASE, kdf=CHEAP)  # not even the right one is tried
    clock.now += 2
    assert wrong(closed) == "Fel lösenfras. Vänta 4 sekunder innan nästa försök."
    clock.now += 4
    Database.open(closed, PASSPHRASE, kdf=CHEAP).close()  # the owner gets in and it resets
    assert wrong(closed) == "Fel lösenfras."


def test_the_count_outlives_a_restart_and_a_damaged_count_file_is_no_lock(
        closed: Path, clock: Clock) -> None:
    for _ in range(3):
        wrong(closed)
    attempts = closed.with_name(closed.name + ".attempts")
    assert attempts.is_file() and PASSPHRASE not in attempts.read_text()
    with pytest.raises(TryAgainLater):
        Database.open(closed, PASSPHRASE, kdf=CHEAP)  # a new process reads the same file
    attempts.write_text("{not json")
    Database.open(closed, PASSPHRASE, kdf=CHEAP).close()


def test_the_wait_is_capped_and_a_clock_set_back_does_not_make_it_endless(
        closed: Path, clock: Clock) -> None:
    assert [wait_after(n) for n in range(1, 8)] == [0, 0, 2, 4, 8, 16, 32]
    assert wait_after(40) == 300
    for _ in range(3):
        wrong(closed)
    clock.now -= 86400  # the laptop's clock jumped back a day
    Database.open(closed, PASSPHRASE, kdf=CHEAP).close()
