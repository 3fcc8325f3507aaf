"""User data shows as typed (issue 9, item 6): markup typed into a name or note is never rendered
as rich text by a label, and no window title carries a name or a note."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from gui.test_english_coverage import open_settings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

import faltapp.gui.editor as editor_package
from faltapp.core.entities import Contact, FollowUp, Observation, Place, Shift, Staff, WalkItem
from faltapp.core.weeks import IsoWeek
from faltapp.gui.editor import open_shift_editor
from faltapp.gui.editor.window import ShiftEditor
from faltapp.gui.main_window import MainWindow
from faltapp.store.database import Database

MARKUP = "<b>x</b>"
"""What a user might type into any text field; a rich-text label would print a bold x."""
SECTIONS = ("basics", "tallies", "contacts", "observations", "follow_ups", "walk", "summary")


def _fill(db: Database) -> str:
    """A safety walk with markup in every name, alias and note; its shift id."""
    place = Place(name=f"Torget {MARKUP}", area=f"Centrum {MARKUP}")
    staff = Staff(name=f"Anna {MARKUP}", initials="AA")
    shift = Shift(date=date(2025, 3, 14), start=time(18), end=time(23), kind="tatortsvandring",
                  area_ids=(place.id,), staff_ids=(staff.id,), summary=f"Lugnt {MARKUP}")
    contact = Contact(shift_id=shift.id, alias=f"Kim {MARKUP}", birth_year=2010,
                      gender="flicka", place_id=place.id, note=f"Not {MARKUP}")
    db.save_many([
        place, staff, shift, contact,
        Observation(shift_id=shift.id, observed_at=datetime(2025, 3, 14, 22, 10),
                    place_id=place.id, category="otrygg_samling", people_count=3,
                    description=f"Obs {MARKUP}"),
        FollowUp(text=f"Ring {MARKUP}", due=date(2025, 3, 20), owner_id=staff.id,
                 shift_id=shift.id, contact_id=contact.id),
        WalkItem(shift_id=shift.id, problem=f"Lampa {MARKUP}", place_id=place.id,
                 deadline=date(2025, 4, 1)),
    ])
    return shift.id


def _rich_labels(window: QWidget) -> list[str]:
    """Labels under ``window`` showing the markup while not plain text."""
    return [label.text() for label in window.findChildren(QLabel)
            if MARKUP in label.text() and label.textFormat() != Qt.TextFormat.PlainText]


@pytest.fixture
def shift_id(db: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(editor_package, "offer_drafts", lambda *args: None)
    monkeypatch.setattr(ShiftEditor, "ask", staticmethod(lambda *args: "discard"))
    yield _fill(db)
    editor_package._OPEN.clear()


def test_the_main_window_and_week_view_show_markup_as_typed(
        qtbot: QtBot, db: Database, shift_id: str) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
    window.week_view.set_week(IsoWeek.of(date(2025, 3, 14)))
    qtbot.wait(100)
    assert _rich_labels(window) == []
    assert MARKUP not in window.windowTitle()


def test_every_editor_section_shows_markup_as_typed_and_the_title_has_no_user_text(
        qtbot: QtBot, db: Database, shift_id: str) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    from faltapp.gui.tasks import TaskRunner

    runner = TaskRunner(host)
    editor = open_shift_editor(host, db, runner, shift_id)
    assert isinstance(editor, ShiftEditor)
    for key in SECTIONS:
        if key in editor.sections or key in editor._keys():
            editor.show_section(key, focus=False)
            qtbot.wait(20)
            assert _rich_labels(editor) == [], key
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not [t for t in titles if "<b>" in t or "Kim" in t or "Anna" in t], titles
    assert MARKUP in editor.sections["summary"].edit.toPlainText()  # the data is on screen


def test_the_settings_dialog_shows_markup_as_typed(qtbot: QtBot, db: Database,
                                                   shift_id: str) -> None:
    dialog = open_settings(qtbot, db, db.path)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        assert _rich_labels(dialog) == [], tab
