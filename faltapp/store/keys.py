"""The database key, wrapped with the user's passphrase in a key file beside the database.

The SQLCipher database is opened with a random 256-bit raw key. That key is stored in
``<database>.key``, encrypted with ChaCha20-Poly1305 under a key derived from the passphrase
with argon2id. Changing the passphrase re-wraps the key; the database itself is untouched.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from faltapp.store.errors import StoreError

FORMAT = "faltapp-key"
VERSION = 1
KEY_LEN = 32
SALT_LEN = 16
NONCE_LEN = 12
WRAPPED_LEN = KEY_LEN + 16  # ciphertext + Poly1305 tag
MAX_FILE_BYTES = 64 * 1024
_AAD_PREFIX = b"faltapp-key-v1"

# Sanity bounds for parameters read from a file (anything outside is a damaged file).
_MIN_MEMORY_KIB, _MAX_MEMORY_KIB = 8 * 1024, 4 * 1024 * 1024
_MAX_TIME_COST = 100
_MAX_PARALLELISM = 64
# Calibration never goes above these, whatever the clock says.
MAX_CALIBRATED_TIME_COST = 16
CALIBRATED_HIGH_MEMORY_KIB = 128 * 1024

_clock: Callable[[], float] = time.perf_counter  # tests replace this to fake fast/slow machines


class KeyFileError(StoreError):
    """Base of the key file errors; ``str(error)`` is a plain Swedish sentence."""


class WrongPassphrase(KeyFileError):
    """The passphrase does not unlock the key file (or the file's parameters were altered)."""

    def __init__(self) -> None:
        super().__init__("Fel lösenfras.")


class KeyFileMissing(KeyFileError):
    """There is no key file beside the database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"Nyckelfilen bredvid databasen saknas: {path}. "
            "Databasen kan inte öppnas utan den. Lägg tillbaka nyckelfilen från en säkerhetskopia."
        )


class KeyFileCorrupt(KeyFileError):
    """The key file is damaged or not a faltapp key file; ``reason`` (English) is for logs."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"Nyckelfilen {path} är skadad eller är inte en nyckelfil från faltapp.")


class KeyFileExists(KeyFileError, FileExistsError):
    """Refusing to overwrite an existing key file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"Det finns redan en nyckelfil {path}. Den skrivs inte över.")


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


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kdf_object(params: KdfParams, salt: bytes) -> dict[str, Any]:
    return {
        "name": "argon2id",
        "time_cost": params.time_cost,
        "memory_kib": params.memory_kib,
        "parallelism": params.parallelism,
        "salt": _b64(salt),
    }


def _aad(params: KdfParams, salt: bytes) -> bytes:
    """Binds format, version, KDF parameters and salt to the ciphertext."""
    canonical = json.dumps(_kdf_object(params, salt), sort_keys=True, separators=(",", ":"))
    return _AAD_PREFIX + canonical.encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte wrapping key for ``passphrase`` (NFC-normalised, UTF-8)."""
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LEN,
        type=Type.ID,
    )


def calibrate(target_seconds: float = 0.6) -> KdfParams:
    """Parameters that take about ``target_seconds`` here; never below the floor.

    Costs one derivation at the floor: argon2 time is close to linear in passes × memory,
    so the measured time is scaled rather than searched.
    """
    floor = KdfParams.floor()
    start = _clock()
    derive_key("faltapp-calibration", os.urandom(SALT_LEN), floor)
    elapsed = max(_clock() - start, 1e-6)
    seconds_per_pass = elapsed / floor.time_cost
    memory_kib = floor.memory_kib
    if target_seconds / seconds_per_pass >= 2 * floor.time_cost:
        # Fast machine: double the memory rather than only adding passes.
        memory_kib = CALIBRATED_HIGH_MEMORY_KIB
        seconds_per_pass *= memory_kib / floor.memory_kib
    passes = round(target_seconds / seconds_per_pass)
    time_cost = min(max(passes, floor.time_cost), MAX_CALIBRATED_TIME_COST)
    return KdfParams(time_cost=time_cost, memory_kib=memory_kib, parallelism=floor.parallelism)


def new_database_key() -> bytes:
    """A fresh random 256-bit database key."""
    return os.urandom(KEY_LEN)


