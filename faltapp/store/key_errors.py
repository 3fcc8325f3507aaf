"""Errors about the key file, each with one plain sentence in the UI's language (``key_file``)."""

from __future__ import annotations

from pathlib import Path

from faltapp.core.messages import text
from faltapp.store.errors import StoreError, os_error_cause


class KeyFileError(StoreError):
    """Base of the key file errors; ``str(error)`` is a plain sentence for the user."""


class KeyFileMissing(KeyFileError):
    """There is no key file beside the database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(text(
            "Nyckelfilen bredvid databasen saknas: {path}. "
            "Databasen kan inte öppnas utan den. Lägg tillbaka nyckelfilen från en säkerhetskopia.",
            path=path))


class KeyFileCorrupt(KeyFileError):
    """The key file is damaged or not a faltapp key file; ``reason`` (English) is for logs."""

    def __init__(self, path: Path, reason: str, message: str | None = None) -> None:
        self.path = path
        self.reason = reason
        super().__init__(message or text(
            "Nyckelfilen {path} är skadad eller är inte en nyckelfil från faltapp.", path=path))


class KeyFileUnreasonable(KeyFileCorrupt):
    """The file asks for far more memory or passes than calibration ever chooses."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            path,
            reason,
            text("Nyckelfilen {path} begär långt mer minne eller tid än faltapp någonsin använder "
                 "och är troligen skadad.", path=path),
        )


class KeyFileNotRegular(KeyFileCorrupt):
    """The key path is a folder, FIFO, socket or device rather than a regular file."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(
            path,
            f"not a regular file: {kind}",
            text("Nyckelfilen {path} är {kind} och inte en vanlig fil, så den kan inte läsas.",
                 path=path, kind=kind),
        )


class KeyFileUnreadable(KeyFileError):
    """The operating system refused to read the key file; ``reason`` (English) is for logs."""

    def __init__(self, path: Path, error: OSError) -> None:
        self.path = path
        self.reason = str(error)
        super().__init__(text("Nyckelfilen {path} går inte att läsa: {cause}.", path=path,
                              cause=os_error_cause(error)))


class KeyFileUnwritable(KeyFileError):
    """The operating system refused to write the key file (or its temp file beside it)."""

    def __init__(self, path: Path, error: OSError) -> None:
        self.path = path
        self.reason = str(error)
        super().__init__(text("Nyckelfilen {path} går inte att skriva: {cause}.", path=path,
                              cause=os_error_cause(error)))


class KeyFileExists(KeyFileError, FileExistsError):
    """Refusing to overwrite an existing key file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(text("Det finns redan en nyckelfil {path}. Den skrivs inte över.",
                              path=path))
