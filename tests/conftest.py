"""Shared fixtures: headless Qt, and cheap-KDF databases created through the API."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
    database.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` with its bytes, to prove that nothing on disk changed."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="session")
def qapp():
    """The QApplication as the app sets it up: Swedish locale, translators installed."""
    from faltapp.gui.app import create_application

    return create_application()
