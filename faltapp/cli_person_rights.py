"""A person's rights from the command line: the registerutdrag and erasure (issue 9 item 3).

    faltapp person export ID -o FILE     everything stored about the person, as PDF (logged)
    faltapp person erase ID [--yes]      erase the person, their contacts and follow-ups in
                                         one step (logged); without --yes the terminal asks
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from faltapp.core.jobs import run_to_end
from faltapp.core.messages import text


def export_person(db: Any, person_id: str, args: argparse.Namespace) -> int:
    """``faltapp person export ID -o FILE``."""
    from faltapp.reports.output import save_pdf
    from faltapp.reports.registerutdrag import registerutdrag_pdf

    save_pdf(run_to_end(registerutdrag_pdf(db, person_id)), Path(args.output))
    print(text("Registerutdraget är sparat i {path}.", path=args.output))
    return 0


def erase_person(db: Any, person_id: str, args: argparse.Namespace) -> int:
    """``faltapp person erase ID [--yes]``."""
    from faltapp.cli import CliError
    from faltapp.core.entities import Person
    from faltapp.store.erasure import erase_person_job

    person = db.get(Person, person_id)
    alias = person.alias if person else person_id[:8]
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError(text("Lägg till --yes för att radera utan att bli tillfrågad."))
        answer = input(text("Radera {alias} med alla kopplade kontakter och uppföljningar för "
                            "gott? Skriv ja: ", alias=alias))
        if answer.strip().casefold() not in ("ja", "j", "yes", "y"):
            print(text("Inget raderades."))
            return 1
    erased = run_to_end(erase_person_job(db, person_id))
    print(text("{alias} är raderad: {contacts} kontakter och {follow_ups} uppföljningar.",
               alias=alias, contacts=erased.contacts, follow_ups=erased.follow_ups))
    return 0


def add_person_rights(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``person export`` and ``person erase``."""
    export = commands.add_parser("export", parents=[common],
                                 help="registerutdrag: allt om en person som PDF (loggas)")
    export.add_argument("id", help="personens id, eller början av det")
    export.add_argument("-o", "--output", required=True, metavar="FIL", help="PDF-filen")
    erase = commands.add_parser("erase", parents=[common],
                                help="radera en person med kontakter och uppföljningar")
    erase.add_argument("id", help="personens id, eller början av det")
    erase.add_argument("--yes", action="store_true", help="radera utan att fråga (för skript)")
