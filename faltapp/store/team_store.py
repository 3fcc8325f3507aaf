"""This device's keys, its team and the roster of enrolled devices (issue 8; no Qt).

Hung off the facade as ``db.team``. Reads run on the calling thread's read connection;
writes go through the one writer.
"""

from __future__ import annotations

from typing import Any

from faltapp.store.writer import Writer


class TeamStore:
    """Keys, team and roster; ``writer`` for changes, ``reader`` for queries."""

    def __init__(self, writer: Writer, reader: Any, device_id: str) -> None:
        self._writer = writer
        self._db = reader
        self.device_id = device_id
