"""Writing this device's export file (``.faltapp``) as a job (issue 8 item 2; no Qt).

What an export carries:

- a field secretary's (member's) export: the versions this device made, encrypted to every
  leader that is not revoked and to the author;
- a leader's export: every version this database holds — its own, the shared data (places,
  categories, staff, follow-up status) and what it imported from the members — with the
  roster signed by the leader in the manifest's ``shared`` block, encrypted to every device
  on the roster that is not revoked. The leader is the hub: members never read each other's
  files, so this is how every device reaches the same state.

By default only versions that arrived since this device's last export (history ``seq``); with
``full`` everything. The per-device counter in the manifest only goes up (``export_log``). The
file is written to a temporary file in the target folder, fsynced and renamed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from faltapp.core.jobs import Job, Progress
from faltapp.core.messages import text
from faltapp.store.atomic_file import write_atomically
from faltapp.store.errors import StoreError
from faltapp.store.sync_log import ExportLogEntry, StoredVersion
from faltapp.sync.export_format import ExportFileError, ExportRecord, Manifest, write_export

if TYPE_CHECKING:
    from faltapp.core.team import TeamDevice
    from faltapp.store.database import Database

STEP = 1000
"""Versions read between two progress reports."""


class ExportError(StoreError):
    """An export that could not be made or saved (one sentence for the user)."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    """An export written: where, which, and what it holds."""

    path: Path
    export_id: str
    counter: int
    full: bool
    records: int
    record_counts: dict[str, int]
    size: int


def export_job(db: Database, path: Path, *, full: bool = False,
               overwrite: bool = False) -> Job[ExportResult]:
    """Write this device's export to ``path``; returns what was written.

    Refuses (:class:`ExportError`) a database outside a team or not yet approved, and an
    existing ``path`` unless ``overwrite``. Cancelling before the file is written leaves
    nothing behind and the counter unused.
    """
    path = Path(path)
    me = _enrolled(db)
    keys = db.team.keys()
    team = db.team.team()
    assert team is not None  # _enrolled checked it
    last = db.sync.last_export()
    counter = last.counter + 1 if last else 1
    seq_from = 0 if full or last is None else last.seq_to
    seq_to = db.sync.last_seq()
    records: list[ExportRecord] = []
    source = db.sync.versions_since(seq_from, seq_to, None if me.is_leader else db.device_id)
    for read, version in enumerate(source, 1):
        record = _record(version)
        if record is not None:
            records.append(record)
        if read % STEP == 0:
            yield Progress(len(records))
    shared = None
    recipients = db.team.leader_recipients()
    if me.is_leader:
        from faltapp.sync.enrolment import shared_roster

        shared = {"roster": shared_roster(db)}
        recipients = [d.age_recipient for d in db.team.roster() if not d.revoked]
    manifest = Manifest.new(team.team_id, db.device_id, counter, full=full, shared=shared)
    try:
        data = write_export(manifest, records, keys, recipients)
    except ExportFileError as error:
        raise ExportError(str(error)) from error
    yield Progress(len(records), len(records))
    _save(path, data, overwrite)
    counts: dict[str, int] = {}
    for record in records:
        counts[record.table] = counts.get(record.table, 0) + 1
    db.sync.log_export(ExportLogEntry(manifest.export_id, counter, full, seq_from, seq_to,
                                      len(records), manifest.created_at))
    db.team.note_export(db.device_id, counter, manifest.created_at)
    db.access.log("export", "export_log", manifest.export_id)
    return ExportResult(path, manifest.export_id, counter, full, len(records), counts,
                        len(data))


def _enrolled(db: Database) -> TeamDevice:
    if db.team.team() is None:
        raise ExportError(text("Den här databasen hör inte till något team; gå med i ett team "
                               "innan du exporterar."))
    me = db.team.device(db.device_id)
    if me is None:
        raise ExportError(text("Den här enheten är inte godkänd i teamet ännu; en ledare "
                               "måste godkänna den innan den kan exportera."))
    if me.revoked:
        raise ExportError(text("Den här enheten är återkallad ur teamet och kan inte "
                               "exportera."))
    return me


def _record(version: StoredVersion) -> ExportRecord | None:
    """The export record of a stored version; None for a purged edit (no content travels:
    retention is each device's own; a purged deletion still travels, it has no content)."""
    if version.payload is None:
        return None
    return ExportRecord(version.table, version.id, version.version, version.parent,
                        version.parent2, version.hash, version.deleted, version.payload,
                        version.changed_at, version.changed_by)


def _save(path: Path, data: bytes, overwrite: bool) -> None:
    try:
        write_atomically(path, data, replace=overwrite)
    except FileExistsError:
        raise ExportError(text("Filen {path} finns redan; välj ett annat namn.",
                               path=path)) from None
    except OSError as error:
        raise ExportError(text("Exporten kunde inte sparas i {folder}: {problem}.",
                               folder=path.parent, problem=error.strerror or error)) from None
