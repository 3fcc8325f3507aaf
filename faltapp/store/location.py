"""Where the database lives: ``--db PATH``, else ``FALTAPP_DB``, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from faltapp import APP_NAME

DB_FILENAME = "faltapp.db"
ENV_DB = "FALTAPP_DB"


def default_database_path() -> Path:
    """The platform's user data folder + ``faltapp.db`` (the folder is not created here)."""
    import platformdirs  # only when no path was given: keeps it off a --db start-up

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


def resolve_database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database path the user asked for: argument, then environment, then default."""
    chosen = explicit or os.environ.get(ENV_DB) or default_database_path()
    return Path(chosen).expanduser().absolute()


def is_default_location(path: Path) -> bool:
    """True for the default path, whose folder faltapp may create on first run."""
    return path == default_database_path().absolute()
