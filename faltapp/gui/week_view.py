"""The team leader's Vecka view: the figures of one ISO week, each number opening the shifts
behind it, and the week's reports (print, PDF, lägesbild, medborgarlöften).

The figures are counted by the store (``db.reports.week_figures``); the view only shows them
and reads them again when the store says something changed (``StoreEvents``), or when it is
shown again after a change it did not need to show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.changes import Changes
from faltapp.core.weeks import IsoWeek
from faltapp.gui.drill_down import DrillDown
from faltapp.gui.hint_view import HintTableView
from faltapp.gui.i18n import format_week
from faltapp.gui.report_actions import ReportActions
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.week_figures_model import FiguresModel
from faltapp.gui.widgets import ErrorLabel

if TYPE_CHECKING:
    from faltapp.gui.store_events import StoreEvents
    from faltapp.store.database import Database

TABLES = ("shift", "tally", "contact", "observation", "follow_up", "place", "category")
"""Tables whose changes can alter a figure of the week."""


def default_week(today: date) -> IsoWeek:
    """The week of yesterday: on Monday, before the meeting with the police, the week that
    just ended; on the other days the week under way."""
    return IsoWeek.of(today - timedelta(days=1))


def _short(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


class WeekChooser(QComboBox):
    """The weeks that have shifts (read on first use), this week, and the week shown."""

    week_chosen = Signal(object)

    def __init__(self, load_weeks: Callable[[], list[IsoWeek]], week: IsoWeek,
                 today: Callable[[], date]) -> None:
        super().__init__()
        self._load_weeks = load_weeks
        self._today = today
        self._stale = True
        self._weeks = {week, IsoWeek.of(today())}
        self.week = week
        self._fill()
        self.currentIndexChanged.connect(self._chosen)

    def _fill(self) -> None:
        self.blockSignals(True)
        self.clear()
        for week in sorted(self._weeks, key=lambda w: (w.year, w.week), reverse=True):
            self.addItem(self.tr("{week} ({first}–{last})").format(
                week=format_week(week), first=_short(week.monday()),
                last=_short(week.sunday())), str(week))
        self.setCurrentIndex(self.findData(str(self.week)))
        self.blockSignals(False)

    def invalidate(self) -> None:
        """Shifts were saved: read the weeks again on next use."""
        self._stale = True

    def ensure_filled(self) -> None:
        """Add every week with shifts (once per change), keeping the week shown."""
        if self._stale:
            self._stale = False
            self._weeks |= set(self._load_weeks())
            self._fill()

    def set_week(self, week: IsoWeek) -> None:
        """Show ``week`` (added to the list when it has no shifts) and say so."""
        if week not in self._weeks:
            self._weeks.add(week)
            self._fill()
        self.setCurrentIndex(self.findData(str(week)))

    def step(self, weeks: int) -> None:
        """The previous (-1) or next (+1) calendar week, shifts or not."""
        self.set_week(IsoWeek.of(self.week.monday() + timedelta(days=7 * weeks)))

    def _chosen(self, index: int) -> None:
        data = self.itemData(index)
        if data and data != str(self.week):
            self.week = IsoWeek.parse(data)
            self.week_chosen.emit(self.week)

    def showPopup(self) -> None:
        self.ensure_filled()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_filled()
        super().focusInEvent(event)


class WeekView(QWidget):
    """Totals beside per day / area / category / place × time band; Enter on a number lists
    its shifts (:class:`DrillDown`), from which a shift opens in the editor."""

    def __init__(self, db: Database, runner: TaskRunner, events: StoreEvents,
                 open_shift: Callable[[str], None], today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._stale = True  # read on first show: start-up does not pay for the figures
        self.figures = None
        self.chooser = WeekChooser(db.shifts.weeks, default_week(today()), today)
        self.chooser.setAccessibleName(self.tr("Vecka att visa"))
        self.chooser.setToolTip(self.tr("Föregående och nästa vecka: Alt+Vänsterpil och "
                                        "Alt+Högerpil"))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.week_chosen.connect(lambda _week: self.refresh())
        self.error = ErrorLabel()
        self.reports = ReportActions(self, db, runner, self._said, self.error.show_message,
                                     today)
        self.drill_down = DrillDown(db, events, open_shift, today, self)
        self.models: dict[str, FiguresModel] = {}
        self.views: dict[str, HintTableView] = {}
        self._build()
        events.changed.connect(self._on_changes)

    # -- layout ---------------------------------------------------------------------------

    def _table(self, name: str, accessible: str, hint: str) -> HintTableView:
        model = self.models[name] = FiguresModel(name, self)
        view = self.views[name] = HintTableView()
        view.setModel(model)
        view.setSelectionBehavior(HintTableView.SelectionBehavior.SelectItems)
        view.setAccessibleName(accessible)
        view.set_hint(hint)
        view.activated.connect(lambda index, m=model: self._drill(m, index))
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        model.modelReset.connect(lambda: header.setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch))  # the names take the room the numbers leave
        return view

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setToolTip(action.toolTip())
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        return button

    def _build(self) -> None:
        week = lambda: self.chooser.week  # noqa: E731 (read when triggered)
        self.print_action = self._action(self.tr("&Skriv ut…"), self.tr(
            "Skriv ut veckosammanställningen"), lambda: self.reports.print_week(week()))
        self.save_action = self._action(self.tr("Spara som PD&F…"), self.tr(
            "Spara veckosammanställningen som PDF"), lambda: self.reports.save_week(week()))
        self.lagesbild_pdf_action = self._action(self.tr("Lägesbild som &PDF…"), self.tr(
            "Lägesbild för EST, utan personuppgifter"),
            lambda: self.reports.save_lagesbild_pdf(week()))
        self.lagesbild_csv_action = self._action(self.tr("Lägesbild som &CSV…"), self.tr(
            "Lägesbildens tal för kommunens egna verktyg"),
            lambda: self.reports.save_lagesbild_csv(week()))
        self.promises_action = self._action(self.tr("&Medborgarlöften…"), self.tr(
            "Uppföljning av medborgarlöftena för veckans år"),
            lambda: self.reports.save_promises(week().year))

        previous = QPushButton("◀")
        previous.setAccessibleName(self.tr("Föregående vecka"))
        previous.setToolTip(self.tr("Föregående vecka (Alt+Vänsterpil)"))
        following = QPushButton("▶")
        following.setAccessibleName(self.tr("Nästa vecka"))
        following.setToolTip(self.tr("Nästa vecka (Alt+Högerpil)"))
        for button, step in ((previous, -1), (following, 1)):
            button.setAutoDefault(False)
            button.setFixedWidth(button.sizeHint().height() + 8)
            button.clicked.connect(lambda _=False, s=step: self.chooser.step(s))
        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self.chooser.step(s),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        label = QLabel(self.tr("Vec&ka:"))
        label.setBuddy(self.chooser)
        more = QPushButton(self.tr("&Lägesbild och medborgarlöften"))
        more.setAutoDefault(False)
        menu = QMenu(more)
        for action in (self.lagesbild_pdf_action, self.lagesbild_csv_action,
                       self.promises_action):
            menu.addAction(action)
        more.setMenu(menu)
        self.more_button = more

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        for widget in (label, previous, self.chooser, following):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self._button(self.print_action), self._button(self.save_action), more):
            bar.addWidget(widget)

        totals = self._table("totals", self.tr("Veckans tal"), "")
        self.details = QTabWidget()
        self.details.addTab(self._table("days", self.tr("Per dag"), ""), self.tr("Per &dag"))
        self.details.addTab(self._table("areas", self.tr("Per område"), self.tr(
            "Inga pass med områden den här veckan.")), self.tr("Per &område"))
        self.details.addTab(self._table("categories", self.tr("Per kategori"), self.tr(
            "Inga iakttagelser den här veckan.")), self.tr("Per ka&tegori"))
        self.details.addTab(self._table("place_bands", self.tr("Plats och tid"), self.tr(
            "Inga iakttagelser den här veckan.")), self.tr("&Plats × tid"))
        split = QSplitter()
        split.addWidget(totals)
        split.addWidget(self.details)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setChildrenCollapsible(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setContentsMargins(6, 0, 6, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.chooser, totals)
        self.setTabOrder(totals, self.details)

    def _action(self, text: str, tip: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    # -- figures --------------------------------------------------------------------------

    @property
    def week(self) -> IsoWeek:
        """The week shown."""
        return self.chooser.week

    def set_week(self, week: IsoWeek) -> None:
        """Show ``week``."""
        self.chooser.set_week(week)

    def refresh(self) -> None:
        """Read the week's figures again (now if shown, else when next shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.error.forget()
        self.figures = figures = self._db.reports.week_figures(self.week, self._today())
        for model in self.models.values():
            model.set_figures(figures)
        self.status.setText(self.tr(
            "{week}: %n fältpass. Enter eller dubbelklick på ett tal visar passen bakom det.",
            "", figures.totals.shifts).format(week=format_week(self.week)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def focus_figures(self) -> None:
        """Put the keyboard on the first number of the totals."""
        view = self.views["totals"]
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if view.currentIndex().column() < 1:  # none yet, or on a name
            view.setCurrentIndex(self.models["totals"].index(max(view.currentIndex().row(), 0),
                                                             1))

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("shift"):
            self.chooser.invalidate()
        if changes.touches(*TABLES):
            self.refresh()

    def _drill(self, model: FiguresModel, index: QModelIndex) -> None:
        if index.column() == 0:  # a row's name: its first number (this week's)
            index = index.siblingAtColumn(1)
        question = model.drill(index)
        if question is None:
            self.status.setText(self.tr("Det finns inga pass bakom det här talet."))
            return
        self.drill_down.show_question(question)

    def _said(self, text: str) -> None:
        self.error.forget()
        self.status.setText(text)
