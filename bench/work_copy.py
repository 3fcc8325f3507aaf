"""Benchmarks work on a copy: the database and its key file copied to a temporary folder."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path


def copy_database(source: str | Path, prefix: str = "faltapp-bench-") -> Path:
    """Copy ``source`` and its ``.key`` into a new temporary folder; the copy's path."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    for suffix in ("", ".key"):
        shutil.copy(f"{source}{suffix}", work / f"bench.db{suffix}")
    return work / "bench.db"
