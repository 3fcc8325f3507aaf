"""Nobody but the user reads faltapp's files: a database made under faltapp's umask is 600
with its folder 700, and one made with loose modes (an old version, a copy) is tightened when
it is opened — files 600, the backup folder 700 — while a folder the user chose stays theirs.
CI runs as root, so modes are read with os.stat rather than tried as another user."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from faltapp.core.jobs import run_to_end
from faltapp.store import file_modes
from faltapp.store.backups import backup_job, folder_for
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
CHEAP = KdfParams.for_tests()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> None:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_under_faltapps_umask_everything_is_born_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        file_modes.private_umask()
        folder = tmp_path / "faltapp"
        folder.mkdir()
        with Database.create(folder / "faltapp.db", PASSPHRASE, kdf=CHEAP) as db:
            db.query("SELECT 1")
            run_to_end(backup_job(db, "manual"))
        made = [p for p in folder.rglob("*")]
        assert made and all(mode(p) == (0o700 if p.is_dir() else 0o600) for p in made), \
            {p.name: oct(mode(p)) for p in made}
    finally:
        os.umask(old)


def test_opening_tightens_a_database_made_with_loose_modes(tmp_path: Path,
                                                           loose_umask: None) -> None:
    folder = tmp_path / "faltapp"
    folder.mkdir(mode=0o755)
    path = folder / "faltapp.db"
    with Database.create(path, PASSPHRASE, kdf=CHEAP) as db:
        run_to_end(backup_job(db, "manual"))
    for p in (path, Path(f"{path}.key"), Path(f"{path}.state")):
        p.chmod(0o644)
    folder_for(path).chmod(0o755)
    folder.chmod(0o755)
    with Database.open(path, PASSPHRASE, kdf=CHEAP):
        pass
    assert mode(path) == mode(Path(f"{path}.key")) == mode(Path(f"{path}.state")) == 0o600
    assert mode(folder_for(path)) == 0o700
    assert mode(folder) == 0o700  # faltapp's own folder


def test_a_folder_the_user_chose_is_left_as_it_is(tmp_path: Path, loose_umask: None) -> None:
    chosen = tmp_path / "Dokument"
    chosen.mkdir(mode=0o755)
    path = chosen / "arbete.db"
    Database.create(path, PASSPHRASE, kdf=CHEAP).close()
    path.chmod(0o644)
    with Database.open(path, PASSPHRASE, kdf=CHEAP):
        pass
    assert mode(path) == 0o600 and mode(chosen) == 0o755
