"""Passphrase rules, passphrase change, key-file re-wrap and read-only files (issue 5 item 8
and its bad input). Every refusal is one Swedish sentence and leaves the folder as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import PASSPHRASE, snapshot

from faltapp.core.entities import Place
from faltapp.store import keys
from faltapp.store.database import Database
from faltapp.store.errors import DatabaseReadOnly
from faltapp.store.keys import KdfParams, WeakPassphrase, WrongPassphrase

CHEAP = KdfParams.for_tests()
NEW = "en helt ny lösenfras"


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def floor_calibration(monkeypatch: pytest.MonkeyPatch) -> list[KdfParams]:
    """Calibration returns the floor at once; the list records each call."""
    calls: list[KdfParams] = []

    def calibrate(*_args: object, **_kwargs: object) -> KdfParams:
        calls.append(KdfParams.floor())
        return KdfParams.floor()

    monkeypatch.setattr("faltapp.store.keys.calibrate", calibrate)
    return calls


@pytest.mark.parametrize("short", ["1234567", "hemlig\u0061\u030a"], ids=["seven", "nfc"])
def test_a_short_passphrase_creates_nothing(tmp_path: Path, short: str) -> None:
    (tmp_path / "anteckningar.txt").write_text("redan här")
    before = snapshot(tmp_path), _names(tmp_path)
    with pytest.raises(WeakPassphrase, match="minst 8 tecken"):
        Database.create(tmp_path / "faltapp.db", short, kdf=CHEAP)
    assert (snapshot(tmp_path), _names(tmp_path)) == before


def test_a_changed_passphrase_opens_and_the_old_one_no_longer_does(
    db_path: Path, db: Database, floor_calibration: list[KdfParams],
) -> None:
    place = Place(name="Sparad före bytet")
    db.save(place)
    db.change_passphrase(PASSPHRASE, NEW)
    db.close()
    with pytest.raises(WrongPassphrase, match="Fel lösenfras"):
        Database.open(db_path, PASSPHRASE)
    with Database.open(db_path, NEW) as again:
        assert again.get(Place, place.id) == place


def test_a_wrong_or_weak_passphrase_change_leaves_the_key_file_alone(
    db_path: Path, db: Database, floor_calibration: list[KdfParams],
) -> None:
    key_path = keys.key_path_for(db_path)
    before = key_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        db.change_passphrase("inte den rätta", NEW)
    with pytest.raises(WeakPassphrase):
        db.change_passphrase(PASSPHRASE, "kort")
    assert key_path.read_bytes() == before
    db.close()
    Database.open(db_path, PASSPHRASE, kdf=CHEAP).close()


def test_a_key_file_below_the_floor_is_rewrapped_on_open(
    db_path: Path, db: Database, floor_calibration: list[KdfParams],
) -> None:
    place = Place(name="Finns kvar")
    db.save(place)
    db.close()
    assert keys.read_key_file(keys.key_path_for(db_path)).params == CHEAP
    with Database.open(db_path, PASSPHRASE) as again:
        assert again.get(Place, place.id) == place
        details = [r[0] for r in again.query(
            "SELECT detail FROM audit_log WHERE action = 'repair'")]
    params = keys.read_key_file(keys.key_path_for(db_path)).params
    floor = KdfParams.floor()
    assert params.memory_kib >= floor.memory_kib and params.time_cost >= floor.time_cost
    assert not params.is_below_floor()
    assert floor_calibration, "the new parameters came from calibration"
    assert any("Nyckelfilen" in d for d in details)
    with Database.open(db_path, PASSPHRASE) as third:
        assert third.get(Place, place.id) == place
    assert len(floor_calibration) == 1, "a key file at the floor is not re-wrapped again"


def test_a_database_file_that_may_not_be_written_is_refused_at_open(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, db: Database,
) -> None:
    # CI runs as root, which may write any file: simulate a file the user may only read.
    db.close()
    folder = db_path.parent
    before = snapshot(folder), _names(folder)
    real_access = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if Path(str(path)).name.startswith(db_path.name) and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("faltapp.store.opening.os.access", access)
    with pytest.raises(DatabaseReadOnly, match="skrivskyddad"):
        Database.open(db_path, PASSPHRASE, kdf=CHEAP)
    assert (snapshot(folder), _names(folder)) == before

