"""Nobody but the user reads faltapp's files (issue 9 item 6; POSIX only).

The process's umask is set to 077 when faltapp starts (``cli.main``), so every file and
folder it creates — the database, its WAL and SHM, the key file, backups, exports, PDFs,
temporary files — is 600 or 700 from birth. Databases made before that, or copied in with
looser modes, are tightened when they are opened: the database's own files to 600, its
backup and quarantine folders to 700, and the default data folder (faltapp's own) to 700.
A folder the user chose with ``--db`` is theirs and is left as it is.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

PRIVATE_UMASK = 0o077
FILE_MODE = 0o600
FOLDER_MODE = 0o700
COMPANIONS = ("", ".key", ".state", "-wal", "-shm", ".attempts", ".lock", ".lock.pid")
FOLDERS = (".backups", ".quarantine")


def private_umask() -> None:
    """Make everything this process creates private to the user (no-op off POSIX)."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def tighten(db_path: Path) -> list[str]:
    """Tighten the modes of the database's files and folders; the names changed.

    A ``faltapp.db`` in a folder named ``faltapp`` (the default data folder, or one made for
    it) has its folder tightened to 700 too; telling the default location apart exactly
    would cost platformdirs' import on every start.
    """
    if os.name != "posix" or sys.platform == "emscripten":
        return []
    changed = []
    targets = [(Path(f"{db_path}{suffix}"), FILE_MODE) for suffix in COMPANIONS]
    targets += [(Path(f"{db_path}{suffix}"), FOLDER_MODE) for suffix in FOLDERS]
    if db_path.name == "faltapp.db" and db_path.parent.name == "faltapp":
        targets.append((db_path.parent, FOLDER_MODE))
    for path, mode in targets:
        with contextlib.suppress(OSError):  # gone, or not ours: opening goes on
            current = stat.S_IMODE(path.stat(follow_symlinks=False).st_mode)
            if current & ~mode & 0o777:
                path.chmod(current & mode)
                changed.append(path.name)
    return changed
