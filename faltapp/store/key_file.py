"""The key file on disk: its JSON format, strict reading, and atomic writing.

``<database>.key`` holds the argon2id parameters and salt and the wrapped database key (the
cryptography is in :mod:`faltapp.store.keys`). Reading trusts nothing: only a regular file of
at most 64 KiB is read, never blocking on a FIFO, and KDF parameters far above anything
calibration produces are refused before any derivation. Writing is atomic
(:mod:`faltapp.store.atomic_file`); :func:`clean_stale_temp_files` removes what a crash left.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from faltapp.core.messages import text
from faltapp.store.atomic_file import remove_stale_temp_files, write_atomically
from faltapp.store.key_errors import (
    KeyFileCorrupt,
    KeyFileError,
    KeyFileExists,
    KeyFileMissing,
    KeyFileNotRegular,
    KeyFileUnreadable,
    KeyFileUnreasonable,
    KeyFileUnwritable,
)

FORMAT = "faltapp-key"
VERSION = 1
KEY_LEN = 32
SALT_LEN = 16
NONCE_LEN = 12
WRAPPED_LEN = KEY_LEN + 16  # ciphertext + Poly1305 tag
MAX_FILE_BYTES = 64 * 1024

# Calibration never goes above these, whatever the clock says.
MAX_CALIBRATED_TIME_COST = 16
CALIBRATED_HIGH_MEMORY_KIB = 128 * 1024
# What a file may ask for: a modest margin above calibration. More is a damaged file, and
# deriving with it would cost minutes and gigabytes before failing.
MIN_MEMORY_KIB = 8 * 1024
MAX_MEMORY_KIB = 512 * 1024
MAX_TIME_COST = 2 * MAX_CALIBRATED_TIME_COST
MAX_PARALLELISM = 16
MAX_PASSES_TIMES_KIB = 2 * MAX_CALIBRATED_TIME_COST * CALIBRATED_HIGH_MEMORY_KIB


@dataclass(frozen=True, slots=True)
class KdfParams:
    """argon2id cost parameters."""

    time_cost: int
    memory_kib: int
    parallelism: int

    @classmethod
    def floor(cls) -> KdfParams:
        """The minimum for real databases: 64 MiB, 3 passes, 4 lanes."""
        return cls(time_cost=3, memory_kib=64 * 1024, parallelism=4)

    @classmethod
    def for_tests(cls) -> KdfParams:
        """Cheap parameters for tests only; never used unless passed explicitly."""
        return cls(time_cost=1, memory_kib=8 * 1024, parallelism=1)

    def is_below_floor(self) -> bool:
        """True if memory or passes are below :data:`MIN_REAL_PARAMS` (lanes do not add cost)."""
        return (
            self.memory_kib < MIN_REAL_PARAMS.memory_kib
            or self.time_cost < MIN_REAL_PARAMS.time_cost
        )

    def is_reasonable(self) -> bool:
        """True if a derivation with these costs at most a modest margin above calibration."""
        return (
            self.time_cost <= MAX_TIME_COST
            and self.memory_kib <= MAX_MEMORY_KIB
            and self.parallelism <= MAX_PARALLELISM
            and self.time_cost * self.memory_kib <= MAX_PASSES_TIMES_KIB
        )


MIN_REAL_PARAMS = KdfParams.floor()


@dataclass(frozen=True, slots=True)
class KeyFile:
    """A parsed key file."""

    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    created_at: str

    def is_below_floor(self) -> bool:
        """True if this file should be re-wrapped with calibrated parameters."""
        return self.params.is_below_floor()


def key_path_for(db_path: Path) -> Path:
    """``faltapp.db`` → ``faltapp.db.key``."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".key")


def kdf_document(params: KdfParams, salt: bytes) -> dict[str, Any]:
    """The file's ``kdf`` object; also the canonical text bound to the ciphertext."""
    return {
        "name": "argon2id",
        "time_cost": params.time_cost,
        "memory_kib": params.memory_kib,
        "parallelism": params.parallelism,
        "salt": _b64(salt),
    }


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _to_json(key_file: KeyFile) -> bytes:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": kdf_document(key_file.params, key_file.salt),
        "cipher": {
            "name": "chacha20poly1305",
            "nonce": _b64(key_file.nonce),
            "wrapped": _b64(key_file.wrapped),
        },
        "created_at": key_file.created_at,
    }
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


# -- writing ------------------------------------------------------------------------------------


def write_key_file(path: Path, key_file: KeyFile, *, overwrite: bool = False) -> None:
    """Write atomically (temp file, fsync, rename, fsync dir), mode 0o600 on POSIX.

    Raises :class:`KeyFileExists` (a ``FileExistsError``) if ``path`` exists and not
    ``overwrite``, and :class:`KeyFileUnwritable` if the system refuses the write.
    """
    path = Path(path)
    if not overwrite and path.exists():
        raise KeyFileExists(path)
    _write(path, key_file, replace=overwrite)


def replace_key_file(path: Path, key_file: KeyFile) -> None:
    """Overwrite ``path`` atomically (the old file or the new, never a mix), mode 0o600."""
    _write(Path(path), key_file, replace=True)


def clean_stale_temp_files(key_path: Path) -> list[Path]:
    """Remove the temp files interrupted writes left beside ``key_path``; returns them.

    Call it only while holding the database lock: a write in progress looks the same.
    """
    return remove_stale_temp_files(Path(key_path))


