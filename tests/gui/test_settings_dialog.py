"""Inställningar by keyboard: places and staff added, renamed, deactivated, deleted only when
unused; duplicates and empty names refused under the field; the language choice kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from gui_keys import focused, type_text
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from faltapp.core.entities import FollowUp, Place, Shift, Staff
from faltapp.gui.settings.record_dialog import RecordDialog
from faltapp.gui.settings.record_tab import RecordTab
from faltapp.gui.settings_dialog import SettingsDialog
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path) -> Iterator[Path]:
    """QSettings (the language choice) under ``tmp_path``, never in the real home."""
    folder = tmp_path / "settings"
    home = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "x", "y").fileName()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(Path(home).parent.parent))


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> Iterator[SettingsDialog]:
    owner = QWidget()  # not qtbot.addWidget: that deletes it before this fixture's teardown
    owner.show()
    runner = TaskRunner(owner)
    dlg = SettingsDialog(db, runner, owner)
    dlg.open()
    qtbot.waitUntil(dlg.isActiveWindow)
    qtbot.waitUntil(lambda: dlg.places.model.rowCount() > 0)
    yield dlg
    qtbot.waitUntil(lambda: not runner.busy())  # no job may outlive the database
    owner.close()


def settle(qtbot: QtBot, tab: RecordTab) -> None:
    """Wait until the tab's list has caught up with the store."""
    qtbot.waitUntil(lambda: not tab._runner.busy())
    qtbot.wait(20)  # the change notification is queued behind the job's result
    qtbot.waitUntil(lambda: not tab._runner.busy())


def names(tab: RecordTab) -> list[str]:
    return [e.name for e in tab.model.entities()]


def go_to(qtbot: QtBot, tab: RecordTab, name: str) -> None:
    """Filter by ``name`` and step down into the list, as a user would."""
    tab.filter_edit.setFocus()
    qtbot.waitUntil(tab.filter_edit.hasFocus)
    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_A, CTRL)
    type_text(tab.filter_edit, name)
    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Down)
    assert tab.table.hasFocus()
    assert tab.model.entity(tab.proxy.mapToSource(tab.table.currentIndex()).row()).name == name


def open_record_dialog(qtbot: QtBot, tab: RecordTab, key: Qt.Key,
                       modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
                       ) -> RecordDialog:
    qtbot.keyClick(focused(), key, modifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RecordDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def save(qtbot: QtBot, record_dialog: RecordDialog) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(record_dialog) or not record_dialog.isVisible()
                    or record_dialog.buttons.isEnabled())


def field_errors(record_dialog: RecordDialog) -> dict[str, str]:
    found = {n: f.error.text() for n, f in record_dialog.inputs.items() if f.error.isVisible()}
    if record_dialog.error_label.isVisible():
        found["form"] = record_dialog.error_label.text()
    return found


def test_a_place_is_added_renamed_and_deactivated_by_keyboard(
        qtbot: QtBot, dialog: SettingsDialog, db: Database) -> None:
    tab = dialog.places
    assert tab.filter_edit.hasFocus()
    added = open_record_dialog(qtbot, tab, Qt.Key.Key_Insert)
    type_text(focused(), "Lidans strandpromenad")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(focused(), "Centrum")
    save(qtbot, added)
    place = next(p for p in db.all(Place) if p.name == "Lidans strandpromenad")
    assert (place.area, place.active) == ("Centrum", True)
    settle(qtbot, tab)
    assert tab.current_id() == place.id and tab.table.hasFocus()

    renamed = open_record_dialog(qtbot, tab, Qt.Key.Key_F2)
    assert renamed.inputs["name"].edit.text() == "Lidans strandpromenad"
    type_text(focused(), "Strandpromenaden vid Lidan")  # the name was selected: replaced
    save(qtbot, renamed)
    assert db.get(Place, place.id).name == "Strandpromenaden vid Lidan"
    assert len(db.history(Place, place.id)) == 2
    settle(qtbot, tab)
    assert "Strandpromenaden vid Lidan" in names(tab) and tab.current_id() == place.id

    qtbot.keyClick(focused(), Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: db.get(Place, place.id).active is False)
    settle(qtbot, tab)
    row = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(place.id), 2))
    assert tab.proxy.data(row) == "Inaktiv"
    assert tab.toggle_button.text() == "&Aktivera"
    assert db.get(Place, place.id) is not None  # still readable on old shifts

    qtbot.keyClick(focused(), Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: db.get(Place, place.id).active is True)


