"""Counts are typed or stepped with + and −; too many is refused with a message, never clamped."""

from __future__ import annotations

import pytest
from gui.gui_keys import show_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from faltapp.gui.inputs.count_spin import CountSpin
from faltapp.gui.widgets import ERROR_COLOUR


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.count = CountSpin()
        self.count.setAccessibleName("Flickor 13–15")
        self.after = QLineEdit()
        self.after.setAccessibleName("Nästa fält")
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.after)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    widget = Form()
    show_active(qtbot, widget)
    widget.count.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.count.hasFocus)
    return widget


def test_plus_and_minus_step_by_one_and_never_below_zero(qtbot: QtBot, form: Form) -> None:
    edits: list[None] = []
    form.count.edited.connect(lambda: edits.append(None))
    for _ in range(3):
        qtbot.keyClick(form.count, Qt.Key.Key_Plus)
    assert form.count.value() == 3
    qtbot.keyClicks(form.count, "-")
    assert form.count.value() == 2
    qtbot.keyClick(form.count, Qt.Key.Key_Up)
    assert form.count.value() == 3
    for _ in range(5):
        qtbot.keyClick(form.count, Qt.Key.Key_Minus)
    assert form.count.value() == 0 and form.count.text() == "0"  # negative impossible
    assert len(edits) == 8  # 3 + 1 + 1 + 3: the two presses at zero changed nothing


def test_a_typed_count_replaces_the_old_one(qtbot: QtBot, form: Form) -> None:
    form.count.setValue(4)
    form.count.selectAll()
    qtbot.keyClicks(form.count, "17")
    assert form.count.value() == 17 and form.count.problem() is None


def test_600_is_refused_with_a_message_not_clamped_to_500(qtbot: QtBot, form: Form) -> None:
    form.count.selectAll()
    qtbot.keyClicks(form.count, "600")
    assert form.count.value() == 60  # the zero that made it too many was not taken
    assert form.count.value() != 500
    problem = form.count.problem()
    assert problem and "600" in problem and "500" in problem
    assert ERROR_COLOUR in form.count.lineEdit().styleSheet()
    qtbot.keyClick(form.count, Qt.Key.Key_Tab)
    qtbot.waitUntil(form.after.hasFocus)
    assert form.count.value() == 60 and form.count.problem() == problem  # still said
    form.count.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(form.count.hasFocus)
    qtbot.keyClick(form.count, Qt.Key.Key_Backspace)
    assert form.count.problem() is None and form.count.lineEdit().styleSheet() == ""


def test_setting_a_value_is_not_an_edit_and_the_field_is_named(form: Form) -> None:
    edits: list[None] = []
    form.count.edited.connect(lambda: edits.append(None))
    form.count.setValue(12)
    assert edits == [] and form.count.accessibleName() == "Flickor 13–15"
    assert (form.count.minimum(), form.count.maximum()) == (0, 500)


def test_edited_comes_when_the_value_holds_what_was_typed(qtbot: QtBot, form: Form) -> None:
    seen: list[int] = []
    form.count.edited.connect(lambda: seen.append(form.count.value()))
    form.count.selectAll()
    qtbot.keyClicks(form.count, "12")
    assert seen == [1, 12]


def test_read_only_count_is_not_stepped_by_any_key(qtbot: QtBot, form: Form) -> None:
    edits: list[None] = []
    form.count.setValue(4)
    form.count.edited.connect(lambda: edits.append(None))
    form.count.setReadOnly(True)
    qtbot.keyClicks(form.count, "+-7")
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Up, Qt.Key.Key_Down,
                Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        qtbot.keyClick(form.count, key)
    assert form.count.value() == 4 and form.count.text() == "4" and edits == []


@pytest.mark.parametrize("reason", [Qt.FocusReason.TabFocusReason,
                                    Qt.FocusReason.OtherFocusReason])
def test_focus_selects_the_count_so_a_digit_replaces_it(
        qtbot: QtBot, form: Form, reason: Qt.FocusReason) -> None:
    form.after.setFocus()
    qtbot.waitUntil(form.after.hasFocus)
    form.count.setFocus(reason)
    qtbot.waitUntil(form.count.hasFocus)
    assert form.count.lineEdit().selectedText() == "0"
    qtbot.keyClicks(form.count, "9")
    assert form.count.value() == 9


def test_shift_tab_back_selects_the_count(qtbot: QtBot, form: Form) -> None:
    form.count.setValue(15)
    qtbot.keyClick(form.count, Qt.Key.Key_Tab)
    qtbot.waitUntil(form.after.hasFocus)
    qtbot.keyClick(form.after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(form.count.hasFocus)
    qtbot.keyClicks(form.count, "3")
    assert form.count.value() == 3


def test_a_deleted_count_is_zero_at_once_and_when_left(qtbot: QtBot, form: Form) -> None:
    form.count.setValue(50)
    seen: list[int] = []
    form.count.edited.connect(lambda: seen.append(form.count.value()))
    form.count.selectAll()
    qtbot.keyClick(form.count, Qt.Key.Key_Delete)
    assert seen == [0] and form.count.value() == 0
    qtbot.keyClick(form.count, Qt.Key.Key_Tab)
    qtbot.waitUntil(form.after.hasFocus)
    assert form.count.value() == 0 and form.count.text() == "0"
