"""The export file (``.faltapp``): its byte layout, writing it and reading it back (no Qt).

An export is an age v1 file (``pyrage``, X25519 recipients: every leader and the author).
Decrypted, it is (``docs/export-format.md`` has every byte and a worked example)::

    faltapp-export 1.0\\n              the magic word and the format version (major.minor)
    <M> <R>\\n                         the manifest's and the records' lengths in bytes
    <manifest: M bytes>\\n             one JSON object (export_manifest.py)
    <signature: 88 characters>\\n      base64 Ed25519 signature of everything before the
                                      manifest's closing newline
    <records: R bytes>                JSON Lines, one record version per line
                                      (export_records.py)

Reading refuses, each with its own :class:`ExportFileError` (one Swedish sentence and a
``reason``): a file over the size cap (before decrypting), a file that is no age file, one not
encrypted to this device, a damaged one, a newer major format, a broken layout, a manifest
outside its schema, a bad signature, records that do not match the manifest's hash or counts,
and any record outside its schema or the strict JSON rules.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Protocol

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from faltapp.core.digest import canonical_json
from faltapp.core.messages import text
from faltapp.sync.export_manifest import (
    FORMAT_NAME,
    Manifest,
    check_major,
    check_manifest,
    decode_manifest,
)
from faltapp.sync.export_records import (
    MAX_RECORD_BYTES,
    ExportFileError,
    ExportRecord,
    decode_records,
    encode_records,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_RECORD_BYTES",
    "ExportFileError",
    "ExportRecord",
    "Manifest",
    "OpenedExport",
    "parse_plaintext",
    "read_capped",
    "read_export",
    "read_export_file",
    "seal",
    "verify_signature",
    "write_export",
]

AGE_MAGIC = b"age-encryption.org/v1\n"
MAGIC_WORD = FORMAT_NAME.encode("ascii") + b" "
DEFAULT_MAX_BYTES = 128 * 1024 * 1024
"""The size cap importers use unless told otherwise (a leader's full year is ~30 MB)."""
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
SIGNATURE_CHARS = 88  # base64 of the 64-byte Ed25519 signature, with its "==" padding
_SIZES_RE = re.compile(rb"(0|[1-9][0-9]{0,11}) (0|[1-9][0-9]{0,11})")


class SigningKeys(Protocol):
    """What writing needs of a device's keys (``sync.identity.DeviceKeys`` has it)."""

    @property
    def device_id(self) -> str: ...

    @property
    def age_recipient(self) -> str: ...

    def sign(self, data: bytes) -> bytes: ...


SignerKey = Callable[[Manifest], str]
"""Given the manifest, the signer's base64 Ed25519 public key, or an ExportFileError."""


@dataclass(frozen=True, slots=True)
class OpenedExport:
    """A decrypted export whose layout, manifest, records hash and records were checked."""

    manifest: Manifest
    signature: bytes
    signed_bytes: bytes
    records: list[ExportRecord]


# -- writing ----------------------------------------------------------------------------------

def seal(manifest: Manifest, records: Iterable[ExportRecord],
         keys: SigningKeys) -> tuple[bytes, Manifest]:
    """The signed, unencrypted export and its manifest with record counts and hash filled in."""
    if manifest.device_id != keys.device_id:
        raise ValueError(text("Manifestet är skrivet för en annan enhet än nyckelns."))
    part, counts = encode_records(records)
    manifest = replace(manifest, record_counts=counts,
                       records_sha256=hashlib.sha256(part).hexdigest())
    check_manifest(manifest)
    manifest_bytes = canonical_json(manifest.to_json()).encode("utf-8")
    signed = b"%s%s\n%d %d\n%s" % (MAGIC_WORD, manifest.format_version.encode("ascii"),
                                     len(manifest_bytes), len(part), manifest_bytes)
    signature = base64.b64encode(keys.sign(signed))
    return signed + b"\n" + signature + b"\n" + part, manifest


def write_export(manifest: Manifest, records: Iterable[ExportRecord], keys: SigningKeys,
                 recipients: list[str]) -> bytes:
    """The encrypted export file: to ``recipients`` (age1… texts) and the author's own key."""
    wanted = list(dict.fromkeys([*recipients, keys.age_recipient]))
    parsed = []
    for recipient in wanted:
        try:
            parsed.append(pyrage.x25519.Recipient.from_str(recipient))
        except (pyrage.RecipientError, ValueError, TypeError):
            raise ExportFileError("bad_recipient", text(
                "Mottagarnyckeln {value!r} är ingen giltig age-nyckel.",
                value=str(recipient)[:80])) from None
    plain, _ = seal(manifest, records, keys)
    return pyrage.encrypt(plain, parsed)


# -- reading ----------------------------------------------------------------------------------

def read_export(data: bytes, identity: pyrage.x25519.Identity, *, max_bytes: int,
                signer_key: SignerKey | None = None) -> OpenedExport:
    """Check and decrypt an export held in memory (the module docstring lists the checks).

    With ``signer_key`` the signature is checked right after the manifest, before any record
    is read (the import order of DESIGN §6); otherwise call :func:`verify_signature`.
    """
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    if not data:
        raise ExportFileError("empty", text("Filen är tom."))
    if not data.startswith(AGE_MAGIC):
        raise ExportFileError("not_export", text("Filen är ingen faltapp-export."))
    try:
        plain = pyrage.decrypt(data, [identity])
    except pyrage.DecryptError as exc:
        if "No matching keys" in str(exc):
            raise ExportFileError("not_for_us", text(
                "Filen är inte krypterad till den här enheten (eller så är dess början "
                "skadad).")) from None
        raise ExportFileError("damaged", text(
            "Filen är skadad eller ofullständig och gick inte att dekryptera.")) from None
    return parse_plaintext(plain, signer_key=signer_key)


def read_export_file(path: Path, identity: pyrage.x25519.Identity, *, max_bytes: int,
                     signer_key: SignerKey | None = None) -> OpenedExport:
    """:func:`read_export` on a file, which is never read past ``max_bytes``."""
    try:
        with open(path, "rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ExportFileError("not_a_file", text("{name} är ingen vanlig fil.",
                                                         name=Path(path).name))
            if info.st_size > max_bytes:
                raise _too_large(info.st_size, max_bytes)
            data = read_capped(stream, max_bytes)
    except IsADirectoryError:
        raise ExportFileError("not_a_file", text("{name} är en mapp, inte en exportfil.",
                                                 name=Path(path).name)) from None
    except FileNotFoundError:
        raise ExportFileError("missing", text("Filen {name} finns inte (längre).",
                                              name=Path(path).name)) from None
    except OSError:
        raise ExportFileError("unreadable", text(
            "Filen {name} gick inte att läsa till slut; sitter minnet kvar?",
            name=Path(path).name)) from None
    return read_export(data, identity, max_bytes=max_bytes, signer_key=signer_key)


