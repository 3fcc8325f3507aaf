"""Command-line access to the shared lists and to editor drafts.

    faltapp places list|add NAME [--area A]|rename ID NAME|deactivate ID|activate ID
    faltapp staff  list|add NAME [--initials XY]|rename ID NAME|deactivate ID|activate ID
    faltapp drafts [--discard SHIFT_ID]

An id may be given by its first characters when they are unique. Nothing here deletes a place
or a person: deactivating keeps old shifts readable.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from faltapp.core.entities import Place, Staff
from faltapp.core.messages import text


class ListError(Exception):
    """A problem to print as one line (the CLI turns it into exit code 1)."""


def _find(items: list[Any], prefix: str, what: str) -> Any:
    found = [i for i in items if i.id.startswith(prefix)]
    if not found:
        raise ListError(text("Hittar ingen {what} med id {prefix!r}.", what=what, prefix=prefix))
    if len(found) > 1:
        raise ListError(text("Id {prefix!r} passar flera: skriv fler tecken.", prefix=prefix))
    return found[0]


def run_list_command(db: Any, args: argparse.Namespace) -> list[str]:
    """Carry out ``places``/``staff``; returns the lines to print."""
    cls: type = Place if args.list_name == "places" else Staff
    what = text("plats") if cls is Place else text("person")
    items = sorted(db.all(cls), key=lambda i: i.name.casefold())
    action = args.action
    if action == "list":
        return [_line(i) for i in items]
    if action == "add":
        extra = {"area": args.area or ""} if cls is Place else {"initials": args.initials or ""}
        if any(i.name.casefold() == args.name.strip().casefold() for i in items):
            raise ListError(text("Det finns redan en {what} som heter {name!r}.", what=what,
                                 name=args.name.strip()))
        item = cls(name=args.name.strip(), **extra)
        db.save(item)
        return [_line(item)]
    item = _find(items, args.id, what)
    loaded = db.load(cls, item.id)
    if action == "rename":
        changed = replace(item, name=args.name.strip())
    else:
        changed = replace(item, active=(action == "activate"))
    db.save(changed, loaded.version)
    return [_line(changed)]


def _line(item: Place | Staff) -> str:
    extra = item.area if isinstance(item, Place) else item.initials
    state = "" if item.active else "  " + text("(inaktiv)")
    return f"{item.id[:8]}  {item.name}" + (f"  [{extra}]" if extra else "") + state


def run_drafts_command(db: Any, args: argparse.Namespace) -> list[str]:
    """List the editor drafts a crash left behind, or drop one."""
    if args.discard:
        found = [d for d in db.drafts.waiting() if d.shift_id.startswith(args.discard)]
        if len(found) != 1:
            raise ListError(text("Inget entydigt utkast för {prefix!r}.", prefix=args.discard))
        db.drafts.discard(found[0].shift_id)
        return [text("Utkastet för {shift} är borttaget.", shift=found[0].shift_id[:8])]
    return [text("{shift}  sparat {saved_at}", shift=d.shift_id[:8], saved_at=d.saved_at)
            for d in db.drafts.waiting()] or [text("Inga osparade utkast.")]


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``places``, ``staff`` and ``drafts`` on the CLI's sub-command parser."""
    for name, label in (("places", "platser"), ("staff", "personal")):
        parser = sub.add_parser(name, parents=[common], help=f"visa och ändra {label}")
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("list", parents=[common], help=f"lista {label}")
        add = actions.add_parser("add", parents=[common], help="lägg till")
        add.add_argument("name")
        if name == "places":
            add.add_argument("--area", help="område (för rapporterna)")
        else:
            add.add_argument("--initials", help="initialer")
        rename = actions.add_parser("rename", parents=[common], help="byt namn")
        rename.add_argument("id")
        rename.add_argument("name")
        for verb, help_text in (("deactivate", "inaktivera (syns kvar på gamla pass)"),
                                ("activate", "aktivera igen")):
            actions.add_parser(verb, parents=[common], help=help_text).add_argument("id")
        parser.set_defaults(list_name=name, kind="lists")
    drafts = sub.add_parser("drafts", parents=[common], help="osparade utkast efter en krasch")
    drafts.add_argument("--discard", metavar="PASS_ID", help="ta bort utkastet för ett pass")
    drafts.set_defaults(kind="drafts")
