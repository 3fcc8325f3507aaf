"""Team card, enrolment request and roster files: small signed JSON (no Qt).

Every file is one JSON object with ``format`` (its kind), ``format_version`` ("1.0"), its
fields, and ``signature``: base64 of the Ed25519 signature over the canonical JSON
(``core/digest.py``) of the object without ``signature``. Files are read with a size cap and
strict checks (duplicate keys, NaN, unknown fields of this version, ids, keys, names, times);
anything wrong is one :class:`TeamFileError` sentence with a ``reason`` code.

- *team card* (a leader hands it out): the team and its leaders, signed by the issuing leader;
- *enrolment request* (a field secretary hands it back): the device's name and public keys
  and the card issuer's key it saw, signed with the device's own key;
- *roster* (a leader's list of every device, the approval a member reads, and the shared
  roster in a leader's export): signed by a leader the reader already knows.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from faltapp.core.digest import canonical_json
from faltapp.core.messages import text
from faltapp.core.team import MAX_NAME, ROLES, Team, TeamDevice, clean_name
from faltapp.core.versions import utc_now
from faltapp.sync.identity import (
    SIGNATURE_BYTES,
    DeviceKeys,
    KeyFormatError,
    check_recipient,
    public_key_bytes,
    verify,
)
from faltapp.sync.strict_json import JsonRefused, loads_strict

CARD = "faltapp-team-card"
REQUEST = "faltapp-enrolment-request"
ROSTER = "faltapp-team-roster"
FORMAT_VERSION = (1, 0)
FORMAT_TEXT = "1.0"
MAX_FILE_BYTES = 256 * 1024
MAX_DEVICES = 500
_KINDS = {CARD: "ett teamkort", REQUEST: "en anslutningsförfrågan", ROSTER: "en enhetslista"}
_ID = re.compile(r"[0-9a-f]{32}")
_VERSION = re.compile(r"(\d{1,3})\.(\d{1,3})")


class TeamFileError(ValueError):
    """A team file that cannot be used: one Swedish sentence, ``reason`` a short code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class TeamCard:
    """A read and verified team card."""

    team: Team
    issuer: TeamDevice
    leaders: list[TeamDevice]


@dataclass(frozen=True)
class EnrolmentRequest:
    """A read and self-verified enrolment request (not yet checked against a roster)."""

    device: TeamDevice
    card_issuer: str
    card_issuer_key: str


@dataclass(frozen=True)
class RosterFile:
    """A read roster; its signature is checked against the reader's own roster."""

    team: Team
    signed_by: str
    devices: list[TeamDevice]
    document: dict[str, Any]


# -- writing --------------------------------------------------------------------------------

def signed_document(kind: str, fields: dict[str, Any], keys: DeviceKeys) -> dict[str, Any]:
    """``fields`` under ``format``/``format_version``, with ``signature`` by ``keys``."""
    document = {"format": kind, "format_version": FORMAT_TEXT, **fields}
    signature = keys.sign(canonical_json(document).encode("utf-8"))
    return {**document, "signature": base64.b64encode(signature).decode("ascii")}


def file_bytes(document: dict[str, Any]) -> bytes:
    """The document as the UTF-8 JSON text written to a file (indented for people)."""
    return (json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2,
                       allow_nan=False) + "\n").encode("utf-8")


def card_document(team: Team, leaders: list[TeamDevice], keys: DeviceKeys) -> dict[str, Any]:
    """A team card issued by ``keys`` (a leader among ``leaders``)."""
    return signed_document(CARD, {
        "team": _team_fields(team), "issued_by": keys.device_id, "issued_at": utc_now(),
        "leaders": [_device_fields(d) for d in leaders if d.is_leader]}, keys)


def request_document(team_id: str, name: str, card_issuer: TeamDevice,
                     keys: DeviceKeys) -> dict[str, Any]:
    """An enrolment request of this device (``keys``) for ``team_id``."""
    return signed_document(REQUEST, {
        "team_id": team_id, "card_issuer": card_issuer.device_id,
        "card_issuer_key": card_issuer.signing_public, "created_at": utc_now(),
        "device": {"device_id": keys.device_id, "name": name,
                   "signing_public": keys.signing_public, "age_recipient": keys.age_recipient}},
        keys)


def roster_document(team: Team, devices: list[TeamDevice], keys: DeviceKeys) -> dict[str, Any]:
    """The roster as a leader (``keys``) signs it for the team."""
    return signed_document(ROSTER, {
        "team": _team_fields(team), "signed_by": keys.device_id, "created_at": utc_now(),
        "devices": [_device_fields(d) for d in devices]}, keys)


def _team_fields(team: Team) -> dict[str, Any]:
    return {"team_id": team.team_id, "name": team.name, "created_at": team.created_at,
            "created_by": team.created_by}


