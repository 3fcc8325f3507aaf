"""The key file: wrapping the database key with the passphrase, and reading the file strictly."""

from __future__ import annotations

import base64
import dataclasses
import inspect
import json
import os
import stat
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from faltapp.store import keys
from faltapp.store.keys import (
    KdfParams,
    KeyFileCorrupt,
    KeyFileError,
    KeyFileExists,
    KeyFileMissing,
    WrongPassphrase,
)

CHEAP = KdfParams.for_tests()
PASSPHRASE = "korrekt häst batteri häftklammer"


@pytest.fixture(scope="module")
def db_key() -> bytes:
    return keys.new_database_key()


@pytest.fixture(scope="module")
def key_file(db_key: bytes) -> keys.KeyFile:
    return keys.wrap_key(db_key, PASSPHRASE, CHEAP)


@pytest.fixture
def key_path(tmp_path: Path, key_file: keys.KeyFile) -> Path:
    path = keys.key_path_for(tmp_path / "faltapp.db")
    keys.write_key_file(path, key_file)
    return path


def _document(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _save(path: Path, document: dict[str, Any]) -> None:
    path.write_text(json.dumps(document), encoding="utf-8")


# -- wrapping -------------------------------------------------------------------------------


def test_round_trip_returns_the_database_key(db_key: bytes, key_file: keys.KeyFile) -> None:
    assert len(db_key) == 32
    assert keys.unwrap_key(key_file, PASSPHRASE) == db_key
    assert db_key not in key_file.wrapped


def test_round_trip_through_the_file(key_path: Path, db_key: bytes) -> None:
    assert key_path.name == "faltapp.db.key"
    assert keys.unwrap_key(keys.read_key_file(key_path), PASSPHRASE) == db_key


def test_wrong_passphrase_is_refused_in_swedish(key_file: keys.KeyFile) -> None:
    with pytest.raises(WrongPassphrase) as caught:
        keys.unwrap_key(key_file, PASSPHRASE + " ")
    assert str(caught.value) == "Fel lösenfras."
    assert isinstance(caught.value, KeyFileError)


def test_passphrase_typed_composed_or_decomposed_unlocks(db_key: bytes) -> None:
    composed = unicodedata.normalize("NFC", "Åsa går på ängen")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert keys.unwrap_key(keys.wrap_key(db_key, decomposed, CHEAP), composed) == db_key
    assert keys.unwrap_key(keys.wrap_key(db_key, composed, CHEAP), decomposed) == db_key


def test_rewrap_changes_passphrase_not_key(key_file: keys.KeyFile, db_key: bytes) -> None:
    changed = keys.rewrap(key_file, PASSPHRASE, "ny lösenfras")
    assert keys.unwrap_key(changed, "ny lösenfras") == db_key
    with pytest.raises(WrongPassphrase):
        keys.unwrap_key(changed, PASSPHRASE)
    assert changed.salt != key_file.salt
    assert changed.params == key_file.params


def test_rewrap_with_wrong_old_passphrase_fails(key_file: keys.KeyFile) -> None:
    with pytest.raises(WrongPassphrase):
        keys.rewrap(key_file, "gissning", "ny lösenfras")


def test_rewrap_can_raise_the_parameters(key_file: keys.KeyFile, db_key: bytes) -> None:
    stronger = KdfParams(time_cost=2, memory_kib=16 * 1024, parallelism=2)
    changed = keys.rewrap(key_file, PASSPHRASE, PASSPHRASE, stronger)
    assert changed.params == stronger
    assert keys.unwrap_key(changed, PASSPHRASE) == db_key


def test_timed_unwrap_reports_kdf_seconds(key_file: keys.KeyFile, db_key: bytes) -> None:
    key, seconds = keys.timed_unwrap(key_file, PASSPHRASE)
    assert key == db_key
    assert 0 < seconds < 5


@pytest.mark.parametrize(
    "change",
    [
        {"time_cost": 2},
        {"memory_kib": 16 * 1024},
        {"parallelism": 2},
        {"salt": base64.b64encode(b"\x01" * 16).decode()},
    ],
)
def test_tampered_kdf_in_file_reads_as_wrong_passphrase(
    key_path: Path, change: dict[str, Any]
) -> None:
    document = _document(key_path)
    document["kdf"].update(change)
    _save(key_path, document)
    with pytest.raises(WrongPassphrase):
        keys.unwrap_key(keys.read_key_file(key_path), PASSPHRASE)


def test_kdf_parameters_are_authenticated_not_only_derived(
    key_file: keys.KeyFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Even a KDF that ignored its parameters must not let altered parameters through.
    fixed = keys.derive_key(PASSPHRASE, key_file.salt, key_file.params)
    monkeypatch.setattr(keys, "derive_key", lambda *_: fixed)
    assert keys.unwrap_key(key_file, PASSPHRASE)
    altered = dataclasses.replace(key_file, params=dataclasses.replace(CHEAP, time_cost=2))
    with pytest.raises(WrongPassphrase):
        keys.unwrap_key(altered, PASSPHRASE)


# -- reading and writing the file ---------------------------------------------------------------


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _junk_in_salt(path: Path) -> None:
    # Decodes to the right 16 bytes if non-alphabet characters were silently skipped.
    document = _document(path)
    document["kdf"]["salt"] = "!" + document["kdf"]["salt"]
    _save(path, document)


def _edit(**changes: Any) -> Any:
    def apply(path: Path) -> None:
        document = _document(path)
        for dotted, value in changes.items():
            target = document
            *parents, last = dotted.split("__")
            for name in parents:
                target = target[name]
            target[last] = value
        _save(path, document)

    return apply


CORRUPTIONS = {
    "truncated": _truncated,
    "empty": lambda p: p.write_bytes(b""),
    "not json": lambda p: p.write_text("det här är ingen nyckel", encoding="utf-8"),
    "not utf-8": lambda p: p.write_bytes(b"\xff\xfe{}"),
    "json array": lambda p: p.write_text("[1, 2, 3]", encoding="utf-8"),
    "other format": lambda p: _save(p, {"format": "other-app", "version": 1}),
    "huge": lambda p: p.write_bytes(p.read_bytes() + b" " * (70 * 1024)),
    "deep nesting": lambda p: p.write_bytes(b"[" * 60000),
    "version 2": _edit(version=2),
    "version true": _edit(version=True),
    "extra key": _edit(extra="x"),
    "unknown kdf": _edit(kdf__name="scrypt"),
    "bad base64 salt": _edit(kdf__salt="!!inte base64!!"),
    "bad base64 nonce": _edit(cipher__nonce="åäö"),
    "junk inside base64": _junk_in_salt,
    "bad base64 wrapped": _edit(cipher__wrapped="AAA"),
    "short salt": _edit(kdf__salt=base64.b64encode(b"x" * 8).decode()),
    "long nonce": _edit(cipher__nonce=base64.b64encode(b"x" * 24).decode()),
    "short wrapped": _edit(cipher__wrapped=base64.b64encode(b"x" * 32).decode()),
    "memory above 4 GiB": _edit(kdf__memory_kib=8 * 1024 * 1024),
    "memory below 8 MiB": _edit(kdf__memory_kib=1024),
    "time_cost 1000": _edit(kdf__time_cost=1000),
    "time_cost 0": _edit(kdf__time_cost=0),
    "time_cost as text": _edit(kdf__time_cost="3"),
    "time_cost float": _edit(kdf__time_cost=3.0),
    "parallelism 0": _edit(kdf__parallelism=0),
    "parallelism 65": _edit(kdf__parallelism=65),
    "created_at not a date": _edit(created_at="igår"),
    "duplicate key": lambda p: p.write_text(
        p.read_text(encoding="utf-8").replace('"version": 1', '"version": 1, "version": 1'),
        encoding="utf-8",
    ),
}


@pytest.mark.parametrize("corrupt", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_damaged_file_is_corrupt_and_names_the_path(key_path: Path, corrupt: Any) -> None:
    corrupt(key_path)
    with pytest.raises(KeyFileCorrupt) as caught:
        keys.read_key_file(key_path)
    assert str(key_path) in str(caught.value)
    assert "skadad" in str(caught.value)
    assert caught.value.reason  # English detail for the log, not shown to the user


def test_missing_file_says_the_database_cannot_be_opened(tmp_path: Path) -> None:
    path = keys.key_path_for(tmp_path / "faltapp.db")
    with pytest.raises(KeyFileMissing) as caught:
        keys.read_key_file(path)
    message = str(caught.value)
    assert str(path) in message
    assert "saknas" in message and "kan inte öppnas" in message


def test_file_format_is_the_documented_json(key_path: Path, key_file: keys.KeyFile) -> None:
    document = _document(key_path)
    assert document["format"] == "faltapp-key" and document["version"] == 1
    assert document["kdf"] == {
        "name": "argon2id",
        "time_cost": CHEAP.time_cost,
        "memory_kib": CHEAP.memory_kib,
        "parallelism": CHEAP.parallelism,
        "salt": base64.b64encode(key_file.salt).decode(),
    }
    assert document["cipher"]["name"] == "chacha20poly1305"
    assert len(base64.b64decode(document["cipher"]["wrapped"])) == 48
    assert keys.read_key_file(key_path) == key_file


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_written_file_is_private(key_path: Path) -> None:
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600


def test_write_refuses_to_overwrite(key_path: Path, key_file: keys.KeyFile) -> None:
    before = key_path.read_bytes()
    other = keys.wrap_key(keys.new_database_key(), PASSPHRASE, CHEAP)
    with pytest.raises(KeyFileExists) as caught:
        keys.write_key_file(key_path, other)
    assert isinstance(caught.value, FileExistsError)
    assert str(key_path) in str(caught.value)
    assert key_path.read_bytes() == before
    assert sorted(p.name for p in key_path.parent.iterdir()) == [key_path.name]  # no temp left


def test_key_file_appearing_during_write_is_not_replaced(
    tmp_path: Path, key_file: keys.KeyFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = keys.key_path_for(tmp_path / "faltapp.db")
    real_mkstemp = tempfile.mkstemp

    def racing_mkstemp(**kwargs: Any) -> tuple[int, str]:
        path.write_text("another process got here first", encoding="utf-8")
        return real_mkstemp(**kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", racing_mkstemp)
    with pytest.raises(KeyFileExists):
        keys.write_key_file(path, key_file)
    assert path.read_text(encoding="utf-8") == "another process got here first"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_write_overwrites_when_asked(key_path: Path, key_file: keys.KeyFile) -> None:
    changed = keys.rewrap(key_file, PASSPHRASE, "ny lösenfras")
    keys.write_key_file(key_path, changed, overwrite=True)
    assert keys.read_key_file(key_path) == changed
    assert sorted(p.name for p in key_path.parent.iterdir()) == [key_path.name]


# -- parameters -------------------------------------------------------------------------------


def test_floor_is_64_mib_three_passes_four_lanes() -> None:
    floor = KdfParams.floor()
    assert floor.memory_kib >= 64 * 1024
    assert floor.time_cost >= 3
    assert floor.parallelism >= 4
    assert floor == keys.MIN_REAL_PARAMS
    assert not floor.is_below_floor()


def test_cheap_params_are_flagged_for_rewrap(key_file: keys.KeyFile) -> None:
    assert key_file.is_below_floor()
    assert not dataclasses.replace(key_file, params=KdfParams.floor()).is_below_floor()


def test_test_params_are_never_a_default() -> None:
    assert KdfParams.floor() != KdfParams.for_tests()
    for function in (keys.wrap_key, keys.derive_key):
        default = inspect.signature(function).parameters["params"].default
        assert default is inspect.Parameter.empty


def _fake_clock(monkeypatch: pytest.MonkeyPatch, floor_seconds: float) -> list[KdfParams]:
    """Pretend one floor derivation takes ``floor_seconds``; record the derivations run."""
    derived: list[KdfParams] = []
    ticks = iter([100.0, 100.0 + floor_seconds])
    monkeypatch.setattr(keys, "_clock", lambda: next(ticks))
    monkeypatch.setattr(keys, "derive_key", lambda _p, _s, params: derived.append(params))
    return derived


@pytest.mark.parametrize("floor_seconds", [0.0, 1e-6, 0.01, 0.1, 0.3, 1.0, 30.0])
def test_calibrate_never_goes_below_the_floor(
    monkeypatch: pytest.MonkeyPatch, floor_seconds: float
) -> None:
    derived = _fake_clock(monkeypatch, floor_seconds)
    params = keys.calibrate()
    assert derived == [KdfParams.floor()]  # exactly one measurement, at the floor
    assert not params.is_below_floor()
    assert params.parallelism == 4
    assert params.time_cost <= keys.MAX_CALIBRATED_TIME_COST
    assert params.memory_kib in (64 * 1024, 128 * 1024)
    assert params != KdfParams.for_tests()


def test_calibrate_scales_towards_the_target(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_clock(monkeypatch, 0.15)  # 0.05 s per pass over 64 MiB
    assert keys.calibrate(0.6) == KdfParams(time_cost=6, memory_kib=128 * 1024, parallelism=4)
    _fake_clock(monkeypatch, 0.3)  # 0.1 s per pass: 6 passes, or 3 over 128 MiB
    assert keys.calibrate(0.6) == KdfParams(time_cost=3, memory_kib=128 * 1024, parallelism=4)
    _fake_clock(monkeypatch, 0.45)  # 0.15 s per pass: 64 MiB, 4 passes
    assert keys.calibrate(0.6) == KdfParams(time_cost=4, memory_kib=64 * 1024, parallelism=4)
    _fake_clock(monkeypatch, 30.0)  # very slow machine: the floor, not less
    assert keys.calibrate(0.6) == KdfParams.floor()


def test_calibrate_costs_about_one_floor_derivation() -> None:
    start = time.perf_counter()
    keys.derive_key(PASSPHRASE, b"s" * 16, KdfParams.floor())
    one = time.perf_counter() - start
    start = time.perf_counter()
    params = keys.calibrate()
    took = time.perf_counter() - start
    assert took < 3 * one + 0.05
    assert not params.is_below_floor()
