"""The team and its roster as plain data, and the rules a roster change must follow (no Qt).

A team has one or more leaders; every device on the roster is known by its device id and two
public keys (Ed25519 for signatures, age X25519 for encryption). A device's keys never change
once it is on the roster: another key under a known device id is a forgery, not an update.
Revocation is for good: no roster that arrives later takes it back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from faltapp.core.messages import text

LEADER = "leader"
MEMBER = "member"
ROLES = (LEADER, MEMBER)
MAX_NAME = 80
"""Team and device names are short labels a person reads on a roster."""


class RosterConflict(ValueError):
    """A roster entry that contradicts what this database already knows (one sentence)."""


@dataclass(frozen=True, slots=True)
class Team:
    """The team this database belongs to."""

    team_id: str
    name: str
    created_at: str
    created_by: str


@dataclass(frozen=True, slots=True)
class TeamDevice:
    """One device on the roster: its keys, its role, and what was last heard from it."""

    device_id: str
    team_id: str
    name: str
    role: str
    signing_public: str
    age_recipient: str
    enrolled_at: str
    enrolled_by: str | None = None
    revoked_at: str | None = None
    revoked_by: str | None = None
    last_export_at: str | None = None
    last_counter: int = 0

    @property
    def revoked(self) -> bool:
        """True once a leader has revoked the device."""
        return self.revoked_at is not None

    @property
    def is_leader(self) -> bool:
        """True for a leader that is not revoked."""
        return self.role == LEADER and not self.revoked


def merged_device(known: TeamDevice | None, incoming: TeamDevice) -> TeamDevice:
    """What the roster holds after a leader's view of a device arrives.

    Keys of a known device must be the same (else :class:`RosterConflict`); a revocation
    stays, the first one is kept; a leader stays a leader; the local record of the device's
    last export is kept. Name and enrolment come from the incoming entry for a new device.
    """
    if known is None:
        return replace(incoming, last_export_at=None, last_counter=0)
    if (known.signing_public, known.age_recipient) != (incoming.signing_public,
                                                       incoming.age_recipient):
        raise RosterConflict(text(
            "Enheten {device} finns redan i teamet med andra nycklar; uppgiften är förfalskad "
            "eller kommer från ett annat team.", device=known.device_id[:8]))
    role = LEADER if LEADER in (known.role, incoming.role) else known.role
    revoked = known if known.revoked else incoming
    return replace(known, name=incoming.name, role=role, revoked_at=revoked.revoked_at,
                   revoked_by=revoked.revoked_by)


def clean_name(value: str, label: str) -> str:
    """``value`` stripped; refuses an empty, over-long or control-character name."""
    name = " ".join(str(value).split())
    if not name:
        raise ValueError(text("{label} måste fyllas i.", label=label))
    if len(name) > MAX_NAME:
        raise ValueError(text("{label} får vara högst {limit} tecken (nu {count}).", label=label,
                              limit=MAX_NAME, count=len(name)))
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 or ch in _BIDI_CONTROLS for ch in name):
        raise ValueError(text("{label} innehåller otillåtna styrtecken.", label=label))
    return name


_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
