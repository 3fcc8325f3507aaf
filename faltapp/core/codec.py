"""Conversion between entities and plain JSON-compatible payloads.

Payloads are what goes into ``history`` and, later, export files: dates and times as ISO text,
tuples as lists, everything else as JSON scalars.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from datetime import date, datetime, time
from typing import Any, TypeVar

from faltapp.core.entities import Entity

T = TypeVar("T")


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


@functools.cache
def _base_type(hint: Any) -> Any:
    """``int | None`` → ``int``; other hints unchanged (cached: imports call it per value)."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0] if len(args) == 1 else hint
    return hint


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, tuple):
        return list(value)
    return value


def to_payload(entity: Entity) -> dict[str, Any]:
    """The entity as a JSON-compatible dict (field name → value)."""
    return {f.name: _encode(getattr(entity, f.name)) for f in dataclasses.fields(entity)}


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    base = _base_type(hint)
    if base is datetime:
        return datetime.fromisoformat(value)
    if base is date:
        return date.fromisoformat(value)
    if base is time:
        return time.fromisoformat(value)
    if base is bool:
        return bool(value)
    if _is_tuple(base):
        return tuple(value)
    return value


@functools.cache
def _is_tuple(hint: Any) -> bool:
    return typing.get_origin(hint) is tuple


@functools.cache
def _defaulted(cls: type) -> frozenset[str]:
    """Fields that have a default and cannot be None: a null there means "not recorded"."""
    hints = _field_types(cls)
    return frozenset(
        f.name for f in dataclasses.fields(cls)
        if (f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING)
        and _base_type(hints[f.name]) is hints[f.name]
    )


def from_payload(cls: type[T], payload: dict[str, Any]) -> T:
    """Build an entity of ``cls`` from a payload; unknown keys are ignored.

    A null in a field that has a default and is not optional (a column added by a later
    migration, empty on older rows) takes the default.
    """
    kinds = _field_types(cls)
    defaulted = _defaulted(cls)
    kwargs = {name: _decode(hint, payload[name]) for name, hint in kinds.items()
              if name in payload and not (payload[name] is None and name in defaulted)}
    return cls(**kwargs)


@functools.cache
def tuple_fields(cls: type) -> frozenset[str]:
    """Names of the fields that hold lists (stored as JSON text in a column)."""
    return frozenset(
        name for name, hint in _field_types(cls).items()
        if typing.get_origin(_base_type(hint)) is tuple
    )


def column_types(cls: type) -> dict[str, type]:
    """SQLite column type of every field of ``cls`` (for table creation)."""
    out: dict[str, type] = {}
    for name, hint in _field_types(cls).items():
        base = _base_type(hint)
        out[name] = int if base in (int, bool) else str
    return out
