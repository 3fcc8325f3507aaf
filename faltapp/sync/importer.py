"""Reading another device's export into this database, as jobs (issue 8 item 3; no Qt).

In the issue's order: size cap → decrypt → manifest limits → team → signer enrolled and not
revoked → signature → records hash (``export_format.read_export_file`` with the checks of
``import_checks.signer_check``) → replay (same export id, counter) → strict validation of
every record in staging → preview (``db.sync.preview``, nothing written) → a backup
(``store/backups.backup_job``) → ONE transaction: ``db.merge``, the leader's roster from the
manifest, the conflicts a resolution from another device settled, the signer's counter, an
``import_log`` row.

While a file is read, staged and merged the cyclic garbage collector waits
(:func:`collector_paused`): the records are tens of thousands of fresh dicts, and each full
collection over them held the GIL for 12–40 ms (measured with ``bench/sync_stall.py``: the
longest stalls of the GUI thread while the import ran on the task runner). The records are
plain dicts and lists that reference counting frees; cycles others leave meanwhile are
collected once the import ends.

The same file twice is "redan importerad" and writes nothing. A refused file is logged and put
aside in the quarantine folder beside the database (``quarantine.py``), except a file that is
gone, a folder, this device's own export or one encrypted to other devices (it may be
someone else's file in a shared folder: it is left alone).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from faltapp.core.jobs import Job, Progress
from faltapp.core.messages import text
from faltapp.core.versions import utc_now
from faltapp.store.backups import backup_job
from faltapp.store.sync_log import ALREADY, IMPORTED, REFUSED, ImportLogEntry
from faltapp.sync import quarantine
from faltapp.sync.export_format import DEFAULT_MAX_BYTES, ExportFileError, read_export_file
from faltapp.sync.import_checks import (
    ImportRefused,
    check_replay,
    refused,
    signer_check,
    staged_versions,
)

if TYPE_CHECKING:
    from faltapp.core.team import TeamDevice
    from faltapp.store.database import Database
    from faltapp.store.merge import ForeignVersion
    from faltapp.sync.export_format import OpenedExport

DRY_RUN = "dry_run"
NOT_PUT_ASIDE = frozenset({"missing", "not_a_file", "unreadable", "not_for_us", "own_export",
                           "no_team"})
"""Refusals that leave the file where it is: gone, not a file, or not meant for this device."""


@dataclass(frozen=True, slots=True)
class Preview:
    """What importing a file would do, counted per record; nothing was written."""

    path: Path
    export_id: str
    device_id: str
    device_name: str
    counter: int
    created_at: str
    full: bool
    records: int
    new: int
    updated: int
    unchanged: int
    conflicts: int
    already: bool

    @property
    def changes(self) -> int:
        """Records the import would change."""
        return 0 if self.already else self.new + self.updated + self.conflicts


@dataclass(frozen=True, slots=True)
class ImportResult:
    """One file imported (``outcome`` imported), seen before (already) or only previewed."""

    preview: Preview
    outcome: str
    backup: Path | None = None

    def line(self) -> str:
        """``N nya, N uppdaterade, N oförändrade, N konflikter``, or ``redan importerad``."""
        if self.outcome == ALREADY:
            return text("redan importerad")
        p = self.preview
        return text("{new} nya, {updated} uppdaterade, {unchanged} oförändrade, {conflicts} "
                    "konflikter", new=p.new, updated=p.updated, unchanged=p.unchanged,
                    conflicts=p.conflicts)


@dataclass(frozen=True, slots=True)
class _Staged:
    preview: Preview
    opened: OpenedExport
    signer: TeamDevice
    versions: list[tuple[type, ForeignVersion]]


def preview_job(db: Database, path: Path, *,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Job[Preview]:
    """Every check and the preview of ``path``; writes nothing, moves nothing.

    Raises :class:`ImportRefused` for a file that would be refused.
    """
    with collector_paused():
        staged = yield from _stage(db, Path(path), max_bytes)
    return staged.preview


def import_job(db: Database, path: Path, *, dry_run: bool = False, move: bool = True,
               max_bytes: int = DEFAULT_MAX_BYTES, backup: bool = True) -> Job[ImportResult]:
    """Import ``path`` (module docstring); ``dry_run`` stops after the preview.

    A refused file raises :class:`ImportRefused` after it was logged and put aside (moved, or
    copied when ``move`` is false or the source is read-only); ``dry_run`` logs and moves
    nothing. ``backup`` false skips the backup before the commit: for the second and later
    files of a batch, whose caller made one before the first (:class:`BatchBackup`).
    """
    path = Path(path)
    try:
        with collector_paused():
            staged = yield from _stage(db, path, max_bytes)
    except ImportRefused as refusal:
        if not dry_run:
            _refuse(db, path, refusal, move, max_bytes)
        raise
    preview = staged.preview
    if preview.already:
        return ImportResult(preview, ALREADY)
    if dry_run:
        return ImportResult(preview, DRY_RUN)
    made = None
    if preview.changes and backup:
        made = yield from backup_job(db, "import")
    yield Progress(0, len(staged.versions), text("Läser in {name}", name=path.name))
    with collector_paused():
        try:
            _commit(db, staged)
        except ValueError as error:  # versions the merge refuses: a ring of parents
            refusal = ImportRefused("bad_versions", str(error))
            _refuse(db, path, refusal, move, max_bytes)
            raise refusal from None
    yield Progress(len(staged.versions), len(staged.versions))
    return ImportResult(preview, IMPORTED, made)


class BatchBackup:
    """One backup for a batch of files: before the first file that changes anything.

    ``import_job(db, path, backup=batch.needed)`` then ``batch.saw(result)``.
    """

    def __init__(self) -> None:
        self.needed = True

    def saw(self, result: ImportResult) -> None:
        """Note a file's result: once one was backed up, the rest need not be."""
        if result.backup is not None:
            self.needed = False


