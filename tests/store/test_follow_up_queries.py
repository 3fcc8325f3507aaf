"""The follow-up list's queries: open ones by due date, owners, overdue counts."""

from __future__ import annotations

from datetime import date, time

from faltapp.core.entities import Contact, FollowUp, Shift, Staff
from faltapp.store.database import Database


def _fill(db: Database) -> dict[str, FollowUp]:
    anna, bo = Staff(name="Anna Berg", initials="AB"), Staff(name="Bo Ek", initials="BE")
    shift = Shift(date=date(2026, 3, 13), start=time(18), end=time(23), kind="kvallspass")
    contact = Contact(shift_id=shift.id, alias="Elsa K.")
    items = {
        "later": FollowUp(text="Ring skolan", due=date(2026, 3, 20), owner_id=anna.id,
                          shift_id=shift.id),
        "soon": FollowUp(text="Ring mamma", due=date(2026, 3, 14), owner_id=bo.id,
                         shift_id=shift.id, contact_id=contact.id),
        "undated": FollowUp(text="Kolla lampan", shift_id=shift.id),
        "done": FollowUp(text="Klar", due=date(2026, 3, 1), owner_id=anna.id, status="done"),
    }
    db.save_many([anna, bo, shift, contact, *items.values()])
    return items


def test_open_follow_ups_come_soonest_due_first_and_undated_last(db: Database) -> None:
    items = _fill(db)
    ids = db.follow_ups.open_ids()
    assert ids == [items["soon"].id, items["later"].id, items["undated"].id]
    soon = db.follow_ups.rows([items["soon"].id])[0]
    assert (soon.text, soon.due, soon.owner_name, soon.shift_date, soon.contact_alias) == (
        "Ring mamma", date(2026, 3, 14), "Bo Ek", date(2026, 3, 13), "Elsa K.")
    undated = db.follow_ups.rows([items["undated"].id])[0]
    assert undated.owner_name is None and undated.due is None


def test_owner_filter_grouping_and_overdue_count(db: Database) -> None:
    items = _fill(db)
    anna_id = items["later"].owner_id
    assert db.follow_ups.open_ids(anna_id) == [items["later"].id]
    assert db.follow_ups.open_ids(by_owner=True) == [
        items["later"].id, items["soon"].id, items["undated"].id]  # Anna, Bo, nobody
    assert [name for _, name in db.follow_ups.owners()] == ["Anna Berg", "Bo Ek"]
    assert db.follow_ups.overdue_count(date(2026, 3, 15)) == 1  # "done" is not counted
    assert db.follow_ups.overdue_count(date(2026, 3, 14)) == 0  # due today is not late


def test_rows_skip_missing_ids_and_keep_order(db: Database) -> None:
    items = _fill(db)
    wanted = [items["undated"].id, "missing", items["soon"].id]
    assert [r.id for r in db.follow_ups.rows(wanted)] == [items["undated"].id, items["soon"].id]
    assert db.follow_ups.rows([]) == []
