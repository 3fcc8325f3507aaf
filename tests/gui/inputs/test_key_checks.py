"""KeyChecks: a letter ticks its box, arrows move, Space toggles, Tab leaves the whole group."""

from __future__ import annotations

import pytest
from gui.gui_keys import focused, key, show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from faltapp.gui.inputs.key_checks import KeyChecks, assign_keys, with_mnemonic

ITEMS = [("polis", "Polis"), ("felanmalan", "Kommunens felanmälan"),
         ("socialtjanst", "Socialtjänst"), ("gata_park", "Gata/park"),
         ("fastighetsagare", "Fastighetsägare"), ("skola", "Skola"),
         ("raddningstjanst", "Räddningstjänst"), ("annan", "Annan")]


class Form(QWidget):
    """A line before and after the group, as in a form."""

    def __init__(self) -> None:
        super().__init__()
        self.before, self.after = QLineEdit(), QLineEdit()
        self.checks = KeyChecks(ITEMS, columns=2)
        layout = QVBoxLayout(self)
        for widget in (self.before, self.checks, self.after):
            layout.addWidget(widget)
        QWidget.setTabOrder(self.before, self.checks.tab_widgets()[0])
        for a, b in zip(self.checks.tab_widgets(), self.checks.tab_widgets()[1:], strict=False):
            QWidget.setTabOrder(a, b)
        QWidget.setTabOrder(self.checks.tab_widgets()[-1], self.after)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    widget = Form()
    show_active(qtbot, widget)
    widget.before.setFocus()
    return widget


def test_each_box_has_its_own_letter_shown_and_named(qtbot: QtBot) -> None:
    assert assign_keys([label for _code, label in ITEMS]) == list("pfsgtkra")
    assert assign_keys(["&Annan", "Andra", "Ab"]) == ["a", "n", "b"]
    assert with_mnemonic("Gata/park", "g") == "&Gata/park"
    assert with_mnemonic("R&D team", "d") == "R&&&D team"
    checks = KeyChecks(ITEMS)
    texts = [box.text() for box in checks.boxes.values()]
    assert texts[:2] == ["&Polis", "Kommunens &felanmälan"]
    assert [box.accessibleName() for box in checks.boxes.values()] == [
        label for _code, label in ITEMS]
    assert checks.boxes["skola"].accessibleDescription() == "Tangent K"
    assert all(box.shortcut().isEmpty() for box in checks.boxes.values())  # no Alt+letter


def test_letters_toggle_and_tab_leaves_the_group(qtbot: QtBot, form: Form) -> None:
    edited: list[bool] = []
    form.checks.edited.connect(lambda: edited.append(True))
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.checks.boxes["polis"]
    for letter in ("f", "P", "k", "å"):  # capitals too; a letter no box has does nothing
        type_text(focused(), letter)
    assert form.checks.checked() == ("polis", "felanmalan", "skola")
    assert focused() is form.checks.boxes["skola"] and len(edited) == 3
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.after  # one Tab, not six
    key(qtbot, Qt.Key.Key_Backtab)
    assert focused() is form.checks.boxes["skola"]  # back where the cursor was
    key(qtbot, Qt.Key.Key_Backtab)
    assert focused() is form.before


def test_arrows_move_and_space_toggles(qtbot: QtBot, form: Form) -> None:
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Right)  # the second column: Fastighetsägare
    assert focused() is form.checks.boxes["fastighetsagare"]
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Up)  # stays on the first box
    key(qtbot, Qt.Key.Key_Space)
    assert form.checks.checked() == ("polis", "skola")


def test_codes_not_offered_are_kept(qtbot: QtBot, form: Form) -> None:
    edited: list[bool] = []
    form.checks.edited.connect(lambda: edited.append(True))
    form.checks.set_checked(("polis", "gammal_kod"))
    assert edited == [] and form.checks.boxes["polis"].isChecked()
    form.checks.boxes["annan"].setFocus()
    type_text(focused(), "p")
    assert form.checks.checked() == ("gammal_kod",)


def test_forward_targets_have_their_marked_letters_in_english() -> None:
    from faltapp.core.vocabulary import vocabulary

    labels = [t.label("en", mnemonic=True) for t in vocabulary().forward_targets]
    assert assign_keys(labels) == ["p", "f", "s", "m", "o", "c", "r", "h"]
    swedish = [t.label("sv", mnemonic=True) for t in vocabulary().forward_targets]
    assert assign_keys(swedish) == ["p", "f", "s", "g", "t", "k", "r", "a"]
