"""One writer, readers per thread, change notifications (issue 5, item 1).

The old store shared one connection between threads, so a save made while a background
transaction was open became part of it and vanished when that transaction rolled back. These
tests drive real threads against one open database and check what a user would see afterwards.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, time
from typing import Any

import pytest

from faltapp.core.changes import Changes
from faltapp.core.entities import Place, Shift
from faltapp.store.connection import DatabaseError
from faltapp.store.database import Database
from faltapp.store.errors import StoreError, WriterBusy

JOIN = 15.0  # seconds a test thread may take before the test gives up on it


class Boom(Exception):
    """Raised inside a transaction to make it roll back."""


class Worker:
    """Runs ``work`` on its own thread; keeps what it returned or raised."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = threading.Event()
        self._work = work
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as exc:  # reported by the test, not lost in the thread
            self.error = exc
        finally:
            self.done.set()

    def join(self) -> None:
        self.thread.join(JOIN)
        assert not self.thread.is_alive(), "a test thread hung"


def _hold_transaction(db: Database, place: Place, holding: threading.Event,
                      release: threading.Event, *, fail: bool) -> Callable[[], None]:
    """Work for a thread: save ``place`` inside a transaction, wait, then roll back or commit."""

    def work() -> None:
        with db.writer.transaction():
            db.apply([(place, None)])
            holding.set()
            assert release.wait(JOIN)
            if fail:
                raise Boom()

    return work


def test_a_save_waits_for_another_threads_transaction_and_survives_its_rollback(
    db: Database,
) -> None:
    background, mine = Place(name="Importerad plats"), Place(name="Sparad i formuläret")
    holding, release = threading.Event(), threading.Event()
    importer = Worker(_hold_transaction(db, background, holding, release, fail=True))
    assert holding.wait(JOIN)
    form = Worker(lambda: db.save(mine))
    assert not form.done.wait(0.3), "the second save must wait, not join the open transaction"
    release.set()
    importer.join()
    form.join()
    assert isinstance(importer.error, Boom)
    assert form.error is None
    assert db.get(Place, mine.id) == mine, "the waiting save was lost"
    assert db.get(Place, background.id) is None
    assert form.result.version in [h.version for h in db.history(Place, mine.id)]
    assert db.history(Place, background.id) == []


def test_a_save_that_waits_too_long_is_refused_in_swedish_and_stores_nothing(
    db: Database,
) -> None:
    db.writer.wait_seconds = 0.2
    background, mine = Place(name="Lång import"), Place(name="Får vänta")
    holding, release = threading.Event(), threading.Event()
    importer = Worker(_hold_transaction(db, background, holding, release, fail=False))
    assert holding.wait(JOIN)
    try:
        with pytest.raises(WriterBusy) as caught:
            db.save(mine)
    finally:
        release.set()
        importer.join()
    assert isinstance(caught.value, StoreError)
    assert "upptagen" in str(caught.value) and "försök spara igen" in str(caught.value)
    assert importer.error is None
    assert db.get(Place, background.id) == background
    assert db.get(Place, mine.id) is None
    assert db.history(Place, mine.id) == []


def test_nested_transactions_on_one_thread_join_the_outer_one(db: Database) -> None:
    first, second = Place(name="Första"), Place(name="Andra")
    with pytest.raises(Boom), db.writer.transaction():
        db.apply([(first, None)])
        db.apply([(second, None)])
        raise Boom()
    assert db.get(Place, first.id) is None and db.get(Place, second.id) is None
    seen: list[Changes] = []
    db.subscribe(seen.append)
    with db.writer.transaction():
        db.apply([(first, None)])
        db.apply([(second, None)])
        assert seen == [], "nothing is announced before the outer transaction commits"
    assert db.get(Place, first.id) == first and db.get(Place, second.id) == second
    assert [c.ids for c in seen] == [{"place": frozenset({first.id, second.id})}]


def test_save_inside_an_open_transaction_returns_the_version_it_wrote(db: Database) -> None:
    # The reader of this thread cannot see the open transaction: save() once read its meta
    # there, so a new record failed and an edit returned its base instead of its version.
    place = Place(name="Före")
    with db.writer.transaction():
        created = db.save(place)
        edited = db.save(Place(name="Efter", id=place.id), created.version)
    history = db.history(Place, place.id)
    assert [h.version for h in history] == [created.version, edited.version]
    assert edited.parent == created.version


