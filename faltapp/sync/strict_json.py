"""Strict JSON for files from other laptops: hostile until proven otherwise (no Qt).

UTF-8 only, no duplicate keys, no NaN or Infinity, integers within ±(2^53 − 1), finite floats,
at most :data:`MAX_DEPTH` levels of nesting, no lone surrogates. The parser's hooks refuse
numbers and keys as they are read; a walk over the containers afterwards counts the depth when
the text has more brackets than levels allowed, and checks strings when it holds a surrogate
escape. Used by the export file (``export_records.py``, ``export_manifest.py``) and the team
files (``team_files.py``); each turns :class:`JsonRefused` into its own error.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from faltapp.core.messages import text

MAX_DEPTH = 20
"""Deepest nesting of arrays and objects in any JSON part (a payload needs 3)."""
MAX_INT = 2**53 - 1
"""Largest integer magnitude accepted: what every JSON reader holds exactly."""


class JsonRefused(ValueError):
    """JSON this reader refuses; ``str()`` is the problem, a Swedish phrase to put in a sentence."""




def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise JsonRefused(text("samma nyckel {key!r} finns två gånger", key=key))
            seen.add(key)
    return result


def _integer(digits: str) -> int:
    value = int(digits) if len(digits) <= 17 else MAX_INT + 1
    if abs(value) > MAX_INT:
        raise JsonRefused(text("talet {value} är för stort", value=digits[:24]))
    return value


def _float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value) or len(literal) > 40:
        raise JsonRefused(text("talet {value} är för stort", value=literal[:24]))
    return value


def _constant(name: str) -> float:
    raise JsonRefused(text("NaN och Infinity är inga tal i JSON"))


def _check_leaf(value: Any) -> None:
    """Refuse a lone surrogate, a huge integer, NaN or Infinity."""
    if isinstance(value, str):
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise JsonRefused(text("texten innehåller ett ensamt surrogattecken")) from None
    elif isinstance(value, bool):
        return
    elif isinstance(value, int):
        if abs(value) > MAX_INT:
            raise JsonRefused(text("talet {value} är för stort", value=str(value)[:24]))
    elif isinstance(value, float) and not math.isfinite(value):
        raise JsonRefused(text("NaN och Infinity är inga tal i JSON"))


def _check_value(value: Any, depth: int, leaves: bool) -> None:
    """Refuse nesting deeper than MAX_DEPTH and, with ``leaves``, every bad leaf too."""
    if not isinstance(value, (dict, list)):
        if leaves:
            _check_leaf(value)
        return
    if depth >= MAX_DEPTH:
        raise JsonRefused(text("för djupt nästlad (över {limit} nivåer)", limit=MAX_DEPTH))
    if isinstance(value, dict):
        if leaves:
            for key in value:
                _check_leaf(key)
        value = value.values()
    for item in value:
        if isinstance(item, (dict, list)):
            _check_value(item, depth + 1, leaves)
        elif leaves:
            _check_leaf(item)


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
"""A surrogate written as an escape: the only way JSON text can carry a lone one."""


def loads_strict(raw: bytes) -> Any:
    """Parse ``raw`` strictly (module docstring); :class:`JsonRefused` says what is wrong."""
    try:
        document = json.loads(raw.decode("utf-8"), object_pairs_hook=_pairs,
                              parse_int=_integer, parse_float=_float, parse_constant=_constant)
        leaves = _SURROGATE_ESCAPE.search(raw) is not None
        if leaves or raw.count(b"[") + raw.count(b"{") > MAX_DEPTH:
            _check_value(document, 0, leaves)
    except UnicodeDecodeError:
        raise JsonRefused(text("texten är inte UTF-8")) from None
    except RecursionError:
        raise JsonRefused(text("för djupt nästlad (över {limit} nivåer)",
                               limit=MAX_DEPTH)) from None
    except JsonRefused:
        raise
    except ValueError as exc:  # json.JSONDecodeError
        raise JsonRefused(text("felaktig JSON vid tecken {position}",
                               position=getattr(exc, "pos", 0))) from None
    return document


def check_value(value: Any) -> None:
    """Refuse, before writing, what :func:`loads_strict` would refuse when reading it back."""
    _check_value(value, 0, leaves=True)
