"""Is the database file whole? ``PRAGMA quick_check`` over every page (issue 10 item 2).

A flipped byte in the middle of the file opens without a word (only the pages read at start
are checked then) and surfaces only when that page is read; this reads them all. SQLCipher
checks each page's HMAC, so a damaged page is reported, or raised as an error, either way a
problem here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faltapp.core.messages import text
from faltapp.store.connection import DatabaseError

if TYPE_CHECKING:
    from faltapp.store.database import Database

MAX_PROBLEMS = 20


def quick_check(db: Database) -> list[str]:
    """The problems found (an empty list: the file is whole)."""
    try:
        rows = db.readers.get().execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
    except DatabaseError as error:
        return [text("En sida går inte att läsa: {reason}", reason=error)]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems
