"""Refusing a database on a network share or a removable drive (issue 10 item 3).

SQLite's locking is not safe over network file systems (SMB, NFS, WebDAV, sshfs…): two
laptops can write the same file at once and corrupt it. A USB stick can be pulled in the
middle of a write. Export files are the way to carry data on a stick; the database itself
lives on the computer's own disk.

Linux: the mount that holds the folder (``/proc/self/mountinfo``, longest mount point that
is a prefix of the path) tells the file-system type, and ``/sys/block/<disk>/removable`` or a
mount under ``/media`` or ``/run/media`` tells a removable drive. Windows: ``GetDriveTypeW``.
Elsewhere nothing is refused.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from faltapp.core.messages import text
from faltapp.store.errors import StoreError

NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "lustre", "davfs", "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.gvfsd-fuse",
    "fuse.s3fs", "fuse.glusterfs",
})
REMOVABLE_ROOTS = ("/media/", "/run/media/")
MOUNTINFO = Path("/proc/self/mountinfo")


class UnsafePlace(StoreError):
    """The database's folder is on a network share or a removable drive."""

    def __init__(self, folder: Path, kind: str) -> None:
        if kind == "removable":
            message = text(
                "Mappen {folder} ligger på en löstagbar enhet (ett USB-minne eller ett "
                "minneskort). Databasen kan skadas om enheten dras ut; lägg den på datorns "
                "egen disk. Flytta data med exportfiler.", folder=folder)
        else:
            message = text(
                "Mappen {folder} ligger på en nätverksenhet ({kind}). Där kan två datorer "
                "skriva samtidigt och skada databasen; lägg den på datorns egen disk. Dela "
                "data med exportfiler.", folder=folder, kind=kind)
        super().__init__(message)
        self.kind = kind


def refuse_unsafe(folder: Path) -> None:
    """Raise :class:`UnsafePlace` if ``folder`` is on a network share or removable drive."""
    kind = place_kind(folder)
    if kind is not None:
        raise UnsafePlace(folder, kind)


def place_kind(folder: Path) -> str | None:
    """"removable", the network file-system type, or None for the computer's own disk."""
    if sys.platform.startswith("linux"):
        return _linux_kind(Path(os.path.realpath(folder)))
    if sys.platform == "win32":
        return _windows_kind(Path(os.path.realpath(folder)))
    return None


def _linux_kind(folder: Path) -> str | None:
    mount = mount_of(folder, read_mountinfo())
    if mount is None:
        return None
    point, fs_type, source = mount
    if fs_type in NETWORK_TYPES or fs_type.startswith("fuse.sshfs"):
        return fs_type
    if any((point + "/").startswith(root) for root in REMOVABLE_ROOTS):
        return "removable"
    if source.startswith("/dev/") and _removable_disk(source):
        return "removable"
    return None


def read_mountinfo() -> list[tuple[str, str, str]]:
    """(mount point, file-system type, source) of every mount, or [] if unreadable."""
    try:
        lines = MOUNTINFO.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    mounts = []
    for line in lines:
        before, _, after = line.partition(" - ")
        fields, rest = before.split(), after.split()
        if len(fields) >= 5 and len(rest) >= 2:
            point = fields[4].replace("\\040", " ").replace("\\011", "\t")
            mounts.append((point, rest[0], rest[1]))
    return mounts


def mount_of(folder: Path, mounts: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The mount holding ``folder``: the longest mount point that is a prefix of it."""
    target = str(folder).rstrip("/") + "/"
    best = None
    for mount in mounts:
        point = mount[0].rstrip("/") + "/"
        if target.startswith(point) and (best is None or len(point) > len(best[0].rstrip("/")
                                                                          + "/")):
            best = mount
    return best


def _removable_disk(source: str) -> bool:
    """True if the block device behind ``source`` (e.g. /dev/sdb1) says it is removable."""
    name = Path(os.path.realpath(source)).name
    block = Path("/sys/class/block") / name
    for candidate in (block / "removable", block.resolve().parent / "removable"):
        try:
            return candidate.read_text().strip() == "1"
        except OSError:
            continue
    return False


def _windows_kind(folder: Path) -> str | None:  # pragma: no cover (Windows only)
    import ctypes

    drive = folder.anchor or str(folder)
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(drive))  # type: ignore[attr-defined]
    return {2: "removable", 4: "network"}.get(kind)
