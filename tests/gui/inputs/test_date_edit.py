"""The date field shows the weekday, steps by keys and asks before keeping an improbable date."""

from __future__ import annotations

from datetime import date

import pytest
from gui.gui_keys import show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from faltapp.gui.inputs.date_edit import DateEdit

TODAY = date(2026, 11, 25)  # a Wednesday


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.day = DateEdit()
        self.after = QLineEdit()
        self.after.setAccessibleName("Nästa fält")
        layout = QVBoxLayout(self)
        layout.addWidget(self.day)
        layout.addWidget(self.after)


class Questions:
    """The questions asked; each is answered by the next of ``answers`` (Ja when none)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answers: list[bool] = []

    def __call__(self, parent: QWidget, question: str) -> bool:
        self.asked.append(question)
        return self.answers.pop(0) if self.answers else True


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    asker = Questions()
    monkeypatch.setattr(DateEdit, "confirm", staticmethod(asker))
    monkeypatch.setattr(DateEdit, "today", staticmethod(lambda: TODAY))
    return asker


@pytest.fixture
def form(qtbot: QtBot, questions: Questions) -> Form:
    widget = Form()
    show_active(qtbot, widget)
    widget.day.setFocus()
    qtbot.waitUntil(widget.day.line_edit().hasFocus)
    return widget


def leave(qtbot: QtBot, form: Form) -> None:
    qtbot.keyClick(form.day.line_edit(), Qt.Key.Key_Tab)
    qtbot.waitUntil(form.after.hasFocus)


def weekday(form: Form) -> str:
    return form.day.findChildren(type(form.day._weekday))[0].text()


def test_a_typed_date_is_read_shown_in_full_and_with_its_weekday(
        qtbot: QtBot, form: Form, questions: Questions) -> None:
    qtbot.keyClicks(form.day.line_edit(), "20/11")
    assert form.day.date() == date(2026, 11, 20)
    assert weekday(form) == "fredag"
    leave(qtbot, form)
    assert form.day.raw_text() == "2026-11-20"
    qtbot.wait(20)
    assert questions.asked == []  # last Friday is a probable date


def test_a_mistyped_date_stays_as_typed_in_red(qtbot: QtBot, form: Form) -> None:
    form.day.set_date(date(2026, 11, 20))
    form.day.line_edit().selectAll()
    qtbot.keyClicks(form.day.line_edit(), "31/11")
    leave(qtbot, form)
    assert form.day.raw_text() == "31/11"
    assert "finns inte" in (form.day.problem() or "")
    assert form.day.line_edit().toolTip() == form.day.problem()
    assert form.day.date() == date(2026, 11, 20) and weekday(form) == ""


def test_ctrl_arrows_step_a_day_and_page_keys_a_week(qtbot: QtBot, form: Form) -> None:
    edits: list[None] = []
    form.day.edited.connect(lambda: edits.append(None))
    form.day.set_date(date(2026, 11, 20))
    line = form.day.line_edit()
    qtbot.keyClick(line, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert form.day.date() == date(2026, 11, 21) and weekday(form) == "lördag"
    qtbot.keyClick(line, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == "2026-11-19"
    qtbot.keyClick(line, Qt.Key.Key_PageDown)
    assert form.day.date() == date(2026, 11, 12)
    qtbot.keyClick(line, Qt.Key.Key_PageUp)
    assert form.day.date() == date(2026, 11, 19)
    assert len(edits) == 5


def test_stepping_never_replaces_a_mistake(qtbot: QtBot, form: Form) -> None:
    qtbot.keyClicks(form.day.line_edit(), "32/1")
    qtbot.keyClick(form.day.line_edit(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert form.day.raw_text() == "32/1"


def test_a_date_next_year_is_asked_about_and_kept_on_yes(
        qtbot: QtBot, form: Form, questions: Questions) -> None:
    qtbot.keyClicks(form.day.line_edit(), "2027-03-14")
    leave(qtbot, form)
    qtbot.waitUntil(lambda: len(questions.asked) == 1)
    assert "nästa år" in questions.asked[0] and "Stämmer det?" in questions.asked[0]
    assert form.day.date() == date(2027, 3, 14) and form.after.hasFocus()
    form.day.setFocus()
    qtbot.waitUntil(form.day.line_edit().hasFocus)
    leave(qtbot, form)
    qtbot.wait(20)
    assert len(questions.asked) == 1  # asked once


def test_no_puts_the_cursor_back_on_the_date(
        qtbot: QtBot, form: Form, questions: Questions) -> None:
    questions.answers.append(False)
    qtbot.keyClicks(form.day.line_edit(), "1/6 2025")
    leave(qtbot, form)
    qtbot.waitUntil(lambda: len(questions.asked) == 1)
    qtbot.waitUntil(form.day.line_edit().hasFocus)
    assert "bakåt i tiden" in questions.asked[0]
    assert form.day.line_edit().selectedText() == "2025-06-01"  # ready to be retyped
    type_text(form.day.line_edit(), "igår")
    leave(qtbot, form)
    qtbot.wait(20)
    assert form.day.date() == date(2026, 11, 24) and len(questions.asked) == 1


def test_a_loaded_old_date_is_not_questioned(
        qtbot: QtBot, form: Form, questions: Questions) -> None:
    form.day.set_date(date(2024, 5, 3))
    leave(qtbot, form)
    qtbot.wait(20)
    assert questions.asked == []


def test_set_does_not_count_as_an_edit(form: Form) -> None:
    edits: list[None] = []
    form.day.edited.connect(lambda: edits.append(None))
    form.day.set_date(date(2026, 11, 20))
    form.day.set_raw_text("x")
    assert edits == [] and form.day.problem() and form.day.date() == date(2026, 11, 20)
    form.day.set_raw_text("")
    assert form.day.date() is None and form.day.problem() is None


def test_the_field_is_named_for_screen_readers(form: Form) -> None:
    assert form.day.line_edit().accessibleName() == "Datum"
    assert form.day.focusProxy() is form.day.line_edit()


def test_a_shift_date_two_days_ahead_is_asked_about(
        qtbot: QtBot, form: Form, questions: Questions) -> None:
    qtbot.keyClicks(form.day.line_edit(), "2026-11-27")
    leave(qtbot, form)
    qtbot.waitUntil(lambda: len(questions.asked) == 1)
    assert "2 dagar fram i tiden" in questions.asked[0]


def test_a_due_date_weeks_ahead_is_not_asked_about_but_a_far_one_is(
        qtbot: QtBot, form: Form, questions: Questions) -> None:
    form.day.set_future_days(366)
    qtbot.keyClicks(form.day.line_edit(), "2027-01-08")  # six weeks ahead
    leave(qtbot, form)
    qtbot.wait(20)
    assert questions.asked == [] and form.day.date() == date(2027, 1, 8)
    form.day.setFocus()
    qtbot.waitUntil(form.day.line_edit().hasFocus)
    form.day.line_edit().selectAll()
    qtbot.keyClicks(form.day.line_edit(), "2028-01-10")
    leave(qtbot, form)
    qtbot.waitUntil(lambda: len(questions.asked) == 1)
    assert "411 dagar fram i tiden" in questions.asked[0]
    form.day.setFocus()
    qtbot.waitUntil(form.day.line_edit().hasFocus)
    form.day.line_edit().selectAll()
    qtbot.keyClicks(form.day.line_edit(), "1/6 2025")
    leave(qtbot, form)
    qtbot.waitUntil(lambda: len(questions.asked) == 2)
    assert "bakåt i tiden" in questions.asked[1]  # the past is still questioned


def test_a_read_only_date_is_not_stepped(qtbot: QtBot, form: Form) -> None:
    edits: list[None] = []
    form.day.edited.connect(lambda: edits.append(None))
    form.day.set_date(date(2026, 11, 20))
    line = form.day.line_edit()
    line.setReadOnly(True)
    ctrl, none = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier
    for key, modifier in ((Qt.Key.Key_Up, ctrl), (Qt.Key.Key_Down, ctrl),
                          (Qt.Key.Key_PageUp, none), (Qt.Key.Key_PageDown, none),
                          (Qt.Key.Key_PageUp, ctrl), (Qt.Key.Key_PageDown, ctrl)):
        qtbot.keyClick(line, key, modifier)
    assert form.day.date() == date(2026, 11, 20) and line.text() == "2026-11-20"
    assert weekday(form) == "fredag" and edits == []
