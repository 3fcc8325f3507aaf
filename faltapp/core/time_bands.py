"""Time-of-day bands of the weekly reports: 17–19, 19–21, 21–23, 23–01, 01– and före 17.

A shift that crosses midnight stays on its start date; its late hours fall in the late bands.
The hour of an observation is therefore counted from midnight *before the shift's date*: an
observation at 00:30 after a Friday shift is hour 24.5 of Friday, band "23–01".
"""

from __future__ import annotations

from datetime import date, datetime

EARLY = "före 17"
BANDS: tuple[tuple[str, int], ...] = (
    (EARLY, 0), ("17–19", 17), ("19–21", 19), ("21–23", 21), ("23–01", 23), ("01–", 25),
)
"""(label, first hour counted from midnight before the shift's date), in reading order."""

LABELS: tuple[str, ...] = tuple(label for label, _ in BANDS)


def hour_of_shift_day(shift_date: date, at: datetime) -> int:
    """Whole hours from midnight before ``shift_date`` to ``at`` (00:30 the next day: 24)."""
    return (at.date() - shift_date).days * 24 + at.hour


def band_of(shift_date: date, at: datetime) -> str:
    """The band an observation at ``at`` on a shift dated ``shift_date`` counts in."""
    hour = hour_of_shift_day(shift_date, at)
    return next(label for label, first in reversed(BANDS) if hour >= first or first == 0)
