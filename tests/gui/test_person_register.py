"""Personer by keyboard: the register, a person's contacts over time, a new person, and the
access log: opening a person is exactly one row; nothing shows an alias as markup or in a title."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from gui_keys import focused, key, show_active, tab, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Contact, Person, Place, Shift
from faltapp.gui.access_log_view import AccessLogView
from faltapp.gui.person_register import PersonRegister
from faltapp.gui.store_events import StoreEvents
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database

MARKUP = "<b>Noor</b> &amp;"


@pytest.fixture
def people(db: Database) -> dict[str, object]:
    place = Place(name="Resecentrum")
    noor = Person(alias=MARKUP, birth_year=2011, gender="flicka", school="Framnäs")
    alva = Person(alias="Alva")
    shifts = [Shift(date(2026, 3, d), time(19, 30), time(23), "kvallspass") for d in (4, 18)]
    contacts = [Contact(shifts[0].id, "Noor", place_id=place.id, person_id=noor.id,
                        conversation="orossamtal", note="Första\nsamtalet"),
                Contact(shifts[1].id, "Noor", person_id=noor.id, actions=("samtal",))]
    db.save_many([place, noor, alva, *shifts, *contacts])
    return {"noor": noor, "alva": alva, "shifts": shifts}


@pytest.fixture
def register(qtbot: QtBot, qapp: QApplication, db: Database, people: dict) -> PersonRegister:
    events = StoreEvents(db)
    window = PersonRegister(db, events)
    window.events_keep = events  # type: ignore[attr-defined]
    show_active(qtbot, window)
    return window


def cells(model: object, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]  # type: ignore[attr-defined]


def test_the_register_lists_persons_with_their_contacts_and_filters_by_alias(
        qtbot: QtBot, register: PersonRegister) -> None:
    assert [cells(register.model, r)[0] for r in range(2)] == [MARKUP, "Alva"]
    assert cells(register.model, 0)[1:5] == ["2011", "flicka", "Framnäs", "2"]
    assert MARKUP not in register.windowTitle()
    register.filter.setFocus()
    type_text(register.filter, "noor")
    assert register.model.rowCount() == 1
    type_text(register.filter, "x")
    assert register.model.rowCount() == 0 and "Ingen person" in register.table.visible_hint()


def test_opening_a_person_writes_exactly_one_access_log_row(
        qtbot: QtBot, register: PersonRegister, db: Database, people: dict) -> None:
    noor = people["noor"]
    register.table.setFocus()
    register.table.selectRow(register.model.row_of(noor.id))
    key(qtbot, Qt.Key.Key_Return)
    [detail] = register.details
    qtbot.waitUntil(detail.isVisible)

    db.save(Shift(date(2026, 4, 1), time(19), time(22), "kvallspass"))  # a refresh
    qtbot.wait(50)
    assert [(e.action, e.table, e.record_id) for e in db.access.entries()] == [
        ("open_person", "person", noor.id)]
    assert MARKUP not in detail.windowTitle()
    assert detail.alias.text() == MARKUP
    rows = [cells(detail.contacts_model, r) for r in range(detail.contacts_model.rowCount())]
    assert [r[1:4] for r in rows] == [["19:30", "", ""], ["19:30", "Resecentrum", "Orossamtal"]]
    assert rows[0][4] == "Samtal" and rows[1][5] == "Första samtalet"


def test_a_new_person_by_keyboard_is_saved_and_listed_without_logging_an_open(
        qtbot: QtBot, register: PersonRegister, db: Database) -> None:
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(register.details) == 1)  # a mnemonic clicks after a moment
    [detail] = register.details
    qtbot.waitUntil(lambda: focused() is detail.alias)
    type_text(focused(), "Kim")
    tab(qtbot)
    type_text(focused(), "2012")
    detail.risk_note.setPlainText("Syns ofta ensam vid stationen.")
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: register.model.rowCount() == 3)
    [kim] = [p for p in db.all(Person) if p.alias == "Kim"]
    assert (kim.birth_year, kim.risk_note) == (2012, "Syns ofta ensam vid stationen.")
    assert db.access.entries() == []


def test_a_bad_birth_year_is_said_in_the_window_and_nothing_is_saved(
        qtbot: QtBot, register: PersonRegister, db: Database) -> None:
    detail = register.new_person()
    detail.alias.setText("Kim")
    detail.birth_year.setText("1950")
    detail.save()
    assert detail.isVisible() and "Födelseåret 1950" in detail.problems.text()
    assert len(db.all(Person)) == 2


def test_the_access_log_window_lists_newest_first_and_exports_csv(
        qtbot: QtBot, qapp: QApplication, db: Database, people: dict, tmp_path: Path) -> None:
    db.access.log("open_person", "person", people["noor"].id)
    db.access.log("print", None, "Passrapport")
    events = StoreEvents(db)
    view = AccessLogView(db, events, TaskRunner(register_parent := QWidget()))
    qtbot.addWidget(register_parent)
    show_active(qtbot, view)
    assert [cells(view.model, r)[3] for r in range(2)] == ["utskrift", "öppnade person"]
    target = tmp_path / "logg.csv"
    view.ask_path = lambda _suggested: target  # type: ignore[method-assign]
    key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(target.exists, timeout=5000)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "tid_utc;vem;enhet;handelse;tabell;post"
    assert [line.split(";")[3] for line in lines[1:]] == ["open_person", "print"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert [(e.action, e.table, e.record_id) for e in db.access.entries()][-1] == (
        "export", "access_log", "logg.csv")
