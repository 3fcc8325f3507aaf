"""Opening an SQLCipher connection with a raw key, wrapped in sqlite-utils.

This is the only module that imports ``sqlcipher3``. sqlite-utils catches the standard
library's ``sqlite3`` exception classes; :func:`_align_sqlite_utils` points its ``sqlite3``
name at ``sqlcipher3.dbapi2`` so errors such as ``drop(ignore=True)`` line up
(PLATFORM-NOTES gotcha 2).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2

from faltapp.store.errors import FolderNotWritable, NotADatabase

DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError
OperationalError = dbapi2.OperationalError
KEY_BYTES = 32


if TYPE_CHECKING:
    import sqlite_utils

Connection = dbapi2.Connection


def sqlite_utils_over(conn: Connection) -> sqlite_utils.Database:
    """sqlite-utils over an open connection, imported on first use (it costs ~70 ms).

    Plugins are not loaded: no third-party code runs on the decrypted connection.
    """
    import sqlite_utils
    import sqlite_utils.db
    import sqlite_utils.utils

    for module in (sqlite_utils.db, sqlite_utils.utils):
        module.sqlite3 = dbapi2  # type: ignore[attr-defined]
        module.OperationalError = dbapi2.OperationalError  # type: ignore[attr-defined]
    return sqlite_utils.Database(conn, execute_plugins=False)


def connect(path: Path, key: bytes) -> Connection:
    """Open ``path`` with the raw 256-bit ``key`` and prove the key fits by reading the schema.

    Raises :class:`NotADatabase` when the file is not SQLCipher under this key; nothing is
    written before that check has passed.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    try:
        conn = dbapi2.connect(str(path), isolation_level=None, check_same_thread=False)
    except dbapi2.OperationalError as exc:
        raise FolderNotWritable(path.parent) from exc
    try:
        # SQLCipher logs a wrong key to stderr; the user gets one clear message instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as exc:
        conn.close()
        raise NotADatabase(path) from exc
    return conn


def backup(conn: Connection, target: Path, key: bytes) -> None:
    """Copy the open database to a new encrypted file ``target`` under the same key.

    Uses SQLite's online backup API; the copy opens with the same key file as the original.
    """
    copy = dbapi2.connect(str(target), isolation_level=None)
    try:
        copy.execute("PRAGMA cipher_log_level = NONE")
        copy.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.backup(copy)
    finally:
        copy.close()


def apply_pragmas(conn: Connection) -> None:
    """Durability and privacy settings of DESIGN.md §5 (WAL, FULL sync, FKs, secure delete)."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise FolderNotWritable(Path(conn.execute("PRAGMA database_list").fetchone()[2]).parent)
    for pragma in (
        "synchronous = FULL",
        "foreign_keys = ON",
        "secure_delete = ON",
        "cache_size = -65536",
        "temp_store = MEMORY",
    ):
        conn.execute(f"PRAGMA {pragma}")
