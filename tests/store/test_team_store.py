"""db.team: keys made once and kept encrypted, one team per database, the roster's rules
(the last leader stays, revocation is for good, export counters only go up)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from faltapp.store import keys as key_files
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.store.team_store import TeamError
from tests.conftest import PASSPHRASE


def test_keys_are_made_once_and_survive_reopening_but_never_appear_in_the_file(
        db: Database) -> None:
    made = db.team.keys()
    assert db.team.keys().signing_public == made.signing_public
    path = db.path
    db.close()
    with Database.open(path, PASSPHRASE, kdf=KdfParams.for_tests()) as reopened:
        again = reopened.team.keys()
        assert (again.device_id, again.signing_public, again.age_recipient) == (
            made.device_id, made.signing_public, made.age_recipient)
        assert again.age_secret == made.age_secret
    raw = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())
    assert made.age_secret.encode() not in raw
    assert made.age_recipient.encode() not in raw  # the whole database is encrypted


def test_a_copied_database_is_a_new_device_with_new_keys(db: Database, tmp_path: Path) -> None:
    original = db.team.keys()
    db.close()
    copy = tmp_path / "kopia" / "faltapp.db"
    copy.parent.mkdir()
    shutil.copy(db.path, copy)
    shutil.copy(key_files.key_path_for(db.path), key_files.key_path_for(copy))
    with Database.open(copy, PASSPHRASE, kdf=KdfParams.for_tests()) as copied:
        keys = copied.team.keys()
        assert keys.device_id == copied.device_id != original.device_id
        assert keys.signing_public != original.signing_public
        assert copied.query('SELECT count(*) FROM "device_key"') == [(1,)]


def test_one_team_per_database_and_names_are_checked(db: Database) -> None:
    team = db.team.create_team("  Fältgruppen   Lidköping ", "Anna")
    assert team.name == "Fältgruppen Lidköping" and db.team.team() == team
    with pytest.raises(TeamError, match="hör redan till teamet Fältgruppen Lidköping"):
        db.team.create_team("Ett till", "Anna")
    assert db.query('SELECT count(*) FROM "team"') == [(1,)]


@pytest.mark.parametrize(("name", "expected"), [
    ("", "måste fyllas i"), ("x" * 81, "högst 80 tecken"), ("Anna\u202e", "styrtecken"),
    ("Anna\x00", "styrtecken")])
def test_bad_names_are_refused_with_a_sentence(db: Database, name: str, expected: str) -> None:
    with pytest.raises(TeamError, match=expected):
        db.team.create_team("Team", name)
    assert db.team.team() is None and db.team.roster() == []


def test_the_only_leader_cannot_be_revoked_and_export_counters_only_go_up(db: Database) -> None:
    db.team.create_team("Team", "Anna")
    with pytest.raises(TeamError, match="enda ledare"):
        db.team.revoke(db.device_id)
    with pytest.raises(TeamError, match="finns inte i teamet"):
        db.team.revoke("0" * 32)
    db.team.note_export(db.device_id, 3, "2026-11-20T21:00:00+00:00")
    db.team.note_export(db.device_id, 2, "2026-11-21T21:00:00+00:00")  # an older file
    me = db.team.device(db.device_id)
    assert (me.last_counter, me.last_export_at) == (3, "2026-11-20T21:00:00+00:00")
    assert db.team.leader_recipients() == [db.team.keys().age_recipient]
