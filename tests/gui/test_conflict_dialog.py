"""Konflikter by keyboard: the leader sees the fields that differ, picks per field with Space
or takes one version whole, and the conflict leaves the list when the store says so."""

from __future__ import annotations

import dataclasses

import pytest
from gui_keys import focused, key, show_active
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from faltapp.core.codec import to_payload
from faltapp.core.digest import content_hash
from faltapp.core.entities import Place
from faltapp.gui.conflict_dialog import CHOSEN, ConflictDialog
from faltapp.gui.store_events import StoreEvents
from faltapp.store.database import Database
from faltapp.store.merge import ForeignVersion

OTHER = "f" * 32


@pytest.fixture
def place(db: Database) -> Place:
    """A place renamed here while another laptop moved it to another area."""
    place = Place(name="Resecentrum", area="Centrum")
    base = db.save(place).version
    db.save(dataclasses.replace(place, name="Resecentrum norra"), base=base)
    theirs = to_payload(dataclasses.replace(place, area="Norr"))
    db.merge([(Place, ForeignVersion("place", place.id, f"900-{OTHER}", base,
                                     content_hash(theirs, False), False, theirs,
                                     "2026-11-21T08:00:00+00:00", OTHER))])
    return place


@pytest.fixture
def dialog(qtbot: QtBot, db: Database, place: Place) -> ConflictDialog:
    events = StoreEvents(db)
    shown = ConflictDialog(db, events)
    qtbot.addWidget(shown)
    show_active(qtbot, shown)
    return shown


def cells(dialog: ConflictDialog) -> list[list[str]]:
    table = dialog.fields
    return [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]


def test_only_the_fields_that_differ_are_shown_side_by_side(dialog: ConflictDialog) -> None:
    assert dialog.list.count() == 1 and dialog.list.item(0).text() == "Plats: Resecentrum"
    assert cells(dialog) == [["Namn", "Resecentrum", "Resecentrum norra"],
                             ["Område", "Norr", "Centrum"]]  # the entity's field order
    assert "Vinnaren visas nu överallt" in dialog.summary.text()


def test_space_picks_a_value_per_field_and_ctrl_s_saves_the_choice(
        qtbot: QtBot, dialog: ConflictDialog, db: Database, place: Place) -> None:
    dialog.fields.setFocus()
    dialog.fields.setCurrentCell(0, 1)
    key(qtbot, Qt.Key.Key_Right)  # the other version's name
    key(qtbot, Qt.Key.Key_Space)
    assert cells(dialog)[0] == ["Namn", "Resecentrum", CHOSEN + "Resecentrum norra"]
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    assert db.get(Place, place.id) == dataclasses.replace(place, name="Resecentrum norra",
                                                          area="Norr")
    assert dialog.empty.isVisible() and not dialog.save_picks.isEnabled()


def test_ctrl_2_takes_the_other_version_whole(qtbot: QtBot, dialog: ConflictDialog,
                                             db: Database, place: Place) -> None:
    focused()
    key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    assert db.get(Place, place.id) == dataclasses.replace(place, name="Resecentrum norra")
    assert len(db.heads(Place, place.id)) == 1


def test_ctrl_shift_k_in_the_main_window_opens_the_review_with_the_keyboard_in_its_list(
        qtbot: QtBot, db: Database, place: Place) -> None:
    from faltapp.gui.main_window import MainWindow

    window = MainWindow(db)
    show_active(qtbot, window)
    key(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: focused() is window.conflict_dialog.list)
    assert window.conflict_dialog.list.count() == 1
