"""The access log: one row per access, local, append-only except the retention purge."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from faltapp.core.changes import Changes
from faltapp.core.entities import Person
from faltapp.store.access_log import PURGE_KEY
from faltapp.store.database import Database
from faltapp.store.profile import Profile, save_profile


def test_a_row_names_who_when_what_and_which_record(db: Database) -> None:
    save_profile(db, Profile("Åsa Öberg", "Laptop-7"))
    person = Person(alias="Noor")
    db.save(person)
    seen: list[Changes] = []
    db.subscribe(seen.append)

    db.access.log("open_person", "person", person.id)

    [entry] = db.access.entries()
    assert (entry.who, entry.device, entry.action, entry.table, entry.record_id) == (
        "Åsa Öberg", "Laptop-7", "open_person", "person", person.id)
    assert entry.logged_at[:10] == date.today().isoformat() or entry.logged_at[:10] == (
        date.today() - timedelta(days=1)).isoformat()  # UTC may be behind local time
    assert seen and seen[-1].touches("access_log")


def test_without_a_profile_the_device_id_says_who(db: Database) -> None:
    db.access.log("export")
    [entry] = db.access.entries()
    assert (entry.who, entry.device) == ("", db.device_id[:8])


def test_an_unknown_action_is_refused(db: Database) -> None:
    with pytest.raises(ValueError):
        db.access.log("peek")
    assert db.access.count() == 0


def test_rows_cannot_be_changed_or_deleted(db: Database) -> None:
    db.access.log("print", "shift", "s-1")
    for sql in ("UPDATE access_log SET who = 'någon annan'", "DELETE FROM access_log"):
        with pytest.raises(Exception, match="append-only"), db.writer.transaction() as txn:
            txn.conn.execute(sql)
    assert [(e.action, e.record_id) for e in db.access.entries()] == [("print", "s-1")]


def test_entries_since_a_day_and_by_action(db: Database) -> None:
    for action in ("open_person", "import", "open_person"):
        db.access.log(action)
    with db.writer.transaction() as txn:  # an old row, as if logged three years ago
        txn.conn.execute("INSERT INTO access_log (logged_at, who, device, action) "
                         "VALUES ('2023-01-02T10:00:00+00:00', 'Kim', 'L1', 'export')")
    assert [e.action for e in db.access.entries()] == [
        "open_person", "import", "open_person", "export"]
    assert len(db.access.entries(since=date(2024, 1, 1))) == 3
    assert [e.who for e in db.access.entries(until=date(2024, 1, 1))] == ["Kim"]
    assert len(db.access.entries(action="open_person")) == 2


def test_the_retention_hook_deletes_only_rows_before_its_cut_off(db: Database) -> None:
    with db.writer.transaction() as txn:
        txn.conn.executemany(
            "INSERT INTO access_log (logged_at, who, device, action) VALUES (?, 'Kim', 'L', ?)",
            [("2023-05-01T08:00:00+00:00", "export"), ("2024-05-01T08:00:00+00:00", "print")])
    db.access.log("settings")

    assert db.access.purge_before(date(2024, 1, 1)) == 1

    assert [e.action for e in db.access.entries()] == ["print", "settings"]
    assert db.query("SELECT value FROM settings WHERE key = ?", [PURGE_KEY]) == []
    with pytest.raises(Exception, match="append-only"), db.writer.transaction() as txn:
        txn.conn.execute("DELETE FROM access_log")

