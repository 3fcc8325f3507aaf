"""Reports from the command line.

    faltapp report shift ID [-o FILE]          Passrapport for one shift
    faltapp report walk ID [-o FILE]           protocol of a Tätortsvandring
    faltapp report week 2026-W47 [-o FILE]     Veckosammanställning
    faltapp report lagesbild 2026-W47 [-o FILE]
                                               Lägesbild för EST (no person-level data)
    faltapp report promises 2026-01-01..2026-12-31 [-o FILE]
                                               medborgarlöfte follow-up (also: 2026, 2026-03)
    faltapp lagesbild 2026-W47 [--csv] [-o FILE]
                                               the lägesbild as PDF, or as CSV (standard out
                                               without -o)

ID may be the first characters of a shift's id when they are unique. Without ``-o`` a PDF goes
to a file in the current folder named after the report (``passrapport-DATE-ID8.pdf``,
``vecka-2026-W47.pdf``, ``lagesbild-2026-W47.pdf``, ``medborgarloften-START-END.pdf``); ``-o -``
writes it to standard output. Files are written atomically: a failure leaves no half-written
file. Week figures count overdue follow-ups against today's date.
"""

from __future__ import annotations

import argparse
import re
import sys
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from faltapp.core.messages import text


@dataclass(frozen=True)
class _Kind:
    """One report: its file stem, help text, what its argument is and how to build it."""

    stem: str
    help: str
    metavar: str
    argument_help: str


_KINDS = {
    "shift": _Kind("passrapport", "passrapport för ett pass (PDF)", "ID",
                   "passets id; de första tecknen räcker när de är entydiga"),
    "walk": _Kind("tatortsvandring", "protokoll från en tätortsvandring (PDF)", "ID",
                  "passets id; de första tecknen räcker när de är entydiga"),
    "week": _Kind("vecka", "veckosammanställning (PDF)", "VECKA", "ISO-vecka, t.ex. 2026-W47"),
    "lagesbild": _Kind("lagesbild", "lägesbild för EST utan personuppgifter (PDF)", "VECKA",
                       "ISO-vecka, t.ex. 2026-W47"),
    "promises": _Kind("medborgarloften", "uppföljning av medborgarlöften (PDF)", "PERIOD",
                      "2026-01-01..2026-12-31, ett år (2026) eller en månad (2026-03)"),
}
_PERIOD = re.compile(r"(\d{4})(?:-(\d{2}))?")


class _Failed(Exception):
    """A report argument or file problem; ``str()`` is the line to print."""


def find_shift(db: Any, prefix: str) -> str:
    """The one shift id starting with ``prefix``; an error when none or several do."""
    found = [i for i in db.shifts.ids() if i.startswith(prefix)] if prefix else []
    if not found:
        raise _Failed(text("Det finns inget pass med id {prefix!r}.", prefix=prefix))
    if len(found) > 1 and prefix not in found:
        raise _Failed(text("Id {prefix!r} passar flera: skriv fler tecken.", prefix=prefix))
    return prefix if prefix in found else found[0]


def parse_week(value: str) -> Any:
    """``2026-W47`` as an IsoWeek; a clear error otherwise."""
    from faltapp.core.weeks import IsoWeek

    try:
        return IsoWeek.parse(value.strip())
    except ValueError as error:
        raise _Failed(str(error)) from error


def parse_period(value: str) -> tuple[date, date]:
    """``START..END`` (ISO dates, both included), a year ``2026`` or a month ``2026-03``."""
    value = value.strip()
    try:
        if ".." in value:
            start_text, end_text = value.split("..", 1)
            start, end = date.fromisoformat(start_text), date.fromisoformat(end_text)
        elif match := _PERIOD.fullmatch(value):
            year, month = int(match.group(1)), match.group(2)
            if month is None:
                start, end = date(year, 1, 1), date(year, 12, 31)
            else:
                start = date(year, int(month), 1)
                end = start.replace(day=monthrange(year, start.month)[1])
        else:
            raise ValueError(value)
    except ValueError as error:
        raise _Failed(text("{value!r} är ingen period; skriv den som 2026-01-01..2026-12-31, "
                           "2026 eller 2026-03.", value=value)) from error
    if end < start:
        raise _Failed(text("Perioden {value!r} slutar före den börjar.", value=value))
    return start, end


