"""Enrolment through the dialogs, by keyboard: a leader makes a team and saves its card, a
field secretary joins with it and sees a fingerprint, the leader sees the same fingerprint
and approves only after an explicit "Ja, samma siffror"; broken, foreign, tampered and
revoked files are their reason in the dialog and change nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui.gui_keys import focused, key, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from faltapp.gui.team_approve import ApproveDialog
from faltapp.gui.team_setup import CreateTeamDialog, JoinTeamDialog, leader_fingerprint
from faltapp.store.database import Database
from faltapp.sync import enrolment
from tests.sync.devices import Team, team_in

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def alt(qtbot: QtBot, letter: Qt.Key) -> None:
    """Alt+letter; a button's mnemonic clicks after a short animation, so wait for it."""
    key(qtbot, letter, ALT)
    qtbot.wait(250)


def files(monkeypatch: pytest.MonkeyPatch, *, open_path: Path | None = None,
          save_path: Path | None = None) -> None:
    """The file dialogs answer with these paths (as if chosen and confirmed)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(open_path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(save_path), ""))


def core_fingerprint(leader: Database, member: Database) -> str:
    """The fingerprint as the core computes it from both devices' keys."""
    keys = member.team.keys()
    team_id = leader.team.team().team_id
    me = leader.team.device(leader.device_id)
    device = type(me)(keys.device_id, team_id, "x", "member", keys.signing_public,
                      keys.age_recipient, "")
    return enrolment.enrolment_fingerprint(team_id, me, device)


