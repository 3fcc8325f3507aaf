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