def _build(db: Any, kind: str, argument: str) -> tuple[bytes, str]:
    """The report's bytes and its default file name."""
    from faltapp.core.jobs import run_to_end

    stem = _KINDS[kind].stem
    if kind in ("shift", "walk"):
        shift_id = find_shift(db, argument)
        if kind == "walk":
            from faltapp.reports.walk_report import walk_pdf as build_shift
        else:
            from faltapp.reports.shift_report import shift_pdf as build_shift
        data = run_to_end(build_shift(db, shift_id))
        day = db.load_shift(shift_id).bundle.shift.date
        return data, f"{stem}-{day.isoformat()}-{shift_id[:8]}.pdf"
    if kind == "promises":
        start, end = parse_period(argument)
        from faltapp.reports.promise_report import promises_pdf

        return run_to_end(promises_pdf(db, start, end)), f"{stem}-{start}-{end}.pdf"
    week = parse_week(argument)
    build_week: Callable[..., Any]
    if kind == "week":
        from faltapp.reports.week_report import week_pdf as build_week
    else:
        from faltapp.reports.lagesbild import lagesbild_pdf as build_week
    return run_to_end(build_week(db, week, date.today())), f"{stem}-{week}.pdf"


def write_out(data: bytes, output: str | None, default_name: str) -> str | None:
    """Save ``data`` to ``output`` (or the default name; ``-``: standard out).

    Returns the line to print, None when the data went to standard out.
    """
    from faltapp.reports.output import save_pdf

    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return None
    path = Path(output or default_name)
    save_pdf(data, path)
    return text("Sparade {path}.", path=path)


def _run(args: argparse.Namespace, make: Callable[[Any], tuple[bytes, str]]) -> int:
    from faltapp.cli import CliError, read_passphrase
    from faltapp.reports.output import ReportError
    from faltapp.store.database import Database

    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        try:
            data, name = make(db)
            line = write_out(data, args.output, name)
        except (ReportError, _Failed) as error:
            raise CliError(str(error)) from error
    if line:
        print(line)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """``faltapp report KIND ARGUMENT [-o FILE]``."""
    return _run(args, lambda db: _build(db, args.report, args.argument))


def cmd_lagesbild(args: argparse.Namespace) -> int:
    """``faltapp lagesbild WEEK [--csv] [-o FILE]``: CSV goes to standard out without -o."""
    if not args.csv:
        return _run(args, lambda db: _build(db, "lagesbild", args.week))
    if args.output is None:
        args.output = "-"

    def make(db: Any) -> tuple[bytes, str]:
        week = parse_week(args.week)
        from faltapp.reports.lagesbild import lagesbild_csv

        return lagesbild_csv(db, week, date.today()), f"lagesbild-{week}.csv"

    return _run(args, make)


def _output_option(parser: argparse.ArgumentParser, default: str) -> None:
    parser.add_argument("-o", "--output", metavar="FIL",
                        help=f"filen att skriva (ersätts om den finns); utan -o: {default}; "
                             "'-' skriver till standard ut")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``report`` (with its kinds) and ``lagesbild`` on the CLI's sub-commands."""
    report = sub.add_parser("report", parents=[common], help="skriv en rapport som PDF",
                            description="Skriv en rapport som PDF-fil.")
    kinds = report.add_subparsers(dest="report", required=True,
                                  metavar="{" + ",".join(_KINDS) + "}")
    for name, kind in _KINDS.items():
        parser = kinds.add_parser(name, parents=[common], help=kind.help,
                                  description=kind.help[0].upper() + kind.help[1:] + ".")
        parser.add_argument("argument", metavar=kind.metavar, help=kind.argument_help)
        _output_option(parser, f"{kind.stem}-….pdf i aktuell mapp")
    report.set_defaults(func=cmd_report)
    lagesbild = sub.add_parser(
        "lagesbild", parents=[common], help="lägesbild för EST som PDF eller CSV",
        description="Lägesbild för EST för en vecka, utan personuppgifter: antal under 3 "
                    "skrivs \"<3\".")
    lagesbild.add_argument("week", metavar="VECKA", help="ISO-vecka, t.ex. 2026-W47")
    lagesbild.add_argument("--csv", action="store_true",
                           help="skriv CSV (UTF-8, semikolon) i stället för PDF")
    _output_option(lagesbild, "PDF: lagesbild-VECKA.pdf i aktuell mapp, CSV: standard ut")
    lagesbild.set_defaults(func=cmd_lagesbild)
