"""Read connections, one per thread, opened with the key the open database holds in memory.

SQLite in WAL mode lets readers work beside the one writer; each reader sees only committed
data, so a window never shows (or builds on) half of a background transaction. Readers are
``query_only``: a write through one fails instead of bypassing :class:`Writer`.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from faltapp.store.connection import Connection, connect


class Readers:
    """Lazily opened read-only connections, one per calling thread; closed all at once."""

    def __init__(self, path: Path, key: bytes) -> None:
        self._path = path
        self._key = key
        self._local = threading.local()
        self._all: list[Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    def get(self) -> Connection:
        """This thread's read connection (opened on first use)."""
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        with self._lock:
            if self._closed:
                raise RuntimeError("database is closed")
            conn = connect(self._path, self._key)
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA cache_size = -16384")
            self._all.append(conn)
        self._local.conn = conn
        return conn

    def close(self) -> None:
        """Close every reader of every thread (idempotent)."""
        with self._lock:
            self._closed = True
            conns, self._all = self._all, []
        for conn in conns:
            with contextlib.suppress(Exception):
                conn.close()
        self._local = threading.local()

    def reset(self, key: bytes) -> None:
        """Close all readers and use ``key`` from now on (after a rekey)."""
        self.close()
        with self._lock:
            self._key = key
            self._closed = False


class ThreadReader:
    """Looks like a connection; runs each query on the calling thread's read connection."""

    def __init__(self, readers: Readers) -> None:
        self._readers = readers

    def execute(self, sql: str, params: Iterable[Any] = ()) -> Any:
        """Run ``sql`` on this thread's read connection."""
        return self._readers.get().execute(sql, list(params))
