"""One place is picked by typing part of its name; a new place is added by typing + Enter."""

from __future__ import annotations

import pytest
from gui.gui_keys import show_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from faltapp.gui.inputs.place_picker import PlacePicker
from faltapp.gui.widgets import ERROR_COLOUR

PLACES = [("st", "Stortorget"), ("sg", "Stadsträdgården"), ("rc", "Resecentrum")]


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.place = PlacePicker()
        self.place.setAccessibleName("Plats")
        self.place.set_places(PLACES)
        self.after = QLineEdit()
        self.after.setAccessibleName("Nästa fält")
        layout = QVBoxLayout(self)
        layout.addWidget(self.place)
        layout.addWidget(self.after)


class Answers:
    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answers: list[bool] = []

    def __call__(self, parent: QWidget, question: str) -> bool:
        self.asked.append(question)
        return self.answers.pop(0) if self.answers else True


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Answers:
    asker = Answers()
    monkeypatch.setattr(PlacePicker, "confirm", staticmethod(asker))
    return asker


@pytest.fixture
def form(qtbot: QtBot, questions: Answers) -> Form:
    widget = Form()
    widget.place.set_place_id(None)
    show_active(qtbot, widget)
    widget.place.setFocus()
    qtbot.waitUntil(widget.place.hasFocus)
    return widget


def leave(qtbot: QtBot, form: Form) -> None:
    """Tab away (to the completer's list while it is open: it has the keyboard)."""
    popup = form.place.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else form.place, Qt.Key.Key_Tab)
    qtbot.waitUntil(form.after.hasFocus)


def test_part_of_a_name_offers_the_place_and_enter_picks_it(qtbot: QtBot, form: Form) -> None:
    edits: list[None] = []
    form.place.edited.connect(lambda: edits.append(None))
    qtbot.keyClicks(form.place, "torg")
    popup = form.place.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    assert popup.model().index(0, 0).data() == "Stortorget"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert form.place.place_id() == "st" and form.place.currentText() == "Stortorget"
    assert form.place.problem() is None and edits


def test_a_full_name_in_other_case_is_the_place(qtbot: QtBot, form: Form) -> None:
    qtbot.keyClicks(form.place, "resecentrum")
    assert form.place.place_id() == "rc" and form.place.problem() is None
    leave(qtbot, form)
    assert form.place.currentText() == "Resecentrum"


def test_a_new_place_is_added_by_typing_and_enter(
        qtbot: QtBot, form: Form, questions: Answers) -> None:
    added: list[str] = []

    def add(name: str) -> tuple[str, str]:
        added.append(name)
        return "lidan", name

    form.place.set_add_handler(add)
    qtbot.keyClicks(form.place, "Lidans strandpromenad")
    assert "finns inte bland platserna" in (form.place.problem() or "")
    assert form.place.place_id() is None
    qtbot.keyClick(form.place, Qt.Key.Key_Return)
    assert questions.asked == ["Lägg till «Lidans strandpromenad» som ny plats?"]
    assert added == ["Lidans strandpromenad"]
    assert form.place.place_id() == "lidan" and form.place.problem() is None
    assert form.place.currentText() == "Lidans strandpromenad"


def test_no_keeps_the_typed_name_marked(qtbot: QtBot, form: Form, questions: Answers) -> None:
    form.place.set_add_handler(lambda name: ("x", name))
    questions.answers.append(False)
    qtbot.keyClicks(form.place, "Lidan")
    qtbot.keyClick(form.place, Qt.Key.Key_Return)
    assert questions.asked and form.place.place_id() is None
    assert form.place.currentText() == "Lidan" and form.place.problem()
    assert ERROR_COLOUR in form.place.lineEdit().styleSheet()
    leave(qtbot, form)
    assert form.place.currentText() == "Lidan"  # never replaced by another place


def test_an_inactive_place_on_an_old_shift_is_shown_by_name(form: Form) -> None:
    edits: list[None] = []
    form.place.edited.connect(lambda: edits.append(None))
    form.place.set_place_id("gamla", "Gamla busstationen")
    assert form.place.currentText() == "Gamla busstationen"
    assert form.place.place_id() == "gamla" and form.place.problem() is None
    form.place.set_places(PLACES)  # a new offer keeps what is shown
    assert form.place.place_id() == "gamla"
    form.place.set_place_id("sg")
    assert form.place.currentText() == "Stadsträdgården"
    form.place.set_place_id(None)
    assert form.place.place_id() is None and form.place.currentText() == ""
    assert edits == []


def test_the_model_is_sound(form: Form, qtmodeltester: ModelTester) -> None:
    form.place.set_place_id("gamla", "Gamla busstationen")
    qtmodeltester.check(form.place.model())
    assert form.place.accessibleName() == "Plats"


def test_enter_on_part_of_one_name_picks_that_place_and_never_adds_it(
        qtbot: QtBot, form: Form, questions: Answers) -> None:
    form.place.set_add_handler(lambda name: ("x", name))
    qtbot.keyClicks(form.place, "rese")
    popup = form.place.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else form.place, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.place.place_id() == "rc")
    assert form.place.currentText() == "Resecentrum" and questions.asked == []


def test_enter_on_part_of_several_names_asks_to_choose(
        qtbot: QtBot, form: Form, questions: Answers) -> None:
    form.place.set_add_handler(lambda name: ("x", name))
    qtbot.keyClicks(form.place, "st")  # Stortorget, Stadsträdgården
    popup = form.place.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else form.place, Qt.Key.Key_Return)
    assert questions.asked == [] and form.place.place_id() is None
    assert "Välj platsen bland förslagen" in (form.place.problem() or "")
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 2


def test_a_new_picker_shows_no_place_and_keeps_typed_text_over_a_new_offer(
        qtbot: QtBot) -> None:
    picker = PlacePicker()
    qtbot.addWidget(picker)
    picker.set_places(PLACES)
    assert picker.place_id() is None and picker.currentText() == ""
    picker.setEditText("Lidan")
    picker.set_places([*PLACES, ("x", "Torget")])
    assert picker.currentText() == "Lidan" and picker.place_id() is None


def test_a_drafts_unread_text_put_back_is_marked(form: Form) -> None:
    form.place.setEditText("Lidan")
    assert ERROR_COLOUR in form.place.lineEdit().styleSheet()
    assert form.place.lineEdit().toolTip() == form.place.problem()
