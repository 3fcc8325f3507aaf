"""The GUI's one way to run long work: on a pool thread, with a progress dialog that comes late.

A job is a generator that yields :class:`~faltapp.core.jobs.Progress` and returns its result,
or a plain callable (which may also return such a generator). :meth:`TaskRunner.run` starts it
on a worker thread and calls back on the GUI thread with the result or the error; the GUI thread
never waits for a job. A modal progress dialog with "Avbryt" appears only if the job still runs
after ``DIALOG_DELAY_MS``. Cancelling a generator job closes it at its next ``yield`` (its
``with`` blocks roll back) and ends as :class:`~faltapp.core.jobs.Cancelled`, which is not an
error; a plain callable cannot be interrupted, so its late result is discarded instead.

Worker threads talk to the GUI through one dispatcher that lives as long as the application, so
a window closed while its job runs is never called into: the job's result is discarded.
"""

from __future__ import annotations

import sys
import threading
import traceback
import types
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from faltapp.core.jobs import Cancelled, Progress, run_to_end
from faltapp.gui import errors

DIALOG_DELAY_MS = 500

Callback = Callable[[Any], None]


class _Dispatcher(QObject):
    """Runs callables posted from any thread on the GUI thread, in the order posted."""

    posted = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.posted.connect(self._call, Qt.ConnectionType.QueuedConnection)

    def _call(self, call: Callable[[], None]) -> None:
        call()


_DISPATCHER: list[_Dispatcher] = []  # the one of the current application


def _dispatcher() -> _Dispatcher:
    """The application's dispatcher (made on the GUI thread by the first runner).

    Kept in a module list, not looked up with ``app.findChild``: that wraps every child of
    the application in Python and cost ~20 ms on the way from unlock to the painted list.
    """
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    if not _DISPATCHER or not isValid(_DISPATCHER[0]) or _DISPATCHER[0].parent() is not app:
        _DISPATCHER[:] = [_Dispatcher(app)]
    return _DISPATCHER[0]


def _is_generator_function(job: Any) -> bool:
    """Like ``inspect.isgeneratorfunction`` without importing ``inspect`` at start-up."""
    code = getattr(job, "__code__", None)
    return code is not None and bool(code.co_flags & 0x20)  # CO_GENERATOR


class Task:
    """One job started by :meth:`TaskRunner.run`; every callback runs on the GUI thread.

    A plain Python object on purpose: the worker thread may drop the last reference to it.
    """

    def __init__(self, runner: TaskRunner, job: Any, window: QWidget, title: str,
                 label: str, callbacks: dict[str, Callback | None]) -> None:
        self._runner = runner
        self._job = job
        self._window = window
        self._title = title
        self._label = label
        self._callbacks = callbacks
        self._post = _dispatcher().posted.emit
        self._stop = threading.Event()
        self._is_generator = isinstance(job, types.GeneratorType) or _is_generator_function(job)
        self._latest: Progress | None = None
        self._progress_posted = False
        self.dialog: QProgressDialog | None = None
        self.finished = False
        """True once the job has ended (done, failed or cancelled) as far as the GUI cares."""

    # -- worker thread --------------------------------------------------------------------

    def work(self) -> None:
        """Run the job to its end and post the outcome to the GUI thread."""
        try:
            job = self._job() if callable(self._job) else self._job
            if isinstance(job, types.GeneratorType):
                self._is_generator = True
            result = run_to_end(job, self._progressed, self._stop.is_set)
        except Cancelled:
            self._post(self._cancelled)
        except BaseException as exc:  # every outcome reaches the GUI, whatever it is
            details = traceback.format_exc()
            self._post(partial(self._failed, exc, details))
        else:
            self._post(partial(self._done, result))

    def _progressed(self, step: Progress) -> None:
        # At most one progress event waits in the GUI queue; it shows the latest step.
        self._latest = step
        if not self._progress_posted:
            self._progress_posted = True
            self._post(self._show_latest)

    # -- GUI thread -----------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the job to stop: a generator at its next step, a plain callable is let go."""
        if self.finished or self._stop.is_set():
            return
        self._stop.set()
        if self._is_generator and self._runner_alive():
            if self.dialog is not None:  # stays until the job has rolled back
                self.dialog.setLabelText(QCoreApplication.translate("TaskRunner", "Avbryter…"))
                self.dialog.findChild(QPushButton).setEnabled(False)
            return
        self._end()
        self._call("on_cancel")

    def _runner_alive(self) -> bool:
        """False once the runner or the task's window is gone: nobody to call back then."""
        return isValid(self._runner) and isValid(self._window)

    def _show_latest(self) -> None:
        self._progress_posted = False
        step = self._latest
        if step is None or self.dialog is None or self.finished:
            return
        bar = self.dialog.findChild(QProgressBar)
        if step.total is None:
            bar.setRange(0, 0)
        else:
            bar.setRange(0, max(step.total, 1))
            bar.setValue(min(step.done, step.total))
        self.dialog.setLabelText(f"{self._label}\n{step.text}" if step.text else self._label)

    def show_dialog(self) -> None:
        """Show the modal progress dialog (the runner calls this after the delay)."""
        if self.finished or self._stop.is_set() or not self._title:
            return
        dialog = QProgressDialog(self._window)
        dialog.setWindowTitle(self._title)
        dialog.setLabelText(self._label)
        dialog.setCancelButtonText(QCoreApplication.translate("TaskRunner", "Avbryt"))
        bar = QProgressBar()
        bar.setFormat(QCoreApplication.translate("TaskRunner", "%v av %m"))
        bar.setRange(0, 0)  # busy until the job says how much there is
        dialog.setBar(bar)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(380)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.disconnect(dialog.cancel)  # it would hide before the job has stopped
        dialog.canceled.connect(self.cancel)
        dialog.rejected.connect(self.cancel)  # Esc that reached the dialog, not its shortcut
        self.dialog = dialog
        dialog.show()
        self._show_latest()

    def _done(self, result: Any) -> None:
        self._worker_ended()
        wanted = not self.finished and self._runner_alive() and (
            self._is_generator or not self._stop.is_set())
        self._end()
        if wanted:
            self._call("on_done", result)
        else:
            self._call("discard", result, always=True)

    def _failed(self, error: BaseException, details: str) -> None:
        self._worker_ended()
        if not errors.is_expected(error):
            print(details, file=sys.stderr, flush=True)
        wanted = not self.finished and self._runner_alive()
        self._end()
        if not wanted:
            return
        if self._callbacks.get("on_error") is not None:
            self._call("on_error", error)
        else:
            self._runner.show_error(self._title, error, details, self._window)

    def _cancelled(self) -> None:
        self._worker_ended()
        if not self.finished:
            self._end()
            self._call("on_cancel")

    def _end(self) -> None:
        """The GUI is done with this task: no dialog, no more callbacks but ``discard``."""
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.hide()
            self.dialog.deleteLater()
        self.dialog = None
        self.finished = True

    def _worker_ended(self) -> None:
        if isValid(self._runner):
            self._runner.forget(self)

    def _call(self, name: str, *args: Any, always: bool = False) -> None:
        callback = self._callbacks.get(name)
        if callback is not None and (always or self._runner_alive()):
            callback(*args)


