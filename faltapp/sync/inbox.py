"""The inbox folder: export files that appear in a chosen folder are read in (issue 8 item 6).

A shared drive or the team's USB stick can be this laptop's inbox. ``inbox_job`` looks at
the ``.faltapp`` files directly in it (no subfolders, no links), oldest first:

- a file imported or refused before is remembered (path, size, time) and not opened again;
- a file already imported another way costs one check and is "redan importerad";
- a file that would make a conflict is *not* imported: it is returned for the person to
  look at in the import dialog first, with the same device's later files (read in before
  it, they would make it "an older export");
- every other file that passes the checks is imported;
- a refused file is logged and copied to the quarantine folder, and remembered (by path,
  size and time) so it is not tried again every minute; files not meant for this laptop
  (encrypted to others, this laptop's own exports) are remembered silently.

Nothing in the inbox is ever moved, changed or deleted: the stick keeps every file.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from faltapp.core.jobs import Job, Progress
from faltapp.core.messages import text

if TYPE_CHECKING:
    from faltapp.store.database import Database
    from faltapp.sync.importer import Preview

FileKey = tuple[str, int, int]
SUFFIX = ".faltapp"
MAX_FILES = 500
MAX_SEEN = 2000
SILENT = frozenset({"not_for_us", "own_export", "no_team"})
"""Refusals of files that are simply not for this laptop: no message, no quarantine."""


@dataclass
class InboxResult:
    """What one look at the inbox did."""

    imported: list[tuple[str, str]] = field(default_factory=list)  # (file, result line)
    new: int = 0  # records new here, over every imported file
    updated: int = 0
    to_review: list[tuple[Path, Preview]] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    already: list[str] = field(default_factory=list)  # files read in before

    def line(self) -> str:
        """One line for the status bar ("" when nothing happened)."""
        parts = []
        if self.imported:
            parts.append(text("{n} filer inlästa ({new} nya, {updated} uppdaterade)",
                              n=len(self.imported), new=self.new, updated=self.updated))
        if self.to_review:
            parts.append(text("{n} med konflikter väntar på granskning", n=len(self.to_review)))
        if self.refused:
            parts.append(text("{n} vägrade (se karantänmappen)", n=len(self.refused)))
        return text("Inkorgen: {what}.", what=", ".join(parts)) if parts else ""


def inbox_folder(db: Database) -> Path | None:
    """The chosen inbox folder, or None."""
    value = db.local.get("inbox_folder")
    return Path(value) if value else None


def set_inbox_folder(db: Database, folder: Path | None) -> None:
    """Choose (or, with None, stop using) the inbox folder."""
    if folder is not None and not Path(folder).is_dir():
        raise NotADirectoryError(text("Mappen {folder} finns inte.", folder=folder))
    with db.writer.transaction():  # the setting and its access-log row, together
        db.local.put("inbox_folder", None if folder is None else str(Path(folder).absolute()))
        db.access.log("settings", "settings", "inbox_folder")


def inbox_candidates(db: Database, folder: Path,
                     skip: Collection[FileKey] = frozenset()) -> list[Path]:
    """The export files directly in ``folder`` not looked at before, oldest first.

    ``skip``: keys (:func:`file_key`) of files to pass over this time, e.g. those already
    waiting for a person. A folder that is gone (the stick was pulled) has none.
    """
    seen = _seen(db) | set(skip)
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for path in entries:
        try:
            if path.suffix != SUFFIX or path.is_symlink() or not path.is_file():
                continue
            stat = path.stat()
        except OSError:
            continue
        if _key(path, stat) not in seen:
            found.append((stat.st_mtime, path))
    return [path for _, path in sorted(found)][:MAX_FILES]


def inbox_job(db: Database, folder: Path,
              skip: Collection[FileKey] = frozenset()) -> Job[InboxResult]:
    """Look at the inbox once (module docstring); writes only through the importer.

    Every file is checked first; then each device's files are taken in the order the device
    wrote them (a later export read first would make the earlier one "an older export"),
    and once one of a device's files waits for a person, its later files wait with it.
    ``skip`` as for :func:`inbox_candidates`.
    """
    from faltapp.sync.import_checks import ImportRefused
    from faltapp.sync.importer import BatchBackup, import_job, preview_job

    result = InboxResult()
    files = inbox_candidates(db, folder, skip)
    total = 2 * len(files)
    checked: list[tuple[Path, Preview]] = []
    for number, path in enumerate(files):
        yield Progress(number, total, path.name)
        try:
            checked.append((path, (yield from preview_job(db, path))))
        except ImportRefused as refusal:
            _refused(db, path, refusal, result)
    checked.sort(key=lambda item: (item[1].device_id, item[1].counter))
    batch, wrote, waiting = BatchBackup(), False, set()
    for number, (path, preview) in enumerate(checked, len(files)):
        yield Progress(number, total, path.name)
        try:
            if wrote and not preview.already:  # what was read in may change this one's preview
                preview = yield from preview_job(db, path)
            if preview.already:
                result.already.append(path.name)
                _remember(db, path)
            elif preview.conflicts or preview.device_id in waiting:
                waiting.add(preview.device_id)
                result.to_review.append((path, preview))
            else:
                done = yield from import_job(db, path, move=False, backup=batch.needed)
                batch.saw(done)
                wrote = True
                result.imported.append((path.name, done.line()))
                result.new += done.preview.new
                result.updated += done.preview.updated
                _remember(db, path)
        except ImportRefused as refusal:
            _refused(db, path, refusal, result)
    yield Progress(total, total)
    return result


def _refused(db: Database, path: Path, refusal: Exception, result: InboxResult) -> None:
    """Log and copy aside a refused file (through the importer) and remember it."""
    from faltapp.core.jobs import run_to_end
    from faltapp.sync.import_checks import ImportRefused
    from faltapp.sync.importer import import_job

    reason = getattr(refusal, "reason", "")
    if reason not in SILENT:
        try:  # logs the refusal and copies the file to quarantine; the inbox keeps it
            run_to_end(import_job(db, path, move=False))
        except ImportRefused as again:
            refusal = again
        result.refused.append((path.name, str(refusal)))
    _remember(db, path)


def file_key(path: Path) -> FileKey | None:
    """What makes a file the same file (path, size, time); None if it is gone."""
    try:
        return _key(path, path.stat())
    except OSError:
        return None


def _key(path: Path, stat: os.stat_result) -> FileKey:
    """A copied-over or rewritten file has another key and is looked at again."""
    return str(path.absolute()), stat.st_size, stat.st_mtime_ns


def _seen(db: Database) -> set[FileKey]:
    return {(item[0], item[1], item[2]) for item in db.local.get_json("inbox_seen", [])
            if isinstance(item, list) and len(item) == 3}


def _remember(db: Database, path: Path) -> None:
    """Do not look at this file again (by path, size and time: a new file is looked at)."""
    key = file_key(path)
    if key is None:
        return  # gone meanwhile: nothing to remember
    seen = db.local.get_json("inbox_seen", [])
    seen.append(list(key))
    db.local.put_json("inbox_seen", seen[-MAX_SEEN:])
