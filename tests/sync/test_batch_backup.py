"""Importing several files in one go makes one backup, before the first file that changes
anything (a leader's week of eight files no longer copies the database eight times); a
single import still backs up first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from faltapp.cli import main
from faltapp.store import keys
from faltapp.store.backups import list_backups
from faltapp.store.keys import KdfParams
from tests.sync.devices import Team, imported, new_shift, team_in


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def test_faltapp_import_of_three_files_backs_up_once(
        team: Team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FALTAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(keys, "calibrate", KdfParams.for_tests)
    leader = team.leader()
    files = []
    for name, day in (("asa", 20), ("bo", 21), ("cy", 22)):
        member = team.member(leader, name)
        new_shift(member, day)
        files.append(str(team.export(member)))
    path = leader.path
    leader.close()
    team.opened.remove(leader)
    assert main(["import", *files, "--db", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3 and all("3 nya" in line for line in out)
    assert [b.reason for b in list_backups(path)] == ["import"]


def test_a_single_import_still_backs_up_first(team: Team) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    new_shift(asa, 20)
    result = imported(leader, team.export(asa))
    assert result.backup is not None and result.backup.exists()
