"""The first-run wizard, by keyboard: a role, the names, a passphrase the meter rates, the key
file's place acknowledged; only then is the encrypted database made, with the person in the
staff list and the profile kept. A weak or unrepeated passphrase never gets that far."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_keys import focused, key, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Staff
from faltapp.gui.first_run import FirstRunWizard
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.store.profile import load_profile

CHEAP = KdfParams.for_tests()
STRONG = "gurka trappa blå mössa"


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> FirstRunWizard:
    made = FirstRunWizard(tmp_path / "faltapp.db", kdf=CHEAP)
    qtbot.addWidget(made)
    made.show()
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow)
    return made


def finish_button(wizard: FirstRunWizard):
    return wizard.button(QWizard.WizardButton.FinishButton)


def to_passphrase_page(qtbot: QtBot, wizard: FirstRunWizard, *, leader: bool = False) -> None:
    """Role by arrow key, Enter for Next, names typed; ends on the passphrase page."""
    assert focused() is wizard.role_page.worker
    if leader:
        key(qtbot, Qt.Key.Key_Down)
        assert wizard.role_page.leader.isChecked()
    key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.name_page
    assert focused() is wizard.name_page.name
    key(qtbot, Qt.Key.Key_Return)  # no name yet: Enter does not go on
    assert wizard.currentPage() is wizard.name_page
    type_text(wizard.name_page.name, "Åsa Lind")
    key(qtbot, Qt.Key.Key_Tab)
    focused().selectAll()
    type_text(focused(), "Fältdator 3")
    key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.passphrase_page
    assert focused() is wizard.passphrase_page.passphrase


def test_a_weak_passphrase_is_rated_and_cannot_be_used(qtbot: QtBot,
                                                        wizard: FirstRunWizard) -> None:
    to_passphrase_page(qtbot, wizard)
    page = wizard.passphrase_page
    assert "faltapp.db.key" in " ".join(w.text() for w in page.findChildren(type(page.advice)))
    for weak in ("sommar2024", "Asa Lind 1", "Faltdator3"):
        page.passphrase.setText(weak)
        page.repeat.setText(weak)
        page.understood.setChecked(True)
        assert page.meter.value() < 3 and page.advice.text().startswith("Lätt att gissa")
        assert not finish_button(wizard).isEnabled()
    assert not wizard.path.exists()


def test_strong_repeated_and_acknowledged_makes_the_database(
        qtbot: QtBot, wizard: FirstRunWizard) -> None:
    to_passphrase_page(qtbot, wizard, leader=True)
    page = wizard.passphrase_page
    type_text(page.passphrase, STRONG)
    assert page.meter.text() == "Mycket stark" and page.advice.text() == ""
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.repeat
    type_text(focused(), STRONG[:-1])
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.understood
    key(qtbot, Qt.Key.Key_Space)  # the key file acknowledged
    assert page.understood.isChecked()
    assert not finish_button(wizard).isEnabled()  # the repeat differs
    type_text(page.repeat, STRONG[-1])
    assert finish_button(wizard).isEnabled()
    page.repeat.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.database is not None, timeout=10000)
    assert wizard.result() == 1 and page.passphrase.text() == ""
    db = wizard.database
    try:
        assert [(s.name, s.role) for s in db.all(Staff)] == [("Åsa Lind", "teamledare")]
        profile = load_profile(db)
        assert (profile.name, profile.device_name, profile.role) == (
            "Åsa Lind", "Fältdator 3", "teamledare")
    finally:
        db.close()
    with Database.open(wizard.path, STRONG, kdf=CHEAP) as again:
        assert load_profile(again).name == "Åsa Lind"


def test_cancel_makes_nothing(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    to_passphrase_page(qtbot, wizard)
    key(qtbot, Qt.Key.Key_Escape)
    assert wizard.result() == 0 and wizard.database is None
    assert not wizard.path.exists()
