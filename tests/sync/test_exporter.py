"""Writing exports: incremental by default, full on request, the counter only goes up, a
member's own versions to the leaders, a leader's everything (and roster) to every device."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from faltapp.core.jobs import run_to_end
from faltapp.store.database import Database
from faltapp.sync.export_format import (
    DEFAULT_MAX_BYTES,
    ExportFileError,
    OpenedExport,
    read_export_file,
)
from faltapp.sync.exporter import ExportError, export_job
from tests.sync.devices import Team, edit_shift, imported, new_shift, team_in


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def opened(reader: Database, path: Path) -> OpenedExport:
    return read_export_file(path, reader.team.keys().age_identity, max_bytes=DEFAULT_MAX_BYTES)


def versions(db: Database, device: str | None = None) -> set[str]:
    where, params = ("WHERE device = ?", [device]) if device else ("", [])
    return {r[0] for r in db.query(f"SELECT version FROM history {where}", params)}


def test_incremental_exports_carry_only_what_is_new_and_count_up(team: Team) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    shift_id = new_shift(asa)
    first = opened(leader, team.export(asa))
    assert {r.version for r in first.records} == versions(asa, asa.device_id)
    assert first.manifest.counter == 1 and not first.manifest.full
    assert first.manifest.shared is None
    empty = opened(leader, team.export(asa))
    assert (empty.manifest.counter, empty.records) == (2, [])
    edit_shift(asa, shift_id, "Senare: polisen kom")
    third = opened(leader, team.export(asa))
    assert [(r.table, r.id, r.data["summary"]) for r in third.records] == \
        [("shift", shift_id, "Senare: polisen kom")]
    full = opened(leader, team.export(asa, full=True))
    assert {r.version for r in full.records} == versions(asa, asa.device_id)
    assert (full.manifest.counter, full.manifest.full) == (4, True)
    assert [e.counter for e in [asa.sync.last_export()]] == [4]
    assert asa.team.device(asa.device_id).last_counter == 4


def test_a_member_exports_its_own_versions_and_the_leader_everything_with_its_roster(
        team: Team) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    bo = team.member(leader, "bo")
    new_shift(asa)
    imported(leader, team.export(asa))
    from_leader = team.export(leader)
    imported(asa, from_leader)
    again = opened(leader, team.export(asa))
    assert again.records == []  # what came from the leader is not sent back
    seen_by_bo = opened(bo, from_leader)
    assert {r.version for r in seen_by_bo.records} == versions(leader)
    roster = seen_by_bo.manifest.shared["roster"]
    assert {d["device_id"] for d in roster["devices"]} == \
        {leader.device_id, asa.device_id, bo.device_id}


def test_a_member_file_is_for_the_leaders_and_its_author_only(team: Team) -> None:
    leader = team.leader()
    second = team.member(leader, "second", as_leader=True)
    asa = team.member(leader, "asa")
    bo = team.member(leader, "bo")
    path = team.export(asa)
    for reader in (leader, second, asa):
        assert opened(reader, path).manifest.device_id == asa.device_id
    with pytest.raises(ExportFileError) as caught:
        opened(bo, path)
    assert caught.value.reason == "not_for_us"


def test_refusals_leave_nothing_behind_and_the_counter_unused(team: Team) -> None:
    leader = team.leader()
    loner = team.make("loner")
    with pytest.raises(ExportError, match="inte till något team"):
        run_to_end(export_job(loner, team.folder / "x.faltapp"))
    taken = team.folder / "taken.faltapp"
    taken.write_bytes(b"someone else's")
    with pytest.raises(ExportError, match="finns redan"):
        run_to_end(export_job(leader, taken))
    assert taken.read_bytes() == b"someone else's"
    with pytest.raises(ExportError, match="kunde inte sparas"):
        run_to_end(export_job(leader, team.folder / "missing" / "x.faltapp"))
    job = export_job(leader, team.folder / "cancelled.faltapp")
    next(job)
    job.close()
    assert not (team.folder / "cancelled.faltapp").exists()
    assert sorted(p.name for p in team.folder.iterdir() if p.name.startswith(".")) == []
    assert leader.sync.last_export() is None
    assert opened(leader, team.export(leader)).manifest.counter == 1
