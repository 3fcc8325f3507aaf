"""Crash-safe drafts: the editor's writes one after the other, and autosave a moment after typing.

:class:`WriteLane` runs an editor's writes (draft puts, the shift save, delete, discard)
through the task runner strictly in the order they were asked for, so a draft written just
before a save can never land after it and bring back a draft the save dropped. It is a plain
Python object on purpose: a write finishing after its editor closed still reaches the lane.

:class:`DraftKeeper` decides *when* to write: ``IDLE_MS`` after the last change, and at least
every ``MAX_WAIT_MS`` while changes keep coming, so a crash loses at most a few seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from faltapp.gui.tasks import TaskRunner

IDLE_MS = 800
MAX_WAIT_MS = 3000


class WriteLane:
    """Runs jobs through ``runner`` one at a time, in order."""

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self._queue: list[tuple[Callable[[], Any], Callable[[Any], None] | None,
                                Callable[[BaseException], None] | None]] = []
        self._running = False
        self._idle_calls: list[Callable[[], None]] = []

    @property
    def busy(self) -> bool:
        """True while a job runs or waits."""
        return self._running or bool(self._queue)

    def submit(self, job: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``job`` after every job submitted before it."""
        self._queue.append((job, on_done, on_error))
        self._next()

    def when_idle(self, call: Callable[[], None]) -> None:
        """Call ``call`` once no job runs or waits (at once if idle)."""
        if self.busy:
            self._idle_calls.append(call)
        else:
            call()

    def _next(self) -> None:
        if self._running:
            return
        if not self._queue:
            calls, self._idle_calls = self._idle_calls, []
            for call in calls:
                call()
            return
        job, on_done, on_error = self._queue.pop(0)
        self._running = True

        def done(result: Any) -> None:
            self._running = False
            if on_done is not None:
                on_done(result)
            self._next()

        def failed(error: BaseException) -> None:
            self._running = False
            if on_error is not None:
                on_error(error)
            self._next()

        def dropped(_result: Any) -> None:  # nobody left to tell (the window closed)
            self._running = False
            self._next()

        self._runner.run(job, on_done=done, on_error=failed, discard=dropped)


class DraftKeeper(QObject):
    """Calls ``write`` ``IDLE_MS`` after the last :meth:`touch`, at most ``MAX_WAIT_MS`` late."""

    def __init__(self, write: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._write = write
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._longest = QTimer(self, singleShot=True, interval=MAX_WAIT_MS)
        self._idle.timeout.connect(self.flush)
        self._longest.timeout.connect(self.flush)

    def touch(self) -> None:
        """Something changed: write soon."""
        self._idle.start()
        if not self._longest.isActive():
            self._longest.start()

    @property
    def pending(self) -> bool:
        """True when a change waits to be written."""
        return self._idle.isActive()

    def stop(self) -> None:
        """Forget the waiting write (the shift is being saved, or the editor closes)."""
        self._idle.stop()
        self._longest.stop()

    def flush(self) -> None:
        """Write now if a change waits."""
        if self._idle.isActive() or self._longest.isActive():
            self.stop()
            self._write()
