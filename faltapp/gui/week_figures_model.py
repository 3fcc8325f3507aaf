"""The week view's tables: every figure of :class:`~faltapp.core.report_figures.WeekFigures`
as a cell that knows which shifts are behind it.

One small read-only model (:class:`FiguresModel`) serves every table; the functions below
turn the figures into its rows: totals with last week and the change, per day, per area,
per EST category, and observations per place × time band.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from faltapp.core.report_figures import FIGURES, FigureKey, WeekFigures, previous_week
from faltapp.core.time_bands import EARLY, LABELS
from faltapp.core.vocabulary import category_names_en
from faltapp.core.weeks import IsoWeek
from faltapp.gui.i18n import active_language, format_short_date, format_week

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Drill:
    """The question behind one number: which shifts of ``week`` count toward ``figure`` in
    the cell ``key``; ``what`` names the cell for the drill-down's title."""

    week: IsoWeek
    figure: str
    key: FigureKey
    what: str


@dataclass(frozen=True, slots=True)
class Cell:
    """A number (or text) shown; ``drill`` is None where nothing can be listed behind it."""

    text: str
    drill: Drill | None = None
    number: bool = True


Row = tuple[Cell, ...]


def figure_names() -> dict[str, str]:
    """Every total's name in the interface language, in reading order."""
    names = {
        "shifts": translate("WeekFigures", "Fältpass"),
        "met": translate("WeekFigures", "Mötta (räknade)"),
        "contacts": translate("WeekFigures", "Kontakter"),
        "observations": translate("WeekFigures", "Iakttagelser"),
        "concern_talks": translate("WeekFigures", "Orossamtal"),
        "concern_reports": translate("WeekFigures", "Orosanmälningar"),
        "affected_alcohol": translate("WeekFigures", "Påverkade av alkohol"),
        "affected_drugs": translate("WeekFigures", "Påverkade av droger"),
        "police_shifts": translate("WeekFigures", "Pass med polis"),
        "adult_shifts": translate("WeekFigures", "Pass med nattvandrare/föräldrar"),
        "open_follow_ups": translate("WeekFigures", "Öppna uppföljningar"),
        "overdue_follow_ups": translate("WeekFigures", "Försenade uppföljningar"),
    }
    assert tuple(names) == FIGURES
    return names


def band_name(band: str) -> str:
    """A time band as shown ("före 17" is the only one with words)."""
    return translate("WeekFigures", "före 17") if band == EARLY else band


def change_text(change: int) -> str:
    """ "+3", "−2" (a real minus sign) or "±0"."""
    if change > 0:
        return f"+{change}"
    return f"−{-change}" if change < 0 else "±0"


def _count(value: int, week: IsoWeek, figure: str, key: FigureKey, what: str) -> Cell:
    """A count; zero has nothing behind it to list."""
    return Cell(str(value), Drill(week, figure, key, what) if value else None)


def _label(text: str) -> Cell:
    return Cell(text, number=False)


def totals_rows(figures: WeekFigures) -> list[Row]:
    """Each total: name, this week, last week (both open their shifts), change."""
    last = previous_week(figures.week)
    rows = []
    for figure, name in figure_names().items():
        now, before = getattr(figures.totals, figure), getattr(figures.previous, figure)
        rows.append(
            (
                _label(name),
                _count(now, figures.week, figure, FigureKey(), name),
                _count(before, last, figure, FigureKey(), name),
                Cell(change_text(now - before)),
            )
        )
    return rows


DAY_FIGURES = ("shifts", "met", "contacts", "observations")
AREA_FIGURES = ("shifts", "contacts", "observations")


def day_rows(figures: WeekFigures) -> list[Row]:
    """Monday to Sunday (a shift by its start date): shifts, met, contacts, observations."""
    names = figure_names()
    rows = []
    for day in figures.days:
        label = format_short_date(day.day)
        rows.append(
            (
                _label(label),
                *(
                    _count(
                        getattr(day, f),
                        figures.week,
                        f,
                        FigureKey(day=day.day),
                        f"{names[f]}, {label}",
                    )
                    for f in DAY_FIGURES
                ),
            )
        )
    return rows


def area_name(area: str) -> str:
    """An area as shown; places without an area are counted under a name of their own."""
    return area or translate("WeekFigures", "(inget område)")


