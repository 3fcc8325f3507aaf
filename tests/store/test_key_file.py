"""The key file on disk: read strictly without hanging, written atomically, leftovers cleaned."""

from __future__ import annotations

import base64
import os
import socket
import stat
import tempfile
import threading
import time
from collections.abc import Callable
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
    KeyFileCorrupt,
    KeyFileError,
    KeyFileExists,
    KeyFileMissing,
    KeyFileNotRegular,
    KeyFileUnreadable,
    KeyFileUnreasonable,
    KeyFileUnwritable,
)

MIB = 1024
POSIX_ONLY = pytest.mark.skipif(os.name == "nt", reason="POSIX file types and modes")


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _read_error(path: Path, timeout: float = 5.0) -> KeyFileError:
    """The error reading ``path`` raises; fails (rather than hangs) if reading blocks."""
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            keys.read_key_file(path)
        except BaseException as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    assert not reader.is_alive(), f"reading {path} still blocks after {timeout} s"
    assert outcome and isinstance(outcome[0], KeyFileError), outcome
    return outcome[0]


# -- damaged files --------------------------------------------------------------------------------


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _junk_in_salt(path: Path) -> None:
    # Decodes to the right 16 bytes if non-alphabet characters were silently skipped.
    document = _document(path)
    document["kdf"]["salt"] = "!" + document["kdf"]["salt"]
    _save(path, document)


def _edit(**changes: Any) -> Callable[[Path], None]:
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
    "memory below 8 MiB": _edit(kdf__memory_kib=1024),
    "memory negative": _edit(kdf__memory_kib=-64 * MIB),
    "time_cost 0": _edit(kdf__time_cost=0),
    "time_cost as text": _edit(kdf__time_cost="3"),
    "time_cost float": _edit(kdf__time_cost=3.0),
    "time_cost huge float": lambda p: p.write_text(
        p.read_text(encoding="utf-8").replace('"time_cost": 1', '"time_cost": 1e999'),
        encoding="utf-8",
    ),
    "parallelism 0": _edit(kdf__parallelism=0),
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
    assert str(caught.value) == (
        f"Nyckelfilen {key_path} är skadad eller är inte en nyckelfil från faltapp."
    )
    assert caught.value.reason  # English detail for the log, not shown to the user


# Each asks for more than calibration (at most 16 passes over 128 MiB) with a margin allows.
UNREASONABLE = {
    "4 GiB and 100 passes (seen in a damaged file)": (100, 4096 * MIB, 4),
    "memory above 512 MiB": (1, 512 * MIB + 1, 4),
    "memory above 4 GiB": (3, 8192 * MIB, 4),
    "33 passes": (33, 64 * MIB, 4),
    "1000 passes": (1000, 8 * MIB, 1),
    "17 lanes": (3, 64 * MIB, 17),
    "65 lanes": (3, 64 * MIB, 65),
    "32 passes over 256 MiB": (32, 256 * MIB, 4),
    "16 passes over 512 MiB": (16, 512 * MIB, 4),
}


@pytest.mark.parametrize("params", UNREASONABLE.values(), ids=UNREASONABLE.keys())
def test_absurd_parameters_are_refused_before_deriving(
    key_path: Path, params: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    time_cost, memory_kib, parallelism = params
    _edit(kdf__time_cost=time_cost, kdf__memory_kib=memory_kib, kdf__parallelism=parallelism)(
        key_path
    )

    def must_not_derive(*_: object) -> bytes:
        raise AssertionError("derived with absurd parameters")

    monkeypatch.setattr(keys, "derive_key", must_not_derive)
    start = time.perf_counter()
    with pytest.raises(KeyFileUnreasonable) as caught:
        keys.unwrap_key(keys.read_key_file(key_path), PASSPHRASE)  # as unlocking does
    assert time.perf_counter() - start < 0.5
    assert str(caught.value) == (
        f"Nyckelfilen {key_path} begär långt mer minne eller tid än faltapp någonsin använder "
        "och är troligen skadad."
    )
    assert isinstance(caught.value, KeyFileCorrupt)  # callers that catch damage catch this too
    assert caught.value.reason


REASONABLE = {
    "the floor": (3, 64 * MIB, 4),
    "the highest calibration": (16, 128 * MIB, 4),
    "32 passes over 128 MiB": (32, 128 * MIB, 16),
    "8 passes over 512 MiB": (8, 512 * MIB, 4),
    "test parameters": (1, 8 * MIB, 1),
}


@pytest.mark.parametrize("params", REASONABLE.values(), ids=REASONABLE.keys())
def test_parameters_up_to_the_margin_are_read(key_path: Path, params: tuple[int, int, int]) -> None:
    time_cost, memory_kib, parallelism = params
    _edit(kdf__time_cost=time_cost, kdf__memory_kib=memory_kib, kdf__parallelism=parallelism)(
        key_path
    )
    assert keys.read_key_file(key_path).params == KdfParams(time_cost, memory_kib, parallelism)


def test_missing_file_says_the_database_cannot_be_opened(tmp_path: Path) -> None:
    path = keys.key_path_for(tmp_path / "faltapp.db")
    with pytest.raises(KeyFileMissing) as caught:
        keys.read_key_file(path)
    message = str(caught.value)
    assert str(path) in message
    assert "saknas" in message and "kan inte öppnas" in message


# -- not a file, or not readable ------------------------------------------------------------------


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays


NOT_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "folder": (Path.mkdir, "en mapp"),
    "fifo": (_fifo, "en namngiven pipe (FIFO)"),
    "socket": (_socket, "en socket"),
    "device": (lambda p: p.symlink_to(os.devnull), "en enhetsfil"),
}


