"""``faltapp check``: read every page of the database and say whether it is whole.

Exit 0 and "Databasen är hel." when it is; otherwise the problems SQLite found, the newest
backup to restore from (``faltapp restore N``), and exit 1.
"""

from __future__ import annotations

import argparse
from typing import Any

from faltapp.core.messages import text


def cmd_check(args: argparse.Namespace) -> int:
    """``faltapp check``."""
    from faltapp.cli import read_passphrase
    from faltapp.cli_backup import local_time
    from faltapp.store.backups import list_backups
    from faltapp.store.database import Database
    from faltapp.store.health import quick_check

    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        problems = quick_check(db)
    if not problems:
        print(text("Databasen är hel."))
        return 0
    print(text("Databasen är skadad:"))
    for problem in problems:
        print(f"  {problem}")
    backups = list_backups(args.db_path)
    if backups:
        print(text("Den nyaste säkerhetskopian är från {when}; återställ den med "
                   "'faltapp restore 1' (den kontrolleras först).", when=local_time(backups[0])))
    else:
        print(text("Det finns ingen säkerhetskopia att återställa från."))
    return 1


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``check`` on the CLI's sub-commands."""
    parser = sub.add_parser("check", parents=[common], help="kontrollera att databasen är hel",
                            description="Läs varje sida i databasen (quick_check) och säg om "
                                        "den är hel; annars vilken säkerhetskopia som finns.")
    parser.set_defaults(func=cmd_check)
