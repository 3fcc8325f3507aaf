"""Who uses this database: the name, the computer's name and the role chosen at first run.

Local settings (never synced). The enrolment dialogs offer them as defaults, and the person
is also saved as a Staff record so the shift editor can pick them from the first shift.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from faltapp.core.entities import Staff

if TYPE_CHECKING:
    from faltapp.store.database import Database

ROLES = ("faltsekreterare", "teamledare")
_KEYS = {"name": "profile_name", "device_name": "profile_device", "role": "profile_role"}


@dataclass(frozen=True, slots=True)
class Profile:
    """The person at this computer."""

    name: str
    device_name: str
    role: str = "faltsekreterare"


def save_profile(db: Database, profile: Profile) -> Staff:
    """Keep ``profile`` and add the person to the staff list, in one transaction."""
    if profile.role not in ROLES:
        raise ValueError(f"unknown role {profile.role!r}")
    staff = Staff(profile.name.strip(), role=profile.role)
    with db.changing() as writes:
        writes.save([(staff, None)])
        db.writer.conn.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [(_KEYS["name"], staff.name), (_KEYS["device_name"], profile.device_name.strip()),
             (_KEYS["role"], profile.role)])
    return staff


def load_profile(db: Database) -> Profile | None:
    """The profile chosen at first run (None for a database made another way)."""
    found = dict(db.query("SELECT key, value FROM settings WHERE key IN (?, ?, ?)",
                          list(_KEYS.values())))
    if _KEYS["name"] not in found:
        return None
    return Profile(found[_KEYS["name"]], found.get(_KEYS["device_name"], ""),
                   found.get(_KEYS["role"], "faltsekreterare"))
