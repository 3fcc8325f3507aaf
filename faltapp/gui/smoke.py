"""Smoke modes: start the app with nobody at the keyboard, print figures, never hang.

``--smoke`` unlocks with ``FALTAPP_PASSPHRASE``, paints the main window, prints ``ready``.
``--smoke-unlock`` starts as a normal start does (the real :class:`UnlockDialog`), types the
passphrase, presses Enter and times the way to the painted list. Both print their figures as
``name: value`` lines on stderr; ``--smoke-unlock`` also prints ``unlock_dialog`` on stdout
when the dialog first paints, so a benchmark can time it from outside. Any error prints one line
``faltapp: …`` on stderr and exits non-zero: no modal box is shown, and a watchdog thread ends
a process that stops answering.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from faltapp.gui.app import create_application
from faltapp.store.errors import DatabaseMissing, StoreError

if TYPE_CHECKING:  # loaded when used: --smoke-unlock must import what a normal start does
    from faltapp.gui.main_window import MainWindow
    from faltapp.store.database import Database

ENV_PASSPHRASE = "FALTAPP_PASSPHRASE"
ENV_TIMEOUT = "FALTAPP_SMOKE_TIMEOUT"
DEFAULT_TIMEOUT_S = 60.0
TIMEOUT_EXIT_CODE = 124  # as coreutils' timeout(1)


class SmokeError(Exception):
    """A problem the smoke run reports as its one line."""


class StallProbe(QObject):
    """The longest gap (ms) between ticks of a fast timer on the GUI thread.

    While the event loop runs freely the gap stays near the interval; work that blocks the
    GUI thread (a KDF, a long query) shows as one long gap.
    """

    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.max_gap_ms = 0.0

    def start(self) -> None:
        """Start (again) with no gap recorded."""
        self.max_gap_ms = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop; returns the longest gap, counting the one up to this call."""
        self._tick()
        self._timer.stop()
        return self.max_gap_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap_ms = max(self.max_gap_ms, (now - self._last) * 1000)
        self._last = now


class OnEvent(QObject):
    """Calls ``callback`` from the event loop when ``widget`` gets an event of ``kind``;
    with ``once`` only the first time (e.g. its first paint)."""

    def __init__(self, widget: QWidget, kind: QEvent.Type, callback: Callable[[], None],
                 *, once: bool = False) -> None:
        super().__init__(widget)
        self._kind = kind
        self._callback = callback
        self._once = once
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self._kind:
            if self._once:
                watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


class KdfTimer:
    """Sums the seconds spent in argon2id (``keys.derive_key``), from any thread, once installed.

    The unlock dialog reports no KDF time of its own; wrapping the one function that runs the
    KDF measures it whether the dialog derives on the GUI thread or in a background task.
    """

    def __init__(self) -> None:
        self.seconds = 0.0
        self._lock = threading.Lock()

    def install(self) -> None:
        """Wrap ``keys.derive_key`` for the rest of this process."""
        from faltapp.store import keys

        original = keys.derive_key

        def timed(*args: Any, **kwargs: Any) -> bytes:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                with self._lock:
                    self.seconds += time.perf_counter() - started

        keys.derive_key = timed


def describe(error: BaseException) -> str:
    """One line for ``error``: the store's own Swedish sentence, or a plain one around it."""
    if isinstance(error, (StoreError, SmokeError)):
        text = str(error)
    elif isinstance(error, OSError):
        where = error.filename or "en fil"
        text = f"Kunde inte använda {where}: {error.strerror or error}."
    else:
        text = f"Oväntat fel ({type(error).__name__}: {error})."
    return " ".join(text.split())


def _one_line(error: BaseException) -> str:
    """:func:`describe` of ``error``, after printing its traceback if nobody expected it."""
    if not isinstance(error, (StoreError, OSError, SmokeError)):
        traceback.print_exception(error, file=sys.stderr)
    return describe(error)


def _passphrase() -> str:
    passphrase = os.environ.get(ENV_PASSPHRASE)
    if passphrase is None:
        raise SmokeError(f"Röktestet läser lösenfrasen från {ENV_PASSPHRASE}, som inte är satt.")
    return passphrase


def _timeout() -> float:
    raw = os.environ.get(ENV_TIMEOUT)
    if raw is None:
        return DEFAULT_TIMEOUT_S
    try:
        seconds = float(raw)
    except ValueError:
        seconds = 0.0
    if not seconds > 0:
        raise SmokeError(f"{ENV_TIMEOUT} ska vara ett antal sekunder större än noll.")
    return seconds


def _start_watchdog(seconds: float) -> threading.Timer:
    """A daemon thread that ends the process if the run has not finished after ``seconds``.

    A thread, not a Qt timer: a blocked GUI thread (a key file that is a FIFO, a KDF that
    never ends) runs no timers.
    """

    def expire() -> None:
        sys.stderr.write(f"faltapp: Röktestet blev inte klart på {seconds:g} s och avbryts.\n")
        sys.stderr.flush()
        os._exit(TIMEOUT_EXIT_CODE)

    watchdog = threading.Timer(seconds, expire)
    watchdog.daemon = True
    watchdog.start()
    return watchdog