def key_path_for(db_path: Path) -> Path:
    """``faltapp.db`` → ``faltapp.db.key``."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".key")


def wrap_key(db_key: bytes, passphrase: str, params: KdfParams) -> KeyFile:
    """Encrypt ``db_key`` under ``passphrase`` with a new salt and nonce."""
    if len(db_key) != KEY_LEN:
        raise ValueError(f"database key must be {KEY_LEN} bytes")
    salt = os.urandom(SALT_LEN)
    nonce = os.urandom(NONCE_LEN)
    wrapping_key = derive_key(passphrase, salt, params)
    wrapped = ChaCha20Poly1305(wrapping_key).encrypt(nonce, db_key, _aad(params, salt))
    created_at = datetime.now(UTC).isoformat(timespec="seconds")
    return KeyFile(params, salt, nonce, wrapped, created_at)


def unwrap_key(key_file: KeyFile, passphrase: str) -> bytes:
    """The database key; raises :class:`WrongPassphrase`."""
    return timed_unwrap(key_file, passphrase)[0]


def timed_unwrap(key_file: KeyFile, passphrase: str) -> tuple[bytes, float]:
    """The database key and the seconds the KDF took; raises :class:`WrongPassphrase`."""
    start = _clock()
    wrapping_key = derive_key(passphrase, key_file.salt, key_file.params)
    kdf_seconds = _clock() - start
    aad = _aad(key_file.params, key_file.salt)
    try:
        db_key = ChaCha20Poly1305(wrapping_key).decrypt(key_file.nonce, key_file.wrapped, aad)
    except InvalidTag:
        raise WrongPassphrase() from None
    return db_key, kdf_seconds


def rewrap(key_file: KeyFile, old: str, new: str, params: KdfParams | None = None) -> KeyFile:
    """The same database key wrapped under ``new`` (and ``params``, default: unchanged)."""
    db_key = unwrap_key(key_file, old)
    return wrap_key(db_key, new, params or key_file.params)


# -- file format ------------------------------------------------------------------------------


def _to_json(key_file: KeyFile) -> bytes:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": _kdf_object(key_file.params, key_file.salt),
        "cipher": {
            "name": "chacha20poly1305",
            "nonce": _b64(key_file.nonce),
            "wrapped": _b64(key_file.wrapped),
        },
        "created_at": key_file.created_at,
    }
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


def write_key_file(path: Path, key_file: KeyFile, *, overwrite: bool = False) -> None:
    """Write atomically (temp file, fsync, rename, fsync dir), mode 0o600 on POSIX.

    Raises :class:`KeyFileExists` (a ``FileExistsError``) if ``path`` exists and not ``overwrite``.
    """
    path = Path(path)
    data = _to_json(key_file)
    if not overwrite and path.exists():
        raise KeyFileExists(path)
    import tempfile  # only when writing: keeps it off the start-up path

    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if os.name != "nt":
                os.fchmod(handle.fileno(), 0o600)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            _publish_new(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def _publish_new(tmp: Path, path: Path) -> None:
    """Move ``tmp`` to ``path`` without ever replacing an existing file."""
    try:
        if os.name == "nt":
            os.rename(tmp, path)  # fails if path exists
        else:
            os.link(tmp, path)  # atomic, fails if path exists; tmp is unlinked by the caller
    except FileExistsError:
        raise KeyFileExists(path) from None
    except OSError:
        # Filesystems without hard links: fall back to check-then-replace.
        if path.exists():
            raise KeyFileExists(path) from None
        os.replace(tmp, path)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def read_key_file(path: Path) -> KeyFile:
    """Parse a key file strictly; raises :class:`KeyFileMissing` or :class:`KeyFileCorrupt`."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileMissing(path) from None
    except IsADirectoryError:
        raise KeyFileCorrupt(path, "is a directory") from None
    if len(raw) > MAX_FILE_BYTES:
        raise KeyFileCorrupt(path, f"larger than {MAX_FILE_BYTES} bytes")
    try:
        return _parse(raw)
    except _Invalid as invalid:
        raise KeyFileCorrupt(path, str(invalid)) from None


class _Invalid(Exception):
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
    if type(value) is not int or not low <= value <= high:
        raise _Invalid(f"{where}: expected an integer in {low}..{high}")
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
    params = KdfParams(
        time_cost=_int(kdf["time_cost"], 1, _MAX_TIME_COST, "time_cost"),
        memory_kib=_int(kdf["memory_kib"], _MIN_MEMORY_KIB, _MAX_MEMORY_KIB, "memory_kib"),
        parallelism=_int(kdf["parallelism"], 1, _MAX_PARALLELISM, "parallelism"),
    )
    created_at = top["created_at"]
    if not isinstance(created_at, str):
        raise _Invalid("created_at: expected text")
    try:
        datetime.fromisoformat(created_at)
    except ValueError:
        raise _Invalid("created_at: not an ISO timestamp") from None
    return KeyFile(
        params=params,
        salt=_bytes(kdf["salt"], SALT_LEN, "salt"),
        nonce=_bytes(cipher["nonce"], NONCE_LEN, "nonce"),
        wrapped=_bytes(cipher["wrapped"], WRAPPED_LEN, "wrapped"),
        created_at=created_at,
    )
