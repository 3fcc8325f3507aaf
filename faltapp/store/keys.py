"""The database key, wrapped with the user's passphrase in a key file beside the database.

The SQLCipher database is opened with a random 256-bit raw key. That key is stored in
``<database>.key``, encrypted with ChaCha20-Poly1305 under a key derived from the passphrase
with argon2id. Changing the passphrase re-wraps the key; the database itself is untouched.
This module holds the cryptography, the calibration and the passphrase rules; the file's
format and its reading and writing are in :mod:`faltapp.store.key_file`, whose names are
re-exported here.
"""

from __future__ import annotations

import json
import os
import time
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from faltapp.core.messages import text
from faltapp.store.key_file import (
    CALIBRATED_HIGH_MEMORY_KIB,
    FORMAT,
    KEY_LEN,
    MAX_CALIBRATED_TIME_COST,
    MAX_FILE_BYTES,
    MIN_REAL_PARAMS,
    NONCE_LEN,
    SALT_LEN,
    VERSION,
    WRAPPED_LEN,
    KdfParams,
    KeyFile,
    KeyFileCorrupt,
    KeyFileError,
    KeyFileExists,
    KeyFileMissing,
    KeyFileNotRegular,
    KeyFileUnreadable,
    KeyFileUnreasonable,
    KeyFileUnwritable,
    clean_stale_temp_files,
    kdf_document,
    key_path_for,
    read_key_file,
    replace_key_file,
    write_key_file,
)

__all__ = [
    "CALIBRATED_HIGH_MEMORY_KIB",
    "FORMAT",
    "KEY_LEN",
    "MAX_CALIBRATED_TIME_COST",
    "MAX_FILE_BYTES",
    "MIN_PASSPHRASE_CHARS",
    "MIN_REAL_PARAMS",
    "NONCE_LEN",
    "SALT_LEN",
    "VERSION",
    "WRAPPED_LEN",
    "KdfParams",
    "KeyFile",
    "KeyFileCorrupt",
    "KeyFileError",
    "KeyFileExists",
    "KeyFileMissing",
    "KeyFileNotRegular",
    "KeyFileUnreadable",
    "KeyFileUnreasonable",
    "KeyFileUnwritable",
    "PassphrasesDiffer",
    "WeakPassphrase",
    "WrongPassphrase",
    "calibrate",
    "change_passphrase",
    "check_new_passphrase",
    "clean_stale_temp_files",
    "derive_key",
    "key_path_for",
    "needs_rewrap",
    "new_database_key",
    "read_key_file",
    "replace_key_file",
    "rewrap",
    "timed_unwrap",
    "unwrap_key",
    "wrap_key",
    "write_key_file",
]

MIN_PASSPHRASE_CHARS = 8
_AAD_PREFIX = b"faltapp-key-v1"

_clock: Callable[[], float] = time.perf_counter  # tests replace this to fake fast/slow machines


class WrongPassphrase(KeyFileError):
    """The passphrase does not unlock the key file (or the file's parameters were altered)."""

    def __init__(self) -> None:
        super().__init__(text("Fel lösenfras."))


class WeakPassphrase(KeyFileError):
    """A new passphrase breaks the rules (fewer than :data:`MIN_PASSPHRASE_CHARS` characters)."""

    def __init__(self) -> None:
        super().__init__(text("Lösenfrasen måste vara minst {count} tecken.",
                              count=MIN_PASSPHRASE_CHARS))


class PassphrasesDiffer(KeyFileError):
    """The new passphrase and its repetition are not the same."""

    def __init__(self) -> None:
        super().__init__(text("Lösenfraserna är inte lika."))


def check_new_passphrase(passphrase: str, repeat: str | None = None) -> str:
    """The NFC form of a new passphrase, checked by the rules every door shares.

    Raises :class:`WeakPassphrase` if it is too short (characters are counted after
    normalisation, so "å" typed as a + ring counts once) and :class:`PassphrasesDiffer` if
    ``repeat`` is given and differs from it after normalisation.
    """
    normalised = unicodedata.normalize("NFC", passphrase)
    if len(normalised) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase()
    if repeat is not None and unicodedata.normalize("NFC", repeat) != normalised:
        raise PassphrasesDiffer()
    return normalised


def _aad(params: KdfParams, salt: bytes) -> bytes:
    """Binds format, version, KDF parameters and salt to the ciphertext."""
    canonical = json.dumps(kdf_document(params, salt), sort_keys=True, separators=(",", ":"))
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


def needs_rewrap(key_file: KeyFile) -> bool:
    """True if the file's memory or passes are below the floor (64 MiB, 3 passes).

    Fewer lanes make the same work, only less parallel, so they alone do not call for it.
    """
    return key_file.params.is_below_floor()


def new_database_key() -> bytes:
    """A fresh random 256-bit database key."""
    return os.urandom(KEY_LEN)


def wrap_key(db_key: bytes, passphrase: str, params: KdfParams) -> KeyFile:
    """Encrypt ``db_key`` under ``passphrase`` with a new salt and nonce.

    Refuses (``ValueError``) parameters that :func:`read_key_file` would refuse to read back.
    """
    if len(db_key) != KEY_LEN:
        raise ValueError(f"database key must be {KEY_LEN} bytes")
    if not params.is_reasonable():
        raise ValueError(f"KDF parameters beyond what a key file may hold: {params}")
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


def change_passphrase(
    path: Path, old: str, new: str, *, params: KdfParams | None = None
) -> KeyFile:
    """Re-wrap the key file at ``path`` under ``new`` and replace the file atomically.

    ``params`` defaults to the file's own if they are at or above the floor, else to
    :func:`calibrate`. Raises :class:`WeakPassphrase` (checked first, before any derivation),
    :class:`WrongPassphrase`, or the errors of :func:`read_key_file` and
    :func:`replace_key_file`; on any failure the file is unchanged. The caller holds the
    database lock.
    """
    path = Path(path)
    new = check_new_passphrase(new)
    key_file = read_key_file(path)
    db_key = unwrap_key(key_file, old)
    if params is None:
        params = calibrate() if needs_rewrap(key_file) else key_file.params
    changed = wrap_key(db_key, new, params)
    replace_key_file(path, changed)
    return changed
