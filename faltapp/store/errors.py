"""Errors the store raises, each with one plain sentence as its message.

The sentence is written in the UI's language when the error is raised (``core/messages.py``:
a Swedish template, English in ``EN``). The GUI shows ``str(error)`` in a dialog; the CLI
prints it on stderr and exits non-zero.
"""

from __future__ import annotations

from pathlib import Path

from faltapp.core.messages import text


class StoreError(Exception):
    """Base of every error a user can be shown as is."""


class DatabaseMissing(StoreError):
    """The database file does not exist."""

    def __init__(self, path: Path) -> None:
        super().__init__(text("Databasen {path} finns inte.", path=path))


class DatabaseExists(StoreError):
    """Refusing to create a database over an existing file."""

    def __init__(self, path: Path) -> None:
        super().__init__(text("Det finns redan en fil {path}. Välj ett annat namn.", path=path))


class FolderMissing(StoreError):
    """The folder that should hold the database does not exist."""

    def __init__(self, folder: Path) -> None:
        super().__init__(text("Mappen {folder} finns inte.", folder=folder))


class FolderNotWritable(StoreError):
    """The folder that holds the database cannot be written to."""

    def __init__(self, folder: Path) -> None:
        super().__init__(text(
            "Mappen {folder} är skrivskyddad. faltapp måste kunna skriva där databasen ligger.",
            folder=folder))


class NotADatabase(StoreError):
    """The file is not a faltapp database, is damaged, or belongs to another key file."""

    def __init__(self, path: Path) -> None:
        super().__init__(text(
            "Filen {path} är inte en faltapp-databas, är skadad eller hör inte ihop med "
            "nyckelfilen bredvid den.", path=path))


class NewerDatabase(StoreError):
    """The database was written by a newer faltapp than this one."""

    def __init__(self, path: Path, unknown: list[str]) -> None:
        self.unknown = unknown
        super().__init__(text(
            "Databasen {path} kommer från en nyare version av faltapp. "
            "Uppdatera faltapp för att öppna den; inget har ändrats.", path=path))


class RecordNotFound(StoreError):
    """No record with that id."""

    def __init__(self, table: str, record_id: str) -> None:
        super().__init__(text("Posten {record_id} finns inte ({table}).", record_id=record_id,
                              table=table))



class WriterBusy(StoreError):
    """Another write (an import, a backup) held the database longer than a save may wait."""

    def __init__(self) -> None:
        super().__init__(text(
            "Databasen är upptagen av en annan skrivning (till exempel en import). Inget av "
            "det du skrev har gått förlorat; försök spara igen om en stund."))


class DatabaseReadOnly(StoreError):
    """The database file (or its WAL companions) cannot be written."""

    def __init__(self, path: Path) -> None:
        super().__init__(text(
            "Databasfilen {path} är skrivskyddad, så inget kan sparas. Ge din användare "
            "skrivrätt till filen och mappen och starta faltapp igen.", path=path))


class DiskFull(StoreError):
    """The disk filled during a write; the transaction was rolled back."""

    def __init__(self, path: Path) -> None:
        super().__init__(text(
            "Disken där databasen ligger ({folder}) är full. Ingenting sparades; frigör "
            "utrymme och försök igen.", folder=path.parent))


class EditConflict(StoreError):
    """The record changed (or was deleted) after the editor read it."""

    def __init__(self, table: str, record_id: str) -> None:
        self.table = table
        self.record_id = record_id
        super().__init__(text(
            "Posten har ändrats någon annanstans sedan du öppnade den. Din ändring sparades "
            "inte; öppna posten igen för att se den nya versionen."))


class RecordPurged(StoreError):
    """The id was purged by retention (gallring); nothing may be stored under it again."""

    def __init__(self, table: str, record_id: str) -> None:
        self.table = table
        self.record_id = record_id
        super().__init__(text(
            "Posten {record_id} är gallrad och kan inte sparas igen.", record_id=record_id))


class VersionClash(StoreError):
    """The same version string arrived with other content than the one stored."""

    def __init__(self, table: str, record_id: str, version: str) -> None:
        self.version = version
        super().__init__(text(
            "Versionen {version} av posten {record_id} finns redan med ett annat innehåll; "
            "den nya togs inte emot.", version=version, record_id=record_id))


class DanglingReference(StoreError):
    """A record refers to a record that does not exist (names the field and the target)."""

    def __init__(self, field: str, target: str, target_id: str) -> None:
        self.field = field
        self.target = target
        self.target_id = target_id
        super().__init__(text("Fältet {field} hänvisar till {target} {target_id}, som inte finns.",
                              field=field, target=target, target_id=target_id))


def os_error_cause(error: OSError) -> str:
    """What the system refused, in a few words (the UI's language) to put inside a sentence."""
    import errno

    if isinstance(error, PermissionError):
        return text("faltapp saknar behörighet")
    if isinstance(error, IsADirectoryError):
        return text("det är en mapp")
    known = {
        errno.ENOSPC: text("disken är full"),
        errno.EROFS: text("filsystemet är skrivskyddat"),
        errno.ENAMETOOLONG: text("namnet är för långt"),
    }
    if error.errno in known:
        return known[error.errno]
    code = errno.errorcode.get(error.errno or 0) or text("okänt")
    return text("fel i filsystemet ({code})", code=code)


class LockFileUnusable(StoreError):
    """The lock file or its ``.lock.pid`` companion cannot be opened, locked or written."""

    def __init__(self, path: Path, error: OSError) -> None:
        self.path = path
        self.reason = str(error)  # English, for logs
        super().__init__(text(
            "Låsfilen {path} går inte att använda ({cause}); ta bort den om "
            "inget annat faltapp-fönster är öppet.", path=path, cause=os_error_cause(error)))
