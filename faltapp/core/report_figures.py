"""The figures of one ISO week, shared by every report, the week view and the CLI (issue 7).

Counted in SQL by ``store/report_queries.py``; here only the typed result. What each total
counts:

- ``shifts``: live shifts dated in the week (a shift crossing midnight stays on its start date);
- ``met``, ``affected_alcohol``, ``affected_drugs``: sums over the shifts' tallies;
- ``contacts``; ``concern_talks`` / ``concern_reports``: contacts whose actions hold
  ``concern_talk`` / ``concern_report``;
- ``observations``;
- ``police_shifts`` / ``adult_shifts``: shifts whose partners hold ``polis`` /
  ``nattvandrare`` (night walkers and parents);
- ``open_follow_ups`` / ``overdue_follow_ups``: follow-ups made on the week's shifts that are
  still open / open and due before the day the figures were counted.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime

from faltapp.core.weeks import IsoWeek


@dataclass(frozen=True, slots=True)
class Totals:
    """The week's totals (see the module text for what each counts)."""

    shifts: int = 0
    met: int = 0
    contacts: int = 0
    observations: int = 0
    concern_talks: int = 0
    concern_reports: int = 0
    affected_alcohol: int = 0
    affected_drugs: int = 0
    police_shifts: int = 0
    adult_shifts: int = 0
    open_follow_ups: int = 0
    overdue_follow_ups: int = 0

    def minus(self, other: Totals) -> Totals:
        """Figure by figure, ``self - other`` (the change against another week)."""
        return Totals(*(getattr(self, f) - getattr(other, f) for f in FIGURES))


FIGURES: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Totals))
"""Names of the totals, in reading order; also the ``figure`` of a drill-down."""


@dataclass(frozen=True, slots=True)
class DayFigures:
    """One day of the week (shifts by their start date)."""

    day: date
    shifts: int = 0
    met: int = 0
    contacts: int = 0
    observations: int = 0


@dataclass(frozen=True, slots=True)
class AreaFigures:
    """One area (``Place.area``; "" for places without one).

    ``shifts``: shifts with at least one place of the area (a shift in two areas counts in
    both); ``contacts`` and ``observations`` by the area of their own place.
    """

    area: str
    shifts: int = 0
    contacts: int = 0
    observations: int = 0


@dataclass(frozen=True, slots=True)
class CategoryFigures:
    """Observations of one EST category; ``people``: the sum of their people counts."""

    code: str
    name: str
    observations: int = 0
    people: int = 0


@dataclass(frozen=True, slots=True)
class PlaceBandFigures:
    """Observations at one place in one time band (see ``core/time_bands.py``)."""

    place_id: str
    place: str
    area: str
    band: str
    observations: int = 0


@dataclass(frozen=True, slots=True)
class WeekFigures:
    """Everything item 1 of issue 7 asks for one ISO week; an empty week is all zeros."""

    week: IsoWeek
    today: date
    totals: Totals
    previous: Totals
    days: tuple[DayFigures, ...]
    areas: tuple[AreaFigures, ...] = ()
    categories: tuple[CategoryFigures, ...] = ()
    place_bands: tuple[PlaceBandFigures, ...] = ()

    @property
    def change(self) -> Totals:
        """This week's totals minus the previous week's."""
        return self.totals.minus(self.previous)

    @property
    def is_empty(self) -> bool:
        """True when the week has no shift at all."""
        return self.totals.shifts == 0


@dataclass(frozen=True, slots=True)
class FigureKey:
    """Which cell of the figures a drill-down asks about; unset fields do not narrow.

    ``day``: a row of the days; ``area``: a row of the areas; ``category``: a row of the
    categories; ``place_id`` with ``band``: a cell of place × time band.
    """

    day: date | None = None
    area: str | None = None
    category: str | None = None
    place_id: str | None = None
    band: str | None = None


def previous_week(week: IsoWeek) -> IsoWeek:
    """The ISO week before ``week`` (across a year's end too)."""
    return IsoWeek.of(date.fromordinal(week.monday().toordinal() - 7))


NOTABLE_SEVERITY = 3
"""An observation this severe (the top of the scale, "Hög") is notable."""
NOTABLE_FORWARD = "polis"
"""An observation forwarded to this target (the police) is notable whatever its severity."""


@dataclass(frozen=True, slots=True)
class NotableObservation:
    """An observation of the week that the team leader should read.

    Notable means severity :data:`NOTABLE_SEVERITY` or forwarded to :data:`NOTABLE_FORWARD`;
    the list comes most severe first, then newest first.
    """

    id: str
    shift_id: str
    shift_date: date
    observed_at: datetime
    place: str
    category: str
    severity: int
    people: int
    description: str
    forwarded_to: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OpenFollowUp:
    """A follow-up made on one of the week's shifts that is still open.

    ``owner``: the staff member's name ("" for none); ``overdue``: due before the day the
    figures were counted.
    """

    id: str
    shift_id: str
    shift_date: date
    text: str
    due: date | None
    owner: str
    overdue: bool
