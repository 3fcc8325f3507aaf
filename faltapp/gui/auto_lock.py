"""Auto-lock: after idle minutes, when the session suspends, or on Ctrl+L (Arkiv → Lås nu).

Locking saves every open editor's draft first, hides every window, closes the database
(connections, lock, key: :func:`faltapp.store.opening.suspend`) and shows the unlock dialog.
The passphrase opens the file again and the same :class:`Database` object carries on over it
(:func:`faltapp.store.opening.resume`), so every window, model and subscription stays as it was
and comes back at the same place, with the same tab, selection and editor text. Avsluta in the
dialog ends faltapp (the drafts are saved). Idle means no key or mouse event anywhere in the
application; a running task postpones the lock until the task runner is idle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from faltapp.gui.main_window import MainWindow

DEFAULT_MINUTES = 10
SETTING = "security/lock_minutes"
_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "faltapp", "faltapp")


def lock_minutes() -> int:
    """The idle minutes before locking (Inställningar → Säkerhet; default 10)."""
    value = _settings().value(SETTING, DEFAULT_MINUTES)
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return minutes if minutes > 0 else DEFAULT_MINUTES


def save_lock_minutes(minutes: int) -> None:
    """Keep ``minutes`` (positive; the settings tab refuses anything else)."""
    if minutes <= 0:
        raise ValueError("minutes must be positive")
    _settings().setValue(SETTING, minutes)


class AutoLock(QObject):
    """Locks ``window``'s database when idle, on suspend or on request; see the module doc."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: MainWindow, minutes: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: Any = None
        self._shown: list[tuple[QWidget, QRect, Qt.WindowStates]] = []
        self._waiting = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.lock_now)
        self.set_minutes(minutes if minutes is not None else lock_minutes())
        app = QCoreApplication.instance()
        app.installEventFilter(self)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self.action = QAction(self.tr("Lå&s nu"), window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.setToolTip(self.tr("Lås faltapp nu; lösenfrasen öppnar igen (Ctrl+L)"))
        self.action.triggered.connect(self.lock_now)

    @property
    def is_locked(self) -> bool:
        """True from the moment the windows are hidden until the passphrase opened again."""
        return self.dialog is not None

    def set_minutes(self, minutes: int) -> None:
        """Lock after ``minutes`` without a key or mouse event (from now on)."""
        self.timer.setInterval(max(minutes, 1) * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.is_locked:
            self.timer.start()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now()

    def lock_now(self) -> None:
        """Lock as soon as background work and every editor's draft write have ended."""
        if self.is_locked or self._waiting:
            return
        runner = self.window.runner
        if runner.busy():
            self._waiting = True
            runner.idle.connect(self._after_wait, Qt.ConnectionType.SingleShotConnection)
            return
        from faltapp.gui import editor

        for shift_editor in editor.open_editors():
            if shift_editor.lane.busy or shift_editor.keeper.pending:
                shift_editor.keeper.flush()
                self._waiting = True
                shift_editor.lane.when_idle(self._after_wait)
                return
        self._lock()

    def _after_wait(self) -> None:
        self._waiting = False
        self.lock_now()

    def _lock(self) -> None:
        from faltapp.gui.unlock_dialog import UnlockDialog
        from faltapp.store.opening import suspend

        self.timer.stop()
        self._shown = [(w, w.geometry(), w.windowState()) for w in QApplication.topLevelWidgets()
                       if w.isVisible() and not w.isHidden()]
        for widget, _geometry, _state in self._shown:
            widget.hide()
        suspend(self.window.db)
        self.dialog = UnlockDialog(self.window.db.path)
        self.dialog.setWindowTitle(self.tr("faltapp är låst"))
        self.dialog.finished.connect(self._dialog_finished)
        self.locked.emit()
        self.dialog.open()

    def _dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        dialog.deleteLater()
        if not result or dialog.database is None:
            QCoreApplication.exit(0)  # Avsluta: the drafts are saved, the database is closed
            return
        from faltapp.store.opening import resume

        resume(self.window.db, dialog.database)
        for widget, geometry, state in self._shown:
            widget.setWindowState(state)
            widget.setGeometry(geometry)
            widget.show()
        self._shown = []
        self.window.raise_()
        self.window.activateWindow()
        self.timer.start()
        self.unlocked.emit()


def install(window: MainWindow) -> AutoLock:
    """Auto-lock for ``window``, with Lås nu (Ctrl+L) in its Arkiv menu before Avsluta."""
    auto_lock = AutoLock(window)
    file_menu = window.menuBar().actions()[0].menu()
    quit_item = file_menu.actions()[-1]
    file_menu.insertAction(quit_item, auto_lock.action)
    window.auto_lock = auto_lock
    return auto_lock
