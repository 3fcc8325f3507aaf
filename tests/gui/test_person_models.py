"""The person register's, a person's contacts' and the access log's model pass Qt's checks."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from faltapp.core.entities import Contact, Person, Place, Shift
from faltapp.gui.person_model import (
    RowsTableModel,
    contact_headers,
    contact_row,
    person_headers,
    person_row,
)
from faltapp.store.database import Database

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


def test_rows_model_passes_qts_checks_through_resets(
        qtmodeltester: ModelTester, db: Database) -> None:
    place = Place(name="Stortorget")
    person = Person(alias="ሰላም", birth_year=2010)
    shift = Shift(date(2026, 5, 1), time(20), time(23), "kvallspass")
    db.save_many([place, person, Person(alias="Alva"), shift,
                  Contact(shift.id, "S", place_id=place.id, person_id=person.id)])
    model = RowsTableModel(person_headers(), numeric=(1, 4))
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)
    model.set_rows(person_row(r, date(2026, 6, 1)) for r in db.persons.rows())
    assert model.rowCount() == 2 and model.columnCount() == 6
    assert model.index(1, 0).data() == "ሰላም" and model.key(1) == person.id
    assert model.index(1, 4).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Alias"

    contacts = RowsTableModel(contact_headers())
    qtmodeltester.check(contacts)
    contacts.set_rows(contact_row(c) for c in db.persons.contacts_of(person.id))
    assert [contacts.index(0, c).data() for c in (1, 2)] == ["20:00", "Stortorget"]
    contacts.set_rows([])
    assert contacts.rowCount() == 0 and contacts.key(0) is None