def test_a_used_place_is_not_deleted_and_the_reason_is_shown(
        qtbot: QtBot, dialog: SettingsDialog, db: Database) -> None:
    tab = dialog.places
    place = next(p for p in db.all(Place) if p.name == "Resecentrum")
    db.save(Shift(date=date(2026, 11, 20), start=time(18), end=time(23, 30), kind="kvallspass",
                  area_ids=(place.id,)))
    qtbot.waitUntil(lambda: tab.model.row_of(place.id) >= 0
                    and tab.model.uses(tab.model.row_of(place.id)) == 1)
    go_to(qtbot, tab, "Resecentrum")
    assert not tab.delete_button.isEnabled()
    assert "används redan en gång" in tab.delete_button.toolTip()
    assert "Ctrl+D" in tab.hint.text()

    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    assert tab.error_label.isVisible()
    assert "kan inte tas bort" in tab.error_label.text()
    assert "Inaktivera" in tab.error_label.text()
    assert QApplication.activeModalWidget() is dialog  # no question asked
    assert db.get(Place, place.id) is not None


def test_an_unused_place_is_deleted_after_a_question(
        qtbot: QtBot, dialog: SettingsDialog, db: Database) -> None:
    tab = dialog.places
    place = next(p for p in db.all(Place) if p.name == "Mariedal")
    go_to(qtbot, tab, "Mariedal")
    assert tab.delete_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    question = QApplication.activeModalWidget()
    assert "Mariedal" in question.text()
    qtbot.waitUntil(question.isActiveWindow)
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: db.get(Place, place.id) is None)
    qtbot.waitUntil(lambda: tab.model.row_of(place.id) == -1)
    assert db.meta(Place, place.id).deleted  # a tombstone: history keeps what it was


def test_duplicate_and_empty_names_are_refused_under_the_field(
        qtbot: QtBot, dialog: SettingsDialog, db: Database) -> None:
    tab = dialog.places
    before = len(db.all(Place))
    added = open_record_dialog(qtbot, tab, Qt.Key.Key_L, ALT)
    type_text(focused(), " stortorget ")
    save(qtbot, added)
    assert field_errors(added) == {"name": "Det finns redan en plats som heter ”Stortorget”."}
    assert added.inputs["name"].edit.text() == " stortorget "  # nothing typed is lost

    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    save(qtbot, added)
    assert "måste fyllas i" in field_errors(added)["name"]

    type_text(focused(), "Ny plats\u202e")
    save(qtbot, added)
    assert "styrtecken" in field_errors(added)["name"]
    assert len(db.all(Place)) == before
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(added) or not added.isVisible())
    assert dialog.isVisible()


def test_a_rename_over_an_edit_made_elsewhere_is_refused_with_the_text_kept(
        qtbot: QtBot, dialog: SettingsDialog, db: Database) -> None:
    tab = dialog.places
    go_to(qtbot, tab, "Hamnen")
    renamed = open_record_dialog(qtbot, tab, Qt.Key.Key_F2)
    place = db.load(Place, tab.current_id())
    db.save(Place(name="Hamnen", area="Hamnområdet", id=place.entity.id), place.version)
    type_text(focused(), "Gästhamnen")
    save(qtbot, renamed)
    assert "ändrades på annat håll" in field_errors(renamed)["form"]
    assert renamed.inputs["name"].edit.text() == "Gästhamnen"
    assert db.get(Place, place.entity.id).area == "Hamnområdet"


def test_a_place_saved_elsewhere_appears_without_reopening(
        qtbot: QtBot, dialog: SettingsDialog, db: Database) -> None:
    place = db.save_many([Place(name="Lidans strandpromenad", area="Centrum")])
    assert place == 1
    qtbot.waitUntil(lambda: "Lidans strandpromenad" in names(dialog.places))


