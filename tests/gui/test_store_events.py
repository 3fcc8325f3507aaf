"""Changes committed on any thread reach the GUI thread as one signal."""

from __future__ import annotations

import threading
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from faltapp.core.changes import Changes
from faltapp.gui.store_events import StoreEvents


class FakeStore:
    """Calls its listeners like ``Database.subscribe`` does: on the committing thread."""

    def __init__(self) -> None:
        self.listeners: list[Callable[[Changes], None]] = []

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        self.listeners.append(listener)
        return lambda: self.listeners.remove(listener)

    def commit(self, changes: Changes) -> None:
        for listener in list(self.listeners):
            listener(changes)


def test_a_commit_on_a_worker_thread_is_signalled_on_the_gui_thread(qtbot: QtBot) -> None:
    store = FakeStore()
    events = StoreEvents(store)
    received: list[tuple[Changes, threading.Thread]] = []
    events.changed.connect(lambda c: received.append((c, threading.current_thread())))
    changes = Changes.of([("shift", "a"), ("tally", "b")])
    worker = threading.Thread(target=store.commit, args=(changes,))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(received))
    assert received == [(changes, threading.main_thread())]
    events.close()
    events.close()
    assert store.listeners == []


def test_a_destroyed_relay_stops_listening(qtbot: QtBot) -> None:
    store = FakeStore()
    events = StoreEvents(store)
    assert len(store.listeners) == 1
    events.deleteLater()
    qtbot.waitUntil(lambda: store.listeners == [])
    store.commit(Changes.of([("shift", "a")]))  # nobody left to call; no error either


def test_changes_still_queued_when_closed_are_dropped(qtbot: QtBot) -> None:
    store = FakeStore()
    events = StoreEvents(store)
    received: list[Changes] = []
    events.changed.connect(received.append)
    store.commit(Changes.of([("shift", "a")]))  # queued, not yet delivered
    events.close()
    qtbot.wait(20)
    assert received == []
