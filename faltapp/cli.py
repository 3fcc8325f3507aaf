"""Command-line entry: starts the GUI by default and reaches every core function.

    faltapp [--db PATH] [--smoke | --smoke-unlock]   the app; smoke modes: gui/smoke.py
    faltapp demo [--db PATH] [--workers N] [--years N] [--seed N]
    faltapp info [--db PATH]
    faltapp passphrase [--db PATH]         change the passphrase (FALTAPP_NEW_PASSPHRASE)
    faltapp rekey [--db PATH]              new database key; old key files stop working
    faltapp places|staff|drafts …          shared lists and editor drafts: cli_lists.py
    faltapp report shift|walk|week|lagesbild|promises ARG [-o FILE]
                                           PDF reports: cli_reports.py
    faltapp lagesbild WEEK [--csv] [-o FILE]   the lägesbild as PDF or CSV: cli_reports.py
    faltapp team create|card|join|approve|revoke|roster|identity …
                                           team enrolment and roster: cli_team.py
    faltapp backup | restore [N [--yes]]   backups beside the database: cli_backup.py
    faltapp export | import | conflicts …  sync by export files: cli_sync.py
    faltapp gallring [--preview|--run]     retention: cli_gallring.py
    faltapp inbox [FOLDER|--off|--run]     the inbox folder for export files: cli_inbox.py
    faltapp check                          is the database whole (quick_check): cli_check.py
    faltapp person list|show | log         persons and the access log: cli_persons.py

The passphrase is read from ``FALTAPP_PASSPHRASE`` (scripts, tests) or asked on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from faltapp import __version__
from faltapp.core.problems import ValidationError
from faltapp.store.database import Database
from faltapp.store.errors import StoreError
from faltapp.store.keys import KeyFileError
from faltapp.store.location import is_default_location, resolve_database_path

ENV_PASSPHRASE = "FALTAPP_PASSPHRASE"
ENV_NEW_PASSPHRASE = "FALTAPP_NEW_PASSPHRASE"


class CliError(Exception):
    """A problem to print as one line on stderr, exit code 1."""


def read_passphrase(*, confirm: bool, env: str = ENV_PASSPHRASE,
                    prompt: str = "Lösenfras: ") -> str:
    """The passphrase from ``env``, else asked on the terminal (twice for a new one).

    A new passphrase must follow the store's rule (``keys.check_new_passphrase``), whichever
    way it came.
    """
    from faltapp.store.keys import check_new_passphrase

    from_env = os.environ.get(env)
    if from_env is not None:
        return check_new_passphrase(from_env) if confirm else from_env
    if not sys.stdin.isatty():
        raise CliError(f"Ingen lösenfras: skriv den i terminalen eller sätt {env}.")
    first = getpass.getpass(prompt)
    if confirm:
        check_new_passphrase(first)  # the length first, before asking again
        return check_new_passphrase(first, getpass.getpass("Upprepa lösenfrasen: "))
    return first


def _open_or_create(path: Path) -> Database:
    if path.exists():
        return Database.open(path, read_passphrase(confirm=False))
    if is_default_location(path):
        path.parent.mkdir(parents=True, exist_ok=True)
    return Database.create(path, read_passphrase(confirm=True))


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill a new or empty database with deterministic demo data."""
    from faltapp.core.entities import Category, Place
    from faltapp.demo import DemoSpec, estimate_records, generate

    spec = DemoSpec(workers=args.workers, years=args.years, seed=args.seed)
    with _open_or_create(args.db_path) as db:
        if db.counts()["shift"]:
            raise CliError(
                f"{db.path} innehåller redan pass; demodata läggs bara i en tom databas."
            )
        total = estimate_records(spec)
        started = time.perf_counter()

        def progress(done: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{min(done, total)}/{total} poster", end="", file=sys.stderr)

        written = db.save_many(generate(spec, db.all(Place), db.all(Category)), progress)
        seconds = time.perf_counter() - started
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(f"{written} poster skrivna till {db.path} på {seconds:.1f} s")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    """Print row counts per table."""
    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        print(f"databas: {db.path}")
        print(f"enhet: {db.device_id}")
        for table, count in db.counts().items():
            print(f"{table}: {count}")
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    """Change the passphrase: the key file is re-wrapped and replaced atomically."""
    old = read_passphrase(confirm=False)
    new = read_passphrase(confirm=True, env=ENV_NEW_PASSPHRASE, prompt="Ny lösenfras: ")
    with Database.open(args.db_path, old) as db:
        db.change_passphrase(old, new)
    print("Lösenfrasen är bytt. Äldre kopior av nyckelfilen öppnar fortfarande databasen med "
          "den gamla lösenfrasen; kör 'faltapp rekey' om det spelar roll.")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    """Re-encrypt the database under a new key: old key files stop opening it."""
    passphrase = read_passphrase(confirm=False)
    with Database.open(args.db_path, passphrase) as db:
        db.rekey(passphrase)
    print("Databasen har en ny nyckel. Äldre kopior av nyckelfilen öppnar den inte längre; "
          "äldre säkerhetskopior behåller sin gamla nyckel.")
    return 0


def cmd_lists(args: argparse.Namespace) -> int:
    """``places``, ``staff`` and ``drafts``: see :mod:`faltapp.cli_lists`."""
    from faltapp.cli_lists import ListError, run_drafts_command, run_list_command

    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        try:
            run = run_list_command if args.kind == "lists" else run_drafts_command
            for line in run(db, args):
                print(line)
        except ListError as error:
            raise CliError(str(error)) from error
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    """Start the desktop app (Qt is imported only here)."""
    from faltapp.gui.app import run

    return run(args.db_path, smoke=args.smoke)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (``--db`` works before and after a sub-command)."""
    db_help = "databasfil (annars FALTAPP_DB eller standardplatsen)"
    parser = argparse.ArgumentParser(prog="faltapp", description="Fältpass, kontakter, lägesbild.")
    parser.add_argument("--version", action="version", version=f"faltapp {__version__}")
    parser.add_argument("--db", help=db_help)
    smoke = parser.add_mutually_exclusive_group()
    smoke.add_argument("--smoke", dest="smoke", action="store_const", const="window",
                       help="öppna huvudfönstret, skriv 'ready' när listan är ritad, avsluta")
    smoke.add_argument("--smoke-unlock", dest="smoke", action="store_const", const="unlock",
                       help="som --smoke men genom upplåsningsdialogen, med tider")
    parser.set_defaults(func=cmd_gui)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    sub = parser.add_subparsers(title="kommandon")
    demo = sub.add_parser("demo", parents=[common], help="fyll en databas med demodata")
    demo.add_argument("--workers", type=int, default=8, help="antal fältsekreterare (8)")
    demo.add_argument("--years", type=int, default=5, help="antal år bakåt (5)")
    demo.add_argument("--seed", type=int, default=1, help="slumpfrö (1)")
    demo.set_defaults(func=cmd_demo)
    info = sub.add_parser("info", parents=[common], help="antal rader per tabell")
    info.set_defaults(func=cmd_info)
    change = sub.add_parser("passphrase", parents=[common],
                            help=f"byt lösenfras (skript: {ENV_PASSPHRASE}, {ENV_NEW_PASSPHRASE})")
    change.set_defaults(func=cmd_passphrase)
    rekey = sub.add_parser("rekey", parents=[common],
                           help="ge databasen en ny nyckel så att gamla nyckelfiler slutar fungera")
    rekey.set_defaults(func=cmd_rekey)
    from faltapp.cli_lists import add_parsers

    add_parsers(sub, common)
    for name in ("places", "staff", "drafts"):
        sub.choices[name].set_defaults(func=cmd_lists)
    from faltapp.cli_reports import add_parsers as add_report_parsers

    add_report_parsers(sub, common)
    from faltapp.cli_team import add_parsers as add_team_parsers

    add_team_parsers(sub, common)
    from faltapp.cli_backup import add_parsers as add_backup_parsers

    add_backup_parsers(sub, common)
    from faltapp.cli_sync import add_parsers as add_sync_parsers

    add_sync_parsers(sub, common)
    from faltapp.cli_gallring import add_parsers as add_gallring_parsers

    add_gallring_parsers(sub, common)
    from faltapp.cli_inbox import add_parsers as add_inbox_parsers

    add_inbox_parsers(sub, common)
    from faltapp.cli_check import add_parsers as add_check_parsers

    add_check_parsers(sub, common)
    from faltapp.cli_persons import add_parsers as add_person_parsers

    add_person_parsers(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    from faltapp.store.file_modes import private_umask

    private_umask()  # every file faltapp writes is the user's alone (600/700)
    args = build_parser().parse_args(argv)
    if getattr(args, "workers", 1) < 1 or getattr(args, "years", 1) < 1:
        print("faltapp: --workers och --years måste vara minst 1.", file=sys.stderr)
        return 2
    args.db_path = resolve_database_path(args.db)
    try:
        return int(args.func(args))
    except (CliError, StoreError, KeyFileError, ValidationError) as exc:
        print(f"faltapp: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("faltapp: avbrutet.", file=sys.stderr)
        return 130
