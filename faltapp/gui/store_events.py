"""The store's change notifications as one Qt signal on the GUI thread.

``Database.subscribe`` calls its listeners on whichever thread committed (often a worker);
:class:`StoreEvents` posts each :class:`~faltapp.core.changes.Changes` to the GUI thread, so
windows refresh from ``changed`` and never from a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal

from faltapp.core.changes import Changes


class Subscribable(Protocol):
    """What :class:`StoreEvents` needs of a database."""

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]: ...


class _Relay:
    """The store's listener: forwards until closed (closing may race with a commit)."""

    def __init__(self, post: Callable[[Changes], None]) -> None:
        self._post = post
        self._lock = threading.Lock()
        self._unsubscribe: Callable[[], None] | None = None

    def attach(self, db: Subscribable) -> None:
        self._unsubscribe = db.subscribe(self)

    @property
    def closed(self) -> bool:
        """True once closed: nothing is forwarded any more."""
        return self._unsubscribe is None

    def __call__(self, changes: Changes) -> None:
        with self._lock:
            if self._unsubscribe is not None:
                self._post(changes)

    def close(self) -> None:
        with self._lock:
            unsubscribe, self._unsubscribe = self._unsubscribe, None
        if unsubscribe is not None:
            unsubscribe()


class StoreEvents(QObject):
    """Re-emits every committed change of ``db`` as ``changed(Changes)`` on the GUI thread."""

    changed = Signal(object)
    _posted = Signal(object)

    def __init__(self, db: Subscribable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._relay = relay = _Relay(self._posted.emit)
        relay.attach(db)
        self.destroyed.connect(lambda: relay.close())  # a lambda keeps the relay alive

    def close(self) -> None:
        """Stop listening (idempotent); also done when the object is destroyed.

        Changes already on their way are dropped too: after this, ``changed`` stays silent.
        """
        self._relay.close()

    def _deliver(self, changes: Changes) -> None:
        if not self._relay.closed:
            self.changed.emit(changes)
