"""Running gallring: which records are due, and culling them as a job (issue 9 item 2).

A due record is *purged* by the engine (``VersionedWrites.purge``): its content is blanked
in every version, the version chain stays so sync still recognises it, the id is marked so
no import ever brings content back (``store/merge.py``), and each purge is a row in
``retention_log``. A record deleted earlier is culled too: its old versions still hold
content, so its date is read from its last version with content.

The job culls in batches, one transaction each, and yields progress between them:
cancelling keeps the batches already done (each is whole) and the next run goes on. The day
of the last complete run is a local setting; a database restored from an old backup has an
older day, so its next start runs gallring again and culls what the backup brought back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from faltapp.core.entities import TYPE_BY_TABLE
from faltapp.core.jobs import Job, Progress
from faltapp.core.messages import text
from faltapp.core.retention import RetentionRule, check_days, default_rules, with_overrides

if TYPE_CHECKING:
    from faltapp.store.database import Database

BATCH = 200
_LAST_RUN = "gallring_last_run"
_DAYS_KEY = "retention_days:"


@dataclass(frozen=True, slots=True)
class Due:
    """One record the next gallring run culls, and the last entry it counts from."""

    table: str
    id: str
    last_entry: date


@dataclass(frozen=True, slots=True)
class GallringResult:
    """What a run culled, per table, and the versions blanked."""

    purged: dict[str, int]
    versions: int

    def line(self) -> str:
        """One line for the CLI and the status bar."""
        if not self.purged:
            return text("Inget att gallra.")
        return text("Gallrade {n} poster ({versions} versioner).",
                    n=sum(self.purged.values()), versions=self.versions)


def rules(db: Database) -> list[RetentionRule]:
    """The rules in force: the defaults with this database's own periods."""
    overrides = {}
    for key, value in db.query("SELECT key, value FROM settings WHERE key LIKE ?",
                               [_DAYS_KEY + "%"]):
        try:
            overrides[key[len(_DAYS_KEY):]] = check_days(value)
        except ValueError:
            continue  # a damaged setting falls back to the default, never "cull everything"
    return with_overrides(default_rules(), overrides)


def set_days(db: Database, table: str, days: object) -> int:
    """Set the period of ``table``'s rule (raises RetentionError for 0, -1, text…)."""
    checked = check_days(days)
    if not any(r.table == table and r.days is not None for r in default_rules()):
        raise ValueError(f"no retention period for {table!r}")
    with db.writer.transaction():  # the setting and its access-log row, together
        _put_setting(db, _DAYS_KEY + table, str(checked))
        db.access.log("settings", "settings", _DAYS_KEY + table)
    return checked


def last_run(db: Database) -> date | None:
    """The day of the last complete run (None: never)."""
    rows = db.query("SELECT value FROM settings WHERE key = ?", [_LAST_RUN])
    try:
        return date.fromisoformat(rows[0][0]) if rows else None
    except ValueError:
        return None


def is_due(db: Database, today: date) -> bool:
    """Whether start-up should run gallring (not yet run today)."""
    done = last_run(db)
    return done is None or done < today


def due_records(db: Database, today: date) -> list[Due]:
    """Every record the next run culls, oldest last entry first."""
    in_force = {r.table: r for r in rules(db)}
    shift_dates = _dates(db, "shift", "date")
    contacts = _contacts(db, shift_dates)
    last_contact: dict[str, date] = {}
    for _, person_id, day in contacts:
        if person_id and day and (person_id not in last_contact or day > last_contact[person_id]):
            last_contact[person_id] = day
    contact_last = {contact_id: max(day, last_contact.get(person_id or "", day))
                    for contact_id, person_id, day in contacts if day}
    due: list[Due] = []
    rule = in_force.get("contact")
    if rule and (cutoff := rule.cutoff(today)):
        purged = _purged(db, "contact")
        due += [Due("contact", contact_id, last) for contact_id, last in contact_last.items()
                if last < cutoff and contact_id not in purged]
    rule = in_force.get("follow_up")
    if rule and (cutoff := rule.cutoff(today)):
        purged = _purged(db, "follow_up")
        fields = _fields(db, "follow_up", ("shift_id", "contact_id", "due"))
        for follow_up_id, found in fields.items():
            days = [shift_dates.get(found["shift_id"] or ""),
                    contact_last.get(found["contact_id"] or ""), _day(found["due"])]
            last = max((d for d in days if d), default=None)
            if last and last < cutoff and follow_up_id not in purged:
                due.append(Due("follow_up", follow_up_id, last))
    rule = in_force.get("person")
    if rule and (cutoff := rule.cutoff(today)) and "person" in TYPE_BY_TABLE:
        purged = _purged(db, "person")
        for person_id, changed in _dates(db, "person", None).items():
            last = max(changed, last_contact.get(person_id, changed))
            if last < cutoff and person_id not in purged:
                due.append(Due("person", person_id, last))
    return sorted(due, key=lambda d: (d.last_entry, d.table, d.id))


