"""Shared fixtures: headless Qt, and cheap-KDF databases created through the API."""

from __future__ import annotations

import json
import os
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


NOBODY = 65534  # uid and gid the check runs as when the tests run as root (as CI may)

RunWithoutPrivileges = Callable[..., Any]


@pytest.fixture
def run_without_privileges(tmp_path: Path) -> Iterator[RunWithoutPrivileges]:
    """``run(check, folder_mode=0o777)``: ``check()`` in a forked child, cwd ``tmp_path``.

    Root reads and writes any file whatever its mode, so under root the child first drops to
    an unprivileged user; ``tmp_path`` gets ``folder_mode`` so that user may work in it. Paths
    in ``check`` must be relative to ``tmp_path``. Returns what ``check`` returned (JSON).
    """
    if not hasattr(os, "fork"):
        pytest.skip("POSIX file permissions")

    def run(check: Callable[[], Any], folder_mode: int = 0o777) -> Any:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            code = 1
            try:
                os.close(read_fd)
                os.chdir(tmp_path)
                os.chmod(tmp_path, folder_mode)
                if os.geteuid() == 0:
                    os.setgroups([])
                    os.setgid(NOBODY)
                    os.setuid(NOBODY)
                result = json.dumps(check())
                code = 0
            except BaseException:
                result = json.dumps({"child failed": traceback.format_exc()})
            with os.fdopen(write_fd, "w", encoding="utf-8") as out:
                out.write(result)
            os._exit(code)
        os.close(write_fd)
        with os.fdopen(read_fd, encoding="utf-8") as pipe:
            output = pipe.read()
        _, status = os.waitpid(pid, 0)
        result = json.loads(output)
        assert os.waitstatus_to_exitcode(status) == 0, result
        return result

    yield run
    os.chmod(tmp_path, 0o700)