def test_save_returns_its_own_version_when_another_thread_writes_right_after(
    db: Database,
) -> None:
    # save() once read the meta it returns after commit: a write from another thread in that
    # gap (made certain here by a listener, which runs there) came back as the caller's own
    # version, and the editor's next save over it silently dropped the other write.
    place = Place(name="Början")
    first = db.save(place)
    armed = [True]

    def other_thread_edits(changes: Changes) -> None:
        if armed and changes.touches("place"):
            armed.clear()
            other = Worker(lambda: db.save(Place(name="Från en annan tråd", id=place.id),
                                           db.meta(Place, place.id).version))
            other.join()
            assert other.error is None

    db.subscribe(other_thread_edits)
    mine = db.save(Place(name="Min ändring", id=place.id), first.version)
    by_version = {h.version: h.payload for h in db.history(Place, place.id)}
    assert by_version[mine.version]["name"] == "Min ändring"
    with pytest.raises(StoreError):
        db.save(Place(name="Nästa ändring", id=place.id), mine.version)


def test_listeners_hear_each_commit_on_the_committing_thread_and_nothing_else(
    db: Database,
) -> None:
    heard: list[tuple[int, Changes]] = []
    unsubscribe = db.subscribe(lambda c: heard.append((threading.get_ident(), c)))
    place = Place(name="Ny plats")
    saver = Worker(lambda: db.save(place))
    saver.join()
    assert saver.error is None
    assert heard == [(saver.thread.ident, Changes({"place": frozenset({place.id})}))]

    heard.clear()
    db.save(place, saver.result.version)  # same content: nothing written
    with pytest.raises(Boom), db.writer.transaction():
        db.apply([(Place(name="Ångras"), None)])
        raise Boom()
    with pytest.raises(StoreError):
        db.save(Place(name="Konflikt", id=place.id), None)
    assert heard == [], "no notice for a rollback or an unchanged save"

    unsubscribe()
    db.save(Place(name="Ändrad plats", id=place.id), saver.result.version)
    assert heard == []


def test_a_reader_on_another_thread_sees_a_write_only_after_commit(db: Database) -> None:
    place = Place(name="Halvfärdig")
    shift = Shift(date(2026, 11, 20), time(19), time(23), "kvallspass")
    assert db.get(Place, place.id) is None  # this thread's reader has read before
    written, checked = threading.Event(), threading.Event()

    def write() -> None:
        with db.writer.transaction():
            db.apply([(place, None), (shift, None)])
            written.set()
            assert checked.wait(JOIN)

    writer = Worker(write)
    assert written.wait(JOIN)
    try:
        assert db.get(Place, place.id) is None
        assert db.load(Place, place.id) is None
        assert db.meta(Place, place.id) is None
        assert db.shifts.ids() == []
        assert db.query("SELECT count(*) FROM place WHERE id = ?", [place.id]) == [(0,)]
    finally:
        checked.set()
        writer.join()
    assert writer.error is None
    assert db.get(Place, place.id) == place
    assert db.load(Place, place.id).version == db.meta(Place, place.id).version
    assert db.shifts.ids() == [shift.id]
    elsewhere = Worker(lambda: (db.get(Place, place.id), db.shifts.ids()))
    elsewhere.join()
    assert elsewhere.result == (place, [shift.id])


def test_readers_cannot_write(db: Database) -> None:
    before = db.counts()
    for sql in ("DELETE FROM place", "UPDATE settings SET value = '0' WHERE key = 'lamport'",
                "INSERT INTO audit_log (at, device_id, action, detail) VALUES ('x','y','z','w')"):
        with pytest.raises(DatabaseError, match=r"readonly|read-only|query_only"):
            db.query(sql)
    other = Worker(lambda: db.query("DELETE FROM category"))
    other.join()
    assert isinstance(other.error, DatabaseError)
    assert db.counts() == before


def test_a_failing_listener_does_not_make_a_committed_save_fail(
        db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    heard: list[Changes] = []

    def broken(_changes: Changes) -> None:
        raise RuntimeError("a window that could not refresh")

    db.subscribe(broken)
    db.subscribe(heard.append)
    place = Place(name="Sparas ändå")
    db.save(place)
    assert db.get(Place, place.id) == place
    assert len(heard) == 1, "the listeners after the broken one still hear the commit"
    assert "a window that could not refresh" in capsys.readouterr().err
