"""Payload ↔ table row: list fields as JSON text, bools as 0/1, unknown fields in ``extra``.

Fields a newer build added (arriving through imports) are not columns here; they live in the
row's ``extra`` JSON object and are merged back into every payload, so the next version of the
record carries them on unchanged (DESIGN.md §6: unknown fields are kept and passed on).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import typing
from typing import Any

from faltapp.core.codec import from_payload, tuple_fields
from faltapp.core.digest import canonical_json

META_COLUMNS = ("version", "parent", "changed_at", "changed_by", "deleted", "extra")


@functools.cache
def field_names(cls: type) -> tuple[str, ...]:
    """The dataclass fields of ``cls`` in order (``id`` included)."""
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.cache
def bool_fields(cls: type) -> frozenset[str]:
    """Fields of ``cls`` declared ``bool`` (stored as 0/1)."""
    hints = typing.get_type_hints(cls)
    return frozenset(name for name in field_names(cls) if hints[name] is bool)


@functools.cache
def upsert_sql(cls: type) -> str:
    """INSERT … ON CONFLICT(id) DO UPDATE for every field and meta column of ``cls``."""
    columns = field_names(cls) + META_COLUMNS
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    return (f'INSERT INTO "{cls.TABLE}" ({names}) VALUES ({marks}) '
            f'ON CONFLICT("id") DO UPDATE SET {updates}')


def row_values(cls: type, record_id: str, payload: dict[str, Any] | None,
               meta: tuple[Any, ...]) -> tuple[Any, ...]:
    """Values for :func:`upsert_sql`: content (None for a tombstone), meta, extra."""
    lists = tuple_fields(cls)
    values: list[Any] = []
    for name in field_names(cls):
        if name == "id":
            values.append(record_id)
            continue
        value = None if payload is None else payload.get(name)
        if name in lists and value is not None:
            value = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, bool):
            value = int(value)
        values.append(value)
    extra = unknown_fields(cls, payload)
    return (*values, *meta, canonical_json(extra) if extra else None)


def unknown_fields(cls: type, payload: dict[str, Any] | None) -> dict[str, Any]:
    """The keys of ``payload`` this build's ``cls`` has no field for."""
    if not payload:
        return {}
    known = set(field_names(cls))
    return {k: v for k, v in payload.items() if k not in known}


def payload_from_row(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    """The full payload of a current row: its fields plus the unknown ones kept in ``extra``."""
    lists = tuple_fields(cls)
    bools = bool_fields(cls)
    payload: dict[str, Any] = {}
    for name in field_names(cls):
        value = row.get(name)
        if value is not None:
            if name in lists:
                value = json.loads(value)
            elif name in bools:
                value = bool(value)
        payload[name] = value
    if row.get("extra"):
        for key, value in json.loads(row["extra"]).items():
            payload.setdefault(key, value)
    return payload


def entity_from_row(cls: type, row: dict[str, Any]) -> Any:
    """The entity of a current row (unknown fields are not part of the entity)."""
    return from_payload(cls, payload_from_row(cls, row))
