"""Test helpers for sync: a team of databases, shifts to edit, export and import by file,
and the state that must end up equal on every device."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

from faltapp.core.entities import Contact, Place, Shift, Tally
from faltapp.core.jobs import run_to_end
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.sync import enrolment
from faltapp.sync.exporter import ExportResult, export_job
from faltapp.sync.importer import ImportResult, import_job
from tests.conftest import PASSPHRASE

ENTITY_TABLES = ("shift", "tally", "contact", "observation", "follow_up", "walk_item", "place",
                 "staff", "category")


class Team:
    """Databases in one folder; ``make`` creates one, ``files`` counts exports written."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.opened: list[Database] = []
        self.written = 0

    def make(self, name: str) -> Database:
        db = Database.create(self.folder / f"{name}.db", PASSPHRASE, kdf=KdfParams.for_tests())
        self.opened.append(db)
        return db

    def leader(self, name: str = "leader") -> Database:
        db = self.make(name)
        db.team.create_team("Fältgruppen Lidköping", "Anna Lind")
        return db

    def member(self, leader: Database, name: str, *, as_leader: bool = False) -> Database:
        db = self.make(name)
        enrol(leader, db, name.capitalize(), as_leader=as_leader)
        return db

    def export(self, db: Database, *, full: bool = False) -> Path:
        self.written += 1
        path = self.folder / "out" / f"{self.written:03d}-{db.path.stem}.faltapp"
        path.parent.mkdir(exist_ok=True)
        result: ExportResult = run_to_end(export_job(db, path, full=full))
        assert result.path == path
        return path

    def close(self) -> None:
        from tests.conftest import wait_for_jobs

        wait_for_jobs()  # a window's start-up jobs may still read these databases
        for db in self.opened:
            db.close()


def team_in(folder: Path) -> Iterator[Team]:
    """A test module's ``team`` fixture: ``yield from team_in(tmp_path)``."""
    made = Team(folder)
    yield made
    made.close()


def enrol(leader: Database, member: Database, name: str, *, as_leader: bool = False) -> None:
    """Card → join → approve → the leader's roster back to the member."""
    joined = enrolment.join_team(member, enrolment.make_card(leader), name)
    approval = enrolment.check_request(leader, joined.request)
    enrolment.approve(leader, approval, leader=as_leader)
    enrolment.take_roster(member, enrolment.shared_roster(leader))


def imported(db: Database, path: Path, **options: Any) -> ImportResult:
    """Import ``path`` into ``db``, leaving the file where it is."""
    options.setdefault("move", False)
    return run_to_end(import_job(db, path, **options))


def new_shift(db: Database, day: int = 20, summary: str = "Lugn kväll") -> str:
    """A shift with a tally and a contact at one of the database's own places; its id."""
    place = sorted(db.all(Place), key=lambda p: p.id)[0]
    shift = Shift(date(2026, 11, day), time(18), time(23), "kvallspass",
                  area_ids=(place.id,), summary=summary)
    db.apply([(shift, None), (Tally(shift.id, "flicka", "13_15", 3), None),
              (Contact(shift.id, "Sara", 2010, "flicka", place.id), None)])
    return shift.id


def edit_shift(db: Database, shift_id: str, summary: str) -> None:
    """Save a new summary over the shift's current version."""
    import dataclasses

    loaded = db.load(Shift, shift_id)
    assert loaded is not None
    db.save(dataclasses.replace(loaded.entity, summary=summary), loaded.version)


def state(db: Database, *, skip_device: str | None = None) -> dict[str, Any]:
    """What must be equal on every device: each synced row and the whole version graph.

    ``skip_device`` leaves out what that device made itself (a receiver's own seed data).
    """
    where, params = ("WHERE device != ?", [skip_device]) if skip_device else ("", [])
    history = db.query("SELECT table_name, id, version, parent, parent2, hash, deleted "
                       f"FROM history {where} ORDER BY table_name, id, version", params)
    ids = {(r[0], r[1]) for r in history}
    rows: dict[str, list[tuple[Any, ...]]] = {}
    for table in ENTITY_TABLES:
        found = db.query(f'SELECT id, * FROM "{table}" ORDER BY id')
        rows[table] = [tuple(json.dumps(v) for v in r) for r in found if (table, r[0]) in ids]
    return {"history": history, "rows": rows}