def _device_fields(device: TeamDevice) -> dict[str, Any]:
    return {"device_id": device.device_id, "name": device.name, "role": device.role,
            "signing_public": device.signing_public, "age_recipient": device.age_recipient,
            "enrolled_at": device.enrolled_at, "enrolled_by": device.enrolled_by,
            "revoked_at": device.revoked_at, "revoked_by": device.revoked_by}


# -- reading --------------------------------------------------------------------------------

def read_card(data: bytes) -> TeamCard:
    """A team card, its signature checked against the issuing leader's key in it."""
    document = parse(data, CARD)
    tolerant = _newer(document)
    fields = _Fields(document, {"team", "issued_by", "issued_at", "leaders"}, tolerant)
    team = _team(fields.object("team"), tolerant)
    issued_by = fields.device_id("issued_by")
    fields.time("issued_at")
    leaders = [_device(item, team.team_id, tolerant) for item in fields.array("leaders", 50)]
    issuer = next((d for d in leaders if d.device_id == issued_by and d.is_leader), None)
    if issuer is None:
        raise TeamFileError("issuer", text("Teamkortet är inte utfärdat av någon av teamets "
                                           "ledare."))
    check_signature(document, issuer.signing_public)
    return TeamCard(team, issuer, [d for d in leaders if d.is_leader])


def read_request(data: bytes) -> EnrolmentRequest:
    """An enrolment request, its signature checked against the device key in it."""
    document = parse(data, REQUEST)
    tolerant = _newer(document)
    fields = _Fields(document, {"team_id", "card_issuer", "card_issuer_key", "created_at",
                                "device"}, tolerant)
    team_id = fields.device_id("team_id")
    card_issuer = fields.device_id("card_issuer")
    card_issuer_key = fields.signing_key("card_issuer_key")
    created_at = fields.time("created_at")
    inner = _Fields(fields.object("device"), {"device_id", "name", "signing_public",
                                              "age_recipient"}, tolerant)
    device = TeamDevice(inner.device_id("device_id"), team_id, inner.name("name"), "member",
                        inner.signing_key("signing_public"), inner.recipient("age_recipient"),
                        created_at)
    check_signature(document, device.signing_public)
    return EnrolmentRequest(device, card_issuer, card_issuer_key)


def read_roster(data: bytes | dict[str, Any]) -> RosterFile:
    """A roster file (bytes) or the roster of a leader's export (an already parsed object).

    The signature is not checked here: only the reader's roster knows the signer's key
    (``enrolment.take_roster`` checks it).
    """
    document = parse(data, ROSTER)
    tolerant = _newer(document)
    fields = _Fields(document, {"team", "signed_by", "created_at", "devices"}, tolerant)
    team = _team(fields.object("team"), tolerant)
    signed_by = fields.device_id("signed_by")
    fields.time("created_at")
    devices = [_device(item, team.team_id, tolerant)
               for item in fields.array("devices", MAX_DEVICES)]
    if len({d.device_id for d in devices}) != len(devices):
        raise TeamFileError("duplicate", text("Enhetslistan nämner samma enhet två gånger."))
    return RosterFile(team, signed_by, devices, document)


def parse(data: bytes | dict[str, Any], kind: str) -> dict[str, Any]:
    """The JSON object of a ``kind`` file: size, UTF-8, JSON, format and version checked."""
    if isinstance(data, dict):
        document = data
        if len(canonical_json(document).encode("utf-8")) > MAX_FILE_BYTES:
            raise _too_big(kind)
    else:
        if len(data) > MAX_FILE_BYTES:
            raise _too_big(kind)
        try:
            document = loads_strict(bytes(data))
        except JsonRefused as error:
            raise TeamFileError("json", text("Filen är inte {kind}: den är inte läsbar JSON.",
                                             kind=_KINDS[kind])) from error
    found = document.get("format") if isinstance(document, dict) else None
    if found != kind:
        other = _KINDS.get(found) if isinstance(found, str) else None
        raise TeamFileError("format", text("Filen är {other}, inte {kind}.", other=other,
                                           kind=_KINDS[kind]) if other else
                            text("Filen är inte {kind} från faltapp.", kind=_KINDS[kind]))
    version = _VERSION.fullmatch(str(document.get("format_version")))
    if version is None:
        raise TeamFileError("version", text("Filen saknar en giltig formatversion."))
    if int(version[1]) != FORMAT_VERSION[0]:
        raise TeamFileError("version", text(
            "Filen har formatversion {found} och kräver en nyare faltapp (den här läser "
            "format {ours}.x).", found=version[0], ours=FORMAT_VERSION[0]))
    return document