def test_staff_are_added_renamed_deactivated_and_deleted_only_when_unused(
        qtbot: QtBot, dialog: SettingsDialog, db: Database) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab, CTRL)
    tab = dialog.staff
    assert dialog.tabs.currentWidget() is tab and tab.filter_edit.hasFocus()
    added = open_record_dialog(qtbot, tab, Qt.Key.Key_L, ALT)
    type_text(focused(), "Åsa Öberg")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(focused(), "ÅÖ")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # role: Samordnare
    save(qtbot, added)
    asa = next(s for s in db.all(Staff) if s.name == "Åsa Öberg")
    assert (asa.initials, asa.role, asa.active) == ("ÅÖ", "samordnare", True)
    settle(qtbot, tab)

    renamed = open_record_dialog(qtbot, tab, Qt.Key.Key_F2)
    type_text(focused(), "Åsa Öberg-Lind")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(focused(), "ÅÖL")
    save(qtbot, renamed)
    assert (db.get(Staff, asa.id).name, db.get(Staff, asa.id).initials) == ("Åsa Öberg-Lind",
                                                                            "ÅÖL")
    settle(qtbot, tab)
    qtbot.keyClick(focused(), Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: db.get(Staff, asa.id).active is False)

    db.save(FollowUp(text="Ring skolan", owner_id=asa.id))
    qtbot.waitUntil(lambda: tab.model.uses(tab.model.row_of(asa.id)) == 1)
    go_to(qtbot, tab, "Åsa Öberg-Lind")
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    assert "kan inte tas bort" in tab.error_label.text()
    assert db.get(Staff, asa.id) is not None

    other = Staff(name="Bo Ek", initials="BE")
    db.save(other)
    qtbot.waitUntil(lambda: tab.model.row_of(other.id) >= 0)
    go_to(qtbot, tab, "Bo Ek")
    assert not tab.error_label.isVisible()  # the refusal belonged to another row
    qtbot.keyClick(focused(), Qt.Key.Key_T, ALT)  # the button, by its mnemonic
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    question = QApplication.activeModalWidget()
    qtbot.waitUntil(question.isActiveWindow)
    qtbot.keyClick(question, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: db.get(Staff, other.id) is None)


def test_a_duplicate_of_an_inactive_name_says_to_activate_it(
        qtbot: QtBot, dialog: SettingsDialog, db: Database) -> None:
    db.save(Staff(name="Bo Ek", initials="BE", active=False))
    qtbot.waitUntil(lambda: "Bo Ek" in names(dialog.staff))
    qtbot.keyClick(focused(), Qt.Key.Key_E, ALT)
    assert dialog.tabs.currentWidget() is dialog.staff
    added = open_record_dialog(qtbot, dialog.staff, Qt.Key.Key_Insert)
    type_text(focused(), "BO EK")
    save(qtbot, added)
    assert "inaktiv" in field_errors(added)["name"] and "Aktivera" in field_errors(added)["name"]


def test_tabs_switch_by_keyboard_and_the_language_is_kept(
        qtbot: QtBot, dialog: SettingsDialog) -> None:
    from faltapp.gui import i18n

    qtbot.keyClick(focused(), Qt.Key.Key_S, ALT)
    assert dialog.tabs.currentWidget() is dialog.language
    combo = dialog.language.combo
    assert combo.hasFocus() and not dialog.language.notice.isVisible()
    other = 1 - combo.currentIndex()
    qtbot.keyClick(combo, Qt.Key.Key_Down if other else Qt.Key.Key_Up)
    assert combo.currentData() == i18n.language_names()[other][0]
    assert i18n.saved_language() == combo.currentData()
    assert dialog.language.notice.isVisible()
    assert dialog.language.notice.text() == "Språket byts när du startar om faltapp."

    qtbot.keyClick(focused(), Qt.Key.Key_P, ALT)
    assert dialog.tabs.currentWidget() is dialog.places and dialog.places.filter_edit.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_closing_while_the_list_reloads_is_harmless(
        qtbot: QtBot, dialog: SettingsDialog, db: Database) -> None:
    tab = dialog.places
    tab.reload()  # as after a change in the store
    assert tab._runner.busy()
    dialog.finished.connect(dialog.deleteLater)  # as the main window does
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(tab))
    qtbot.waitUntil(lambda: not tab._runner.busy())


def test_tab_order_follows_reading_order(qtbot: QtBot, dialog: SettingsDialog) -> None:
    tab = dialog.places
    order = [tab.filter_edit, tab.table, tab.add_button, tab.rename_button, tab.toggle_button]
    assert order[0].hasFocus()
    for widget in order[1:]:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert widget.hasFocus()


def test_every_model_passes_the_model_tester(
        qtbot: QtBot, qtmodeltester, dialog: SettingsDialog, db: Database) -> None:
    db.save(Staff(name="Amira Hassan", initials="AH"))
    qtbot.waitUntil(lambda: dialog.staff.model.rowCount() == 1)
    for tab in (dialog.places, dialog.staff):
        qtmodeltester.check(tab.model)
        qtmodeltester.check(tab.proxy)
