"""A field secretary who restores a backup stays on the team: same device, keys and export
counter, and what the restore took away comes back with the leader's next export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from faltapp.core.entities import Shift
from faltapp.core.jobs import run_to_end
from faltapp.store.backups import backup_job, list_backups
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.store.restore import restore_job
from tests.conftest import PASSPHRASE
from tests.sync.devices import Team, imported, new_shift, team_in


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def test_a_restored_member_exports_on_and_gets_its_later_shifts_back(team: Team) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    before = new_shift(asa, 18, "Före säkerhetskopian")
    assert imported(leader, team.export(asa)).outcome == "imported"
    run_to_end(backup_job(asa, "manual"))
    after = new_shift(asa, 19, "Efter säkerhetskopian")
    assert imported(leader, team.export(asa)).outcome == "imported"  # counter 2
    device, keys = asa.device_id, asa.team.keys()
    public = (keys.signing_public, keys.age_recipient)
    path = asa.path
    asa.close()
    team.opened.remove(asa)

    run_to_end(restore_job(path, PASSPHRASE, list_backups(path)[0]))
    asa = Database.open(path, PASSPHRASE, kdf=KdfParams.for_tests())
    team.opened.append(asa)
    assert asa.device_id == device
    restored = asa.team.keys()
    assert (restored.signing_public, restored.age_recipient) == public
    assert {s.id for s in asa.all(Shift)} >= {before} and asa.get(Shift, after) is None

    third = new_shift(asa, 20, "Efter återställningen")
    result = imported(leader, team.export(asa))  # counter 3: the leader takes it
    assert result.outcome == "imported"
    assert leader.get(Shift, third).summary == "Efter återställningen"
    assert imported(asa, team.export(leader)).outcome == "imported"
    assert asa.get(Shift, after).summary == "Efter säkerhetskopian"
    assert asa.conflicts.open() == [] and leader.conflicts.open() == []
