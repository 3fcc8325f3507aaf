"""Putting a refused export file aside, with its reason (issue 8 item 3; no Qt).

The quarantine folder lies beside the database: ``<db>.quarantine/``. A refused file is moved
there under a new name (time stamp + a cleaned copy of its name); where it cannot be moved
(another file system) it is copied and the original removed; where the original cannot be
removed either (a read-only USB stick) it is left where it was. Next to it,
``<name>.reason.txt`` says why it was refused. A file over the size cap is not copied; the
reason file says so.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

from faltapp.core.messages import text
from faltapp.store.atomic_file import fsync_dir

REASON_SUFFIX = ".reason.txt"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def folder_for(db_path: Path) -> Path:
    """The quarantine folder of the database at ``db_path``."""
    return db_path.with_name(db_path.name + ".quarantine")


def put_aside(db_path: Path, source: Path, reason: str, message: str, *,
              move: bool = True, max_copy: int | None = None) -> Path | None:
    """Move (or copy) ``source`` into quarantine with its reason; returns where it went.

    Returns None when not even the reason could be written (a full or read-only disk): the
    refusal itself still stands. A file larger than ``max_copy`` is not copied.
    """
    folder = folder_for(db_path)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H%M%S.%fZ")
    name = _UNSAFE.sub("_", source.name)[-80:].lstrip(".") or "export"
    target = folder / f"{stamp}-{name}"
    note = target.with_name(target.name + REASON_SUFFIX)
    kept = ""
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        if not _moved(source, target, move):
            size = source.stat().st_size
            if max_copy is not None and size > max_copy:
                kept = text("Filen är för stor för att kopieras hit; den ligger kvar i {path}.",
                            path=source)
            else:
                shutil.copyfile(source, target)
                if not (move and _removed(source)):
                    kept = text("Originalet kunde inte flyttas och ligger kvar i {path}.",
                                path=source)
        lines = [message, f"reason: {reason}", f"file: {source}", f"at: {stamp}", kept]
        note.write_text("\n".join(line for line in lines if line) + "\n", encoding="utf-8")
        fsync_dir(folder)
    except OSError:
        return None
    return target if target.exists() else note


def _moved(source: Path, target: Path, move: bool) -> bool:
    if not move:
        return False
    try:
        os.rename(source, target)  # same file system and a writable source folder
    except OSError:
        return False
    with contextlib.suppress(OSError):
        fsync_dir(source.parent)
    return True


def _removed(source: Path) -> bool:
    try:
        source.unlink()
    except OSError:
        return False
    return True
