"""SuggestText: the rest of a usual case is offered while typing; Enter takes it."""

from __future__ import annotations

from gui.gui_keys import show_active, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from faltapp.gui.inputs.suggest_text import SuggestText, split_cases


def make(qtbot: QtBot) -> SuggestText:
    edit = SuggestText()
    edit.set_suggestions(split_cases("Bråk, våld, misstänkt droghantering, buskörning"))
    show_active(qtbot, edit)
    edit.setFocus()
    return edit


def test_cases_come_from_the_description() -> None:
    assert split_cases("Belysning, insyn, nedskräpning, ödslig ,") == [
        "Belysning", "Insyn", "Nedskräpning", "Ödslig"]
    assert split_cases("") == []


def test_a_prefix_and_enter_give_the_case(qtbot: QtBot) -> None:
    edit = make(qtbot)
    type_text(edit, "bu")
    assert edit.toPlainText() == "buskörning" and edit.offered() == "Buskörning"
    assert edit.textCursor().selectedText() == "skörning"  # the offer is selected
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.toPlainText() == "Buskörning" and edit.offered() is None
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # no offer now: a new line as usual
    type_text(edit, "b")  # only the first line is completed
    assert edit.toPlainText() == "Buskörning\nb"


def test_free_text_backspace_and_escape(qtbot: QtBot) -> None:
    edit = make(qtbot)
    type_text(edit, "Bråket")  # typing on over the offer: free text
    assert edit.toPlainText() == "Bråket"
    edit.clear()
    type_text(edit, "v")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # removes the offer, keeps "v"
    assert edit.toPlainText() == "v"
    type_text(edit, "å")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.toPlainText() == "vå"


def test_read_only_offers_nothing(qtbot: QtBot) -> None:
    edit = make(qtbot)
    edit.setReadOnly(True)
    type_text(edit, "b")
    assert edit.toPlainText() == "" and edit.offered() is None