def _write(path: Path, key_file: KeyFile, *, replace: bool) -> None:
    try:
        write_atomically(path, _to_json(key_file), replace=replace)
    except FileExistsError:
        raise KeyFileExists(path) from None
    except OSError as exc:
        raise KeyFileUnwritable(path, exc) from None


# -- reading ------------------------------------------------------------------------------------


def read_key_file(path: Path) -> KeyFile:
    """Parse a key file strictly.

    Raises :class:`KeyFileMissing`, :class:`KeyFileUnreadable`, or :class:`KeyFileCorrupt`
    (also as :class:`KeyFileNotRegular` and :class:`KeyFileUnreasonable`).
    """
    path = Path(path)
    raw = _read_capped(path)
    if len(raw) > MAX_FILE_BYTES:
        raise KeyFileCorrupt(path, f"larger than {MAX_FILE_BYTES} bytes")
    try:
        return _parse(raw)
    except _Unreasonable as unreasonable:
        raise KeyFileUnreasonable(path, str(unreasonable)) from None
    except _Invalid as invalid:
        raise KeyFileCorrupt(path, str(invalid)) from None


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO without a writer must not hang the app
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def _read_capped(path: Path) -> bytes:
    """At most ``MAX_FILE_BYTES + 1`` bytes of ``path``, which must be a regular file."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise KeyFileMissing(path) from None
    except OSError as exc:
        raise _open_failure(path, exc) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise KeyFileNotRegular(path, _kind(mode))
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_FILE_BYTES:
            chunk = os.read(fd, MAX_FILE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise KeyFileUnreadable(path, exc) from None
    finally:
        os.close(fd)


def _open_failure(path: Path, error: OSError) -> KeyFileError:
    """Some systems refuse to open a folder or socket at all: name what it is if we can."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return KeyFileUnreadable(path, error)
    if not stat.S_ISREG(mode):
        return KeyFileNotRegular(path, _kind(mode))
    return KeyFileUnreadable(path, error)


def _kind(mode: int) -> str:
    """What a file that is not a regular file is, in words to put inside a sentence."""
    if stat.S_ISDIR(mode):
        return text("en mapp")
    if stat.S_ISFIFO(mode):
        return text("en namngiven pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return text("en socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return text("en enhetsfil")
    return text("en okänd sorts fil")


class _Invalid(Exception):
    pass


class _Unreasonable(_Invalid):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Invalid("duplicate key")
    return result


def _object(value: Any, keys: set[str], where: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise _Invalid(f"{where}: expected an object with keys {sorted(keys)}")
    return value


def _int(value: Any, low: int, high: int, where: str) -> int:
    """A JSON integer ≥ ``low``; above ``high`` it is unreasonable rather than malformed."""
    if type(value) is not int or value < low:
        raise _Invalid(f"{where}: expected an integer of at least {low}")
    if value > high:
        raise _Unreasonable(f"{where}: {value} is above {high}")
    return value


def _bytes(value: Any, length: int, where: str) -> bytes:
    if not isinstance(value, str):
        raise _Invalid(f"{where}: expected base64 text")
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise _Invalid(f"{where}: invalid base64") from None
    if len(data) != length:
        raise _Invalid(f"{where}: expected {length} bytes, got {len(data)}")
    return data


def _params(kdf: dict[str, Any]) -> KdfParams:
    params = KdfParams(
        time_cost=_int(kdf["time_cost"], 1, MAX_TIME_COST, "time_cost"),
        memory_kib=_int(kdf["memory_kib"], MIN_MEMORY_KIB, MAX_MEMORY_KIB, "memory_kib"),
        parallelism=_int(kdf["parallelism"], 1, MAX_PARALLELISM, "parallelism"),
    )
    if not params.is_reasonable():
        raise _Unreasonable(f"time_cost × memory_kib above {MAX_PASSES_TIMES_KIB}")
    return params


def _parse(raw: bytes) -> KeyFile:
    try:
        document = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _Invalid("not UTF-8 JSON") from None
    top = _object(document, {"format", "version", "kdf", "cipher", "created_at"}, "file")
    if top["format"] != FORMAT or type(top["version"]) is not int or top["version"] != VERSION:
        raise _Invalid("unknown format or version")
    kdf = _object(top["kdf"], {"name", "time_cost", "memory_kib", "parallelism", "salt"}, "kdf")
    cipher = _object(top["cipher"], {"name", "nonce", "wrapped"}, "cipher")
    if kdf["name"] != "argon2id" or cipher["name"] != "chacha20poly1305":
        raise _Invalid("unknown kdf or cipher")
    created_at = top["created_at"]
    if not isinstance(created_at, str):
        raise _Invalid("created_at: expected text")
    try:
        datetime.fromisoformat(created_at)
    except ValueError:
        raise _Invalid("created_at: not an ISO timestamp") from None
    return KeyFile(
        params=_params(kdf),
        salt=_bytes(kdf["salt"], SALT_LEN, "salt"),
        nonce=_bytes(cipher["nonce"], NONCE_LEN, "nonce"),
        wrapped=_bytes(cipher["wrapped"], WRAPPED_LEN, "wrapped"),
        created_at=created_at,
    )
