"""Gallring (retention) from the command line.

    faltapp gallring                 the rules in force: period, counted from, legal basis
    faltapp gallring --preview       what the next run culls: counts per kind, oldest entry
    faltapp gallring --run           cull it now (logged in the retention log)
    faltapp gallring --set KIND DAYS change one period (0 or -1 is refused)

The app also runs gallring by itself at start-up once a day. Store modules are imported only
when the command runs (off the app's start-up path).
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from faltapp.core.jobs import run_to_end
from faltapp.core.messages import text


def cmd_gallring(args: argparse.Namespace) -> int:
    """``faltapp gallring [--preview | --run | --set KIND DAYS]``."""
    from faltapp.cli import CliError, read_passphrase
    from faltapp.core.retention import RetentionError
    from faltapp.store import retention
    from faltapp.store.database import Database

    today = date.today()
    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        if args.set:
            kind, days = args.set
            known = {r.table for r in retention.rules(db) if r.days is not None}
            if kind not in known:
                raise CliError(text("Gallringstid kan bara ändras för {kinds}.",
                                    kinds=", ".join(sorted(known))))
            try:
                retention.set_days(db, kind, days)
            except RetentionError as error:
                raise CliError(str(error)) from None
        if args.run:
            print(run_to_end(retention.gallring_job(db, today)).line())
        elif args.preview:
            lines = _preview_lines(retention.due_records(db, today), retention.rules(db))
            log_rows = retention.due_log_rows(db, today)
            if log_rows:
                lines = [line for line in lines if line != text("Inget att gallra.")]
                lines.append(text("Åtkomstloggen: {n} rader", n=log_rows))
            for line in lines:
                print(line)
        else:
            for rule in retention.rules(db):
                period = (text("bevaras") if rule.days is None
                          else text("{days} dagar", days=rule.days))
                print(f"{rule.label()}: {period}")
                print(f"    {rule.legal_basis()}")
    return 0


def _preview_lines(due: list[Any], rules: list[Any]) -> list[str]:
    if not due:
        return [text("Inget att gallra.")]
    lines = []
    for rule in rules:
        mine = [d for d in due if d.table == rule.table]
        if mine:
            lines.append(text("{kind}: {n} poster, äldsta senaste anteckning {oldest}",
                              kind=rule.label(), n=len(mine),
                              oldest=min(d.last_entry for d in mine).isoformat()))
    return lines


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``gallring`` on the CLI's sub-commands."""
    parser = sub.add_parser(
        "gallring", parents=[common], help="gallring: regler, förhandsvisning, körning",
        description="Visa gallringsreglerna, vad nästa gallring tar bort, eller gallra nu.")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--preview", action="store_true", help="visa vad som gallras")
    group.add_argument("--run", action="store_true", help="gallra nu")
    parser.add_argument("--set", nargs=2, metavar=("KIND", "DAYS"),
                        help="ändra gallringstiden för en sorts poster, t.ex. contact 1826")
    parser.set_defaults(func=cmd_gallring)
