"""Errors the store raises, each with one plain Swedish sentence as its message.

The GUI shows ``str(error)`` in a dialog; the CLI prints it on stderr and exits non-zero.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of every error a user can be shown as is."""


class DatabaseMissing(StoreError):
    """The database file does not exist."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"Databasen {path} finns inte.")


class DatabaseExists(StoreError):
    """Refusing to create a database over an existing file."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"Det finns redan en fil {path}. Välj ett annat namn.")


class FolderMissing(StoreError):
    """The folder that should hold the database does not exist."""

    def __init__(self, folder: Path) -> None:
        super().__init__(f"Mappen {folder} finns inte.")


class FolderNotWritable(StoreError):
    """The folder that holds the database cannot be written to."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"Mappen {folder} är skrivskyddad. faltapp måste kunna skriva där databasen ligger."
        )


class NotADatabase(StoreError):
    """The file is not a faltapp database, is damaged, or belongs to another key file."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Filen {path} är inte en faltapp-databas, är skadad eller hör inte ihop med "
            "nyckelfilen bredvid den."
        )


class NewerDatabase(StoreError):
    """The database was written by a newer faltapp than this one."""

    def __init__(self, path: Path, unknown: list[str]) -> None:
        self.unknown = unknown
        super().__init__(
            f"Databasen {path} kommer från en nyare version av faltapp. "
            "Uppdatera faltapp för att öppna den; inget har ändrats."
        )


class RecordNotFound(StoreError):
    """No record with that id."""

    def __init__(self, table: str, record_id: str) -> None:
        super().__init__(f"Posten {record_id} finns inte ({table}).")

