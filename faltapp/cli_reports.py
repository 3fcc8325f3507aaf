"""Reports from the command line, as PDF files.

    faltapp report shift ID [-o FILE]    Passrapport for one shift
    faltapp report walk ID [-o FILE]     protocol of a Tätortsvandring

ID may be the first characters of a shift's id when they are unique. Without ``-o`` the PDF
goes to ``passrapport-DATE-ID8.pdf`` or ``tatortsvandring-DATE-ID8.pdf`` in the current folder
(DATE the shift's date, ID8 the first eight characters of its id, so two shifts of one day
never overwrite each other); ``-o -`` writes the PDF to standard output. A file is written
atomically: a failure leaves no half-written PDF.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from faltapp.core.messages import text

_REPORTS = {
    "shift": ("passrapport", "passrapport för ett pass (PDF)"),
    "walk": ("tatortsvandring", "protokoll från en tätortsvandring (PDF)"),
}


def find_shift(db: Any, prefix: str) -> str:
    """The one shift id starting with ``prefix``; ``ReportError`` when none or several do."""
    from faltapp.reports.output import ReportError

    found = [i for i in db.shifts.ids() if i.startswith(prefix)] if prefix else []
    if not found:
        raise ReportError(text("Det finns inget pass med id {prefix!r}.", prefix=prefix))
    if len(found) > 1 and prefix not in found:
        raise ReportError(text("Id {prefix!r} passar flera: skriv fler tecken.", prefix=prefix))
    return prefix if prefix in found else found[0]


def make_report(db: Any, kind: str, prefix: str, output: str | None) -> str | None:
    """Build the report and save it; returns the line to print (None when written to stdout)."""
    from faltapp.core.jobs import run_to_end
    from faltapp.reports.output import save_pdf

    shift_id = find_shift(db, prefix)
    if kind == "walk":
        from faltapp.reports.walk_report import walk_pdf as build
    else:
        from faltapp.reports.shift_report import shift_pdf as build
    data = run_to_end(build(db, shift_id))
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return None
    if output is None:
        shift = db.load_shift(shift_id).bundle.shift
        output = f"{_REPORTS[kind][0]}-{shift.date.isoformat()}-{shift_id[:8]}.pdf"
    save_pdf(data, Path(output))
    return text("Sparade {path}.", path=output)


def cmd_report(args: argparse.Namespace) -> int:
    """``faltapp report shift|walk ID [-o FILE]``."""
    from faltapp.cli import CliError, read_passphrase
    from faltapp.reports.output import ReportError
    from faltapp.store.database import Database

    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        try:
            line = make_report(db, args.report, args.id, args.output)
        except ReportError as error:
            raise CliError(str(error)) from error
    if line:
        print(line)
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``report`` with its kinds on the CLI's sub-command parser."""
    report = sub.add_parser("report", parents=[common], help="skriv en rapport som PDF",
                            description="Skriv en rapport som PDF-fil.")
    kinds = report.add_subparsers(dest="report", required=True, metavar="{shift,walk}")
    for kind, (stem, help_text) in _REPORTS.items():
        parser = kinds.add_parser(kind, parents=[common], help=help_text, description=help_text)
        parser.add_argument("id", metavar="ID",
                            help="passets id; de första tecknen räcker när de är entydiga")
        parser.add_argument(
            "-o", "--output", metavar="FIL",
            help=f"filen att skriva (ersätts om den finns); utan -o: {stem}-DATUM-ID.pdf i "
                 "aktuell mapp; '-' skriver PDF:en på standard ut")
    report.set_defaults(func=cmd_report)