def test_the_whole_enrolment_by_keyboard_shows_the_same_fingerprint_on_both_screens(
        qtbot: QtBot, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    leader, asa = team.make("leader"), team.make("asa")
    card, request = tmp_path / "teamkort.json", tmp_path / "forfragan.json"

    create = shown(qtbot, CreateTeamDialog(leader))
    assert focused() is create.team_name
    type_text(focused(), "Fältgruppen")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(focused(), "Anna Lind")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(focused(), "Bärbar 1")
    key(qtbot, Qt.Key.Key_Return)
    assert leader.team.team().name == "Fältgruppen" and leader.team.is_leader()
    assert leader.team.device(leader.device_id).name == "Anna Lind (Bärbar 1)"
    assert focused() is create.card_button
    files(monkeypatch, save_path=card)
    key(qtbot, Qt.Key.Key_Return)
    assert card.is_file() and "teamkort.json" in create.done_line.text()
    leader_digits = create.fingerprint.text()

    join = shown(qtbot, JoinTeamDialog(asa))
    files(monkeypatch, open_path=card, save_path=request)
    alt(qtbot, Qt.Key.Key_V)
    assert "Fältgruppen" in join.card_line.text() and "Anna Lind" in join.card_line.text()
    assert join.leader_digits.text() == leader_digits  # the card is the leader's
    assert focused() is join.person
    type_text(focused(), "Åsa Berg")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(focused(), "Bärbar 2")
    key(qtbot, Qt.Key.Key_Return)
    member_digits = join.fingerprint.text()
    assert request.is_file() and asa.team.team().name == "Fältgruppen"
    assert len(member_digits.split()) == 6 and all(len(g) == 4 for g in member_digits.split())
    assert join.fingerprint.font().styleHint() == QFont.StyleHint.Monospace

    approve = shown(qtbot, ApproveDialog(leader))
    files(monkeypatch, open_path=request)
    alt(qtbot, Qt.Key.Key_V)
    assert approve.fingerprint.text() == member_digits == core_fingerprint(leader, asa)
    assert approve.who.text().startswith("Åsa Berg (Bärbar 2) vill gå med")
    key(qtbot, Qt.Key.Key_Return)  # Enter approves nothing and closes nothing
    assert approve.isVisible() and focused() is approve.same
    alt(qtbot, Qt.Key.Key_G)  # nor does Godkänn before the yes
    assert leader.team.device(asa.device_id) is None
    assert not approve.approve_button.isEnabled() and not approve.approve_button.isDefault()
    alt(qtbot, Qt.Key.Key_J)  # Ja, samma siffror
    alt(qtbot, Qt.Key.Key_L)  # Teamledare
    alt(qtbot, Qt.Key.Key_G)  # Godkänn
    entry = leader.team.device(asa.device_id)
    assert entry.name == "Åsa Berg (Bärbar 2)" and entry.is_leader
    assert "godkänd som teamledare" in approve.done_line.text()
    assert "nästa export" in approve.done_line.text()


def test_a_field_secretary_is_the_default_role(qtbot: QtBot, team: Team,
                                               tmp_path: Path) -> None:
    leader, asa = team.leader(), team.make("asa")
    request = tmp_path / "req.json"
    request.write_bytes(enrolment.join_team(asa, enrolment.make_card(leader), "Åsa").request)
    approve = shown(qtbot, ApproveDialog(leader))
    approve.use_request(request)
    assert focused() is approve.same and not approve.role_box.isEnabled()
    approve.same.setChecked(True)
    approve.approve_button.click()
    assert not leader.team.device(asa.device_id).is_leader
    assert "som fältsekreterare" in approve.done_line.text()


def test_a_cancelled_save_of_the_request_joins_nothing(
        qtbot: QtBot, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    leader, asa = team.leader(), team.make("asa")
    card = tmp_path / "kort.json"
    card.write_bytes(enrolment.make_card(leader))
    join = shown(qtbot, JoinTeamDialog(asa))
    join.use_card(card)
    join.person.setText("Åsa")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    join.join()
    assert asa.team.team() is None and join.fingerprint.text() == ""


def request_file(team: Team, tmp_path: Path, damage: str) -> tuple[Database, Path]:
    """A leader and a request file damaged as ``damage`` says."""
    leader = team.leader()
    asa = team.make("asa")
    other = team.make("annan")
    other.team.create_team("Ett annat team", "Bo")
    joined = enrolment.join_team(asa, enrolment.make_card(
        other if damage == "other team" else leader), "Åsa")
    data = joined.request
    if damage == "truncated":
        data = data[:len(data) // 2]
    elif damage == "not json":
        data = b"hej hej"
    elif damage == "wrong signature":
        document = json.loads(data)
        document["device"]["name"] = "Mallory"
        data = json.dumps(document).encode()
    elif damage == "revoked":
        enrolment.approve(leader, enrolment.check_request(leader, data))
        leader.team.revoke(asa.device_id)
    path = tmp_path / "forfragan.json"
    path.write_bytes(data)
    return leader, path


@pytest.mark.parametrize("damage, reason", [
    ("truncated", "inte läsbar JSON"),
    ("not json", "inte läsbar JSON"),
    ("wrong signature", "signatur stämmer inte"),
    ("other team", "annat team"),
    ("revoked", "är återkallad"),
])
def test_a_broken_foreign_or_revoked_request_is_its_reason_and_changes_nothing(
        qtbot: QtBot, team: Team, tmp_path: Path, damage: str, reason: str) -> None:
    leader, path = request_file(team, tmp_path, damage)
    roster_before = leader.team.roster()
    approve = shown(qtbot, ApproveDialog(leader))
    approve.use_request(path)
    assert approve.error.isVisible() and reason in approve.error.text()
    assert not approve.same.isEnabled() and not approve.approve_button.isEnabled()
    assert approve.fingerprint.text() == ""
    assert leader.team.roster() == roster_before


def card_file(team: Team, tmp_path: Path, damage: str) -> tuple[Database, Path]:
    """A would-be member and a card file damaged as ``damage`` says."""
    leader = team.leader()
    data = enrolment.make_card(leader)
    member = team.make("asa")
    if damage == "truncated":
        data = data[:100]
    elif damage == "not json":
        data = b"\x00\x01 inte json"
    elif damage == "wrong signature":
        document = json.loads(data)
        document["team"]["name"] = "Falskt team"
        data = json.dumps(document).encode()
    elif damage == "not a card":
        data = json.dumps({"format": "något annat"}).encode()
    elif damage == "another team":
        other = team.make("annan")
        other.team.create_team("Ett annat team", "Bo")
        enrolment.join_team(member, enrolment.make_card(other), "Åsa")
    path = tmp_path / "kort.json"
    path.write_bytes(data)
    return member, path


@pytest.mark.parametrize("damage, reason", [
    ("truncated", "inte läsbar JSON"),
    ("not json", "inte läsbar JSON"),
    ("wrong signature", "signatur stämmer inte"),
    ("not a card", "inte ett teamkort"),
    ("another team", "hör redan till teamet Ett annat team"),
])
def test_a_broken_or_foreign_card_is_its_reason_before_joining(
        qtbot: QtBot, team: Team, tmp_path: Path, damage: str, reason: str) -> None:
    member, path = card_file(team, tmp_path, damage)
    team_before = member.team.team()
    join = shown(qtbot, JoinTeamDialog(member))
    join.use_card(path)
    assert join.error.isVisible() and reason in join.error.text()
    assert not join.join_button.isEnabled() and join.card_path is None
    assert member.team.team() == team_before and member.team.roster() == (
        [] if team_before is None else member.team.roster())


def test_a_missing_file_and_the_leaders_own_card_are_refused(qtbot: QtBot, team: Team,
                                                             tmp_path: Path) -> None:
    leader = team.leader()
    card = tmp_path / "kort.json"
    card.write_bytes(enrolment.make_card(leader))
    join = shown(qtbot, JoinTeamDialog(leader))
    join.use_card(tmp_path / "saknas.json")
    assert join.error.text() == "Filen finns inte."
    join.use_card(card)
    assert "kommer från den här datorn" in join.error.text()
    assert not join.join_button.isEnabled()


def test_the_leader_sees_the_fingerprint_the_card_carries(qtbot: QtBot, team: Team) -> None:
    leader = team.make("leader")
    create = shown(qtbot, CreateTeamDialog(leader))
    create.team_name.setText("Fältgruppen")
    create.person.setText("Anna")
    create.computer.setText("")
    create.create_button.click()
    me = leader.team.device(leader.device_id)
    assert me.name == "Anna"  # no computer name: the person's name alone
    assert create.fingerprint.text() == leader_fingerprint(leader.team.team().team_id, me)
    create.create()  # a second Skapa (the button is off) changes nothing
    assert "redan" in create.error.text() and leader.team.team().name == "Fältgruppen"


def test_the_team_menu_offers_what_applies_and_says_why_not(qtbot: QtBot, team: Team) -> None:
    from faltapp.gui.main_window import MainWindow

    db = team.make("laptop")
    window = MainWindow(db)
    qtbot.addWidget(window)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Tea&m")
    actions = {a.text().replace("&", ""): a for a in menu.actions() if a.text()}
    create, join = actions["Skapa team…"], actions["Gå med i team…"]
    card, approve = actions["Spara teamkort…"], actions["Godkänn enhet…"]
    assert create.isEnabled() and join.isEnabled() and menu.toolTipsVisible()
    assert not approve.isEnabled() and "inte till något team" in approve.toolTip()
    db.team.create_team("Fältgruppen", "Anna")  # the menu follows the store
    qtbot.waitUntil(approve.isEnabled)
    assert card.isEnabled() and not create.isEnabled() and not join.isEnabled()
    assert create.toolTip() == "Den här datorn hör redan till teamet Fältgruppen."
    window.close()


def test_a_member_waiting_for_approval_may_save_the_request_again_but_not_approve(
        qtbot: QtBot, team: Team) -> None:
    from faltapp.gui.main_window import MainWindow

    leader, asa = team.leader(), team.make("asa")
    enrolment.join_team(asa, enrolment.make_card(leader), "Åsa")
    window = MainWindow(asa)
    qtbot.addWidget(window)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Tea&m")
    actions = {a.text().replace("&", ""): a for a in menu.actions() if a.text()}
    assert actions["Gå med i team…"].isEnabled() and not actions["Skapa team…"].isEnabled()
    assert actions["Godkänn enhet…"].toolTip() == "Bara en teamledare kan göra det."
    approved = enrolment.check_request(leader, enrolment.join_team(
        asa, enrolment.make_card(leader), "Åsa").request)
    enrolment.approve(leader, approved)
    enrolment.take_roster(asa, enrolment.shared_roster(leader))
    qtbot.waitUntil(lambda: not actions["Gå med i team…"].isEnabled())
    window.close()


def test_saving_the_card_from_the_menu_says_where_or_why_not(
        qtbot: QtBot, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from faltapp.gui.team_menu import open_setup

    leader = team.leader()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _t, text, *_a: told.append(("info", text)))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _t, text, *_a: told.append(("warning", text)))
    window = QWidget()
    qtbot.addWidget(window)
    window.db = leader  # type: ignore[attr-defined]
    card = tmp_path / "kort.json"
    files(monkeypatch, save_path=card)
    assert open_setup(window, "card") == card  # type: ignore[arg-type]
    me = leader.team.device(leader.device_id)
    digits = leader_fingerprint(leader.team.team().team_id, me)
    assert told == [("info", f"Teamkortet är sparat i {card}. Den som går med ser ditt "
                             f"fingeravtryck som ledare: {digits}")]
    assert enrolment.join_team(team.make("asa"), card.read_bytes(), "Åsa").team.name
    files(monkeypatch, save_path=tmp_path / "saknas" / "kort.json")
    assert open_setup(window, "card") is None  # type: ignore[arg-type]
    assert told[-1] == ("warning", "Mappen finns inte.")
    assert not (tmp_path / "saknas").exists()
