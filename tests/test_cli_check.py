"""``faltapp check``: a whole database says so; one flipped byte in the middle of the file —
which opens without a word — is found, and the newest backup is named for restoring."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE

from faltapp.cli import main
from faltapp.core.entities import Category, Place
from faltapp.core.jobs import run_to_end
from faltapp.demo import DemoSpec, generate
from faltapp.store.backups import backup_job
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def filled(db: Database, db_path: Path) -> Path:
    records = generate(DemoSpec(workers=1, years=1, seed=2), db.all(Place), db.all(Category))
    db.save_many(r for _, r in zip(range(1500), records, strict=False))
    run_to_end(backup_job(db, "manual"))
    db.writer.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return db_path


def test_a_whole_database_says_so(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(filled)]) == 0
    assert capsys.readouterr().out == "Databasen är hel.\n"


def test_a_flipped_byte_in_the_middle_is_found_and_the_backup_named(
        filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(filled.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 2000
    data[middle] ^= 0xFF
    filled.write_bytes(bytes(data))
    Database.open(filled, PASSPHRASE, kdf=KdfParams.for_tests()).close()  # opens silently
    assert main(["check", "--db", str(filled)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Databasen är skadad:" and len(out) >= 3
    assert out[-1].startswith("Den nyaste säkerhetskopian är från ")
    assert "'faltapp restore 1'" in out[-1]
