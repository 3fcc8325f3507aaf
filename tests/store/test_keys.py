"""Wrapping the database key with the passphrase; passphrase rules, changes and re-wrapping.

Reading and writing the file itself: ``test_key_file.py``; killed mid-change:
``test_key_file_kill.py``.
"""

from __future__ import annotations

import base64
import dataclasses
import inspect
import os
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from key_helpers import CHEAP, PASSPHRASE
from key_helpers import document as _document
from key_helpers import save as _save
from unprivileged import run_without_privileges

from faltapp.store import keys
from faltapp.store.keys import (
    KdfParams,
    KeyFileError,
    KeyFileMissing,
    WeakPassphrase,
    WrongPassphrase,
)

NEW = "ny lösenfras för åren"


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
    assert keys.needs_rewrap(key_file)
    assert not dataclasses.replace(key_file, params=KdfParams.floor()).is_below_floor()


@pytest.mark.parametrize(
    "params, expected",
    [
        (KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=4), False),
        (KdfParams(time_cost=6, memory_kib=128 * 1024, parallelism=4), False),
        (KdfParams(time_cost=2, memory_kib=64 * 1024, parallelism=4), True),
        (KdfParams(time_cost=16, memory_kib=32 * 1024, parallelism=4), True),
        # Fewer lanes do the same work, only less in parallel: no weaker, so no re-wrap.
        (KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=1), False),
    ],
)
def test_needs_rewrap_below_64_mib_or_three_passes(
    key_file: keys.KeyFile, params: KdfParams, expected: bool
) -> None:
    assert keys.needs_rewrap(dataclasses.replace(key_file, params=params)) is expected


def test_wrap_refuses_parameters_no_key_file_may_hold(
    db_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keys, "derive_key", lambda *_: pytest.fail("derived"))
    with pytest.raises(ValueError):
        keys.wrap_key(db_key, PASSPHRASE, KdfParams(time_cost=64, memory_kib=64 * 1024,
                                                   parallelism=4))


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
    assert params.is_reasonable()  # a key file written with them reads back


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


# -- passphrase rules -------------------------------------------------------------------------


def test_new_passphrase_needs_eight_characters() -> None:
    assert keys.MIN_PASSPHRASE_CHARS == 8
    assert keys.check_new_passphrase("åtta tkn") == "åtta tkn"
    for short in ("", "sju tkn", "1234567"):
        with pytest.raises(WeakPassphrase) as caught:
            keys.check_new_passphrase(short)
        assert str(caught.value) == "Lösenfrasen måste vara minst 8 tecken."
        assert isinstance(caught.value, KeyFileError)


def test_new_passphrase_is_counted_and_returned_after_nfc() -> None:
    seven = unicodedata.normalize("NFD", "åäöÅÄÖa")
    assert len(seven) > 8  # typed decomposed, it has more code points than characters
    with pytest.raises(WeakPassphrase):
        keys.check_new_passphrase(seven)
    eight = unicodedata.normalize("NFD", "åäöÅÄÖab")
    assert keys.check_new_passphrase(eight) == unicodedata.normalize("NFC", eight)


# -- changing the passphrase ------------------------------------------------------------------


def test_change_passphrase_rewraps_the_same_key_in_place(
    key_path: Path, db_key: bytes
) -> None:
    changed = keys.change_passphrase(key_path, PASSPHRASE, NEW, params=CHEAP)
    assert keys.read_key_file(key_path) == changed
    assert keys.unwrap_key(changed, NEW) == db_key
    with pytest.raises(WrongPassphrase):
        keys.unwrap_key(keys.read_key_file(key_path), PASSPHRASE)
    assert sorted(p.name for p in key_path.parent.iterdir()) == [key_path.name]


def test_change_passphrase_keeps_parameters_at_or_above_the_floor(
    tmp_path: Path, db_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = keys.key_path_for(tmp_path / "faltapp.db")
    keys.write_key_file(path, keys.wrap_key(db_key, PASSPHRASE, KdfParams.floor()))
    monkeypatch.setattr(keys, "calibrate", lambda *_: pytest.fail("calibrated"))
    changed = keys.change_passphrase(path, PASSPHRASE, NEW)
    assert changed.params == KdfParams.floor()
    assert keys.unwrap_key(keys.read_key_file(path), NEW) == db_key


def test_change_passphrase_calibrates_parameters_below_the_floor(
    key_path: Path, db_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    calibrated = KdfParams(time_cost=2, memory_kib=16 * 1024, parallelism=2)  # cheap stand-in
    monkeypatch.setattr(keys, "calibrate", lambda *_: calibrated)
    changed = keys.change_passphrase(key_path, PASSPHRASE, NEW)
    assert keys.read_key_file(key_path).params == changed.params == calibrated
    assert keys.unwrap_key(changed, NEW) == db_key


def test_change_passphrase_takes_nfd_and_unlocks_with_nfc(key_path: Path, db_key: bytes) -> None:
    keys.change_passphrase(key_path, PASSPHRASE, unicodedata.normalize("NFD", NEW), params=CHEAP)
    assert keys.unwrap_key(keys.read_key_file(key_path), NEW) == db_key


def test_wrong_old_passphrase_changes_nothing(key_path: Path) -> None:
    before = key_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        keys.change_passphrase(key_path, "gissning", NEW, params=CHEAP)
    assert key_path.read_bytes() == before


def test_weak_new_passphrase_is_refused_before_any_derivation(
    key_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = key_path.read_bytes()
    monkeypatch.setattr(keys, "derive_key", lambda *_: pytest.fail("derived"))
    with pytest.raises(WeakPassphrase):
        keys.change_passphrase(key_path, PASSPHRASE, "kort", params=CHEAP)
    assert key_path.read_bytes() == before


def test_change_passphrase_without_a_key_file_says_it_is_missing(tmp_path: Path) -> None:
    with pytest.raises(KeyFileMissing):
        keys.change_passphrase(tmp_path / "faltapp.db.key", PASSPHRASE, NEW, params=CHEAP)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_change_in_a_read_only_folder_fails_in_swedish_and_keeps_the_old_file(
    key_path: Path, db_key: bytes
) -> None:
    key_path.chmod(0o644)
    before = key_path.read_bytes()

    def attempt() -> list[str]:
        try:
            keys.change_passphrase(Path(key_path.name), PASSPHRASE, NEW, params=CHEAP)
        except KeyFileError as exc:
            return [type(exc).__name__, str(exc)]
        return ["changed"]

    assert run_without_privileges(key_path.parent, attempt, 0o555) == [
        "KeyFileUnwritable",
        f"Nyckelfilen {key_path.name} går inte att skriva: faltapp saknar behörighet.",
    ]
    assert key_path.read_bytes() == before
    assert keys.unwrap_key(keys.read_key_file(key_path), PASSPHRASE) == db_key


def test_the_repeated_passphrase_is_compared_after_normalisation() -> None:
    typed = "sömnlös nattvandring"
    repeated_nfd = unicodedata.normalize("NFD", typed)  # ö as o + diaeresis
    assert keys.check_new_passphrase(typed, repeated_nfd) == typed
    with pytest.raises(keys.PassphrasesDiffer, match="Lösenfraserna är inte lika"):
        keys.check_new_passphrase(typed, typed + " ")
    with pytest.raises(keys.WeakPassphrase):  # the length is checked before the repetition
        keys.check_new_passphrase("kort", "annat")
