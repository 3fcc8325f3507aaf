"""The shift an editor holds: a mutable draft of a bundle, with the text not yet understood.

Sections of the editor read from and write into one :class:`ShiftDraft`; the editor turns it
into a :class:`ShiftBundle` to save, and into JSON for the crash-recovery draft stored in the
encrypted database (``store/drafts.py``). Text the user typed that does not parse yet (a time
"21:", a birth year "20") is kept in ``raw`` under a :func:`raw_key`, so nothing typed is lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, time
from typing import Any

from faltapp.core.codec import from_payload, to_payload
from faltapp.core.entities import Contact, FollowUp, Observation, Shift, Tally, WalkItem
from faltapp.core.shift_bundle import LoadedShift, ShiftBundle

DRAFT_FORMAT = "faltapp-editor-draft"
DRAFT_VERSION = 1
_LISTS: dict[str, type] = {
    "tallies": Tally, "contacts": Contact, "observations": Observation,
    "follow_ups": FollowUp, "walk_items": WalkItem,
}


class DraftFormatError(ValueError):
    """A stored draft this build cannot read (damaged, or written by a newer build)."""


def raw_key(table: str, record_id: str, field_name: str) -> str:
    """Key of ``raw`` for one field of one record, e.g. ``"contact:<id>:birth_year"``."""
    return f"{table}:{record_id}:{field_name}"


def blank_shift(on: date) -> Shift:
    """A new evening shift on ``on`` with nothing chosen yet."""
    return Shift(date=on, start=time(18, 0), end=time(23, 0), kind="kvallspass")


@dataclass
class ShiftDraft:
    """A shift being edited: the records, the versions they were loaded at, unparsed text."""

    shift: Shift
    tallies: list[Tally] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    walk_items: list[WalkItem] = field(default_factory=list)
    bases: dict[tuple[str, str], str] = field(default_factory=dict)
    """``(table, id)`` → version loaded; empty for a shift never saved."""
    raw: dict[str, str] = field(default_factory=dict)
    reason: str = ""
    """Why a finalised shift is being corrected (kept in history with the new versions)."""

    @classmethod
    def from_loaded(cls, loaded: LoadedShift) -> ShiftDraft:
        """A draft of a shift as stored."""
        b = loaded.bundle
        return cls(b.shift, list(b.tallies), list(b.contacts), list(b.observations),
                   list(b.follow_ups), list(b.walk_items), dict(loaded.bases))

    @property
    def is_new(self) -> bool:
        """True for a shift that has never been saved."""
        return not self.bases

    @property
    def is_final(self) -> bool:
        """True when the shift as loaded or edited is finalised (read-only in the editor)."""
        return self.shift.status == "final"

    def bundle(self) -> ShiftBundle:
        """The records to save, children pointing at this shift."""
        sid = self.shift.id
        return ShiftBundle(
            self.shift,
            tuple(replace(t, shift_id=sid) for t in self.tallies),
            tuple(replace(c, shift_id=sid) for c in self.contacts),
            tuple(replace(o, shift_id=sid) for o in self.observations),
            tuple(replace(f, shift_id=sid) for f in self.follow_ups),
            tuple(replace(w, shift_id=sid) for w in self.walk_items),
        )

    def has_content(self) -> bool:
        """True when anything beyond date, times, kind, areas and staff was recorded.

        An empty shift is not saved as a shift: opening "Nytt fältpass" and closing it again
        leaves nothing behind.
        """
        s = self.shift
        return bool(
            any(t.count for t in self.tallies) or self.contacts or self.observations
            or self.follow_ups or self.walk_items or s.summary.strip() or s.partners
            or s.weather.strip() or any(v.strip() for v in self.raw.values()))

    def to_json(self) -> str:
        """The whole draft as JSON text (for the crash-recovery store)."""
        data: dict[str, Any] = {
            "format": DRAFT_FORMAT, "version": DRAFT_VERSION,
            "shift": to_payload(self.shift),
            "bases": [[t, i, v] for (t, i), v in sorted(self.bases.items())],
            "raw": self.raw, "reason": self.reason,
        }
        for name in _LISTS:
            data[name] = [to_payload(e) for e in getattr(self, name)]
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ShiftDraft:
        """Read a draft written by :meth:`to_json`; DraftFormatError if it cannot be read."""
        try:
            data = json.loads(text)
            if data.get("format") != DRAFT_FORMAT:
                raise DraftFormatError("Utkastet har ett okänt format.")
            if int(data.get("version", 0)) > DRAFT_VERSION:
                raise DraftFormatError("Utkastet är skrivet av en nyare version av faltapp.")
            lists = {name: [from_payload(t, p) for p in data.get(name, [])]
                     for name, t in _LISTS.items()}
            return cls(
                shift=from_payload(Shift, data["shift"]),
                bases={(t, i): v for t, i, v in data.get("bases", [])},
                raw={str(k): str(v) for k, v in data.get("raw", {}).items()},
                reason=str(data.get("reason", "")),
                **lists,
            )
        except DraftFormatError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise DraftFormatError(f"Utkastet går inte att läsa ({error}).") from error
