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



class WriterBusy(StoreError):
    """Another write (an import, a backup) held the database longer than a save may wait."""

    def __init__(self) -> None:
        super().__init__(
            "Databasen är upptagen av en annan skrivning (till exempel en import). Inget av "
            "det du skrev har gått förlorat; försök spara igen om en stund."
        )


class DatabaseReadOnly(StoreError):
    """The database file (or its WAL companions) cannot be written."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Databasfilen {path} är skrivskyddad, så inget kan sparas. Ge din användare "
            "skrivrätt till filen och mappen och starta faltapp igen."
        )


class DiskFull(StoreError):
    """The disk filled during a write; the transaction was rolled back."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Disken där databasen ligger ({path.parent}) är full. Ingenting sparades; frigör "
            "utrymme och försök igen."
        )


class EditConflict(StoreError):
    """The record changed (or was deleted) after the editor read it."""

    def __init__(self, table: str, record_id: str) -> None:
        self.table = table
        self.record_id = record_id
        super().__init__(
            "Posten har ändrats någon annanstans sedan du öppnade den. Din ändring sparades "
            "inte; öppna posten igen för att se den nya versionen."
        )


class RecordPurged(StoreError):
    """The id was purged by retention (gallring); nothing may be stored under it again."""

    def __init__(self, table: str, record_id: str) -> None:
        self.table = table
        self.record_id = record_id
        super().__init__(
            f"Posten {record_id} är gallrad och kan inte sparas igen."
        )


class VersionClash(StoreError):
    """The same version string arrived with other content than the one stored."""

    def __init__(self, table: str, record_id: str, version: str) -> None:
        self.version = version
        super().__init__(
            f"Versionen {version} av posten {record_id} finns redan med ett annat innehåll; "
            "den nya togs inte emot."
        )


class DanglingReference(StoreError):
    """A record refers to a record that does not exist (names the field and the target)."""

    def __init__(self, field: str, target: str, target_id: str) -> None:
        self.field = field
        self.target = target
        self.target_id = target_id
        super().__init__(f"Fältet {field} hänvisar till {target} {target_id}, som inte finns.")


def os_error_cause(error: OSError) -> str:
    """What the system refused, in a few Swedish words to put inside a sentence."""
    import errno

    if isinstance(error, PermissionError):
        return "faltapp saknar behörighet"
    if isinstance(error, IsADirectoryError):
        return "det är en mapp"
    known = {
        errno.ENOSPC: "disken är full",
        errno.EROFS: "filsystemet är skrivskyddat",
        errno.ENAMETOOLONG: "namnet är för långt",
    }
    if error.errno in known:
        return known[error.errno]
    return f"fel i filsystemet ({errno.errorcode.get(error.errno or 0, 'okänt')})"


class LockFileUnusable(StoreError):
    """The lock file or its ``.lock.pid`` companion cannot be opened, locked or written."""

    def __init__(self, path: Path, error: OSError) -> None:
        self.path = path
        self.reason = str(error)  # English, for logs
        super().__init__(
            f"Låsfilen {path} går inte att använda ({os_error_cause(error)}); ta bort den om "
            "inget annat faltapp-fönster är öppet."
        )
