"""Team enrolment from the command line (issue 8 item 9; sync modules load only when used).

    faltapp team create NAME [--name DEVICE]        start a team, this device its first leader
    faltapp team card -o CARD                        the team card to hand out (a leader)
    faltapp team join CARD --name NAME -o REQUEST    join; prints the fingerprint to compare
    faltapp team approve REQUEST [--yes] [--leader] [-o ROSTER]
                                                     without --yes: prints the fingerprint and
                                                     refuses; --leader: a second leader
    faltapp team revoke DEVICE                       for good (a leader)
    faltapp team roster [--take ROSTER] [-o ROSTER]  show every device; take in / save the
                                                     leader-signed roster
    faltapp team identity -o FILE                    the age identity (AGE-SECRET-KEY-1…)

The passphrase comes from ``FALTAPP_PASSPHRASE`` or the terminal. ``--yes`` stands for the
check two people do: both screens show the same fingerprint. DEVICE may be the first
characters of a device id when they are unique.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from faltapp.core.messages import text
from faltapp.core.team import LEADER, TeamDevice
from faltapp.core.versions import utc_now
from faltapp.store.atomic_file import write_atomically


class TeamCliError(Exception):
    """A problem to print as one line (the CLI turns it into exit code 1)."""


def cmd_team(args: argparse.Namespace) -> int:
    """Open the database and run one ``team`` action; prints its lines."""
    from faltapp.cli import CliError, read_passphrase
    from faltapp.store.database import Database
    from faltapp.sync.team_files import TeamFileError

    with Database.open(args.db_path, read_passphrase(confirm=False)) as db:
        try:
            for line in _ACTIONS[args.team_action](db, args):
                print(line)
        except (TeamCliError, TeamFileError) as error:
            raise CliError(str(error)) from error
    return 0


def _create(db: Any, args: argparse.Namespace) -> list[str]:
    team = db.team.create_team(args.team_name, args.name)
    return [text("Teamet {name} är skapat med den här enheten som ledare.", name=team.name),
            text("Spara teamkortet med 'faltapp team card -o FIL' och ge det till den som ska "
                 "gå med.")]


def _card(db: Any, args: argparse.Namespace) -> list[str]:
    from faltapp.sync import enrolment

    _write(args.output, enrolment.make_card(db))
    return [text("Teamkortet är sparat i {path}.", path=args.output)]


def _join(db: Any, args: argparse.Namespace) -> list[str]:
    from faltapp.sync import enrolment

    joined = enrolment.join_team(db, _read(args.card), args.name)
    _write(args.output, joined.request)
    return [text("Förfrågan att gå med i {team} är sparad i {path}.", team=joined.team.name,
                 path=args.output),
            text("Fingeravtryck: {fingerprint}", fingerprint=joined.fingerprint),
            text("Ledaren ser samma fingeravtryck när förfrågan godkänns; jämför dem "
                 "tillsammans, siffra för siffra.")]


def _approve(db: Any, args: argparse.Namespace) -> list[str]:
    from faltapp.sync import enrolment
    from faltapp.sync.team_files import file_bytes

    approval = enrolment.check_request(db, _read(args.request))
    device = approval.device
    lines = [text("Fingeravtryck: {fingerprint}", fingerprint=approval.fingerprint)]
    if not args.yes:
        print(lines[0])
        raise TeamCliError(text(
            "Jämför fingeravtrycket med det på skärmen hos {name}; är de lika, kör kommandot "
            "igen med --yes.", name=device.name))
    entry = enrolment.approve(db, approval, leader=args.leader)
    lines.append(text("{name} ({device}) är godkänd som {role}.", name=entry.name,
                      device=entry.device_id[:8], role=_role(entry)))
    if args.output:
        _write(args.output, file_bytes(enrolment.shared_roster(db)))
        lines.append(text("Enhetslistan är sparad i {path}; {name} läser in den med "
                          "'faltapp team roster --take {path}'.", path=args.output,
                          name=entry.name))
    else:
        lines.append(text("Ge {name} enhetslistan: 'faltapp team roster -o FIL'.",
                          name=entry.name))
    return lines


def _revoke(db: Any, args: argparse.Namespace) -> list[str]:
    found = [d for d in db.team.roster() if d.device_id.startswith(args.device)]
    if len(found) != 1:
        raise TeamCliError(text("Hittar ingen enhet i teamet med id {prefix!r}.",
                                prefix=args.device) if not found else
                           text("Id {prefix!r} passar flera: skriv fler tecken.",
                                prefix=args.device))
    revoked = db.team.revoke(found[0].device_id)
    return [text("{name} ({device}) är återkallad {at}; dess exportfiler tas inte längre emot.",
                 name=revoked.name, device=revoked.device_id[:8], at=_when(revoked.revoked_at))]


def _roster(db: Any, args: argparse.Namespace) -> list[str]:
    from faltapp.sync import enrolment
    from faltapp.sync.team_files import file_bytes

    lines = []
    if args.take:
        changed = enrolment.take_roster(db, _read(args.take))
        lines.append(text("Enhetslistan är inläst: {count} ändringar.", count=changed))
    if args.output:
        _write(args.output, file_bytes(enrolment.shared_roster(db)))
        lines.append(text("Enhetslistan är sparad i {path}.", path=args.output))
    team = db.team.team()
    if team is None:
        return [*lines, text("Den här databasen hör inte till något team.")]
    lines.append(text("Team: {name} ({team})", name=team.name, team=team.team_id[:8]))
    lines.extend(roster_table(db.team.roster(), db.device_id))
    lines.append(text("* = den här enheten"))
    if db.team.device(db.device_id) is None:
        lines.append(text("Den här enheten väntar på att en ledare godkänner den."))
    return lines


def roster_table(devices: list[TeamDevice], me: str) -> list[str]:
    """The roster as aligned columns (times in UTC), this device marked with *."""
    header = [text("enhet"), text("namn"), text("roll"), text("godkänd (UTC)"),
              text("återkallad"), text("senaste export")]
    rows = [[("*" if d.device_id == me else " ") + d.device_id[:8], d.name, _role(d),
             _when(d.enrolled_at), _when(d.revoked_at),
             _when(d.last_export_at) + (f" (nr {d.last_counter})" if d.last_counter else "")]
            for d in devices]
    widths = [max(len(row[i]) for row in [[" " + header[0], *header[1:]], *rows])
              for i in range(len(header))]
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            .rstrip() for row in [[" " + header[0], *header[1:]], *rows]]


def _identity(db: Any, args: argparse.Namespace) -> list[str]:
    keys = db.team.keys()
    team = db.team.team()
    warning = text("{path} innehåller den här enhetens hemliga age-nyckel: med den kan vem som "
                   "helst läsa varje exportfil som är krypterad till enheten. Bara du och "
                   "teamets ledare får ha den; förvara den som en nyckel och radera den när "
                   "den inte behövs.", path=args.output)
    content = "\n".join([
        f"# faltapp: {warning}",
        f"# device: {keys.device_id}" + (f" team: {team.team_id}" if team else ""),
        f"# created: {utc_now()}",
        f"# public key: {keys.age_recipient}",
        keys.age_secret, ""])
    try:
        write_atomically(Path(args.output), content.encode("utf-8"), replace=False)
    except FileExistsError:
        raise TeamCliError(text("Filen {path} finns redan; välj ett annat namn.",
                                path=args.output)) from None
    except OSError as error:
        raise TeamCliError(_os_message(args.output, error)) from error
    print(text("Varning: {warning}", warning=warning), file=sys.stderr)
    return [text("Age-identiteten är sparad i {path} (bara läsbar för dig).", path=args.output)]


def _role(device: TeamDevice) -> str:
    return text("ledare") if device.role == LEADER else text("medlem")


def _when(value: str | None) -> str:
    return value[:16].replace("T", " ") if value else "–"


def _read(path_text: str) -> bytes:
    """At most a little more than any team file can be: a huge file is refused unread."""
    from faltapp.sync.team_files import MAX_FILE_BYTES

    try:
        with open(path_text, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise TeamCliError(_os_message(path_text, error)) from error


def _write(path_text: str, data: bytes) -> None:
    try:
        write_atomically(Path(path_text), data, replace=True)
    except OSError as error:
        raise TeamCliError(_os_message(path_text, error)) from error


def _os_message(path_text: str, error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return text("Filen {path} finns inte.", path=path_text)
    if isinstance(error, IsADirectoryError):
        return text("{path} är en mapp, inte en fil.", path=path_text)
    return text("Filen {path} gick inte att läsa eller skriva ({reason}).", path=path_text,
                reason=error.strerror or type(error).__name__)


_ACTIONS = {"create": _create, "card": _card, "join": _join, "approve": _approve,
            "revoke": _revoke, "roster": _roster, "identity": _identity}


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``team`` and its actions on the CLI's sub-command parser."""
    team = sub.add_parser("team", parents=[common], help="teamet: gå med, godkänn, enhetslista")
    actions = team.add_subparsers(dest="team_action", required=True)
    create = actions.add_parser("create", parents=[common], help="skapa ett team (ledare)")
    create.add_argument("team_name", metavar="NAMN", help="teamets namn")
    create.add_argument("--name", default=text("Teamledare"), help="den här enhetens namn")
    card = actions.add_parser("card", parents=[common], help="spara teamkortet (ledare)")
    card.add_argument("-o", "--output", required=True, metavar="FIL")
    join = actions.add_parser("join", parents=[common], help="gå med i ett team med dess kort")
    join.add_argument("card", metavar="KORT")
    join.add_argument("--name", required=True, help="ditt namn som teamet ser det")
    join.add_argument("-o", "--output", required=True, metavar="FÖRFRÅGAN")
    approve = actions.add_parser("approve", parents=[common], help="godkänn en förfrågan")
    approve.add_argument("request", metavar="FÖRFRÅGAN")
    approve.add_argument("--yes", action="store_true",
                         help="fingeravtrycket är jämfört och lika på båda skärmarna")
    approve.add_argument("--leader", action="store_true", help="godkänn som ledare")
    approve.add_argument("-o", "--output", metavar="FIL", help="spara enhetslistan efteråt")
    revoke = actions.add_parser("revoke", parents=[common], help="återkalla en enhet för gott")
    revoke.add_argument("device", metavar="ENHET")
    roster = actions.add_parser("roster", parents=[common], help="visa teamets enheter")
    roster.add_argument("--take", metavar="FIL", help="läs in en ledares enhetslista först")
    roster.add_argument("-o", "--output", metavar="FIL", help="spara enhetslistan (ledare)")
    identity = actions.add_parser("identity", parents=[common],
                                  help="spara enhetens age-identitet (hemlig)")
    identity.add_argument("-o", "--output", required=True, metavar="FIL")
    team.set_defaults(func=cmd_team)
