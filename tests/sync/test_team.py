"""Enrolment as two people do it: a leader and a field secretary, each with their own database,
pass a team card and a request between them, compare the fingerprint, and end with the same
roster; a second leader; revocation; and every bad file refused with one sentence."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.store.team_store import TeamError
from faltapp.sync import enrolment
from faltapp.sync.identity import new_keys
from faltapp.sync.team_files import MAX_FILE_BYTES, TeamFileError, signed_document
from tests.conftest import PASSPHRASE


@pytest.fixture
def make_db(tmp_path: Path) -> Iterator[Any]:
    opened: list[Database] = []

    def make(name: str) -> Database:
        database = Database.create(tmp_path / f"{name}.db", PASSPHRASE,
                                   kdf=KdfParams.for_tests())
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()


@pytest.fixture
def leader(make_db: Any) -> Database:
    database = make_db("leader")
    database.team.create_team("Fältgruppen Lidköping", "Anna Lind")
    return database


def enrol(leader: Database, member: Database, name: str, *, as_leader: bool = False) -> str:
    """Card → join → approve → roster back to the member; returns the shared fingerprint."""
    joined = enrolment.join_team(member, enrolment.make_card(leader), name)
    approval = enrolment.check_request(leader, joined.request)
    assert approval.fingerprint == joined.fingerprint
    enrolment.approve(leader, approval, leader=as_leader)
    enrolment.take_roster(member, enrolment.shared_roster(leader))
    return joined.fingerprint


def roster_view(db: Database) -> list[tuple[str, str, str, bool]]:
    return [(d.device_id, d.name, d.role, d.revoked) for d in db.team.roster()]


def test_leader_and_member_end_with_the_same_roster_after_comparing_one_fingerprint(
        leader: Database, make_db: Any) -> None:
    member = make_db("member")
    joined = enrolment.join_team(member, enrolment.make_card(leader), "Bilal Haddad")
    # Before approval the member knows the team and its leader (to encrypt to), not itself.
    assert member.team.team() == leader.team.team()
    assert member.team.leader_recipients() == [leader.team.keys().age_recipient]
    assert member.team.device(member.device_id) is None
    approval = enrolment.check_request(leader, joined.request)
    assert approval.fingerprint == joined.fingerprint
    assert len(joined.fingerprint.split()) == 6
    assert leader.team.device(member.device_id) is None  # nothing approved yet
    enrolment.approve(leader, approval)
    assert enrolment.take_roster(member, enrolment.shared_roster(leader)) == 1
    assert roster_view(member) == roster_view(leader) == [
        (leader.device_id, "Anna Lind", "leader", False),
        (member.device_id, "Bilal Haddad", "member", False)]
    me = member.team.device(member.device_id)
    assert me is not None and me.enrolled_by == leader.device_id
    assert me.signing_public == member.team.keys().signing_public
    # Taking the same roster again changes nothing.
    assert enrolment.take_roster(member, enrolment.shared_roster(leader)) == 0


def test_a_revoked_device_stays_revoked_everywhere_and_cannot_be_approved_again(
        leader: Database, make_db: Any) -> None:
    member, other = make_db("member"), make_db("other")
    enrol(leader, member, "Bilal")
    enrol(leader, other, "Cecilia")
    stale_roster = enrolment.shared_roster(leader)
    leader.team.revoke(member.device_id)
    enrolment.take_roster(other, enrolment.shared_roster(leader))
    assert other.team.device(member.device_id).revoked
    # An older roster (signed before the revocation) does not bring the device back.
    enrolment.take_roster(other, stale_roster)
    assert other.team.device(member.device_id).revoked
    request = enrolment.join_team(member, enrolment.make_card(leader), "Bilal").request
    with pytest.raises(TeamError, match="återkallad"):
        enrolment.approve(leader, enrolment.check_request(leader, request))
    with pytest.raises(TeamError, match="enda ledare"):
        leader.team.revoke(leader.device_id)


def test_a_second_leader_approves_devices_and_both_leaders_are_encrypted_to(
        leader: Database, make_db: Any) -> None:
    second, member = make_db("second"), make_db("member")
    enrol(leader, second, "Dana", as_leader=True)
    assert second.team.is_leader()
    enrol(second, member, "Erik")  # the second leader's own card
    enrolment.take_roster(leader, enrolment.shared_roster(second))
    recipients = {leader.team.keys().age_recipient, second.team.keys().age_recipient}
    enrolment.take_roster(member, enrolment.shared_roster(leader))
    for db in (leader, second, member):
        assert set(db.team.leader_recipients()) == recipients
        assert [d.name for d in db.team.roster()] == ["Anna Lind", "Dana", "Erik"]
    # With a second leader the first may be revoked; the team still has a leader.
    second.team.revoke(leader.device_id)
    assert second.team.leader_recipients() == [second.team.keys().age_recipient]


def test_a_member_cannot_issue_cards_approve_or_revoke(leader: Database, make_db: Any) -> None:
    member = make_db("member")
    enrol(leader, member, "Bilal")
    for action in (lambda: enrolment.make_card(member),
                   lambda: member.team.revoke(leader.device_id),
                   lambda: enrolment.shared_roster(member)):
        with pytest.raises(TeamError, match="Bara en teamledare"):
            action()


# -- bad files ------------------------------------------------------------------------------

def resigned(document: dict[str, Any], keys: Any, **changes: Any) -> bytes:
    """``document`` with ``changes``, signed again by ``keys`` (a forger's own key)."""
    fields = {k: v for k, v in document.items()
              if k not in ("format", "format_version", "signature")}
    return json.dumps(signed_document(document["format"], {**fields, **changes}, keys)).encode()


def edited(data: bytes, **changes: Any) -> bytes:
    """The file with ``changes`` made and the old signature kept."""
    return json.dumps({**json.loads(data), **changes}).encode()


@pytest.fixture
def card(leader: Database) -> bytes:
    return enrolment.make_card(leader)


BAD_CARDS = {
    "empty": (lambda card, keys: b"", "läsbar JSON"),
    "not json": (lambda card, keys: b"PK\x03\x04 zip", "läsbar JSON"),
    "a list": (lambda card, keys: b"[1, 2]", "inte ett teamkort"),
    "truncated": (lambda card, keys: card[: len(card) // 2], "läsbar JSON"),
    "not utf-8": (lambda card, keys: card.replace(b"{", b"{\xff", 1), "läsbar JSON"),
    "duplicate key": (lambda card, keys: card.replace(b"{", b'{"issued_by": "x",', 1),
                      "läsbar JSON"),
    "NaN": (lambda card, keys: card.replace(b"{", b'{"x": NaN,', 1), "läsbar JSON"),
    "deeply nested": (lambda card, keys: b"[" * 100_000 + b"]" * 100_000, "läsbar JSON"),
    "too big": (lambda card, keys: card + b" " * MAX_FILE_BYTES, "för stor"),
    "a request": (lambda card, keys: json.dumps({"format": "faltapp-enrolment-request"}).encode(),
                  "är en anslutningsförfrågan, inte ett teamkort"),
    "newer major": (lambda card, keys: edited(card, format_version="2.0"),
                    "formatversion 2.0 och kräver en nyare faltapp"),
    "no version": (lambda card, keys: edited(card, format_version="ett"), "formatversion"),
    "renamed team": (lambda card, keys: edited(
        card, team={**json.loads(card)["team"], "name": "Annat team"}), "signatur"),
    "unsigned": (lambda card, keys: json.dumps(
        {k: v for k, v in json.loads(card).items() if k != "signature"}).encode(),
        "inte signerad"),
    "signature bit": (lambda card, keys: edited(card, signature=base64.b64encode(
        bytes([base64.b64decode(json.loads(card)["signature"])[0] ^ 1])
        + base64.b64decode(json.loads(card)["signature"])[1:]).decode()), "signatur"),
    "signed by a stranger": (lambda card, keys: resigned(json.loads(card), keys), "signatur"),
    "unknown field": (lambda card, keys: resigned(json.loads(card), keys, extra=1), "okänt fält"),
    "issuer not a leader": (lambda card, keys: resigned(json.loads(card), keys,
                                                        issued_by=keys.device_id),
                            "inte utfärdat av någon av teamets ledare"),
    "bad key": (lambda card, keys: edited(card, leaders=[{**json.loads(card)["leaders"][0],
                                                          "signing_public": "AAAA"}]),
                "inte en giltig Ed25519-nyckel"),
    "bad recipient": (lambda card, keys: edited(card, leaders=[{
        **json.loads(card)["leaders"][0], "age_recipient": "age1" + "q" * 58}]),
        "inte en giltig age-mottagare"),
    "right-to-left override": (lambda card, keys: edited(card, leaders=[{
        **json.loads(card)["leaders"][0], "name": "Anna \u202egnal"}]), "styrtecken"),
    "markup id": (lambda card, keys: edited(card, issued_by="<b>x</b>"), "ogiltigt värde"),
}


@pytest.mark.parametrize("case", BAD_CARDS, ids=list(BAD_CARDS))
def test_every_bad_card_is_one_sentence_and_joins_nothing(case: str, card: bytes,
                                                          make_db: Any) -> None:
    member = make_db("member")
    make, expected = BAD_CARDS[case]
    with pytest.raises(TeamFileError, match=expected) as raised:
        enrolment.join_team(member, make(card, new_keys("f" * 32)), "Bilal")
    message = str(raised.value)
    assert message.endswith(".") and "\n" not in message and raised.value.reason
    assert member.team.team() is None and member.team.roster() == []


def test_a_card_with_a_swapped_leader_key_shows_another_fingerprint_and_is_refused(
        leader: Database, card: bytes, make_db: Any) -> None:
    """Someone on the way replaces the leader's keys with their own and signs the card."""
    member = make_db("member")
    forger = new_keys(leader.device_id)
    document = json.loads(card)
    forged_leader = {**document["leaders"][0], "signing_public": forger.signing_public,
                     "age_recipient": forger.age_recipient}
    forged = resigned(document, forger, leaders=[forged_leader])
    joined = enrolment.join_team(member, forged, "Bilal")  # the card alone cannot tell
    with pytest.raises(TeamFileError, match="ändrats på vägen"):
        enrolment.check_request(leader, joined.request)
    honest = enrolment.join_team(make_db("other"), card, "Bilal")
    assert joined.fingerprint != honest.fingerprint
    assert [d.name for d in leader.team.roster()] == ["Anna Lind"]


def test_bad_requests_are_refused_and_the_roster_is_unchanged(
        leader: Database, card: bytes, make_db: Any) -> None:
    member = make_db("member")
    joined = enrolment.join_team(member, card, "Bilal")
    request = joined.request
    other_leader = make_db("other")
    other_leader.team.create_team("Ett annat team", "Olle")
    bad = {
        "renamed": (edited(request, device={**json.loads(request)["device"],
                                            "name": "Någon annan"}), "signatur"),
        "a card": (card, "är ett teamkort, inte en anslutningsförfrågan"),
        "long name": (edited(request, device={**json.loads(request)["device"],
                                              "name": "x" * 500}), "ogiltigt värde"),
    }
    before = roster_view(leader)
    for name, (data, expected) in bad.items():
        with pytest.raises(TeamFileError, match=expected):
            enrolment.check_request(leader, data)
        assert roster_view(leader) == before, name
    with pytest.raises(TeamFileError, match="annat team"):
        enrolment.check_request(other_leader, request)
    # Keys swapped on the way and signed with the swapped key: only the fingerprint shows it.
    forger = new_keys(member.device_id)
    swapped = resigned(json.loads(request), forger, device={
        **json.loads(request)["device"], "signing_public": forger.signing_public,
        "age_recipient": forger.age_recipient})
    assert enrolment.check_request(leader, swapped).fingerprint != joined.fingerprint
    with pytest.raises(TeamError, match="hör inte till något team"):
        enrolment.check_request(make_db("none"), request)


def test_a_roster_is_taken_only_from_a_known_leader_and_cannot_change_keys(
        leader: Database, make_db: Any) -> None:
    member, other = make_db("member"), make_db("other")
    enrol(leader, member, "Bilal")
    enrol(leader, other, "Cecilia")
    enrolment.take_roster(member, enrolment.shared_roster(leader))
    before = roster_view(member)
    assert len(before) == 3
    from_member = json.loads(json.dumps(enrolment.shared_roster(leader)))
    stranger = new_keys(other.device_id)
    cases = {
        "signed by a member": (resigned(from_member, other.team.keys(),
                                        signed_by=other.device_id), "inte signerad av en ledare"),
        "stranger's signature": (resigned(from_member, stranger), "signatur"),
        "tampered role": (json.dumps({**from_member, "devices": [
            {**d, "role": "leader"} for d in from_member["devices"]]}).encode(), "signatur"),
        "duplicate device": (json.dumps({**from_member, "devices": from_member["devices"] * 2})
                             .encode(), "samma enhet två gånger"),
    }
    for name, (data, expected) in cases.items():
        with pytest.raises(TeamFileError, match=expected):
            enrolment.take_roster(member, data)
        assert roster_view(member) == before, name
    # A roster a leader really signed but that gives a known device other keys is refused whole.
    swapped = enrolment.shared_roster(leader)
    swapped["devices"] = [{**d, "signing_public": stranger.signing_public}
                          if d["device_id"] == other.device_id else d
                          for d in swapped["devices"]]
    data = resigned(swapped, leader.team.keys())
    with pytest.raises(TeamError, match="andra nycklar"):
        enrolment.take_roster(member, data)
    assert roster_view(member) == before
