"""The issue's three-device test: two field secretaries and a leader enrol, export, import in
every order, edit the same shift on two devices, see and resolve the conflict, re-import
everything — and end with the same data everywhere, re-imports changing nothing."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from faltapp.core.entities import Shift
from faltapp.store.database import Database
from tests.sync.devices import Team, edit_shift, imported, new_shift, state, team_in


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def everyone_has_every_file(team: Team, leader: Database, asa: Database, bo: Database,
                            order: tuple[int, ...]) -> list[Path]:
    """Each member exports, the leader imports in ``order`` and passes it all on."""
    files = [team.export(asa), team.export(bo)]
    for index in order:
        assert imported(leader, files[index]).outcome == "imported"
    files.append(team.export(leader))
    for member in (asa, bo):
        assert imported(member, files[-1]).outcome == "imported"
    return files


@pytest.mark.parametrize("order", list(itertools.permutations(range(2))))
def test_three_devices_end_identical_with_the_conflict_seen_and_resolved(
        team: Team, order: tuple[int, ...]) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    bo = team.member(leader, "bo")
    shift_a = new_shift(asa, 20, "Åsas kväll")
    shift_b = new_shift(bo, 21, "Bos kväll")
    files = everyone_has_every_file(team, leader, asa, bo, order)
    for db in (leader, asa, bo):
        assert {s.id for s in db.all(Shift)} >= {shift_a, shift_b}
    assert state(asa) == state(leader) == state(bo)

    # The same shift edited on two devices before either hears of the other.
    edit_shift(asa, shift_a, "Åsa: bråk vid busstationen")
    edit_shift(leader, shift_a, "Ledaren: lugnt hela kvällen")
    from_asa = team.export(asa)
    line = imported(leader, from_asa).line()
    assert line == "0 nya, 0 uppdaterade, 0 oförändrade, 1 konflikter"
    [conflict] = leader.conflicts.open()
    assert (conflict.table, conflict.id) == ("shift", shift_a)
    sides = {conflict.winner.payload["summary"], conflict.loser.payload["summary"]}
    assert sides == {"Åsa: bråk vid busstationen", "Ledaren: lugnt hela kvällen"}
    winner = conflict.winner.payload["summary"]
    assert leader.get(Shift, shift_a).summary == winner

    # The leader's export brings both versions to the members: the same winner everywhere.
    to_all = team.export(leader)
    for member in (asa, bo):
        imported(member, to_all)
        assert member.get(Shift, shift_a).summary == winner
        assert len(member.heads(Shift, shift_a)) == 2
        assert [(c.table, c.id) for c in member.conflicts.open()] == [("shift", shift_a)]
    assert state(asa) == state(leader) == state(bo)

    # The leader resolves it; after one more round every device has one head again.
    leader.conflicts.resolve(conflict, {**conflict.winner.payload,
                                        "summary": "Bråk tidigt, sedan lugnt"}, "fält för fält")
    resolved = team.export(leader)
    for member in (asa, bo):
        assert imported(member, resolved).line() == ("0 nya, 1 uppdaterade, 0 oförändrade, "
                                                     "0 konflikter")
    for db in (leader, asa, bo):
        assert db.get(Shift, shift_a).summary == "Bråk tidigt, sedan lugnt"
        assert len(db.heads(Shift, shift_a)) == 1
        assert db.conflicts.open() == []
    final = state(leader)
    assert state(asa) == final == state(bo)

    # Re-importing every file changes nothing anywhere.
    for db, path in itertools.product((leader, asa, bo),
                                      [*files, from_asa, to_all, resolved]):
        if path.name.endswith(f"{db.path.stem}.faltapp"):
            continue  # a device's own export is not imported
        try:
            result = imported(db, path)
        except Exception as error:  # not encrypted to it: a member's file on another member
            assert getattr(error, "reason", None) == "not_for_us", error
            continue
        assert result.line() == "redan importerad"
    assert state(asa) == final == state(bo) == state(leader)

    # A full export of the same data also changes nothing.
    full = team.export(leader, full=True)
    for member in (asa, bo):
        result = imported(member, full)
        assert (result.preview.new, result.preview.updated, result.preview.conflicts) == \
            (0, 0, 0)
        assert result.backup is None
    assert state(asa) == final == state(bo)
