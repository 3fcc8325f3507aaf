"""A strict date field with the weekday beside it; an improbable date is questioned once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox, QWidget

from faltapp.core.time_text import TimeTextError, format_date, improbable_date, parse_date
from faltapp.gui.inputs.time_edit import MAX_TYPED, mark_invalid, problem_text

_STEPS = {
    (Qt.Key.Key_Up, True): 1, (Qt.Key.Key_Down, True): -1,
    (Qt.Key.Key_PageUp, False): 7, (Qt.Key.Key_PageDown, False): -7,
    (Qt.Key.Key_PageUp, True): 7, (Qt.Key.Key_PageDown, True): -7,
}
"""(key, Ctrl held) → days to step."""
_UNASKED_REASONS = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)


def ask_yes_no(parent: QWidget, question: str) -> bool:
    """Ask ``question`` in a modal box with Ja/Nej (Nej is the default); True for Ja."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("DateEdit", "Datum"),
                      question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class DateEdit(QWidget):
    """A line edit for the date and a label with its weekday ("fredag").

    Like :class:`~faltapp.gui.inputs.time_edit.TimeEdit`, text that is no date stays as
    typed and ``date()`` meanwhile is the date the field held at rest.
    Ctrl+Up / Ctrl+Down step a day, Page Up / Page Down a week (not while read-only).
    Leaving the field with a date more than a day ahead (:meth:`set_future_days`) or over
    90 days ago asks once whether it is right.
    """

    edited = Signal()
    """Emitted on every edit by the user (not on :meth:`set_date`)."""

    confirm: ClassVar[Callable[[QWidget, str], bool]] = staticmethod(ask_yes_no)
    """Asks the question about an improbable date (tests replace it)."""
    today: ClassVar[Callable[[], date]] = staticmethod(date.today)
    """Today's date (tests replace it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: date | None = None
        self._kept: date | None = None
        self._problem: str | None = None
        self._confirmed: date | None = None
        self._future_days = 1
        self._edit = QLineEdit()
        self._edit.setMaxLength(MAX_TYPED)
        self._edit.setAccessibleName(self.tr("Datum"))
        self._edit.setPlaceholderText(self.tr("åååå-mm-dd"))
        self._edit.setToolTip(self.tr("Ctrl+Upp/Ned: en dag, Page Up/Down: en vecka"))
        self._edit.setMinimumWidth(self._edit.fontMetrics().horizontalAdvance("2026-12-31") + 16)
        self._edit.installEventFilter(self)
        self._edit.textEdited.connect(self._on_edited)
        self._weekday = QLabel()
        self._weekday.setTextFormat(Qt.TextFormat.PlainText)
        self._weekday.setAccessibleName(self.tr("Veckodag"))
        metrics, locale = self._weekday.fontMetrics(), QLocale()
        self._weekday.setMinimumWidth(max(metrics.horizontalAdvance(locale.dayName(day))
                                          for day in range(1, 8)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit)
        layout.addWidget(self._weekday)
        layout.addStretch(1)
        self.setFocusProxy(self._edit)

    # -- public API ----------------------------------------------------------------------

    def date(self) -> date | None:
        """The date typed (``None`` when empty); while the text is no date, the date the
        field held before."""
        return self._kept if self._problem else self._date

    def set_date(self, d: date | None) -> None:
        """Show ``d`` (taken as confirmed: no question about it); emits no ``edited``."""
        self._date = self._kept = self._confirmed = d
        self._edit.setText("" if d is None else format_date(d))
        self._set_problem(None)

    def set_future_days(self, days: int) -> None:
        """Take dates up to ``days`` ahead without a question (a shift's date: 1, the default;
        a due date or deadline: weeks or months)."""
        self._future_days = days

    def problem(self) -> str | None:
        """Why the text is no date, or ``None`` when it is one (or empty)."""
        return self._problem

    def raw_text(self) -> str:
        """The text as typed."""
        return self._edit.text()

    def set_raw_text(self, text: str) -> None:
        """Show ``text`` as if typed (a draft's unread text); emits no ``edited``."""
        self._edit.setText(text)
        self._read()
        if self._problem is None:
            self._kept = self._date

    def line_edit(self) -> QLineEdit:
        """The line edit (for tab order, focus and its accessible name)."""
        return self._edit

    # -- behaviour -----------------------------------------------------------------------

    def _on_edited(self) -> None:
        self._read()
        self.edited.emit()

    def _read(self) -> None:
        try:
            self._date = parse_date(self._edit.text(), type(self).today())
        except TimeTextError as error:
            self._set_problem(problem_text(error))
            return
        self._set_problem(None)

    def _set_problem(self, problem: str | None) -> None:
        self._problem = problem
        mark_invalid(self._edit, problem)
        shown = self._date if problem is None else None
        self._weekday.setText("" if shown is None else QLocale().dayName(shown.isoweekday()))

    def _step(self, days: int) -> None:
        if self._problem is not None or self._edit.isReadOnly():
            return  # never replace text the user still has to correct, nor a shown date
        self._date = self._kept = (self._date or type(self).today()) + timedelta(days=days)
        self._edit.setText(format_date(self._date))
        self._set_problem(None)
        self.edited.emit()

    def _question(self, d: date, today: date) -> str:
        shown = QLocale().toString(d, QLocale.FormatType.LongFormat)
        if d.year == today.year + 1:
            return self.tr("Datumet ({date}) ligger nästa år. Stämmer det?").format(date=shown)
        if d > today:
            return self.tr("Datumet ({date}) ligger {days} dagar fram i tiden. Stämmer det?"
                           ).format(date=shown, days=(d - today).days)
        return self.tr("Datumet ({date}) ligger {days} dagar bakåt i tiden. Stämmer det?"
                       ).format(date=shown, days=(today - d).days)

    def _improbable(self, d: date, today: date) -> bool:
        if d > today:
            return (d - today).days > self._future_days
        return improbable_date(d, today)

    def _ask_if_improbable(self) -> None:
        d, today = self._date, type(self).today()
        if self._problem is not None or d is None or d == self._confirmed:
            return
        if not self._improbable(d, today):
            return
        if type(self).confirm(self, self._question(d, today)):
            self._confirmed = d
        else:
            self._edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Day/week steps on the keys; normalise and question the date on focus-out."""
        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            days = _STEPS.get((Qt.Key(event.key()), ctrl))
            if days is not None:
                self._step(days)
                return True
        elif watched is self._edit and event.type() == QEvent.Type.FocusOut:
            if self._problem is None:
                self._kept = self._date
                self._edit.setText("" if self._date is None else format_date(self._date))
            if event.reason() not in _UNASKED_REASONS:
                QTimer.singleShot(0, self, self._ask_if_improbable)
        return super().eventFilter(watched, event)
