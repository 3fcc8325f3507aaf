"""Enheter i teamet: the roster as this laptop knows it, following the store."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from pytestqt.qtbot import QtBot

from faltapp.gui.roster_dialog import RosterDialog
from faltapp.gui.store_events import StoreEvents
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.sync import enrolment


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