def area_rows(figures: WeekFigures) -> list[Row]:
    """Each area: shifts there, contacts and observations at its places."""
    names = figure_names()
    return [
        (
            _label(area_name(a.area)),
            *(
                _count(
                    getattr(a, f),
                    figures.week,
                    f,
                    FigureKey(area=a.area),
                    f"{names[f]}, {area_name(a.area)}",
                )
                for f in AREA_FIGURES
            ),
        )
        for a in figures.areas
    ]


def category_name(code: str, name: str) -> str:
    """The category's name, in English while it keeps its shipped Swedish name."""
    default = category_names_en().get(code)
    if active_language() == "en" and default and name == default[0]:
        return default[1]
    return name or code or translate("WeekFigures", "(ingen kategori)")


def category_rows(figures: WeekFigures) -> list[Row]:
    """Each EST category: observations and the people they saw (both open the shifts)."""
    rows = []
    for c in figures.categories:
        name = category_name(c.code, c.name)
        key = FigureKey(category=c.code)
        rows.append(
            (
                _label(name),
                _count(c.observations, figures.week, "observations", key, name),
                Cell(
                    str(c.people),
                    Drill(figures.week, "observations", key, name) if c.observations else None,
                ),
            )
        )
    return rows


def place_band_rows(figures: WeekFigures) -> list[Row]:
    """Observations per place (rows) and time band (columns), then the place's total."""
    places: dict[str, tuple[str, dict[str, int]]] = {}
    for cell in figures.place_bands:
        name = cell.place or translate("WeekFigures", "(okänd plats)")
        places.setdefault(cell.place_id, (name, {}))[1][cell.band] = cell.observations
    rows = []
    for place_id, (name, bands) in places.items():
        cells = [
            _count(
                bands.get(band, 0),
                figures.week,
                "observations",
                FigureKey(place_id=place_id, band=band),
                f"{name}, {band_name(band)}",
            )
            for band in LABELS
        ]
        cells.append(
            _count(
                sum(bands.values()),
                figures.week,
                "observations",
                FigureKey(place_id=place_id),
                name,
            )
        )
        rows.append((_label(name), *cells))
    return rows


def headers(table: str, week: IsoWeek) -> list[str]:
    """Column titles of ``table`` ("totals", "days", "areas", "categories", "place_bands")."""
    names = figure_names()
    if table == "totals":
        return [
            "",
            format_week(week),
            format_week(previous_week(week)),
            translate("WeekFigures", "Förändring"),
        ]
    if table == "days":
        return [translate("WeekFigures", "Dag"), *(names[f] for f in DAY_FIGURES)]
    if table == "areas":
        return [translate("WeekFigures", "Område"), *(names[f] for f in AREA_FIGURES)]
    if table == "categories":
        return [
            translate("WeekFigures", "Kategori"),
            translate("WeekFigures", "Iakttagelser"),
            translate("WeekFigures", "Personer"),
        ]
    return [
        translate("WeekFigures", "Plats"),
        *(band_name(b) for b in LABELS),
        translate("WeekFigures", "Totalt"),
    ]


ROWS = {
    "totals": totals_rows,
    "days": day_rows,
    "areas": area_rows,
    "categories": category_rows,
    "place_bands": place_band_rows,
}
"""Table name → the function that makes its rows."""


class FiguresModel(QAbstractTableModel):
    """One table of figures: a label column, then numbers; :meth:`drill` says what is behind
    a number (None for labels, changes and zeros)."""

    def __init__(self, table: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._headers: list[str] = []
        self._rows: list[Row] = []

    def set_figures(self, figures: WeekFigures) -> None:
        """Show ``figures`` (a new week, or the same week after a change)."""
        self.beginResetModel()
        self._headers = headers(self.table, figures.week)
        self._rows = ROWS[self.table](figures)
        self.endResetModel()

    def drill(self, index: Index) -> Drill | None:
        """The shifts behind the number at ``index``, or None."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()][index.column()].drill

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or index.row() >= len(self._rows)
            or index.column() >= len(self._headers)
        ):
            return None
        cell = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and cell.drill is not None:
            return translate(
                "WeekFigures", "{what}: Enter eller dubbelklick visar passen bakom talet."
            ).format(what=cell.drill.what)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and cell.number
            and cell.drill is None
            and cell.text == "0"
        ):
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
