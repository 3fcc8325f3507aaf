"""The manifest of an export file: what the file claims, signed by its author (no Qt).

The manifest is one JSON object (written as canonical JSON, ``core/digest.py``). Reading checks
every known field's type and limits; fields this build does not know are kept in ``extra`` (a
newer minor version may add some). A newer *major* version is refused before anything else is
read, with a message naming the version needed (``docs/export-format.md``).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, fields
from typing import Any

from faltapp import __version__
from faltapp.core.messages import text
from faltapp.core.versions import utc_now
from faltapp.sync.export_records import (
    HASH_RE,
    LABEL_RE,
    TABLE_RE,
    ExportFileError,
    check_json_value,
    load_json,
)
from faltapp.sync.strict_json import MAX_INT

FORMAT_NAME = "faltapp-export"
FORMAT_MAJOR = 1
FORMAT_MINOR = 0
FORMAT_VERSION = f"{FORMAT_MAJOR}.{FORMAT_MINOR}"
MAX_TABLES = 64
"""Most tables a manifest may count records for."""

VERSION_TEXT_RE = re.compile(r"(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})")
DEVICE_RE = re.compile(r"[0-9a-f]{32}")
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


@dataclass(frozen=True, slots=True)
class Manifest:
    """What an export file claims about itself (``docs/export-format.md`` lists each field).

    ``record_counts`` and ``records_sha256`` are filled in by ``write_export``.
    """

    format: str
    format_version: str
    app_version: str
    export_id: str
    team_id: str
    device_id: str
    counter: int
    created_at: str
    full: bool
    record_counts: dict[str, int] = field(default_factory=dict)
    records_sha256: str = ""
    shared: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def new(cls, team_id: str, device_id: str, counter: int, *, full: bool = False,
            shared: dict[str, Any] | None = None) -> Manifest:
        """A manifest for a new export made now by this build (a fresh export id)."""
        return cls(FORMAT_NAME, FORMAT_VERSION, __version__, str(uuid.uuid4()), team_id,
                   device_id, counter, utc_now(), full, shared=shared)

    def to_json(self) -> dict[str, Any]:
        """The manifest as the JSON object written in the file."""
        document = dict(self.extra)
        document.update((f.name, getattr(self, f.name)) for f in fields(self)
                        if f.name != "extra")
        return document


MANIFEST_FIELDS = tuple(f.name for f in fields(Manifest) if f.name != "extra")


def major_of(version: str) -> int:
    """The major number of a ``"major.minor"`` format version; refuses anything else."""
    match = VERSION_TEXT_RE.fullmatch(version) if isinstance(version, str) else None
    if match is None:
        raise ExportFileError("bad_version", text(
            "Filens formatversion {version!r} är ingen giltig version.",
            version=str(version)[:20]))
    return int(match.group(1))


def check_major(version: str) -> None:
    """Refuse a format version whose major number this build does not read."""
    major = major_of(version)
    if major != FORMAT_MAJOR:
        raise ExportFileError("newer_major" if major > FORMAT_MAJOR else "older_major", text(
            "Filen har exportformat {version}, men den här versionen av faltapp läser bara "
            "format {ours}.x; den behöver en faltapp som läser format {major}.x.",
            version=version, ours=FORMAT_MAJOR, major=major))


def _bad(name: str, problem: str) -> ExportFileError:
    return ExportFileError("bad_manifest", text("Manifestets fält {field!r} {problem}.",
                                                field=name, problem=problem))


def _label(document: dict[str, Any], name: str, pattern: re.Pattern[str]) -> str:
    value = document[name]
    if not isinstance(value, str):
        raise _bad(name, text("saknas eller är inte text"))
    if not pattern.fullmatch(value):
        raise _bad(name, text("har ett ogiltigt värde ({length} tecken)", length=len(value)))
    return value


def _counts(value: Any) -> dict[str, int]:
    if not isinstance(value, dict) or len(value) > MAX_TABLES:
        raise _bad("record_counts", text("är inget objekt med högst {limit} tabeller",
                                         limit=MAX_TABLES))
    for table, count in value.items():
        if not TABLE_RE.fullmatch(table) or type(count) is not int or count < 0:
            raise _bad("record_counts", text("har ett ogiltigt värde ({length} tecken)",
                                             length=len(str(table))))
    return value


def manifest_from_json(document: Any) -> Manifest:
    """The manifest in a parsed JSON document, every known field checked."""
    if not isinstance(document, dict):
        raise ExportFileError("bad_manifest", text("Manifestet är inget JSON-objekt."))
    for name in MANIFEST_FIELDS:
        if name not in document:
            raise _bad(name, text("saknas"))
    if document["format"] != FORMAT_NAME:
        raise ExportFileError("not_export", text("Filen är ingen faltapp-export."))
    version = _label(document, "format_version", VERSION_TEXT_RE)
    check_major(version)
    counter, full, shared = document["counter"], document["full"], document["shared"]
    if type(counter) is not int or not 0 <= counter <= MAX_INT:
        raise _bad("counter", text("är inget heltal från 0 till {limit}", limit=MAX_INT))
    if not isinstance(full, bool):
        raise _bad("full", text("är inte true eller false"))
    if shared is not None and not isinstance(shared, dict):
        raise _bad("shared", text("är inget JSON-objekt"))
    extra = {k: v for k, v in document.items() if k not in MANIFEST_FIELDS}
    return Manifest(
        FORMAT_NAME, version, _label(document, "app_version", LABEL_RE),
        _label(document, "export_id", UUID_RE), _label(document, "team_id", DEVICE_RE),
        _label(document, "device_id", DEVICE_RE), counter,
        _label(document, "created_at", LABEL_RE), full, _counts(document["record_counts"]),
        _label(document, "records_sha256", HASH_RE), shared, extra)


def decode_manifest(raw: bytes) -> Manifest:
    """The manifest in its bytes (strict JSON, then the schema)."""
    return manifest_from_json(load_json(raw, text("Manifestet")))


def check_manifest(manifest: Manifest) -> None:
    """Refuse, before writing, a manifest the reader would refuse."""
    document = manifest.to_json()
    check_json_value(document, text("Manifestet"))
    manifest_from_json(document)
