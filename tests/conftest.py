"""Shared fixtures: headless Qt, and cheap-KDF databases created through the API."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from faltapp.store import keys
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams

PASSPHRASE = "korrekt häst batteri"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test database goes (nothing created yet)."""
    return tmp_path / "faltapp.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A new, open database with cheap KDF parameters (tests only)."""
    database = Database.create(db_path, PASSPHRASE, kdf=KdfParams.for_tests())
    yield database
    wait_for_jobs()
    database.close()


def wait_for_jobs(timeout_ms: int = 30_000) -> None:
    """Let the task runner's background jobs end before a test closes their database.

    A window started in a test runs its start-up jobs (the daily gallring, the inbox); the
    app's own window waits for them when it closes, a test's teardown closes the database
    directly, and closing SQLite connections under a running job crashes the process.
    """
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(timeout_ms)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` with its bytes, to prove that nothing on disk changed.

    The wrong-passphrase counter (``<db>.attempts``, store/unlock_throttle.py) is left out:
    counting a wrong passphrase is its purpose (tests/store/test_unlock_throttle.py).
    """
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith(".attempts")}


@pytest.fixture(scope="session")
def qapp(tmp_path_factory: pytest.TempPathFactory):
    """The QApplication as the app sets it up, in Swedish whatever the machine's locale, with
    settings in a temporary folder (never the user's real ~/.config)."""
    from PySide6.QtCore import QSettings

    from faltapp.gui import i18n

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
    i18n.save_language("sv")
    from faltapp.gui.app import create_application

    return create_application()


# -- key files (tests/store/test_keys.py, test_key_file.py) -----------------------------------

KEY_PASSPHRASE = "korrekt häst batteri häftklammer"


@pytest.fixture(scope="module")
def db_key() -> bytes:
    """One database key for the module."""
    return keys.new_database_key()


@pytest.fixture(scope="module")
def key_file(db_key: bytes) -> keys.KeyFile:
    """``db_key`` wrapped under :data:`KEY_PASSPHRASE` with cheap parameters."""
    return keys.wrap_key(db_key, KEY_PASSPHRASE, KdfParams.for_tests())


@pytest.fixture
def key_path(tmp_path: Path, key_file: keys.KeyFile) -> Path:
    """``key_file`` written beside a database path in ``tmp_path``."""
    path = keys.key_path_for(tmp_path / "faltapp.db")
    keys.write_key_file(path, key_file)
    return path


@pytest.fixture
def own_qsettings(tmp_path: Path) -> Iterator[Path]:
    """QSettings (remembered folders, language) under ``tmp_path`` for one test."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    home = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "x", "y").fileName()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(Path(home).parent.parent))


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line as a script runs it: the passphrase from the environment, no
    FALTAPP_DB, cheap key derivation for databases it creates."""
    monkeypatch.delenv("FALTAPP_DB", raising=False)
    monkeypatch.setenv("FALTAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(keys, "calibrate", KdfParams.for_tests)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``faltapp ARGV``: its exit code, standard output and standard error."""
    from faltapp.cli import main

    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err

