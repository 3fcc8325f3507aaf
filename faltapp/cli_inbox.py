"""The inbox folder from the command line (issue 8 item 6).

    faltapp inbox              the folder chosen as this database's inbox
    faltapp inbox FOLDER       choose it
    faltapp inbox --off        stop using an inbox
    faltapp inbox --run        read in what is new there now: one line per file

Nothing in the folder is moved or deleted; a file that would make a conflict is left for
``faltapp import FILE`` (or the app's import dialog), where a person sees its preview first.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from faltapp.core.jobs import run_to_end
from faltapp.core.messages import text


def cmd_inbox(args: argparse.Namespace) -> int:
    """``faltapp inbox [FOLDER | --off | --run]``."""
    from faltapp.cli import CliError, read_passphrase
    from faltapp.store.database import Database
    from faltapp.sync.inbox import inbox_folder, inbox_job, set_inbox_folder

    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        if args.off:
            set_inbox_folder(db, None)
        elif args.folder:
            try:
                set_inbox_folder(db, Path(args.folder))
            except NotADirectoryError as error:
                raise CliError(str(error)) from None
        folder = inbox_folder(db)
        if folder is None:
            print(text("Ingen inkorg är vald."))
            return 0
        print(text("Inkorg: {folder}", folder=folder))
        if not args.run:
            return 0
        result = run_to_end(inbox_job(db, folder))
    for name, line in result.imported:
        print(f"{name}: {line}")
    for name in result.already:
        print(f"{name}: " + text("redan importerad"))
    for path, preview in result.to_review:
        print(text("{name}: {n} konflikter; läs in den med 'faltapp import' efter granskning",
                   name=path.name, n=preview.conflicts))
    for name, reason in result.refused:
        print(text("{name}: inte inläst: {reason}", name=name, reason=reason))
    if not (result.imported or result.already or result.to_review or result.refused):
        print(text("Inget nytt i inkorgen."))
    return 1 if result.refused else 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``inbox`` on the CLI's sub-commands."""
    parser = sub.add_parser("inbox", parents=[common], help="inkorgsmappen för exportfiler",
                            description="Visa, välj eller töm inkorgen, eller läs in det nya.")
    parser.add_argument("folder", nargs="?", metavar="MAPP", help="mappen som ska vara inkorg")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--off", action="store_true", help="sluta använda en inkorg")
    group.add_argument("--run", action="store_true", help="läs in det som är nytt nu")
    parser.set_defaults(func=cmd_inbox)
