"""The steps of enrolment on a database: card, join, request check, approval, roster (no Qt).

The files themselves (their fields, signatures and checks) are in ``team_files``; this module
connects them to ``db.team``. Who learns the roster how: a member knows the leaders from the
card it joined with; it learns that it was approved, and every other device, from a leader's
signed roster (``faltapp team approve --yes -o FILE`` or ``faltapp team roster -o FILE``, read
with ``faltapp team roster --take FILE``; a leader's export can carry the same object as
``shared["roster"]``, taken in with :func:`take_roster`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from faltapp.core.messages import text
from faltapp.core.team import LEADER, MEMBER, Team, TeamDevice, clean_name
from faltapp.store.team_store import TeamError
from faltapp.sync.fingerprint import fingerprint
from faltapp.sync.team_files import (
    TeamFileError,
    card_document,
    check_signature,
    file_bytes,
    read_card,
    read_request,
    read_roster,
    request_document,
    roster_document,
)

if TYPE_CHECKING:
    from faltapp.store.database import Database


@dataclass(frozen=True)
class Joined:
    """What joining a team gives the field secretary: the request file and the fingerprint."""

    team: Team
    request: bytes
    fingerprint: str


@dataclass(frozen=True)
class Approval:
    """A request checked against the leader's roster, waiting for the fingerprint check."""

    device: TeamDevice
    fingerprint: str


# -- the steps of enrolment -----------------------------------------------------------------

def make_card(db: Database) -> bytes:
    """The team card of this device's team (this device must be a leader)."""
    team = db.team.leader_team()
    return file_bytes(card_document(team, db.team.roster(), db.team.keys()))


def join_team(db: Database, card_data: bytes, device_name: str) -> Joined:
    """Join the team of a card: the roster learns its leaders; returns the request to send."""
    card = read_card(card_data)
    keys = db.team.keys()
    if card.issuer.device_id == keys.device_id:
        raise TeamError(text("Teamkortet kommer från den här enheten; ge det till den som ska "
                             "gå med i teamet."))
    try:
        name = clean_name(device_name, "Enhetens namn")
    except ValueError as error:
        raise TeamError(str(error)) from error
    db.team.join(card.team, card.leaders)
    request = request_document(card.team.team_id, name, card.issuer, keys)
    me = TeamDevice(keys.device_id, card.team.team_id, name, MEMBER, keys.signing_public,
                    keys.age_recipient, "")
    return Joined(card.team, file_bytes(request),
                  enrolment_fingerprint(card.team.team_id, card.issuer, me))


def check_request(db: Database, data: bytes) -> Approval:
    """A request this leader may approve, with the fingerprint both screens must show."""
    request = read_request(data)
    team = db.team.leader_team()
    if request.device.team_id != team.team_id:
        raise TeamFileError("team", text("Förfrågan gäller ett annat team."))
    issuer = db.team.device(request.card_issuer)
    if issuer is None or issuer.role != LEADER:
        raise TeamFileError("issuer", text("Förfrågan bygger på ett teamkort som ingen ledare i "
                                           "teamet har utfärdat."))
    known = db.team.device(request.device.device_id)
    if issuer.signing_public != request.card_issuer_key or (
            known is not None and known.signing_public != request.device.signing_public):
        raise TeamFileError("tampered", text(
            "Nycklarna i förfrågan stämmer inte med teamets, så teamkortet eller förfrågan har "
            "ändrats på vägen; ge fältsekreteraren ett nytt teamkort."))
    return Approval(request.device, enrolment_fingerprint(team.team_id, issuer, request.device))


def approve(db: Database, approval: Approval, *, leader: bool = False) -> TeamDevice:
    """Put the device on the roster (after the people compared the fingerprint)."""
    return db.team.enrol(replace(approval.device, role=LEADER if leader else MEMBER))


def enrolment_fingerprint(team_id: str, issuer: TeamDevice, device: TeamDevice) -> str:
    """The fingerprint of the card issuer's and the joining device's public keys."""
    return fingerprint(team_id, issuer.device_id, issuer.signing_public, issuer.age_recipient,
                       device.device_id, device.signing_public, device.age_recipient)


def shared_roster(db: Database) -> dict[str, Any]:
    """The roster signed by this leader, as a JSON object (a file, or a leader's export)."""
    return roster_document(db.team.leader_team(), db.team.roster(), db.team.keys())


def take_roster(db: Database, data: bytes | dict[str, Any]) -> int:
    """Take in a leader's roster; returns how many roster entries changed.

    The signer must be a leader this database knows; its key comes from the local roster.
    """
    roster = read_roster(data)
    team = db.team.team()
    if team is None or team.team_id != roster.team.team_id:
        raise TeamFileError("team", text("Enhetslistan gäller ett annat team."))
    signer = db.team.device(roster.signed_by)
    if signer is None or not signer.is_leader:
        raise TeamFileError("signer", text("Enhetslistan är inte signerad av en ledare som den "
                                           "här enheten känner."))
    check_signature(roster.document, signer.signing_public)
    return db.team.merge_roster(team.team_id, roster.devices, roster.signed_by)