@POSIX_ONLY
@pytest.mark.parametrize("make, kind", NOT_FILES.values(), ids=NOT_FILES.keys())
def test_key_path_that_is_not_a_file_is_refused_at_once(
    tmp_path: Path, make: Callable[[Path], None], kind: str
) -> None:
    path = keys.key_path_for(tmp_path / "faltapp.db")
    make(path)
    start = time.perf_counter()
    error = _read_error(path)
    assert time.perf_counter() - start < 1
    assert isinstance(error, KeyFileNotRegular) and isinstance(error, KeyFileCorrupt)
    assert str(error) == (
        f"Nyckelfilen {path} är {kind} och inte en vanlig fil, så den kan inte läsas."
    )


@POSIX_ONLY
def test_key_file_without_read_permission_says_so(
    key_path: Path
) -> None:
    key_path.chmod(0)

    def attempt() -> list[str]:
        try:
            keys.read_key_file(Path(key_path.name))
        except KeyFileError as exc:
            return [type(exc).__name__, str(exc)]
        return ["read it"]

    assert run_without_privileges(key_path.parent, attempt) == [
        "KeyFileUnreadable",
        f"Nyckelfilen {key_path.name} går inte att läsa: faltapp saknar behörighet.",
    ]


@POSIX_ONLY
def test_other_system_errors_are_named_too(tmp_path: Path) -> None:
    path = keys.key_path_for(tmp_path / "faltapp.db")
    path.symlink_to(path.name)  # a link to itself: ELOOP
    error = _read_error(path)
    assert isinstance(error, KeyFileUnreadable)
    assert str(error) == f"Nyckelfilen {path} går inte att läsa: fel i filsystemet (ELOOP)."
    assert error.reason


# -- writing --------------------------------------------------------------------------------------


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


@POSIX_ONLY
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
    assert _names(key_path.parent) == [key_path.name]  # no temp left


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
    assert _names(tmp_path) == [path.name]


def test_write_overwrites_when_asked(key_path: Path, key_file: keys.KeyFile) -> None:
    changed = keys.rewrap(key_file, PASSPHRASE, "ny lösenfras")
    keys.write_key_file(key_path, changed, overwrite=True)
    assert keys.read_key_file(key_path) == changed
    assert _names(key_path.parent) == [key_path.name]


def test_replace_swaps_the_whole_file_and_keeps_it_private(
    key_path: Path, key_file: keys.KeyFile, db_key: bytes
) -> None:
    key_path.chmod(0o644)
    changed = keys.rewrap(key_file, PASSPHRASE, "ny lösenfras")
    keys.replace_key_file(key_path, changed)
    assert keys.read_key_file(key_path) == changed
    assert keys.unwrap_key(keys.read_key_file(key_path), "ny lösenfras") == db_key
    if os.name != "nt":
        assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    assert _names(key_path.parent) == [key_path.name]


def test_replace_over_a_folder_fails_in_swedish_and_leaves_no_temp(
    tmp_path: Path, key_file: keys.KeyFile
) -> None:
    path = keys.key_path_for(tmp_path / "faltapp.db")
    path.mkdir()
    with pytest.raises(KeyFileUnwritable) as caught:
        keys.replace_key_file(path, key_file)
    assert str(caught.value) == f"Nyckelfilen {path} går inte att skriva: det är en mapp."
    assert _names(tmp_path) == [path.name] and path.is_dir()


@POSIX_ONLY
def test_write_in_a_read_only_folder_fails_in_swedish(
    tmp_path: Path, key_file: keys.KeyFile
) -> None:
    def attempt() -> list[str]:
        try:
            keys.write_key_file(Path("faltapp.db.key"), key_file)
        except KeyFileError as exc:
            return [type(exc).__name__, str(exc)]
        return ["written"]

    assert run_without_privileges(tmp_path, attempt, 0o555) == [
        "KeyFileUnwritable",
        "Nyckelfilen faltapp.db.key går inte att skriva: faltapp saknar behörighet.",
    ]


# -- leftovers of interrupted writes --------------------------------------------------------------


def test_clean_stale_temp_files_removes_only_leftovers(key_path: Path) -> None:
    folder = key_path.parent
    leftovers = [folder / ".faltapp.db.key.k3_x9q2a.tmp", folder / ".faltapp.db.key.abcdefgh.tmp"]
    for leftover in leftovers:
        leftover.write_text("{", encoding="utf-8")
    keep = [
        folder / "faltapp.db",
        folder / ".faltapp.db.key.tmp",
        folder / ".faltapp.db.key.abcdefgh.tmp.bak",
        folder / ".other.db.key.abcdefgh.tmp",
        folder / "faltapp.db.key.abcdefgh.tmp",
    ]
    for other in keep:
        other.write_text("x", encoding="utf-8")
    (folder / ".faltapp.db.key.folder12.tmp").mkdir()
    removed = keys.clean_stale_temp_files(key_path)
    assert sorted(removed) == sorted(leftovers)
    assert all(not p.exists() for p in leftovers)
    assert all(p.exists() for p in [key_path, *keep, folder / ".faltapp.db.key.folder12.tmp"])
    assert keys.clean_stale_temp_files(key_path) == []


def test_clean_stale_temp_files_in_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert keys.clean_stale_temp_files(tmp_path / "saknas" / "faltapp.db.key") == []
