"""Writing a file so that a crash leaves the old content or the new, never a mix.

The data goes to a temp file beside the target (``.<name>.XXXXXXXX.tmp``, mode 0600 on
POSIX), is fsynced, then renamed over the target (or hard-linked, when the target must not
exist yet), and the folder is fsynced. A process killed midway leaves at most that temp
file, which :func:`remove_stale_temp_files` recognises by its name.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, replace: bool) -> None:
    """Write ``data`` to ``path`` atomically and durably.

    With ``replace`` false an existing ``path`` is never touched: raises ``FileExistsError``.
    Any other failure raises ``OSError`` and leaves ``path`` as it was.
    """
    import tempfile  # only when writing: keeps it off the start-up path

    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if os.name != "nt":
                os.fchmod(handle.fileno(), 0o600)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            _publish_new(tmp, path)
        fsync_dir(path.parent)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def remove_stale_temp_files(path: Path) -> list[Path]:
    """Remove the temp files interrupted writes of ``path`` left; returns the removed paths.

    Only safe while no write of ``path`` can be running (the caller holds the database lock).
    A file that cannot be removed is left alone and not returned.
    """
    path = Path(path)
    pattern = re.compile(re.escape(_temp_prefix(path)) + r"[A-Za-z0-9_]+\.tmp")
    try:
        names = sorted(os.listdir(path.parent))
    except OSError:
        return []
    removed: list[Path] = []
    for name in filter(pattern.fullmatch, names):
        candidate = path.parent / name
        try:
            if stat.S_ISDIR(candidate.lstat().st_mode):
                continue
            candidate.unlink()
        except OSError:
            continue
        removed.append(candidate)
    return removed


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def _publish_new(tmp: Path, path: Path) -> None:
    """Move ``tmp`` to ``path`` without ever replacing an existing file."""
    try:
        if os.name == "nt":
            os.rename(tmp, path)  # fails if path exists
        else:
            os.link(tmp, path)  # atomic, fails if path exists; tmp is unlinked by the caller
    except FileExistsError:
        raise
    except OSError:
        # Filesystems without hard links: fall back to check-then-replace.
        if path.exists():
            raise FileExistsError(path) from None
        os.replace(tmp, path)


def fsync_dir(folder: Path) -> None:
    """Make a rename or new file in ``folder`` durable (no-op on Windows)."""
    if os.name == "nt":
        return
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
