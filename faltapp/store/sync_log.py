"""What sync needs from the store besides merging: versions since a sequence number, and the
logs of exports written and imports tried (issue 8; no Qt).

Hung off the facade as ``db.sync``. Reads run on the calling thread's read connection;
writes go through the one writer.
"""

from __future__ import annotations

from typing import Any

from faltapp.store.writer import Writer


class SyncLog:
    """Export and import bookkeeping; ``writer`` for changes, ``reader`` for queries."""

    def __init__(self, writer: Writer, reader: Any) -> None:
        self._writer = writer
        self._db = reader
