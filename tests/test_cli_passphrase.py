"""`faltapp passphrase` and `faltapp rekey` from scripts; the passphrase rule at every door."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from faltapp.store.database import Database
from faltapp.store.keys import KdfParams, WrongPassphrase

NEW = "ett nytt långt lösen"


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "faltapp", *args], capture_output=True,
                          text=True, env={**os.environ, **env}, stdin=subprocess.DEVNULL,
                          timeout=120)


@pytest.fixture
def closed_db(db_path: Path) -> Path:
    Database.create(db_path, PASSPHRASE, kdf=KdfParams.floor()).close()
    return db_path


def test_passphrase_command_changes_it_and_says_what_old_copies_still_do(
        closed_db: Path) -> None:
    result = _cli("passphrase", "--db", str(closed_db),
                  env={"FALTAPP_PASSPHRASE": PASSPHRASE, "FALTAPP_NEW_PASSPHRASE": NEW})
    assert result.returncode == 0, result.stderr
    assert "rekey" in result.stdout
    with Database.open(closed_db, NEW):
        pass
    with pytest.raises(WrongPassphrase):
        Database.open(closed_db, PASSPHRASE)


def test_a_short_new_passphrase_is_refused_by_every_door(closed_db: Path, tmp_path: Path) -> None:
    before = closed_db.with_name(closed_db.name + ".key").read_bytes()
    result = _cli("passphrase", "--db", str(closed_db),
                  env={"FALTAPP_PASSPHRASE": PASSPHRASE, "FALTAPP_NEW_PASSPHRASE": "sju1234"})
    assert result.returncode == 1
    assert result.stderr.strip() == "faltapp: Lösenfrasen måste vara minst 8 tecken."
    assert closed_db.with_name(closed_db.name + ".key").read_bytes() == before
    fresh = tmp_path / "ny.db"
    result = _cli("demo", "--db", str(fresh), "--workers", "1", "--years", "1",
                  env={"FALTAPP_PASSPHRASE": "sju1234"})
    assert result.returncode == 1
    assert "minst 8 tecken" in result.stderr
    assert not fresh.exists() and not fresh.with_name("ny.db.key").exists()


def test_rekey_command_keeps_the_data_and_the_passphrase(closed_db: Path) -> None:
    result = _cli("rekey", "--db", str(closed_db), env={"FALTAPP_PASSPHRASE": PASSPHRASE})
    assert result.returncode == 0, result.stderr
    with Database.open(closed_db, PASSPHRASE) as db:
        assert db.counts()["place"] == 26


def test_a_kill_in_the_middle_of_a_passphrase_change_leaves_one_that_works(
        closed_db: Path) -> None:
    rng = random.Random(3)
    key_path = closed_db.with_name(closed_db.name + ".key")
    current, other = PASSPHRASE, NEW
    for _ in range(8):
        child = subprocess.Popen(
            [sys.executable, "-m", "faltapp", "passphrase", "--db", str(closed_db)],
            env={**os.environ, "FALTAPP_PASSPHRASE": current, "FALTAPP_NEW_PASSPHRASE": other},
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait()
        opened = []
        for candidate in (current, other):
            try:
                Database.open(closed_db, candidate).close()
                opened.append(candidate)
            except WrongPassphrase:
                pass
        assert len(opened) == 1, "exactly one of the two passphrases opens the database"
        assert key_path.is_file()
        if opened[0] == other:
            current, other = other, current
    assert not [p.name for p in closed_db.parent.iterdir() if p.name.endswith(".tmp")]