def read_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    """All of ``stream``, reading at most ``max_bytes`` + 1 bytes: more is refused."""
    chunks: list[bytes] = []
    total = 0
    while total <= max_bytes:
        chunk = stream.read(min(1 << 20, max_bytes + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise _too_large(total, max_bytes, at_least=True)


def parse_plaintext(plain: bytes, *, signer_key: SignerKey | None = None) -> OpenedExport:
    """Check a decrypted export: layout, manifest, signature (with ``signer_key``), records."""
    if not plain.startswith(MAGIC_WORD):
        raise ExportFileError("not_export", text("Filen är ingen faltapp-export."))
    version, start = _line(plain, 0, 64)
    version_text = version[len(MAGIC_WORD):].decode("ascii", "replace")
    check_major(version_text)
    sizes, head = _line(plain, start, 32)
    match = _SIZES_RE.fullmatch(sizes)
    if match is None:
        raise _layout(text("storleksraden är felaktig"))
    manifest_size, records_size = int(match.group(1)), int(match.group(2))
    if not 2 <= manifest_size <= MAX_MANIFEST_BYTES:
        raise _layout(text("manifestet kan inte vara {size} byte", size=manifest_size))
    signed_end = head + manifest_size
    expected = signed_end + 1 + SIGNATURE_CHARS + 1 + records_size
    if len(plain) <= signed_end:
        raise _truncated(expected - len(plain))
    if plain[signed_end:signed_end + 1] != b"\n":
        raise _layout(text("manifestet har inte den längd storleksraden anger"))
    signature = _signature(plain, signed_end + 1, expected)
    if len(plain) != expected:
        raise (_truncated(expected - len(plain)) if len(plain) < expected else
               _layout(text("det finns {extra} byte för mycket efter posterna",
                            extra=len(plain) - expected)))
    manifest = decode_manifest(plain[head:signed_end])
    if manifest.format_version != version_text:
        raise _layout(text("manifestets formatversion är inte den på första raden"))
    signed = plain[:signed_end]
    if signer_key is not None:
        _verify(signer_key(manifest), signed, signature)
    part = plain[expected - records_size:]
    if hashlib.sha256(part).hexdigest() != manifest.records_sha256:
        raise ExportFileError("records_hash", text(
            "Posterna stämmer inte med manifestets kontrollsumma; filen har ändrats."))
    records = decode_records(part)
    counts: dict[str, int] = {}
    for record in records:
        counts[record.table] = counts.get(record.table, 0) + 1
    for table in sorted(set(counts) | set(manifest.record_counts)):
        if counts.get(table, 0) != manifest.record_counts.get(table, 0):
            raise ExportFileError("bad_counts", text(
                "Manifestet anger {expected} poster i {table}, men filen har {found}.",
                expected=manifest.record_counts.get(table, 0), table=table,
                found=counts.get(table, 0)))
    return OpenedExport(manifest, signature, signed, records)


def verify_signature(opened: OpenedExport, signing_public: str) -> None:
    """Refuse an export whose signature was not made by ``signing_public`` (base64 Ed25519)."""
    _verify(signing_public, opened.signed_bytes, opened.signature)


def _verify(signing_public: str, signed: bytes, signature: bytes) -> None:
    try:
        raw = base64.b64decode(signing_public.encode("ascii"), validate=True)
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, signed)
    except (InvalidSignature, ValueError, TypeError, binascii.Error):
        raise ExportFileError("bad_signature", text(
            "Filens signatur stämmer inte: den har ändrats efter att den skrevs eller är "
            "inte skriven av den enhet den säger.")) from None


def _line(plain: bytes, start: int, limit: int) -> tuple[bytes, int]:
    """The line starting at ``start`` (without its newline) and where the next one starts."""
    end = plain.find(b"\n", start, start + limit)
    if end >= 0:
        return plain[start:end], end + 1
    if len(plain) < start + limit:
        raise _truncated(None)
    raise _layout(text("en rad i filens början är för lång"))


def _signature(plain: bytes, start: int, expected: int) -> bytes:
    end = plain.find(b"\n", start, start + SIGNATURE_CHARS + 1)
    if end < 0 and len(plain) < start + SIGNATURE_CHARS + 1:
        raise _truncated(expected - len(plain))
    line = plain[start:end] if end >= 0 else b""
    try:
        signature = base64.b64decode(line, validate=True)
    except binascii.Error:
        signature = b""
    if end != start + SIGNATURE_CHARS or len(signature) != 64:
        raise ExportFileError("unsigned", text("Filen saknar en giltig signatur."))
    return signature


def _layout(problem: str) -> ExportFileError:
    return ExportFileError("bad_layout", text("Filen är ingen giltig faltapp-export: "
                                              "{problem}.", problem=problem))


def _truncated(missing: int | None) -> ExportFileError:
    if missing is None:
        return ExportFileError("truncated", text("Filen är ofullständig; slutet saknas."))
    return ExportFileError("truncated", text(
        "Filen är ofullständig; det saknas {missing} byte i slutet.", missing=missing))


def _too_large(size: int, limit: int, *, at_least: bool = False) -> ExportFileError:
    mib = 1024 * 1024
    return ExportFileError("too_large", text(
        "Filen är för stor för en export ({size} MB; högst {limit} MB).",
        size=f"{'>' if at_least else ''}{size / mib:.0f}", limit=f"{limit / mib:.0f}"))

