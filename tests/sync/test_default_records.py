"""Default places and categories are the same records on every laptop, so an exchange of
files never shows a team member each place twice (26 places became 52 before)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from faltapp.core.entities import Category, Place
from faltapp.core.seed import SEED_DEVICE
from faltapp.core.vocabulary import default_categories, default_places
from tests.sync.devices import Team, imported, team_in


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def _defaults(db) -> dict[tuple[str, str], tuple[str, str]]:
    out = {}
    for cls in (Place, Category):
        for entity in db.all(cls):
            [head] = db.heads(cls, entity.id)
            out[(cls.TABLE, entity.id)] = (head.version, db.meta(cls, entity.id).version)
    return out


def test_two_new_databases_start_with_the_same_default_records(team: Team) -> None:
    first, second = team.make("forsta"), team.make("andra")
    assert first.device_id != second.device_id
    assert _defaults(first) == _defaults(second)
    versions = {version for version, _ in _defaults(first).values()}
    assert versions == {f"1-{SEED_DEVICE}"}
    assert len(first.all(Place)) == len(default_places())
    assert len(first.all(Category)) == len(default_categories())


def test_an_exchange_keeps_one_copy_of_each_place_and_an_edit_travels(team: Team) -> None:
    leader = team.leader()
    member = team.member(leader, "asa")
    stora_torget = next(p for p in leader.all(Place) if p.name == default_places()[0]["name"])
    base = leader.meta(Place, stora_torget.id).version
    leader.save(Place(name=stora_torget.name, area="Centrum väst", id=stora_torget.id), base)
    assert imported(leader, team.export(member)).outcome == "imported"
    assert imported(member, team.export(leader)).outcome == "imported"
    for db in (leader, member):
        names = [p.name for p in db.all(Place)]
        assert len(names) == len(set(names)) == len(default_places())
        assert len(db.all(Category)) == len(default_categories())
        assert db.get(Place, stora_torget.id).area == "Centrum väst"
    assert member.conflicts.open() == []
