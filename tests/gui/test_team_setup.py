"""Enrolment through the dialogs: a leader makes a team and saves its card, a field secretary
joins with it and sees a fingerprint, the leader sees the same fingerprint and approves only
with an explicit yes; broken, foreign and tampered files are their reason in the dialog and
change nothing. The roster shows what was last read in from each device and lets a leader
revoke one with Delete after a question that names it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from faltapp.gui.roster_dialog import RosterDialog
from faltapp.gui.store_events import StoreEvents
from faltapp.gui.team_setup import ApproveDialog, CreateTeamDialog, JoinTeamDialog
from faltapp.sync.importer import import_job
from tests.sync.devices import Team, imported, new_shift, team_in


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def shown(qtbot: QtBot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_create_join_and_approve_with_the_same_fingerprint_on_both_screens(
        qtbot: QtBot, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    leader, asa = team.make("leader"), team.make("asa")
    create = shown(qtbot, CreateTeamDialog(leader))
    create.team_name.setText("Fältgruppen")
    create.person.setText("Anna Lind")
    qtbot.keyClick(create.person, Qt.Key.Key_Return)
    assert leader.team.team().name == "Fältgruppen" and leader.team.is_leader()
    assert create.card_button.isEnabled() and not create.create_button.isEnabled()
    card = tmp_path / "teamkort.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(card), ""))
    assert create.save_card() == card and card.is_file()

    join = shown(qtbot, JoinTeamDialog(asa))
    join.use_card(card)
    assert join.card_line.text() == "Teamkort för Fältgruppen (ledare: Anna Lind)."
    join.person.setText("Åsa Berg")
    request = tmp_path / "forfragan.json"
    join.join(request)
    member_digits = join.fingerprint.text()
    assert len(member_digits.split()) == 6 and request.is_file()

    approve = shown(qtbot, ApproveDialog(leader))
    approve.use_request(request)
    assert approve.fingerprint.text() == member_digits
    assert approve.who.text().startswith("Åsa Berg vill gå med")
    assert not approve.yes_button.isDefault() and not approve.yes_button.autoDefault()
    qtbot.keyClick(approve, Qt.Key.Key_Return)  # Enter does not approve
    assert leader.team.device(asa.device_id) is None
    approve.yes_button.click()
    assert leader.team.device(asa.device_id).name == "Åsa Berg"
    assert "Exportera nu" in approve.done_line.text()


@pytest.mark.parametrize("damage", ["truncated", "not json", "other team"])
def test_a_broken_or_foreign_request_is_its_reason_and_changes_nothing(
        qtbot: QtBot, team: Team, tmp_path: Path, damage: str) -> None:
    from faltapp.sync import enrolment

    leader = team.leader()
    asa = team.make("asa")
    other = team.make("annan")
    other.team.create_team("Ett annat team", "Bo")
    card = leader if damage != "other team" else other
    joined = enrolment.join_team(asa, enrolment.make_card(card), "Åsa")
    data = {"truncated": joined.request[:60], "not json": b"hej hej",
            "other team": joined.request}[damage]
    path = tmp_path / "forfragan.json"
    path.write_bytes(data)
    roster_before = leader.team.roster()
    approve = shown(qtbot, ApproveDialog(leader))
    approve.use_request(path)
    assert approve.error.isVisible() and approve.error.text()
    assert not approve.yes_button.isEnabled() and approve.fingerprint.text() == ""
    assert leader.team.roster() == roster_before


def test_a_card_that_is_not_a_card_is_refused_before_joining(qtbot: QtBot, team: Team,
                                                             tmp_path: Path) -> None:
    asa = team.make("asa")
    path = tmp_path / "kort.json"
    path.write_text(json.dumps({"format": "något annat"}))
    join = shown(qtbot, JoinTeamDialog(asa))
    join.use_card(path)
    assert join.error.text() and not join.join_button.isEnabled()
    join.use_card(tmp_path / "saknas.json")
    assert "finns inte" in join.error.text()
    assert asa.team.team() is None


def test_the_roster_shows_the_last_import_and_a_leader_revokes_with_delete(
        qtbot: QtBot, team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    new_shift(asa, 20)
    assert imported(leader, team.export(asa)).outcome == "imported"
    roster = shown(qtbot, RosterDialog(leader, StoreEvents(leader)))
    row = [d.device_id for d in roster.devices].index(asa.device_id)
    assert roster.table.item(row, 6).text().endswith(": 3 nya, 0 uppdaterade")
    own = [d.device_id for d in roster.devices].index(leader.device_id)
    roster.table.selectRow(own)
    assert not roster.revoke_button.isEnabled()  # never this laptop itself
    roster.table.selectRow(row)
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    roster.table.setFocus()
    qtbot.keyClick(roster.table, Qt.Key.Key_Delete)
    assert "Asa" in asked[0]
    assert leader.team.device(asa.device_id).revoked
    qtbot.waitUntil(lambda: roster.table.item(row, 4).text() != "–")
    later = team.export(asa)
    with pytest.raises(Exception, match="återkallad"):
        from faltapp.core.jobs import run_to_end

        run_to_end(import_job(leader, later, move=False))