class TaskRunner(QObject):
    """Runs jobs on a thread pool for one window; ``idle`` is emitted when the last one ends."""

    idle = Signal()

    def __init__(self, parent: QWidget, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._window = parent
        self._pool = pool or QThreadPool.globalInstance()
        self._tasks: list[Task] = []
        _dispatcher()

    def run(self, job: Any, *, title: str = "", label: str = "",
            on_done: Callback | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_cancel: Callable[[], None] | None = None,
            discard: Callback | None = None,
            window: QWidget | None = None) -> Task:
        """Start ``job`` (a generator, or a callable run on the worker) and return its task.

        ``title`` and ``label`` are the progress dialog's texts; without a title no dialog is
        shown (the caller shows that it is busy). ``on_error`` takes over showing errors;
        ``discard`` receives a result nobody wants any more (cancelled, or the window closed),
        e.g. to close a database that opened anyway. ``window`` parents the dialogs (default:
        the runner's window).
        """
        callbacks = {"on_done": on_done, "on_error": on_error, "on_cancel": on_cancel,
                     "discard": discard}
        task = Task(self, job, window or self._window, title, label, callbacks)
        self._tasks.append(task)
        # A lambda, not the bound method: PySide keeps no reference to a plain object's method.
        QTimer.singleShot(DIALOG_DELAY_MS, self, lambda: task.show_dialog())
        self._pool.start(task.work)
        return task

    def busy(self) -> bool:
        """True while a worker of this runner still runs (a cancelled one until it stops)."""
        return bool(self._tasks)

    def cancel_all(self) -> None:
        """Ask every running job to stop (see :meth:`Task.cancel`)."""
        for task in list(self._tasks):
            task.cancel()

    def forget(self, task: Task) -> None:
        """Called by a task whose worker has ended."""
        if task in self._tasks:
            self._tasks.remove(task)
            if not self._tasks:
                self.idle.emit()

    def show_error(self, title: str, error: BaseException, details: str,
                   window: QWidget) -> None:
        """The default error display: a plain Swedish message box, details if unexpected."""
        box = QMessageBox(QMessageBox.Icon.Warning,
                          title or QApplication.applicationDisplayName(),
                          errors.message_for(error), QMessageBox.StandardButton.Ok, window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if not errors.is_expected(error):
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
