"""Validation of a whole shift: every record's own rules plus the rules between records.

Each problem names the record and field it belongs to, so the editor can show it next to that
field and jump to it from the list of problems (``Avsluta passet``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from faltapp.core.entities import Shift
from faltapp.core.messages import text
from faltapp.core.shift_bundle import ShiftBundle
from faltapp.core.validation import Context, validate


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One problem with one field of one record of a shift."""

    table: str
    record_id: str
    field: str
    message: str


def shift_window(shift: Shift) -> tuple[datetime, datetime]:
    """Start and end of the shift as datetimes; an end not after the start is the next day."""
    start = datetime.combine(shift.date, shift.start)
    end = datetime.combine(shift.date, shift.end)
    if end <= start:
        end += timedelta(days=1)
    return start, end


def check_bundle(bundle: ShiftBundle, context: Context) -> list[FieldProblem]:
    """Every problem of ``bundle``, the shift's first, then the children in their order."""
    out = [FieldProblem(r.TABLE, r.id, p.field, p.message)
           for r in bundle.records() for p in validate(r, context)]
    shift = bundle.shift
    met = sum(t.count for t in bundle.tallies)
    for name, label in (("affected_alcohol", "alkohol"), ("affected_drugs", "droger")):
        affected = sum(getattr(t, name) for t in bundle.tallies)
        if affected > met:
            out.append(FieldProblem("tally", shift.id, name, text(
                "{affected} påverkade av {label}, men bara {met} mötta.",
                affected=affected, label=label, met=met)))
    start, end = shift_window(shift)
    for o in bundle.observations:
        if not start <= o.observed_at <= end:
            out.append(FieldProblem(
                "observation", o.id, "observed_at",
                text("Klockslaget {time} ligger utanför passet ({start}–{end}).",
                     time=f"{o.observed_at:%H:%M}", start=f"{shift.start:%H:%M}",
                     end=f"{shift.end:%H:%M}")))
    return out