_PAUSE_LOCK = threading.Lock()
_pauses = [0, False]  # jobs holding the pause; whether the collector was on before the first


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Hold back the cyclic garbage collector (module docstring); nests, across threads."""
    with _PAUSE_LOCK:
        if _pauses[0] == 0:
            _pauses[1] = gc.isenabled()
            gc.disable()
        _pauses[0] += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _pauses[0] -= 1
            if _pauses[0] == 0 and _pauses[1]:
                gc.enable()


def _stage(db: Database, path: Path, max_bytes: int) -> Job[_Staged]:
    """Read, check and preview ``path`` (raises ImportRefused)."""
    yield Progress(0, None, text("Kontrollerar {name}", name=path.name))
    found: list[TeamDevice] = []
    try:
        opened = read_export_file(path, db.team.keys().age_identity, max_bytes=max_bytes,
                                  signer_key=signer_check(db, found))
    except ExportFileError as error:
        raise refused(error) from None
    manifest, signer = opened.manifest, found[0]
    already = check_replay(db, manifest, signer)
    versions = [] if already else staged_versions(db, opened.records)
    roster = _roster(opened, signer)
    if roster is not None:
        _check_roster(db, roster)
    yield Progress(len(opened.records), len(opened.records))
    merge = db.sync.preview([v for _, v in versions])
    if merge.refused:
        table, record_id, version = merge.refused[0]
        raise ImportRefused("version_clash", text(
            "{table} {record_id} version {version} finns redan här med annat innehåll; filen "
            "är förfalskad eller skadad.", table=table, record_id=record_id, version=version))
    preview = Preview(path, manifest.export_id, manifest.device_id, signer.name,
                      manifest.counter, manifest.created_at, manifest.full,
                      len(opened.records), merge.new, merge.updated, merge.unchanged,
                      merge.conflicts, already)
    return _Staged(preview, opened, signer, versions)


def _roster(opened: OpenedExport, signer: TeamDevice) -> dict[str, Any] | None:
    shared = opened.manifest.shared
    if not shared or "roster" not in shared or not signer.is_leader:
        return None
    roster = shared["roster"]
    if not isinstance(roster, dict):
        raise ImportRefused("bad_roster", text("Enhetslistan i filen är inget JSON-objekt."))
    return roster


def _check_roster(db: Database, roster: dict[str, Any]) -> None:
    """Refuse, before anything is written, a roster ``take_roster`` would refuse."""
    from faltapp.sync.team_files import TeamFileError, check_signature, read_roster

    try:
        parsed = read_roster(roster)
        signer = db.team.device(parsed.signed_by)
        if signer is None or not signer.is_leader:
            raise ImportRefused("bad_roster", text(
                "Enhetslistan i filen är inte signerad av en ledare i teamet."))
        check_signature(parsed.document, signer.signing_public)
    except TeamFileError as error:
        raise ImportRefused("bad_roster", str(error)) from None


def _commit(db: Database, staged: _Staged) -> None:
    """The one transaction of an import."""
    from faltapp.sync.enrolment import take_roster

    manifest, preview = staged.opened.manifest, staged.preview
    roster = _roster(staged.opened, staged.signer)
    with db.writer.transaction():
        db.merge(staged.versions)
        if roster is not None:
            take_roster(db, roster)
        db.sync.settle_conflicts(utc_now())
        db.team.note_export(manifest.device_id, manifest.counter, manifest.created_at)
        db.sync.log_import(ImportLogEntry(
            manifest.export_id, manifest.device_id, manifest.counter, manifest.records_sha256,
            preview.path.name, utc_now(), preview.new, preview.updated, preview.unchanged,
            preview.conflicts, IMPORTED))
        db.access.log("import", "import_log", manifest.export_id)


def _refuse(db: Database, path: Path, refusal: ImportRefused, move: bool,
            max_bytes: int) -> None:
    """Log a refused file and put it aside (unless it is not ours to move)."""
    if refusal.reason not in NOT_PUT_ASIDE:
        refusal.quarantined = quarantine.put_aside(db.path, path, refusal.reason, str(refusal),
                                                   move=move, max_copy=max_bytes)
    db.sync.log_import(ImportLogEntry(None, None, None, None, path.name, utc_now(),
                                      outcome=REFUSED, reason=f"{refusal.reason}: {refusal}"))
