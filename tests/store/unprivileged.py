"""Running a check as a user whom file permissions apply to, even when the tests run as root."""

from __future__ import annotations

import json
import os
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

NOBODY = 65534  # uid and gid the check runs as when the tests run as root (as CI may)


def run_without_privileges(
    folder: Path, check: Callable[[], Any], folder_mode: int = 0o777
) -> Any:
    """``check()`` in a forked child whose working folder is ``folder``; returns its result.

    Root reads and writes any file whatever its mode, so under root the child first drops to
    an unprivileged user, and ``folder`` gets ``folder_mode`` (put back afterwards) so that
    user may work in it. Paths in ``check`` must be relative; its result must be JSON.
    """
    if not hasattr(os, "fork"):
        pytest.skip("POSIX file permissions")
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(read_fd)
            os.chdir(folder)
            os.chmod(folder, folder_mode)
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
    try:
        with os.fdopen(read_fd, encoding="utf-8") as pipe:
            output = pipe.read()
        _, status = os.waitpid(pid, 0)
    finally:
        os.chmod(folder, 0o700)
    result = json.loads(output)
    assert os.waitstatus_to_exitcode(status) == 0, result
    return result
