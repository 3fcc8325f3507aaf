"""The time field reads what is typed strictly and never replaces a mistake by another time."""

from __future__ import annotations

from datetime import time

import pytest
from gui.gui_keys import show_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from faltapp.gui.inputs.time_edit import TimeEdit


class Form(QWidget):
    """A time field with a field after it, to leave it by Tab."""

    def __init__(self) -> None:
        super().__init__()
        self.start = TimeEdit()
        self.start.setAccessibleName("Början")
        self.after = QLineEdit()
        self.after.setAccessibleName("Nästa fält")
        layout = QVBoxLayout(self)
        layout.addWidget(self.start)
        layout.addWidget(self.after)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    widget = Form()
    show_active(qtbot, widget)
    widget.start.setFocus()
    qtbot.waitUntil(widget.start.hasFocus)
    return widget


def type_and_leave(qtbot: QtBot, form: Form, text: str) -> None:
    qtbot.keyClicks(form.start, text)
    qtbot.keyClick(form.start, Qt.Key.Key_Tab)
    qtbot.waitUntil(form.after.hasFocus)


@pytest.mark.parametrize(("typed", "shown", "meant"), [
    ("930", "09:30", time(9, 30)), ("2130", "21:30", time(21, 30)), ("21.3", None, None),
    ("21", "21:00", time(21)), ("9", "09:00", time(9)), ("24:00", "00:00", time(0)),
])
def test_a_valid_time_is_shown_as_hh_mm_when_the_field_is_left(
        qtbot: QtBot, form: Form, typed: str, shown: str | None, meant: time | None) -> None:
    type_and_leave(qtbot, form, typed)
    if shown is None:  # "21.3" is no time: it stays as typed
        assert form.start.text() == typed and form.start.problem()
        return
    assert form.start.text() == shown
    assert form.start.time() == meant
    assert form.start.problem() is None


@pytest.mark.parametrize("typed", ["2530", "9999", "21:75", "25", "abc", "1:2:3"])
def test_a_mistyped_time_stays_as_typed_in_red_with_the_reason(
        qtbot: QtBot, form: Form, typed: str) -> None:
    form.start.set_time(time(18))
    form.start.selectAll()
    type_and_leave(qtbot, form, typed)
    assert form.start.text() == typed  # never silently replaced (today 2530 became 23:00)
    problem = form.start.problem()
    assert problem and f"«{typed}»" in problem
    assert form.start.toolTip() == problem
    assert "border" in form.start.styleSheet()
    assert form.start.time() == time(18)  # the last good time is kept, not a guess


def test_correcting_the_mistake_clears_the_mark(qtbot: QtBot, form: Form) -> None:
    qtbot.keyClicks(form.start, "2530")
    assert form.start.problem()
    qtbot.keyClick(form.start, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.start, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.start, Qt.Key.Key_Backspace)
    assert form.start.problem() is None and form.start.time() == time(2)
    assert form.start.styleSheet() == "" and form.start.toolTip() == ""


def test_a_time_after_midnight_shows_plus_one(qtbot: QtBot, form: Form) -> None:
    form.start.set_day_start(time(18))
    type_and_leave(qtbot, form, "215")
    assert form.start.text() == "02:15"
    assert form.start.next_day()
    hint = form.start.findChild(type(form.start._hint))
    assert hint is not None and hint.isVisible() and hint.text() == "(+1)"
    assert hint.geometry().right() <= form.start.width()  # inside the field, not clipped
    form.start.set_time(time(23, 30))
    assert not form.start.next_day() and not hint.isVisible()
    form.start.set_day_start(None)
    form.start.set_time(time(2, 15))
    assert not hint.isVisible()


def test_edited_comes_from_the_user_only(qtbot: QtBot, form: Form) -> None:
    edits: list[None] = []
    form.start.edited.connect(lambda: edits.append(None))
    form.start.set_time(time(19))
    form.start.set_raw_text("2530")
    assert edits == []
    assert form.start.problem() and form.start.raw_text() == "2530"
    form.start.selectAll()
    qtbot.keyClicks(form.start, "19")
    assert len(edits) == 2 and form.start.time() == time(19)


def test_an_emptied_field_is_no_time(qtbot: QtBot, form: Form) -> None:
    form.start.set_time(time(18))
    form.start.selectAll()
    qtbot.keyClick(form.start, Qt.Key.Key_Delete)
    assert form.start.time() is None and form.start.problem() is None


def test_the_field_fits_a_time_and_the_hint(form: Form) -> None:
    metrics = form.start.fontMetrics()
    assert form.start.width() >= metrics.horizontalAdvance("00:00 (+1)")
    assert form.start.width() < metrics.horizontalAdvance("00:00") * 4
    assert form.start.accessibleName() == "Början"
