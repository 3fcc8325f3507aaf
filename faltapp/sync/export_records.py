"""The records part of an export file (no Qt).

The records are JSON Lines: one JSON object per record version, each line ending in ``\\n``
(``docs/export-format.md``). JSON is read strictly (``strict_json.py``);
every failure is an :class:`ExportFileError`: one Swedish sentence for the person and a short
``reason`` code for tests and logs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from faltapp.core.digest import canonical_json, content_hash_of
from faltapp.core.messages import text
from faltapp.sync.strict_json import JsonRefused, check_value, loads_strict

MAX_RECORD_BYTES = 1024 * 1024
"""Longest record line in bytes (a shift's longest texts are a few kilobytes)."""
RECORD_FIELDS = ("table", "id", "version", "parent", "parent2", "hash", "deleted", "data",
                 "changed_at", "changed_by")

TABLE_RE = re.compile(r"[a-z][a-z0-9_]{0,39}")
ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
VERSION_RE = re.compile(r"[0-9]{1,18}-[0-9a-f]{32}")
HASH_RE = re.compile(r"[0-9a-f]{64}")
LABEL_RE = re.compile(r"[^\x00-\x1f\x7f]{0,64}")


class ExportFileError(ValueError):
    """A file that is not a readable, intact export: one Swedish sentence and a ``reason``."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """One record version as it travels: history metadata and the payload (``data``).

    ``data`` is None for a version whose content was purged by retention (only the version
    travels); a tombstone's data is ``{}``. Fields this build does not know are kept in
    ``extra`` and written back unchanged.
    """

    table: str
    id: str
    version: str
    parent: str | None
    parent2: str | None
    hash: str
    deleted: bool
    data: dict[str, Any] | None
    changed_at: str
    changed_by: str
    extra: dict[str, Any] = field(default_factory=dict)
    data_json: str | None = field(default=None, compare=False, repr=False)
    """The canonical JSON of ``data`` as checked against the hash (kept: merging stores it)."""

    def to_json(self) -> dict[str, Any]:
        """The record as the JSON object written on its line."""
        document = dict(self.extra)
        document.update((name, getattr(self, name)) for name in RECORD_FIELDS)
        return document


# -- strict JSON ------------------------------------------------------------------------------

def load_json(raw: bytes, where: str, reason: str = "bad_json") -> Any:
    """Parse ``raw`` strictly (``strict_json.py``); ``where`` names the part in messages."""
    try:
        return loads_strict(raw)
    except JsonRefused as exc:
        raise ExportFileError(reason, text("{where} går inte att läsa: {problem}.",
                                           where=where, problem=str(exc))) from None


def check_json_value(value: Any, where: str) -> None:
    """Refuse, before writing, what :func:`load_json` would refuse when reading it back."""
    try:
        check_value(value)
    except JsonRefused as exc:
        raise ExportFileError("bad_json", text("{where} går inte att läsa: {problem}.",
                                               where=where, problem=str(exc))) from None


# -- records ----------------------------------------------------------------------------------

def _bad(number: int, name: str, problem: str) -> ExportFileError:
    return ExportFileError("bad_record", text("Post {number}: fältet {field!r} {problem}.",
                                              number=number, field=name, problem=problem))


def _matching(document: dict[str, Any], number: int, name: str, pattern: re.Pattern[str],
              *, optional: bool = False) -> Any:
    value = document.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _bad(number, name, text("saknas eller är inte text"))
    if not pattern.fullmatch(value):
        raise _bad(number, name, text("har ett ogiltigt värde ({length} tecken)",
                                      length=len(value)))
    return value


def record_from_json(document: Any, number: int) -> ExportRecord:
    """The record in one parsed line (``number`` counts from 1), its fields checked."""
    if not isinstance(document, dict):
        raise ExportFileError("bad_record", text("Post {number} är inget JSON-objekt.",
                                                 number=number))
    for name in RECORD_FIELDS:
        if name not in document:
            raise _bad(number, name, text("saknas"))
    table = _matching(document, number, "table", TABLE_RE)
    record_id = _matching(document, number, "id", ID_RE)
    version = _matching(document, number, "version", VERSION_RE)
    parent = _matching(document, number, "parent", VERSION_RE, optional=True)
    parent2 = _matching(document, number, "parent2", VERSION_RE, optional=True)
    digest = _matching(document, number, "hash", HASH_RE)
    changed_at = _matching(document, number, "changed_at", LABEL_RE)
    changed_by = _matching(document, number, "changed_by", LABEL_RE)
    deleted, data = document["deleted"], document["data"]
    if not isinstance(deleted, bool):
        raise _bad(number, "deleted", text("är inte true eller false"))
    if data is not None and not isinstance(data, dict):
        raise _bad(number, "data", text("är inget JSON-objekt"))
    if parent == version:
        raise _bad(number, "parent", text("pekar på versionen själv"))
    if parent2 is not None and (parent is None or parent2 in (parent, version)):
        raise _bad(number, "parent2", text("kräver en annan förälder i fältet 'parent'"))
    if deleted and data:
        raise _bad(number, "data", text("måste vara tomt i en borttagen post"))
    data_json = None if data is None else canonical_json(data)
    if data_json is not None and content_hash_of(data_json, deleted) != digest:
        raise ExportFileError("record_hash", text(
            "Post {number} ({table} {record_id}): innehållet stämmer inte med dess hash.",
            number=number, table=table, record_id=record_id))
    extra = {k: v for k, v in document.items() if k not in RECORD_FIELDS}
    return ExportRecord(table, record_id, version, parent, parent2, digest, deleted, data,
                        changed_at, changed_by, extra, data_json)


def encode_records(records: Iterable[ExportRecord]) -> tuple[bytes, dict[str, int]]:
    """The records part (canonical JSON Lines) and the count of records per table.

    Each record is checked as a reader would check it, so nothing is written that the
    reader refuses.
    """
    lines: list[bytes] = []
    counts: dict[str, int] = {}
    for number, record in enumerate(records, 1):
        document = record.to_json()
        check_json_value(document, text("Post {number}", number=number))
        record_from_json(document, number)
        line = canonical_json(document).encode("utf-8") + b"\n"
        if len(line) > MAX_RECORD_BYTES:
            raise _too_large(number, len(line))
        lines.append(line)
        counts[record.table] = counts.get(record.table, 0) + 1
    return b"".join(lines), counts


def decode_records(part: bytes) -> list[ExportRecord]:
    """Every record of a records part, in file order; refuses a repeated version."""
    if not part:
        return []
    if not part.endswith(b"\n"):
        raise ExportFileError("bad_records", text("Den sista posten slutar inte med en "
                                                  "radbrytning; filen är avkortad."))
    records: list[ExportRecord] = []
    seen: set[tuple[str, str, str]] = set()
    for number, line in enumerate(part[:-1].split(b"\n"), 1):
        if len(line) + 1 > MAX_RECORD_BYTES:
            raise _too_large(number, len(line) + 1)
        if not line:
            raise ExportFileError("bad_records", text("Post {number} är en tom rad.",
                                                      number=number))
        record = record_from_json(load_json(line, text("Post {number}", number=number)),
                                  number)
        key = (record.table, record.id, record.version)
        if key in seen:
            raise ExportFileError("duplicate_record", text(
                "Post {number}: {table} {record_id} version {version} finns två gånger i filen.",
                number=number, table=record.table, record_id=record.id, version=record.version))
        seen.add(key)
        records.append(record)
    return records


def _too_large(number: int, size: int) -> ExportFileError:
    return ExportFileError("record_too_large", text(
        "Post {number} är {size} byte; en post får vara högst {limit} byte.",
        number=number, size=size, limit=MAX_RECORD_BYTES))