def check_signature(document: dict[str, Any], signing_public: str) -> None:
    """Refuse ``document`` unless its ``signature`` is by ``signing_public``."""
    unsigned = {k: v for k, v in document.items() if k != "signature"}
    raw = _signature_bytes(document.get("signature"))
    if not verify(signing_public, canonical_json(unsigned).encode("utf-8"), raw):
        raise TeamFileError("signature", text(
            "Filens signatur stämmer inte: den har ändrats efter att den skrevs eller är "
            "signerad av någon annan."))


def _signature_bytes(value: Any) -> bytes:
    try:
        raw = base64.b64decode(str(value).encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raw = b""
    if not isinstance(value, str) or len(raw) != SIGNATURE_BYTES:
        raise TeamFileError("unsigned", text("Filen är inte signerad."))
    return raw


def _newer(document: dict[str, Any]) -> bool:
    """True for a newer minor version of this format (its new fields are ignored)."""
    version = _VERSION.fullmatch(str(document["format_version"]))
    return version is not None and int(version[2]) > FORMAT_VERSION[1]


def _team(value: Any, tolerant: bool) -> Team:
    fields = _Fields(value, {"team_id", "name", "created_at", "created_by"}, tolerant)
    return Team(fields.device_id("team_id"), fields.name("name"), fields.time("created_at"),
                fields.device_id("created_by"))


def _device(value: Any, team_id: str, tolerant: bool) -> TeamDevice:
    fields = _Fields(value, {"device_id", "name", "role", "signing_public", "age_recipient",
                             "enrolled_at", "enrolled_by", "revoked_at", "revoked_by"}, tolerant)
    role = fields.document.get("role")
    if role not in ROLES:
        raise _bad("role")
    revoked_at = fields.time("revoked_at", optional=True)
    revoked_by = fields.device_id("revoked_by", optional=True)
    if (revoked_at is None) != (revoked_by is None):
        raise _bad("revoked_by")
    return TeamDevice(fields.device_id("device_id"), team_id, fields.name("name"), role,
                      fields.signing_key("signing_public"), fields.recipient("age_recipient"),
                      fields.time("enrolled_at"), fields.device_id("enrolled_by", optional=True),
                      revoked_at, revoked_by)


class _Fields:
    """Typed access to one JSON object's fields; unknown ones only from a newer minor version."""

    def __init__(self, document: Any, known: set[str], tolerant: bool) -> None:
        if not isinstance(document, dict):
            raise _bad("object")
        unknown = set(document) - known - {"format", "format_version", "signature"}
        if unknown and not tolerant:
            raise TeamFileError("field", text("Filen har ett okänt fält {field!r}.",
                                              field=sorted(unknown)[0][:40]))
        self.document = document

    def _get(self, name: str, optional: bool) -> Any:
        value = self.document.get(name)
        if value is None and not optional:
            raise _bad(name)
        return value

    def device_id(self, name: str, *, optional: bool = False) -> Any:
        value = self._get(name, optional)
        if value is not None and not (isinstance(value, str) and _ID.fullmatch(value)):
            raise _bad(name)
        return value

    def time(self, name: str, *, optional: bool = False) -> Any:
        value = self._get(name, optional)
        if value is None:
            return None
        try:
            if not isinstance(value, str) or len(value) > 40:
                raise ValueError(value)
            datetime.fromisoformat(value)
        except ValueError:
            raise _bad(name) from None
        return value

    def name(self, name: str) -> str:
        value = self._get(name, False)
        if not isinstance(value, str) or len(value) > MAX_NAME:
            raise _bad(name)
        try:
            return clean_name(value, "Namnet")
        except ValueError as error:
            raise TeamFileError("name", str(error)) from error

    def signing_key(self, name: str) -> str:
        value = self._get(name, False)
        try:
            public_key_bytes(value)
        except KeyFormatError as error:
            raise TeamFileError("key", str(error)) from error
        return str(value)

    def recipient(self, name: str) -> str:
        try:
            return check_recipient(self._get(name, False))
        except KeyFormatError as error:
            raise TeamFileError("key", str(error)) from error

    def object(self, name: str) -> dict[str, Any]:
        value = self._get(name, False)
        if not isinstance(value, dict):
            raise _bad(name)
        return value

    def array(self, name: str, limit: int) -> list[Any]:
        value = self._get(name, False)
        if not isinstance(value, list) or not 0 < len(value) <= limit:
            raise _bad(name)
        return value


def _bad(field: str) -> TeamFileError:
    return TeamFileError("field", text("Filen har ett ogiltigt värde i fältet {field!r}.",
                                       field=field))


def _too_big(kind: str) -> TeamFileError:
    return TeamFileError("size", text("Filen är för stor för att vara {kind}.",
                                      kind=_KINDS[kind]))
