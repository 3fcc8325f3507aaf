"""Names other people typed — a team's name, a leader's, a joining field secretary's — are
shown as typed in the team dialogs: markup in them is text, never bold or a link (issue 9
item 6: every label that shows user data is plain text)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from faltapp.gui.export_dialog import ExportDialog
from faltapp.gui.roster_dialog import RosterDialog
from faltapp.gui.store_events import StoreEvents
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.team_approve import ApproveDialog
from faltapp.gui.team_setup import JoinTeamDialog
from faltapp.sync import enrolment
from tests.sync.devices import Team, team_in

TEAM = "<b>Fältgruppen</b>"
LEADER = "<a href='x'>Anna</a>"
MEMBER = "<i>Åsa</i>"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def labels_with(widget: QWidget, text: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if text in label.text()]


def test_markup_in_team_and_people_names_is_shown_as_typed(
        qtbot: QtBot, team: Team, tmp_path: Path, own_qsettings: Path) -> None:
    leader = team.make("leader")
    leader.team.create_team(TEAM, LEADER)
    asa = team.make("asa")
    card = tmp_path / "kort.json"
    card.write_bytes(enrolment.make_card(leader))
    join = JoinTeamDialog(asa)
    qtbot.addWidget(join)
    join.use_card(card)
    join.person.setText(MEMBER)
    request = tmp_path / "req.json"
    join.join(request)
    approve = ApproveDialog(leader)
    qtbot.addWidget(approve)
    approve.use_request(request)
    approve.same.setChecked(True)  # "Ja, samma siffror", then Godkänn
    approve.approve_button.click()
    enrolment.take_roster(asa, enrolment.shared_roster(leader))
    owner = QWidget()
    qtbot.addWidget(owner)
    export = ExportDialog(asa, TaskRunner(owner))
    qtbot.addWidget(export)
    roster = RosterDialog(leader, StoreEvents(leader))
    qtbot.addWidget(roster)
    shown = {"join": labels_with(join, TEAM) + labels_with(join, LEADER),
             "approve": labels_with(approve, MEMBER),
             "export": labels_with(export, LEADER),
             "roster": labels_with(roster, TEAM)}
    for where, labels in shown.items():
        assert labels, f"{where}: the name is not shown in a label"
        assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels), where
