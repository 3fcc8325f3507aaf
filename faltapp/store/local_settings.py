"""Small settings of this laptop kept in the database's ``settings`` table (never synced).

Only known keys; values are text (JSON for lists). The inbox folder lives here because it
belongs to this database on this laptop (another database on the same laptop has its own).
"""

from __future__ import annotations

import json
from typing import Any

from faltapp.store.writer import Writer

KNOWN_KEYS = frozenset({"inbox_folder", "inbox_seen"})


class LocalSettings:
    """``db.local``: get and set this laptop's own settings."""

    def __init__(self, writer: Writer, reader: Any) -> None:
        self._writer = writer
        self._reader = reader

    def get(self, key: str, default: str | None = None) -> str | None:
        """The value of ``key``, or ``default``."""
        self._check(key)
        row = self._reader.execute("SELECT value FROM settings WHERE key = ?",
                                   [key]).fetchone()
        return row[0] if row else default

    def put(self, key: str, value: str | None) -> None:
        """Set ``key`` (None removes it)."""
        self._check(key)
        with self._writer.transaction() as txn:
            if value is None:
                txn.conn.execute("DELETE FROM settings WHERE key = ?", [key])
            else:
                txn.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT"
                                 "(key) DO UPDATE SET value = excluded.value", [key, value])

    def get_json(self, key: str, default: Any) -> Any:
        """The JSON value of ``key``; ``default`` if missing or damaged."""
        raw = self.get(key)
        try:
            return default if raw is None else json.loads(raw)
        except ValueError:
            return default

    def put_json(self, key: str, value: Any) -> None:
        """Set ``key`` to ``value`` as JSON."""
        self.put(key, json.dumps(value, ensure_ascii=False))

    @staticmethod
    def _check(key: str) -> None:
        if key not in KNOWN_KEYS:
            raise KeyError(f"unknown local setting {key!r}")
