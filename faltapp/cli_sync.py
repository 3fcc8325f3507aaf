"""Sync by export files from the command line (issue 8 item 9).

    faltapp export [--full] -o FILE     this device's export (incremental; --full: everything)
    faltapp import FILE… [--dry-run]    one line per file: "N nya, N uppdaterade,
                                        N oförändrade, N konflikter" or "redan importerad";
                                        --dry-run checks and counts, writes and moves nothing
    faltapp conflicts                   the open conflicts, oldest first

The passphrase comes from ``FALTAPP_PASSPHRASE`` or the terminal. A refused file is one line
saying why (and where it was put aside); the exit code is 1 when any file was refused.
The sync modules are imported only when one of these commands runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from faltapp.core.jobs import run_to_end
from faltapp.core.messages import text


def cmd_export(args: argparse.Namespace) -> int:
    """``faltapp export [--full] -o FILE``."""
    from faltapp.cli import read_passphrase
    from faltapp.store.database import Database
    from faltapp.sync.exporter import export_job

    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        result = run_to_end(export_job(db, Path(args.output), full=args.full))
    print(text("Exporten är sparad i {path}: {records} poster, export nummer {counter}.",
               path=result.path, records=result.records, counter=result.counter))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """``faltapp import FILE… [--dry-run]``: one line per file."""
    from faltapp.cli import read_passphrase
    from faltapp.store.database import Database
    from faltapp.sync.importer import BatchBackup, ImportRefused, import_job

    failed = 0
    batch = BatchBackup()  # one backup before the first file that changes anything
    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        for name in _written_order(db, args.files):
            try:
                result = run_to_end(import_job(db, Path(name), dry_run=args.dry_run,
                                               backup=batch.needed))
                batch.saw(result)
            except ImportRefused as refusal:
                failed += 1
                line = text("{name}: inte inläst: {reason}", name=name, reason=refusal)
                if refusal.quarantined is not None:
                    line += " " + text("(flyttad till {path})", path=refusal.quarantined)
                print(line)
                continue
            suffix = " " + text("(provkörning: inget sparades)") if args.dry_run else ""
            print(f"{name}: {result.line()}{suffix}")
    return 1 if failed else 0


def _written_order(db: Any, names: list[str]) -> list[str]:
    """The files in the order their devices wrote them (device, then export number).

    A device's older export is refused once a newer one is in, so ``faltapp import b a``
    would lose what only ``a`` carries. Files that fail their check keep their place at the
    end (their import refuses them with the reason).
    """
    from faltapp.store.errors import StoreError
    from faltapp.sync.importer import preview_job

    keyed: list[tuple[int, str, int, int, str]] = []
    for position, name in enumerate(names):
        try:
            preview = run_to_end(preview_job(db, Path(name)))
            keyed.append((0, preview.device_id, preview.counter, position, name))
        except StoreError:
            keyed.append((1, "", 0, position, name))
    return [name for *_, name in sorted(keyed)]


def cmd_conflicts(args: argparse.Namespace) -> int:
    """``faltapp conflicts``: one line per open conflict."""
    from faltapp.cli import read_passphrase
    from faltapp.store.database import Database

    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        found = db.conflicts.open()
        names = {d.device_id: d.name for d in db.team.roster()}
    if not found:
        print(text("Inga olösta konflikter."))
        return 0
    for conflict in found:
        print(text("{table} {record_id}: gäller nu {winner}; den andra versionen {loser}",
                   table=conflict.table, record_id=conflict.id,
                   winner=_side(conflict.winner, names), loser=_side(conflict.loser, names)))
    return 0


def _side(side: Any, names: dict[str, str]) -> str:
    who = names.get(side.changed_by, side.changed_by[:8])
    what = text("borttagen") if side.deleted else text("ändrad")
    return text("{what} av {who} {when}", what=what, who=who, when=side.changed_at[:16])


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``export``, ``import`` and ``conflicts`` on the CLI's sub-commands."""
    export = sub.add_parser("export", parents=[common], help="exportera till teamet",
                            description="Skriv den här enhetens export (.faltapp): det som "
                                        "ändrats sedan förra exporten, eller allt med --full.")
    export.add_argument("-o", "--output", required=True, metavar="FIL",
                        help="exportfilen som ska skrivas (får inte finnas)")
    export.add_argument("--full", action="store_true", help="exportera allt, inte bara det nya")
    export.set_defaults(func=cmd_export)
    imp = sub.add_parser("import", parents=[common], help="läs in exporter från teamet",
                         description="Läs in en eller flera exportfiler; en rad per fil.")
    imp.add_argument("files", nargs="+", metavar="FIL", help="exportfiler (.faltapp)")
    imp.add_argument("--dry-run", action="store_true",
                     help="kontrollera och räkna, men spara och flytta ingenting")
    imp.set_defaults(func=cmd_import)
    conflicts = sub.add_parser("conflicts", parents=[common], help="lista olösta konflikter")
    conflicts.set_defaults(func=cmd_conflicts)
