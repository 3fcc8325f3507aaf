"""Several places are picked by keyboard only: type to filter, Enter or Space to tick."""

from __future__ import annotations

import pytest
from gui.gui_keys import show_active, type_text
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from faltapp.gui.inputs.multi_pick import MultiPick

PLACES = [("st", "Stortorget"), ("sg", "Stadsträdgården"), ("rc", "Resecentrum"),
          ("ns", "Nya Stan"), ("ga", "Gamla kyrkogården")]


@pytest.fixture
def pick(qtbot: QtBot) -> MultiPick:
    widget = MultiPick()
    widget.set_items(PLACES)
    show_active(qtbot, widget)
    widget.setFocus()
    qtbot.waitUntil(widget.filter_edit().hasFocus)
    return widget


def shown(pick: MultiPick) -> list[str]:
    items = (pick.list_widget().item(r) for r in range(pick.list_widget().count()))
    return [item.text() for item in items if not item.isHidden()]


def test_typing_filters_anywhere_in_the_name_ignoring_case_and_accents(
        qtbot: QtBot, pick: MultiPick) -> None:
    qtbot.keyClicks(pick.filter_edit(), "sta")
    assert shown(pick) == ["Stadsträdgården", "Nya Stan"]
    pick.filter_edit().clear()
    qtbot.keyClicks(pick.filter_edit(), "GARDEN")
    assert shown(pick) == ["Stadsträdgården", "Gamla kyrkogården"]
    pick.filter_edit().clear()
    type_text(pick.filter_edit(), "trädg")
    assert shown(pick) == ["Stadsträdgården"]
    pick.filter_edit().clear()
    assert len(shown(pick)) == len(PLACES)


def test_enter_ticks_the_first_match_and_clears_the_filter(
        qtbot: QtBot, pick: MultiPick) -> None:
    edits: list[None] = []
    pick.edited.connect(lambda: edits.append(None))
    for typed in ("stor", "stads", "rese"):
        qtbot.keyClicks(pick.filter_edit(), typed)
        qtbot.keyClick(pick.filter_edit(), Qt.Key.Key_Return)
        assert pick.filter_edit().text() == ""
    assert pick.checked() == ("st", "sg", "rc")  # in item order
    assert len(edits) == 3
    qtbot.keyClicks(pick.filter_edit(), "stor")
    qtbot.keyClick(pick.filter_edit(), Qt.Key.Key_Return)  # again: unticks
    assert pick.checked() == ("sg", "rc")
    assert pick.filter_edit().hasFocus()


def test_down_moves_into_the_list_space_ticks_up_goes_back(
        qtbot: QtBot, pick: MultiPick) -> None:
    qtbot.keyClicks(pick.filter_edit(), "a")  # Stadsträdgården, Nya Stan, Gamla kyrkogården
    qtbot.keyClick(pick.filter_edit(), Qt.Key.Key_Down)
    view = pick.list_widget()
    assert view.hasFocus() and view.currentItem().text() == "Stadsträdgården"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentItem().text() == "Nya Stan"  # hidden rows are skipped
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert pick.checked() == ("ns", "ga")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert pick.checked() == ("ns",)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert pick.filter_edit().hasFocus()


def test_typing_in_the_list_goes_on_filtering(qtbot: QtBot, pick: MultiPick) -> None:
    qtbot.keyClick(pick.filter_edit(), Qt.Key.Key_Down)
    qtbot.keyClicks(pick.list_widget(), "res")
    assert pick.filter_edit().hasFocus() and pick.filter_edit().text() == "res"
    assert shown(pick) == ["Resecentrum"]


def test_an_unknown_key_is_kept_and_shown(pick: MultiPick) -> None:
    pick.set_checked(["rc", "borttagen-plats"])
    assert pick.checked() == ("rc", "borttagen-plats")
    assert "(okänd: borttagen-plats)" in shown(pick)
    pick.set_items(PLACES[:2])  # new offer: what was ticked stays ticked
    assert set(pick.checked()) == {"borttagen-plats", "rc"}


def test_a_new_item_is_added_from_the_filter_with_enter(qtbot: QtBot, pick: MultiPick) -> None:
    added: list[str] = []

    def add(text: str) -> tuple[str, str]:
        added.append(text)
        return "new-1", text

    pick.set_add_handler(add)
    type_text(pick.filter_edit(), "Lidans strandpromenad")
    assert shown(pick) == []
    assert pick.hint() == "Enter lägger till «Lidans strandpromenad» som ny"
    qtbot.keyClick(pick.filter_edit(), Qt.Key.Key_Return)
    assert added == ["Lidans strandpromenad"]
    assert pick.checked() == ("new-1",)
    assert pick.hint() == "" and pick.filter_edit().text() == ""


def test_without_an_add_handler_a_miss_is_said_and_nothing_added(
        qtbot: QtBot, pick: MultiPick) -> None:
    qtbot.keyClicks(pick.filter_edit(), "xyz")
    assert pick.hint() == "Inget matchar «xyz»"
    qtbot.keyClick(pick.filter_edit(), Qt.Key.Key_Return)
    assert pick.checked() == () and pick.filter_edit().text() == "xyz"  # typed text kept


def test_loading_is_not_an_edit_and_the_model_is_sound(
        pick: MultiPick, qtmodeltester: ModelTester) -> None:
    edits: list[None] = []
    pick.edited.connect(lambda: edits.append(None))
    pick.set_checked(["st", "ga"])
    pick.set_items(PLACES)
    assert edits == []
    qtmodeltester.check(pick.list_widget().model())
    assert pick.filter_edit().accessibleName() and pick.list_widget().accessibleName()


def test_read_only_lists_only_the_ticked_items_and_ticks_nothing(qtbot) -> None:
    pick = MultiPick()
    qtbot.addWidget(pick)
    pick.set_items([("a", "Stortorget"), ("b", "Hamnen"), ("c", "Resecentrum")])
    pick.set_checked(["b", "c"])
    pick.set_read_only(True)
    shown = [pick.list_widget().item(r) for r in range(pick.list_widget().count())
             if not pick.list_widget().item(r).isHidden()]
    assert [i.text() for i in shown] == ["Hamnen", "Resecentrum"]
    pick.list_widget().setCurrentRow(1)
    qtbot.keyClick(pick.list_widget(), Qt.Key.Key_Space)
    qtbot.keyClick(pick.list_widget(), Qt.Key.Key_Return)
    assert pick.checked() == ("b", "c")
    pick.set_read_only(False)
    assert pick.filter_edit().isVisibleTo(pick)
    assert sum(not pick.list_widget().item(r).isHidden() for r in range(3)) == 3
