"""A growing wait after wrong passphrases, kept beside the database (issue 9 item 4).

Someone trying passphrases on a laptop left in a youth centre must not get many guesses a
minute; the owner who mistypes must never be locked out. So the first two wrong passphrases
cost nothing, then each one doubles the wait before the next try (2 s, 4 s, 8 s … at most
5 minutes), and a right passphrase clears it. The count lives in ``<db>.attempts`` (a count
and a time, nothing secret), so closing and restarting the app does not reset it; a missing
or unreadable file counts as no failures.
"""

from __future__ import annotations

import contextlib
import json
import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from faltapp.core.messages import text
from faltapp.store.atomic_file import write_atomically
from faltapp.store.errors import StoreError
from faltapp.store.keys import WrongPassphrase

FREE_FAILURES = 2
MAX_WAIT_S = 300
SUFFIX = ".attempts"
T = TypeVar("T")


class TryAgainLater(StoreError):
    """A try before the wait after wrong passphrases has passed; nothing was tried."""

    def __init__(self, seconds: int) -> None:
        super().__init__(text("Vänta {seconds} sekunder till innan nästa försök "
                              "(för många fel lösenfraser i rad).", seconds=seconds))
        self.seconds = seconds


class WrongPassphraseWait(WrongPassphrase):
    """A wrong passphrase that starts a wait before the next try."""

    def __init__(self, seconds: int) -> None:
        super().__init__()
        self.args = (text("Fel lösenfras. Vänta {seconds} sekunder innan nästa försök.",
                          seconds=seconds),)
        self.seconds = seconds


def wait_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong passphrases in a row."""
    if failures <= FREE_FAILURES:
        return 0
    return min(2 ** (failures - FREE_FAILURES), MAX_WAIT_S)


def _path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def _read(db_path: Path) -> tuple[int, float]:
    try:
        data = json.loads(_path(db_path).read_text(encoding="utf-8"))
        return max(int(data["failures"]), 0), float(data["at"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0, 0.0


def check(db_path: Path, now: float | None = None) -> None:
    """Raise :class:`TryAgainLater` while the wait after wrong passphrases lasts."""
    failures, at = _read(db_path)
    now = time.time() if now is None else now
    left = at + wait_after(failures) - now
    if left > 0 and now >= at:  # a clock set back does not make the wait endless
        raise TryAgainLater(math.ceil(left))


def failed(db_path: Path, now: float | None = None) -> WrongPassphrase:
    """Count a wrong passphrase; the error to raise (with the wait, when one starts)."""
    failures = _read(db_path)[0] + 1
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):  # a read-only folder: no wait rather than no unlock
        write_atomically(_path(db_path), json.dumps({"failures": failures, "at": now}).encode(),
                         replace=True)
    seconds = wait_after(failures)
    return WrongPassphraseWait(seconds) if seconds else WrongPassphrase()


def succeeded(db_path: Path) -> None:
    """A right passphrase: the count starts again."""
    with contextlib.suppress(OSError):
        _path(db_path).unlink(missing_ok=True)


def guarded(db_path: Path, attempt: Callable[[], T]) -> T:
    """Run ``attempt`` (an unlock) unless a wait lasts; count its wrong passphrase."""
    check(db_path)
    try:
        result = attempt()
    except WrongPassphrase:
        raise failed(db_path) from None
    succeeded(db_path)
    return result