def _quiet_qt_messages(mode: object, context: object, message: str) -> None:
    """Qt messages to stderr, without the offscreen plugin's harmless size-hint notice."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _figure(name: str, value: float | int | str) -> None:
    """One ``name: value`` line on stderr (floats as seconds with four decimals)."""
    text = f"{value:.4f}" if isinstance(value, float) else str(value)
    print(f"{name}: {text}", file=sys.stderr, flush=True)


class _Run:
    """What both modes share: the clock, the single failure line and the final ``ready``."""

    def __init__(self, app: QApplication, db_path: Path, started: float) -> None:
        self.app = app
        self.db_path = db_path
        self.started = started
        self.window: MainWindow | None = None
        self._failed = False

    def fail(self, message: str) -> None:
        """Print the one line (only the first failure) and leave the event loop with 1."""
        if not self._failed:
            self._failed = True
            print(f"faltapp: {message}", file=sys.stderr, flush=True)
        self.app.exit(1)

    def excepthook(self, kind: type[BaseException], error: BaseException,
                   tb: TracebackType | None) -> None:
        """``sys.excepthook`` in smoke modes: a traceback if unexpected, then the one line."""
        self.fail(_one_line(error.with_traceback(tb)))

    def show_window(self, db: Database, painted: Callable[[], None]) -> None:
        """Show the main window over ``db``; ``painted`` runs once its list has painted."""
        from faltapp.gui.main_window import MainWindow

        self.window = MainWindow(db)
        OnEvent(self.window.table.viewport(), QEvent.Type.Paint, painted, once=True)
        self.window.show()

    def finish(self) -> None:
        """Print the common figures and ``ready``, close the window, leave the loop with 0."""
        assert self.window is not None
        _figure("window_seconds", time.perf_counter() - self.started)
        _figure("rows", self.window.model.rowCount())
        print("ready", flush=True)
        self.window.close()
        self.app.exit(0)


class WindowSmoke(_Run):
    """``--smoke``: unlock from the environment, show the main window, wait for its paint."""

    def start(self) -> None:
        """Open the database (the KDF timed by the store) and show the window."""
        from faltapp.store.database import Database

        key, self.kdf_seconds = Database.unlock(self.db_path, _passphrase())
        self.show_window(Database.open_with_key(self.db_path, key), self._painted)

    def _painted(self) -> None:
        _figure("kdf_seconds", self.kdf_seconds)
        self.finish()


class UnlockSmoke(_Run):
    """``--smoke-unlock``: the real unlock dialog, the passphrase typed in, Enter pressed.

    Relies only on the dialog's contract: ``passphrase`` and ``error_label``; Enter starts the
    unlock; success ends with ``accepted`` and ``database`` set, failure shows ``error_label``.
    That holds whether the dialog derives the key on the GUI thread or in a background task.
    """

    def start(self) -> None:
        """Show the dialog as a normal start does; the rest follows its first paint."""
        self.passphrase = _passphrase()
        if not self.db_path.is_file():
            raise DatabaseMissing(self.db_path)
        self.kdf = KdfTimer()
        self.probe = StallProbe(parent=self.app)
        from faltapp.gui.unlock_dialog import UnlockDialog

        self.dialog = UnlockDialog(self.db_path)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.finished.connect(self._finished)
        OnEvent(self.dialog.error_label, QEvent.Type.Show, self._error_shown)
        OnEvent(self.dialog, QEvent.Type.Paint, self._dialog_painted, once=True)
        self.dialog.open()

    def _dialog_painted(self) -> None:
        from PySide6.QtTest import QTest

        _figure("unlock_dialog_seconds", time.perf_counter() - self.started)
        print("unlock_dialog", flush=True)  # the benchmark times this line from outside
        self.dialog.passphrase.setText(self.passphrase)
        self.kdf.install()
        self.probe.start()
        self.enter_at = time.perf_counter()
        QTest.keyClick(self.dialog.passphrase, Qt.Key.Key_Return)

    def _error_shown(self) -> None:
        self.fail(" ".join(self.dialog.error_label.text().split()) or "Upplåsningen misslyckades.")

    def _finished(self, result: int) -> None:
        if result != self.dialog.DialogCode.Accepted.value:
            self.fail("Upplåsningsdialogen stängdes utan att databasen öppnades.")

    def _unlocked(self) -> None:
        if self.dialog.database is None:
            self.fail("Upplåsningsdialogen godkändes utan någon öppen databas.")
            return
        self.show_window(self.dialog.database, self._painted)

    def _painted(self) -> None:
        stall_ms = self.probe.stop()
        _figure("enter_to_list_seconds", time.perf_counter() - self.enter_at)
        _figure("kdf_seconds", self.kdf.seconds)
        _figure("unlock_max_stall_ms", f"{stall_ms:.1f}")
        self.finish()


MODES: dict[str, type[WindowSmoke | UnlockSmoke]] = {
    "window": WindowSmoke,
    "unlock": UnlockSmoke,
}
"""Smoke modes by the value ``cli.py`` stores for ``--smoke`` and ``--smoke-unlock``."""


def run_smoke(db_path: Path, mode: str) -> int:
    """Run smoke ``mode`` (``"window"`` or ``"unlock"``) on ``db_path``; returns the exit code."""
    started = time.perf_counter()
    try:
        watchdog = _start_watchdog(_timeout())
    except SmokeError as error:
        print(f"faltapp: {describe(error)}", file=sys.stderr)
        return 2
    try:
        qInstallMessageHandler(_quiet_qt_messages)
        app = create_application()
        app.setQuitOnLastWindowClosed(False)  # the dialog closes before the window shows
        smoke = MODES[mode](app, db_path, started)
        sys.excepthook = smoke.excepthook
        smoke.start()
        return app.exec()
    except Exception as error:
        print(f"faltapp: {_one_line(error)}", file=sys.stderr)
        return 1
    finally:
        watchdog.cancel()
