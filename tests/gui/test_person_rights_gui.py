"""The person window's Registerutdrag… saves the PDF through the task runner (and logs it);
Radera person… asks first — no erases nothing — then erases the person with their contacts
and closes the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Contact, Person
from faltapp.gui.person_detail import PersonDetail
from faltapp.store.database import Database
from tests.test_person_rights import linked


def opened(qtbot: QtBot, db: Database, person_id: str) -> PersonDetail:
    dialog = PersonDetail(db, None, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_registerutdrag_is_saved_as_pdf_and_logged(qtbot: QtBot, db: Database,
                                                   tmp_path: Path) -> None:
    person, _ = linked(db)
    dialog = opened(qtbot, db, person.id)
    target = tmp_path / "utdrag.pdf"
    dialog.save_extract(target)
    qtbot.waitUntil(lambda: target.exists() and not dialog.runner.busy())
    assert target.read_bytes().startswith(b"%PDF")
    assert db.access.entries()[-1].action == "registerutdrag"
    assert dialog.problems.text().startswith("Registerutdraget är sparat i ")


def test_erase_asks_first_and_then_takes_everything(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    person, contacts = linked(db)
    dialog = opened(qtbot, db, person.id)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.No)
    dialog.erase_button.click()
    assert db.get(Person, person.id) is not None
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: db.get(Person, person.id) is None and not dialog.runner.busy())
    assert all(db.get(Contact, c) is None for c in contacts)
    qtbot.waitUntil(lambda: not dialog.isVisible())
