"""Canonical JSON and the content digest of a record version (part of the export format).

A version's ``hash`` is the SHA-256 of the canonical JSON of ``{"data": payload, "deleted":
flag}``: keys sorted, no insignificant white space, UTF-8, non-ASCII kept as is. Two versions
with the same version string must have the same hash, or one of them is refused (CouchDB keeps a
digest in its ``_rev`` for the same reason).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_json(value: Any) -> str:
    """The one text form of ``value`` that digests are computed over."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)


def content_hash(payload: dict[str, Any] | None, deleted: bool) -> str:
    """Hex SHA-256 of a version's content (a tombstone's payload is empty)."""
    document = {"data": payload or {}, "deleted": bool(deleted)}
    return hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()


def content_hash_of(payload_json: str, deleted: bool) -> str:
    """:func:`content_hash` from the payload's canonical JSON already made (saves a dump).

    The document's canonical form is ``{"data":<payload>,"deleted":<flag>}``: "data" sorts
    before "deleted" and the separators are compact, so the payload's own text fits in.
    """
    document = '{"data":' + payload_json + ',"deleted":' + ("true" if deleted else "false") + "}"
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


def raw_hash(text: str) -> str:
    """Hex SHA-256 of stored text that is not valid JSON (a damaged payload kept as it is)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
