"""Gallring (issue 9 item 2): records past their time are culled for good and logged; newer
ones, shifts and tallies stay; an old export or an old backup never brings content back;
a period of 0 or -1 days is refused; a cancelled run keeps the batches it finished."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest

from faltapp.core.entities import Contact, FollowUp, Place, Shift, Tally
from faltapp.core.jobs import run_to_end
from faltapp.core.retention import RetentionError, check_days, default_rules
from faltapp.store import retention
from faltapp.store.backups import backup_job, list_backups
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.store.restore import restore_job
from tests.conftest import PASSPHRASE
from tests.sync.devices import Team, imported, team_in

TODAY = date(2026, 12, 4)


def shift_with_contact(db: Database, day: date, alias: str) -> tuple[str, str]:
    place = sorted(db.all(Place), key=lambda p: p.id)[0]
    shift = Shift(day, time(18), time(23), "kvallspass", area_ids=(place.id,))
    contact = Contact(shift.id, alias, 2008, "flicka", place.id)
    follow_up = FollowUp(f"Ring skolan om {alias}", shift_id=shift.id, contact_id=contact.id)
    db.apply([(shift, None), (Tally(shift.id, "flicka", "13_15", 2), None), (contact, None),
              (follow_up, None)])
    return shift.id, contact.id


def contents(db: Database, contact_id: str) -> list[str | None]:
    return [r[0] for r in db.query(
        "SELECT payload FROM history WHERE table_name = 'contact' AND id = ?", [contact_id])]


def test_contacts_and_follow_ups_past_five_years_are_culled_and_logged(db: Database) -> None:
    old_shift, old = shift_with_contact(db, date(2021, 11, 30), "Gammal")
    new_shift, new = shift_with_contact(db, date(2022, 1, 10), "Ny")
    due = retention.due_records(db, TODAY)
    assert {(d.table, d.id) for d in due if d.table == "contact"} == {("contact", old)}
    assert {d.table for d in due} == {"contact", "follow_up"}

    result = run_to_end(retention.gallring_job(db, TODAY))
    assert result.purged == {"contact": 1, "follow_up": 1}
    assert db.get(Contact, old) is None
    assert all(p is None for p in contents(db, old))  # every version blanked
    assert db.get(Contact, new).alias == "Ny"
    assert db.get(Shift, old_shift) is not None  # statistics stay
    assert [t.count for t in db.all(Tally) if t.shift_id == old_shift] == [2]
    log = db.query("SELECT table_name, id, rule FROM retention_log ORDER BY seq")
    assert ("contact", old, "contact:2021-11-30") in log
    assert retention.due_records(db, TODAY) == []
    assert not retention.is_due(db, TODAY) and retention.is_due(db, date(2026, 12, 5))
    assert new_shift != old_shift


def test_a_deleted_contact_keeps_no_content_past_its_time(db: Database) -> None:
    _, old = shift_with_contact(db, date(2020, 5, 1), "Raderad")
    db.delete(Contact, old, db.load(Contact, old).version)
    assert any(p and "Raderad" in p for p in contents(db, old))
    run_to_end(retention.gallring_job(db, TODAY))
    assert all(p is None or "Raderad" not in p for p in contents(db, old))


@pytest.mark.parametrize("typed", ["0", "-1", "", "fem", "99999999"])
def test_a_period_that_would_cull_everything_or_is_not_a_number_is_refused(
        db: Database, typed: str) -> None:
    with pytest.raises(RetentionError):
        retention.set_days(db, "contact", typed)
    assert [r.days for r in retention.rules(db)] == [r.days for r in default_rules()]


def test_a_shorter_period_set_by_the_leader_is_used_and_a_damaged_one_is_not(
        db: Database) -> None:
    _, recent = shift_with_contact(db, date(2026, 1, 5), "Nyligen")
    assert retention.due_records(db, TODAY) == []
    assert retention.set_days(db, "contact", "300") == 300
    assert [d.id for d in retention.due_records(db, TODAY) if d.table == "contact"] == [recent]
    with db.writer.transaction() as txn:
        txn.conn.execute("UPDATE settings SET value = '0' WHERE key = 'retention_days:contact'")
    assert retention.due_records(db, TODAY) == []  # the default, never "everything"
    assert check_days(" 1826 ") == 1826


def test_a_cancelled_run_keeps_whole_batches_and_the_next_run_finishes(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retention, "BATCH", 2)
    for day in range(1, 6):
        shift_with_contact(db, date(2019, 3, day), f"P{day}")
    job = retention.gallring_job(db, TODAY)
    next(job)  # the start
    next(job)  # one batch of two committed
    job.close()
    left = retention.due_records(db, TODAY)
    assert len(left) == 10 - 2 and retention.is_due(db, TODAY)  # 5 contacts, 5 follow-ups
    run_to_end(retention.gallring_job(db, TODAY))
    assert retention.due_records(db, TODAY) == []


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def test_an_old_export_imported_after_gallring_brings_nothing_back(team: Team) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    _, old = shift_with_contact(asa, date(2020, 2, 2), "Exporterad")
    first = team.export(asa, full=True)
    assert imported(leader, first).outcome == "imported"
    run_to_end(retention.gallring_job(leader, TODAY))
    assert leader.get(Contact, old) is None
    again = team.export(asa, full=True)  # a new file with the same old versions
    assert imported(leader, again).line() == "0 nya, 0 uppdaterade, 4 oförändrade, 0 konflikter"
    assert leader.get(Contact, old) is None
    assert all(p is None for p in contents(leader, old))


def test_a_backup_restored_after_gallring_is_culled_again_at_its_next_run(
        db: Database, db_path: Path) -> None:
    _, old = shift_with_contact(db, date(2020, 2, 2), "Säkerhetskopierad")
    run_to_end(backup_job(db, "manual"))
    run_to_end(retention.gallring_job(db, TODAY))
    db.close()
    run_to_end(restore_job(db_path, PASSPHRASE, list_backups(db_path)[-1]))
    with Database.open(db_path, PASSPHRASE, kdf=KdfParams.for_tests()) as back:
        assert back.get(Contact, old).alias == "Säkerhetskopierad"
        assert retention.is_due(back, TODAY)  # the backup's last run is older
        run_to_end(retention.gallring_job(back, TODAY))
        assert back.get(Contact, old) is None


def test_a_person_and_their_contacts_go_five_years_after_the_last_contact(
        db: Database) -> None:
    from faltapp.core.entities import Person

    old_friend, regular = Person("Gammal vän", 2005), Person("Stamgäst", 2008)
    db.save_many([old_friend, regular])
    _, first = shift_with_contact(db, date(2019, 1, 10), "Gammal vän")
    _, early = shift_with_contact(db, date(2019, 2, 1), "Stamgäst")
    _, recent = shift_with_contact(db, date(2026, 10, 1), "Stamgäst")
    for contact_id, person in ((first, old_friend), (early, regular), (recent, regular)):
        loaded = db.load(Contact, contact_id)
        db.save(dataclasses.replace(loaded.entity, person_id=person.id), loaded.version)
    with db.writer.transaction() as txn:  # the people were written down years ago
        txn.conn.execute("UPDATE history SET changed_at = '2019-01-10T20:00:00+00:00' "
                         "WHERE table_name = 'person'")
    due = {(d.table, d.id) for d in retention.due_records(db, TODAY)}
    assert ("person", old_friend.id) in due and ("contact", first) in due
    assert ("person", regular.id) not in due
    assert ("contact", early) not in due  # kept while the person has a recent entry
    run_to_end(retention.gallring_job(db, TODAY))
    assert db.get(Person, old_friend.id) is None and db.get(Person, regular.id) is not None
    assert db.get(Contact, early) is not None


def test_the_access_log_keeps_two_years(db: Database) -> None:
    db.access.log("open_person", "person", "p1")
    with db.writer.transaction() as txn:
        txn.conn.executemany(
            "INSERT INTO access_log (logged_at, who, device, action) VALUES (?, ?, ?, ?)",
            [("2023-06-01T10:00:00+00:00", "Anna", "d", "print"),
             ("2024-12-10T10:00:00+00:00", "Anna", "d", "print")])
    assert retention.due_log_rows(db, TODAY) == 1
    result = run_to_end(retention.gallring_job(db, TODAY))
    assert result.purged.get("access_log") == 1
    assert db.access.count() == 2


def test_changing_a_period_is_written_to_the_access_log(db: Database) -> None:
    before = db.access.count()
    retention.set_days(db, "contact", 900)
    entry = db.access.entries()[-1]
    assert db.access.count() == before + 1
    assert (entry.action, entry.record_id) == ("settings", "retention_days:contact")
    with pytest.raises(RetentionError):
        retention.set_days(db, "contact", 0)
    assert db.access.count() == before + 1  # a refused value changes and logs nothing