def gallring_job(db: Database, today: date) -> Job[GallringResult]:
    """Cull every due record in batches; see the module docstring."""
    due = due_records(db, today)
    purged: dict[str, int] = {}
    versions = 0
    yield Progress(0, len(due), text("Gallrar…"))
    for start in range(0, len(due), BATCH):
        batch = due[start:start + BATCH]
        with db.changing("gallring") as writes:
            for item in batch:
                versions += writes.purge(TYPE_BY_TABLE[item.table], item.id,
                                         f"{item.table}:{item.last_entry.isoformat()}")
                purged[item.table] = purged.get(item.table, 0) + 1
        yield Progress(start + len(batch), len(due), text("Gallrar…"))
    log_cutoff = _log_cutoff(db, today)
    if log_cutoff is not None:
        rows = db.access.purge_before(log_cutoff)  # the access log's own purge (its trigger)
        if rows:
            purged["access_log"] = rows
    _put_setting(db, _LAST_RUN, today.isoformat())
    return GallringResult(purged, versions)


def due_log_rows(db: Database, today: date) -> int:
    """How many access-log rows the next run deletes."""
    cutoff = _log_cutoff(db, today)
    if cutoff is None:
        return 0
    return int(db.query("SELECT count(*) FROM access_log WHERE logged_at < ?",
                        [cutoff.isoformat()])[0][0])


def _log_cutoff(db: Database, today: date) -> date | None:
    rule = next((r for r in rules(db) if r.table == "access_log"), None)
    if rule is None or not hasattr(db, "access"):
        return None
    return rule.cutoff(today)


# -- reading dates, content of deleted records included ---------------------------------------


def _put_setting(db: Database, key: str, value: str) -> None:
    with db.writer.transaction() as txn:
        txn.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _purged(db: Database, table: str) -> set[str]:
    return {r[0] for r in db.query(
        "SELECT DISTINCT id FROM history WHERE table_name = ? AND purged = 1", [table])}


def _fields(db: Database, table: str, names: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """id → the fields ``names`` of every record, a deleted one's from its last content."""
    columns = {r[1] for r in db.query(f'PRAGMA table_info("{table}")')}
    wanted = [n for n in names if n in columns]
    select = ", ".join(f'"{n}"' for n in wanted)
    out: dict[str, dict[str, Any]] = {}
    for row in db.query(f'SELECT id, deleted{", " + select if select else ""} FROM "{table}"'):
        out[row[0]] = dict.fromkeys(names) | dict(zip(wanted, row[2:], strict=True))
        if row[1]:
            out[row[0]]["__deleted"] = True
    deleted = [i for i, f in out.items() if f.pop("__deleted", False)]
    for record_id, payload in _last_content(db, table, deleted):
        out[record_id] = {n: payload.get(n) for n in names}
    return out


def _last_content(db: Database, table: str, ids: list[str]) -> Iterator[tuple[str, dict]]:
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.query(
            "SELECT id, payload FROM history WHERE table_name = ? AND deleted = 0 "
            f"AND payload IS NOT NULL AND id IN ({marks}) ORDER BY id, lamport", [table, *chunk])
        last = {record_id: payload for record_id, payload in rows}
        for record_id, payload in last.items():
            yield record_id, json.loads(payload)


def _dates(db: Database, table: str, column: str | None) -> dict[str, date]:
    """id → the record's date (``column``), or the day it was last changed (None)."""
    if column is None:  # the last change: a person's last entry that is not a contact
        rows = db.query("SELECT id, substr(max(changed_at), 1, 10) FROM history "
                        "WHERE table_name = ? GROUP BY id", [table])
        return {i: date.fromisoformat(d) for i, d in rows if d}
    return {i: date.fromisoformat(f[column]) for i, f in _fields(db, table, (column,)).items()
            if f[column]}


def _contacts(db: Database, shift_dates: dict[str, date]
              ) -> list[tuple[str, str | None, date | None]]:
    fields = _fields(db, "contact", ("shift_id", "person_id"))
    return [(i, f["person_id"], shift_dates.get(f["shift_id"] or ""))
            for i, f in fields.items()]
