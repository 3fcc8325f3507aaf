"""Persons and the access log from the command line (issue 9).

    faltapp person list [--filter TEXT]   the register: id, alias, birth year, contacts, last
    faltapp person show ID                one person and every linked contact (logged)
    faltapp log [--since DATE] [--action ACTION]
                                          the access log, oldest first (tab-separated)

``show`` takes the whole id or a unique beginning of it (at least 4 characters) and is one
``open_person`` row in the access log, as opening the person in the app is. Store modules
are imported only when a command runs (off the app's start-up path).
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from faltapp.core.messages import language, text

if TYPE_CHECKING:
    from faltapp.store.database import Database

MIN_PREFIX = 4


def _term(kind: str, code: str) -> str:
    from faltapp.core.vocabulary import Vocabulary, vocabulary

    return Vocabulary.name_of(getattr(vocabulary(), kind), code, language()) if code else ""


def cmd_person(args: argparse.Namespace) -> int:
    """``faltapp person list|show|export|erase`` (export and erase: cli_person_rights.py)."""
    from faltapp.cli import read_passphrase
    from faltapp.store.database import Database

    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        if args.person_command == "show":
            _show(db, args.id)
        elif args.person_command in ("export", "erase"):
            from faltapp.cli_person_rights import erase_person, export_person

            act = export_person if args.person_command == "export" else erase_person
            return act(db, _find(db, args.id), args)
        else:
            _list(db, args.filter or "")
    return 0


def _list(db: Database, wanted: str) -> None:
    rows = [r for r in db.persons.rows() if wanted.casefold() in r.alias.casefold()]
    if not rows:
        print(text("Inga personer."))
        return
    for r in rows:
        last = r.last_contact.isoformat() if r.last_contact else "-"
        print("\t".join([r.id, r.alias, str(r.birth_year or "-"), _term("genders", r.gender),
                         text("{n} kontakter", n=r.contacts), last]))


def _find(db: Database, wanted: str) -> str:
    from faltapp.cli import CliError

    wanted = wanted.strip()
    ids = [r.id for r in db.persons.rows()]
    if wanted in ids:
        return wanted
    found = [i for i in ids if i.startswith(wanted)] if len(wanted) >= MIN_PREFIX else []
    if len(found) != 1:
        raise CliError(text("Ingen person har id {value!r}.", value=wanted) if not found else
                       text("Flera personer har id som börjar med {value!r}.", value=wanted))
    return found[0]


def _show(db: Database, wanted: str) -> None:
    from faltapp.core.entities import Person

    person_id = _find(db, wanted)
    person = db.get(Person, person_id)
    assert person is not None  # _find found it live
    db.access.log("open_person", Person.TABLE, person_id)
    fields = [(text("Alias"), person.alias), (text("Födelseår"), str(person.birth_year or "")),
              (text("Kön"), _term("genders", person.gender)), (text("Skola"), person.school),
              (text("Känd hos"), person.known_to), (text("Risk"), person.risk_note)]
    for label, value in fields:
        print(f"{label}: {value}")
    contacts = db.persons.contacts_of(person_id)
    print(text("Kontakter: {n}", n=len(contacts)))
    for c in contacts:
        when = c.day.isoformat() if c.day else "-"
        actions = ", ".join(_term("contact_actions", a) for a in c.actions)
        line = [when, c.place or "-", _term("conversation_kinds", c.conversation) or "-",
                actions or "-", c.note.replace("\n", " ")]
        print("  " + "\t".join(line))


def cmd_log(args: argparse.Namespace) -> int:
    """``faltapp log [--since DATE] [--action ACTION]``."""
    from faltapp.cli import CliError, read_passphrase
    from faltapp.store.access_log import ACTIONS
    from faltapp.store.database import Database

    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since)
        except ValueError:
            raise CliError(text("{value!r} är inget datum; skriv det som 2026-12-31.",
                                value=args.since)) from None
    if args.action and args.action not in ACTIONS:
        raise CliError(text("Okänd händelse {value!r}; välj bland {known}.",
                            value=args.action, known=", ".join(ACTIONS)))
    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        entries = db.access.entries(since=since, action=args.action)
    if not entries:
        print(text("Inga rader i åtkomstloggen."))
    for e in entries:
        print("\t".join([e.logged_at, e.who or "-", e.device, e.action, e.table or "-",
                         e.record_id or "-"]))
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``person`` and ``log`` on the CLI's sub-commands."""
    person = sub.add_parser("person", parents=[common], help="personregistret",
                            description="Lista personer eller visa en person med kontakter.")
    person.set_defaults(func=cmd_person, person_command="list", filter="")
    commands = person.add_subparsers(title="kommandon", dest="person_command")
    listing = commands.add_parser("list", parents=[common], help="lista personer")
    listing.add_argument("--filter", default="", help="visa bara alias som innehåller TEXT")
    show = commands.add_parser("show", parents=[common],
                               help="visa en person och dess kontakter (loggas)")
    show.add_argument("id", help="personens id, eller början av det (minst 4 tecken)")
    from faltapp.cli_person_rights import add_person_rights

    add_person_rights(commands, common)
    log = sub.add_parser("log", parents=[common], help="åtkomstloggen",
                         description="Visa åtkomstloggen: vem öppnade, skrev ut, exporterade "
                                     "eller läste in vad, och när (UTC).")
    log.add_argument("--since", help="från och med datum (ÅÅÅÅ-MM-DD)")
    log.add_argument("--action", help="bara en sorts händelse, t.ex. open_person")
    log.set_defaults(func=cmd_log)
