"""A database on a network share or a removable drive is refused with a sentence that says why
and what to do; the computer's own disk (ext4, tmpfs …) is fine. The mount table is faked,
so each kind of place can be tried on any machine."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from faltapp.store import safe_place
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.store.safe_place import UnsafePlace, place_kind

ROOT_LINE = "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"


def mounted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, point: Path, fs_type: str,
            source: str) -> None:
    """Pretend ``point`` is a mount of ``fs_type`` from ``source``."""
    table = tmp_path / "mountinfo"
    escaped = str(point).replace(" ", "\\040")
    table.write_text(ROOT_LINE + f"90 27 0:50 / {escaped} rw,relatime - {fs_type} {source} rw\n")
    monkeypatch.setattr(safe_place, "MOUNTINFO", table)
    monkeypatch.setattr(sys, "platform", "linux")


@pytest.mark.parametrize(("fs_type", "source"), [
    ("cifs", "//server/faltgruppen"), ("nfs4", "fileserver:/home"),
    ("fuse.sshfs", "anna@server:"), ("smb3", "//nas/delat")])
def test_a_network_share_is_refused_and_nothing_is_created(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fs_type: str, source: str) -> None:
    share = tmp_path / "Delad mapp"
    share.mkdir()
    mounted(monkeypatch, tmp_path, share, fs_type, source)
    with pytest.raises(UnsafePlace) as caught:
        Database.create(share / "faltapp.db", PASSPHRASE, kdf=KdfParams.for_tests())
    message = str(caught.value)
    assert f"nätverksenhet ({fs_type})" in message and "exportfiler" in message
    assert list(share.iterdir()) == []


def test_a_usb_stick_is_refused_and_an_existing_database_there_is_not_opened(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "own"
    folder.mkdir()
    Database.create(folder / "faltapp.db", PASSPHRASE, kdf=KdfParams.for_tests()).close()
    mounted(monkeypatch, tmp_path, folder, "vfat", "/dev/sdz1")
    monkeypatch.setattr(safe_place, "REMOVABLE_ROOTS", (str(tmp_path) + "/",))
    with pytest.raises(UnsafePlace, match="löstagbar enhet"):
        Database.open(folder / "faltapp.db", PASSPHRASE, kdf=KdfParams.for_tests())


@pytest.mark.parametrize("point", ["/media/anna/STICK", "/run/media/anna/KINGSTON"])
def test_the_usual_mount_places_of_sticks_count_as_removable(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, point: str) -> None:
    mounted(monkeypatch, tmp_path, Path(point), "exfat", "/dev/sdb1")
    assert place_kind(Path(point) / "faltapp") == "removable"


@pytest.mark.parametrize("fs_type", ["ext4", "btrfs", "xfs", "tmpfs", "ntfs3"])
def test_the_computers_own_disk_is_fine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                        fs_type: str) -> None:
    mounted(monkeypatch, tmp_path, tmp_path / "home", fs_type, "/dev/nvme0n1p2")
    assert place_kind(tmp_path / "home" / "anna") is None
    assert place_kind(tmp_path / "homework") is None  # a prefix of a name is not the mount


def test_an_unreadable_mount_table_refuses_nothing(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    monkeypatch.setattr(safe_place, "MOUNTINFO", tmp_path / "missing")
    monkeypatch.setattr(sys, "platform", "linux")
    assert place_kind(tmp_path) is None
