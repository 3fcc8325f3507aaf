"""The set-based merge gives exactly what merging one version at a time gives (issue 8).

``store/merge.py`` reads the graphs of a batch's records at once, decides every version in
memory and writes with ``executemany``. What batching can get wrong, each checked against the
same versions merged one ``db.merge`` call per version (the one-at-a-time reference): a
version and its child in one batch, two devices' versions of one record in one file, a chain
cut by a batch boundary, a parent arriving after its child, a clash half-way (all rolled
back), a purged record, and (hypothesis) any graph in any order with tiny batches, whose
winner must also be the one SQL's heads query ranks first.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faltapp.core.codec import to_payload
from faltapp.core.digest import content_hash
from faltapp.core.entities import Place
from faltapp.store import merge
from faltapp.store.database import Database
from faltapp.store.errors import VersionClash
from faltapp.store.keys import KdfParams
from faltapp.store.merge import ForeignVersion, Outcome

DEVICES = ["a" * 32, "b" * 32, "c" * 32]
AT = "2026-11-21T08:00:00+00:00"


def _version(record_id: str, lamport: int, device: str, parent: str | None,
             name: str | None, parent2: str | None = None) -> tuple[type, ForeignVersion]:
    """A foreign version of a place (``name`` None: a tombstone)."""
    payload = None if name is None else to_payload(Place(name=name, id=record_id))
    deleted = payload is None
    return Place, ForeignVersion("place", record_id, f"{lamport}-{device}", parent,
                                 content_hash(payload, deleted), deleted, payload, AT, device,
                                 parent2)


def _state(db: Database, ids: list[str]) -> dict[str, Any]:
    """Everything a merge writes about ``ids``: history (without arrival numbers), the
    current rows, the conflict rows in order (without the time), the stored Lamport counter."""
    marks = ",".join("?" * len(ids))
    return {
        "history": sorted(db.query(
            "SELECT table_name, id, version, parent, parent2, lamport, device, hash, "
            "changed_at, changed_by, deleted, purged, reason, payload FROM history "
            f"WHERE id IN ({marks})", ids)),
        "rows": sorted(db.query(f"SELECT * FROM place WHERE id IN ({marks})", ids)),
        "conflicts": db.query("SELECT table_name, id, winner, loser FROM conflict "
                              f"WHERE id IN ({marks}) ORDER BY seq", ids),
        "lamport": db.query("SELECT value FROM settings WHERE key = 'lamport'"),
    }


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """Two databases: one merges in batches, the other one version per call."""
    dbs = []
    for name in ("batched", "single"):
        (tmp_path / name).mkdir()
        dbs.append(Database.create(tmp_path / name / "faltapp.db", PASSPHRASE,
                                   kdf=KdfParams.for_tests()))
    yield dbs[0], dbs[1]
    for db in dbs:
        db.close()


def _merge_both(pair: tuple[Database, Database], versions: list[tuple[type, ForeignVersion]],
                ) -> tuple[dict[Outcome, int], dict[Outcome, int]]:
    """Merge into the first database in one call, into the second one version per call."""
    batched, single = pair
    counts = batched.merge(versions)
    one_by_one = dict.fromkeys(Outcome, 0)
    for item in versions:
        for outcome, n in single.merge([item]).items():
            one_by_one[outcome] += n
    return counts, one_by_one


def _same(pair: tuple[Database, Database], ids: list[str]) -> dict[str, Any]:
    batched, single = pair
    state = _state(batched, ids)
    assert state == _state(single, ids)
    return state


def test_a_version_and_its_child_in_one_batch_fast_forward(
        pair: tuple[Database, Database]) -> None:
    rid = str(uuid.uuid4())
    first = _version(rid, 3, DEVICES[0], None, "Torget")
    child = _version(rid, 4, DEVICES[0], first[1].version, "Torget norra")
    grandchild = _version(rid, 9, DEVICES[1], child[1].version, "Torget södra")
    counts, reference = _merge_both(pair, [first, child, grandchild])
    assert counts == reference and counts[Outcome.NEW] == 3
    state = _same(pair, [rid])
    assert state["conflicts"] == []
    assert pair[0].get(Place, rid).name == "Torget södra"
    assert [h.version for h in pair[0].heads(Place, rid)] == [grandchild[1].version]
    assert state["lamport"] == [("9",)]


def test_two_devices_versions_of_one_record_in_one_file_make_one_conflict(
        pair: tuple[Database, Database]) -> None:
    rid, other = str(uuid.uuid4()), str(uuid.uuid4())
    base = _version(rid, 2, DEVICES[0], None, "Skolan")
    low = _version(rid, 7, DEVICES[0], base[1].version, "Skolan (a)")
    high = _version(rid, 7, DEVICES[1], base[1].version, "Skolan (b)")
    tomb_base = _version(other, 1, DEVICES[2], None, "Kiosken")
    edit = _version(other, 50, DEVICES[1], tomb_base[1].version, "Kiosken, ny skylt")
    tomb = _version(other, 2, DEVICES[0], tomb_base[1].version, None)
    counts, reference = _merge_both(pair, [base, low, tomb_base, edit, high, tomb])
    assert counts == reference
    assert (counts[Outcome.NEW], counts[Outcome.CONFLICT]) == (4, 2)
    state = _same(pair, [rid, other])
    assert [c[2:4] for c in state["conflicts"]] == [
        (high[1].version, low[1].version), (tomb[1].version, edit[1].version)]
    assert pair[0].get(Place, rid).name == "Skolan (b)", "equal counters: higher device"
    assert pair[0].get(Place, other) is None, "a delete beats a later concurrent edit"


def test_a_chain_cut_by_a_batch_boundary(pair: tuple[Database, Database],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merge, "BATCH", 3)
    rid = str(uuid.uuid4())
    chain, parent = [], None
    for n in range(7):  # boundaries after the 3rd and 6th version
        chain.append(_version(rid, n + 1, DEVICES[n % 2], parent, f"Plats {n}"))
        parent = chain[-1][1].version
    side = _version(rid, 3, DEVICES[2], chain[1][1].version, "Gren")  # in the last batch
    counts, reference = _merge_both(pair, [*chain, side])
    assert counts == reference
    assert (counts[Outcome.NEW], counts[Outcome.CONFLICT]) == (7, 1)
    state = _same(pair, [rid])
    assert pair[0].get(Place, rid).name == "Plats 6"
    assert state["conflicts"] == [("place", rid, chain[-1][1].version, side[1].version)]


def test_a_child_before_its_parent_keeps_the_child_current(
        pair: tuple[Database, Database]) -> None:
    rid = str(uuid.uuid4())
    first = _version(rid, 1, DEVICES[0], None, "Först")
    child = _version(rid, 2, DEVICES[0], first[1].version, "Sedan")
    counts, reference = _merge_both(pair, [child, first])
    assert counts == reference
    _same(pair, [rid])
    assert pair[0].get(Place, rid).name == "Sedan"


def test_a_clash_in_the_middle_of_a_batch_rolls_everything_back(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merge, "BATCH", 4)
    mine = Place(name="Resecentrum")
    version = db.save(mine).version
    before = (db.counts(), db.query("SELECT * FROM settings"), db.query("SELECT * FROM conflict"))
    fresh = [_version(str(uuid.uuid4()), 90 + n, DEVICES[1], None, f"Ny {n}") for n in range(6)]
    forged = dataclasses.replace(_version(mine.id, 1, DEVICES[0], None, "Förfalskad")[1],
                                 version=version)
    with pytest.raises(VersionClash):
        db.merge([*fresh[:5], (Place, forged), fresh[5]])  # after one whole batch was written
    assert (db.counts(), db.query("SELECT * FROM settings"),
            db.query("SELECT * FROM conflict")) == before
    assert db.get(Place, mine.id) == mine
    assert all(db.get(Place, item[1].id) is None for item in fresh)


def test_versions_that_name_each_other_as_parents_are_refused(db: Database) -> None:
    rid = str(uuid.uuid4())
    one, two = f"1-{DEVICES[0]}", f"2-{DEVICES[0]}"
    before = db.counts()
    with pytest.raises(ValueError, match="ring"):
        db.merge([_version(rid, 1, DEVICES[0], two, "Ett"),
                  _version(rid, 2, DEVICES[0], one, "Två")])
    assert db.counts() == before


def test_a_purged_record_takes_new_versions_without_content(db: Database) -> None:
    place = Place(name="Gallras")
    first = db.save(place).version
    db.purge(Place, place.id, "test")
    late = _version(place.id, 40, DEVICES[1], first, "Kommer tillbaka?")
    tomb = _version(place.id, 41, DEVICES[2], late[1].version, None)
    assert db.merge([late, tomb])[Outcome.PURGED] == 2
    stored = db.query("SELECT version, payload, purged, deleted FROM history WHERE id = ? "
                      "ORDER BY seq", [place.id])
    assert stored[-2:] == [(late[1].version, None, 1, 0), (tomb[1].version, None, 1, 1)]
    assert "Kommer tillbaka" not in repr(db.query("SELECT * FROM place WHERE id = ?",
                                                  [place.id]))


# -- any graph, any order ---------------------------------------------------------------------

STEP = st.tuples(st.integers(0, 30), st.integers(0, 2), st.integers(1, 3), st.booleans(),
                 st.integers(0, 1))


def _graph(steps: list[tuple[int, int, int, bool, int]]) -> list[tuple[type, ForeignVersion]]:
    """Versions of two records: each names an earlier one of its record (or none)."""
    ids = [str(uuid.uuid4()), str(uuid.uuid4())]
    made: list[list[tuple[type, ForeignVersion]]] = [[], []]
    seen: set[str] = set()
    for number, (pick, device, step, delete, record) in enumerate(steps):
        earlier = made[record]
        parent = earlier[pick % len(earlier)][1] if earlier and pick else None
        lamport = (int(parent.version.split("-")[0]) if parent else 0) + step
        if f"{lamport}-{DEVICES[device]}" in seen:
            continue
        seen.add(f"{lamport}-{DEVICES[device]}")
        earlier.append(_version(ids[record], lamport, DEVICES[device],
                                parent.version if parent else None,
                                None if delete and parent else f"Namn {number}"))
    return made[0] + made[1]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEP, min_size=1, max_size=12), data=st.data())
def test_batches_of_any_size_give_what_one_at_a_time_gives(
        pair: tuple[Database, Database], steps: list[tuple[int, int, int, bool, int]],
        data: st.DataObject) -> None:
    versions = data.draw(st.permutations(_graph(steps)), label="order")
    size = data.draw(st.integers(1, 5), label="batch size")
    original = merge.BATCH
    merge.BATCH = size
    try:
        counts, reference = _merge_both(pair, versions)
    finally:
        merge.BATCH = original
    assert counts == reference
    ids = sorted({v.id for _, v in versions})
    state = _same(pair, ids)
    losers = [c[1:4:2] for c in state["conflicts"]]
    assert len(losers) == len(set(losers)), "one open conflict per losing version"
    for rid in ids:  # the rule as SQL computes it (merge.heads), not as the batch did
        found = pair[0].heads(Place, rid)
        assert pair[0].meta(Place, rid).version == found[0].version
        assert {h.version for h in found[1:]} <= {loser for i, loser in losers if i == rid}
