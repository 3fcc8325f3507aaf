"""Backups from the command line.

    faltapp backup                  make a backup now (reason "manuell")
    faltapp restore                 list the backups, newest first, numbered
    faltapp restore N [--yes]       restore backup number N; the current state is backed up
                                    first. Without --yes the terminal asks; a script must
                                    pass --yes

Listing reads only the sidecars, so it needs no passphrase. Backups lie in ``<db>.backups/``
beside the database; see :mod:`faltapp.store.backups` for the rotation. The store module is
imported only when one of these commands runs (off the app's start-up path).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from faltapp.core.jobs import run_to_end
from faltapp.core.messages import text

if TYPE_CHECKING:
    from faltapp.store.backups import BackupInfo


def local_time(info: BackupInfo) -> str:
    """When the backup was made, in this computer's time zone."""
    return info.made_at.astimezone().strftime("%Y-%m-%d %H:%M")


def backup_lines(infos: list[BackupInfo]) -> list[str]:
    """One numbered line per backup: number, time, reason, counts."""
    from faltapp.store.backups import counts_line

    if not infos:
        return [text("Det finns inga säkerhetskopior ännu.")]
    width = max(len(i.label) for i in infos)
    return [f"{number:>3}  {local_time(info)}  {info.label:<{width}}  {counts_line(info.counts)}"
            for number, info in enumerate(infos, start=1)]


def cmd_backup(args: argparse.Namespace) -> int:
    """``faltapp backup``: one backup now."""
    from faltapp.cli import read_passphrase
    from faltapp.store.backups import backup_job, counts_line, list_backups
    from faltapp.store.database import Database

    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        path = run_to_end(backup_job(db, "manual"))
    info = next(i for i in list_backups(args.db_path) if i.path == path)
    print(text("Säkerhetskopian är sparad: {path} ({counts}).", path=path,
               counts=counts_line(info.counts)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """``faltapp restore [N [--yes]]``: list, or restore number N."""
    from faltapp.cli import CliError, read_passphrase
    from faltapp.store.backups import list_backups
    from faltapp.store.restore import restore_job

    infos = list_backups(args.db_path)
    if args.number is None:
        for line in backup_lines(infos):
            print(line)
        return 0
    if not 1 <= args.number <= len(infos):
        raise CliError(text("Det finns ingen säkerhetskopia nummer {number}; "
                            "'faltapp restore' listar dem.", number=args.number))
    info = infos[args.number - 1]
    question = text("Återställa databasen till säkerhetskopian från {when} ({reason})? Det som "
                    "ändrats sedan dess sparas först som en egen säkerhetskopia.",
                    when=local_time(info), reason=info.label)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError(text("Lägg till --yes för att återställa utan att bli tillfrågad."))
        answer = input(question + " " + text("Skriv ja för att återställa: "))
        if answer.strip().casefold() not in ("ja", "j", "yes", "y"):
            print(text("Inget återställdes."))
            return 1
    result = run_to_end(restore_job(args.db_path, read_passphrase(confirm=False), info))
    print(text("Databasen är återställd till säkerhetskopian från {when}.",
               when=local_time(info)))
    if result.previous is not None:
        print(text("Databasen som den var före återställningen finns i {path}.",
                   path=result.previous))
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``backup`` and ``restore`` on the CLI's sub-commands."""
    backup = sub.add_parser("backup", parents=[common], help="gör en säkerhetskopia nu",
                            description="Gör en krypterad säkerhetskopia bredvid databasen.")
    backup.set_defaults(func=cmd_backup)
    restore = sub.add_parser(
        "restore", parents=[common], help="lista säkerhetskopior eller återställ en",
        description="Utan nummer: lista säkerhetskopiorna, nyaste först. Med nummer: "
                    "återställ den; databasen som den är nu sparas först.")
    restore.add_argument("number", metavar="N", type=int, nargs="?",
                         help="numret i listan (1 är den nyaste)")
    restore.add_argument("--yes", action="store_true",
                         help="återställ utan att fråga (för skript)")
    restore.set_defaults(func=cmd_restore)
