"""``faltapp backup`` and ``faltapp restore``: list with date, reason and counts, restore one
only when confirmed, the state before it kept; every refusal is one Swedish line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import PASSPHRASE, snapshot

from faltapp.cli import main
from faltapp.core.entities import Place
from faltapp.store import keys
from faltapp.store.backups import folder_for, list_backups
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams

LINE = re.compile(r"\s*(\d+)  (\d{4}-\d\d-\d\d \d\d:\d\d)  (.+?)\s+(\d+) pass, (\d+) kontakter, "
                  r"(\d+) uppföljningar")


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FALTAPP_DB", raising=False)
    monkeypatch.setenv("FALTAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(keys, "calibrate", KdfParams.for_tests)  # seconds saved per open


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def place_names(path: Path) -> set[str]:
    with Database.open(path, PASSPHRASE, kdf=KdfParams.for_tests()) as db:
        return {p.name for p in db.all(Place)}


@pytest.fixture
def backed_up(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A database with one manual backup holding "Före kopian" and not "Efter kopian"."""
    db.save(Place("Före kopian"))
    db.close()
    code, out, _ = run(capsys, "backup", "--db", str(db_path))
    assert code == 0 and out.startswith("Säkerhetskopian är sparad: ")
    assert str(folder_for(db_path)) in out and "0 pass, 0 kontakter, 0 uppföljningar" in out
    with Database.open(db_path, PASSPHRASE, kdf=KdfParams.for_tests()) as again:
        again.save(Place("Efter kopian"))
    return db_path


def test_restore_lists_backups_with_time_reason_and_counts_without_a_passphrase(
        backed_up: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FALTAPP_PASSPHRASE")
    code, out, err = run(capsys, "restore", "--db", str(backed_up))
    assert (code, err) == (0, "")
    [line] = out.splitlines()
    number, when, reason, *counts = LINE.fullmatch(line).groups()
    [info] = list_backups(backed_up)
    assert (number, reason, counts) == ("1", "manuell", ["0", "0", "0"])
    assert when == info.made_at.astimezone().strftime("%Y-%m-%d %H:%M")


def test_restore_n_yes_brings_the_backup_back_and_keeps_the_state_before(
        backed_up: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "restore", "1", "--yes", "--db", str(backed_up))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Databasen är återställd till säkerhetskopian från ")
    assert lines[1].startswith("Databasen som den var före återställningen finns i ")
    names = place_names(backed_up)
    assert "Före kopian" in names and "Efter kopian" not in names
    _, out, _ = run(capsys, "restore", "--db", str(backed_up))
    reasons = [LINE.fullmatch(line).group(3) for line in out.splitlines()]
    assert reasons == ["före återställning", "manuell"]
    assert run(capsys, "restore", "1", "--yes", "--db", str(backed_up))[0] == 0
    assert "Efter kopian" in place_names(backed_up)


def test_restore_asks_unless_yes_and_refuses_a_bad_number(
        backed_up: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(backed_up.parent)
    code, out, err = run(capsys, "restore", "1", "--db", str(backed_up))
    assert (code, out) == (1, "")
    assert err == "faltapp: Lägg till --yes för att återställa utan att bli tillfrågad.\n"
    code, _, err = run(capsys, "restore", "7", "--yes", "--db", str(backed_up))
    assert code == 1 and "ingen säkerhetskopia nummer 7" in err
    assert snapshot(backed_up.parent) == before


def test_a_damaged_backup_or_an_open_database_is_one_line_and_nothing_changes(
        backed_up: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [info] = list_backups(backed_up)
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2] ^= 1
    info.path.write_bytes(bytes(data))
    before = snapshot(backed_up.parent)
    code, _, err = run(capsys, "restore", "1", "--yes", "--db", str(backed_up))
    assert code == 1 and err.count("\n") == 1
    assert "är skadad och kan inte återställas. Databasen är orörd." in err
    assert snapshot(backed_up.parent) == before
    with Database.open(backed_up, PASSPHRASE, kdf=KdfParams.for_tests()):
        code, _, err = run(capsys, "restore", "1", "--yes", "--db", str(backed_up))
    assert code == 1 and "används redan" in err
    assert "Efter kopian" in place_names(backed_up)
