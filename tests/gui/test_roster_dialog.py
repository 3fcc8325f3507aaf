"""Enheter i teamet: the roster as this laptop knows it, following the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from faltapp.gui.roster_dialog import RosterDialog
from faltapp.gui.store_events import StoreEvents
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.sync import enrolment
from faltapp.sync.import_checks import ImportRefused
from tests.sync.devices import Team, imported, new_shift, team_in


def rows(dialog: RosterDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_without_a_team_the_dialog_says_how_to_join(qtbot: QtBot, db: Database) -> None:
    dialog = RosterDialog(db, StoreEvents(db))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert "hör inte till något team" in dialog.heading.text()


def test_a_member_enrolled_by_the_leader_joins_the_open_roster(
        qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    db.team.create_team("Fältgruppen Lidköping", "Anna Ledare")
    dialog = RosterDialog(db, StoreEvents(db))
    qtbot.addWidget(dialog)
    assert rows(dialog)[0][:2] == ["Anna Ledare (den här datorn)", "Ledare"]
    member = Database.create(tmp_path / "member.db", PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        card = enrolment.make_card(db)
        joined = enrolment.join_team(member, card, "Omar Fält")
        enrolment.approve(db, enrolment.check_request(db, joined.request))
    finally:
        member.close()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert {r[0]: r[1] for r in rows(dialog)} == {
        "Anna Ledare (den här datorn)": "Ledare", "Omar Fält": "Fältsekreterare"}
    assert "2 enheter" in dialog.heading.text()


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def row_of(dialog: RosterDialog, device_id: str) -> int:
    return [d.device_id for d in dialog.devices].index(device_id)


def test_the_roster_says_what_was_last_read_in_from_each_device(qtbot: QtBot,
                                                                team: Team) -> None:
    leader = team.leader()
    asa, bo = team.member(leader, "asa"), team.member(leader, "bo")
    new_shift(asa, 20)
    first = imported(leader, team.export(asa))
    dialog = RosterDialog(leader, StoreEvents(leader))
    qtbot.addWidget(dialog)
    cell = dialog.table.item(row_of(dialog, asa.device_id), 6).text()
    assert cell.endswith(f": {first.preview.new} nya, {first.preview.updated} uppdaterade")
    assert first.preview.new > 0
    assert dialog.table.item(row_of(dialog, bo.device_id), 6).text() == "–"
    imported(leader, team.export(asa, full=True))  # all already here: 'redan importerad'
    new_shift(asa, 21, "Ny kväll")
    second = imported(leader, team.export(asa))  # the roster follows the import
    qtbot.waitUntil(lambda: dialog.table.item(row_of(dialog, asa.device_id), 6).text()
                    .endswith(f": {second.preview.new} nya, 0 uppdaterade"))
    assert second.preview.new != first.preview.new or second.preview.new > 0


def test_a_leader_revokes_with_delete_after_a_question_naming_person_and_device(
        qtbot: QtBot, team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    dialog = RosterDialog(leader, StoreEvents(leader))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.table.hasFocus)  # the list has the keyboard at once
    dialog.table.selectRow(row_of(dialog, leader.device_id))
    assert not dialog.revoke_button.isEnabled()  # never this laptop itself
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.table.selectRow(row_of(dialog, asa.device_id))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # No: nothing happens
    assert not leader.team.device(asa.device_id).revoked
    assert asa.device_id[:8] in asked[0] and "Asa" in asked[0]
    assert "tas inte emot" in asked[0]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert leader.team.device(asa.device_id).revoked
    qtbot.waitUntil(lambda: dialog.table.item(row_of(dialog, asa.device_id), 4).text() != "–")
    assert not dialog.revoke_button.isEnabled()  # revoked already
    with pytest.raises(ImportRefused, match="återkallad"):
        imported(leader, team.export(asa))


def test_only_a_leader_sees_revoke_and_a_revoked_leader_no_longer(
        qtbot: QtBot, team: Team) -> None:
    leader = team.leader()
    second = team.member(leader, "bo", as_leader=True)
    asa = team.member(leader, "asa")
    dialog = RosterDialog(second, StoreEvents(second))
    qtbot.addWidget(dialog)
    assert dialog.revoke_button.isVisibleTo(dialog)  # a second leader may revoke too
    leader.team.revoke(second.device_id)
    enrolment.take_roster(second, enrolment.shared_roster(leader))
    qtbot.waitUntil(lambda: not dialog.revoke_button.isVisibleTo(dialog))
    member_view = RosterDialog(asa, StoreEvents(asa))
    qtbot.addWidget(member_view)
    assert not member_view.revoke_button.isVisibleTo(member_view)
    member_view.table.selectRow(row_of(member_view, leader.device_id))
    qtbot.keyClick(member_view.table, Qt.Key.Key_Delete)
    assert member_view.revoke_selected(confirm=False) is False
    assert not asa.team.device(leader.device_id).revoked


def test_a_device_waiting_for_approval_is_told_so(qtbot: QtBot, team: Team) -> None:
    leader, asa = team.leader(), team.make("asa")
    enrolment.join_team(asa, enrolment.make_card(leader), "Åsa")
    dialog = RosterDialog(asa, StoreEvents(asa))
    qtbot.addWidget(dialog)
    assert "väntar på att en ledare godkänner" in dialog.heading.text()


def test_times_are_shown_in_this_computers_time(qtbot: QtBot, team: Team,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        leader = team.leader()
        dialog = RosterDialog(leader, StoreEvents(leader))
        qtbot.addWidget(dialog)
        stored = leader.team.device(leader.device_id).enrolled_at  # UTC
        local = datetime.fromisoformat(stored).astimezone(ZoneInfo("Europe/Stockholm"))
        assert dialog.table.item(0, 3).text() == local.strftime("%Y-%m-%d %H:%M")
        assert local.utcoffset() and dialog.table.item(0, 3).text() != stored[:16].replace(
            "T", " ")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
