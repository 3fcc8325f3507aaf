"""Imports in any order give the same final state (hypothesis).

Five real exports of a team — a shift created, passed on by the leader, then edited on two
devices, a contact deleted on a third, the leader's own edit — are decrypted once by a second
leader. Each example takes them in another order into a fresh database through the importer's
staging, preview and merge; a file whose references are not here yet waits and is tried
again, as a person would import the earlier files first. Every order must end in the same
rows and version graph, and the preview must agree with what the merge did."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faltapp.core.entities import Contact
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.store.merge import Outcome
from faltapp.sync.export_format import DEFAULT_MAX_BYTES, ExportRecord, read_export_file
from faltapp.sync.import_checks import ImportRefused, staged_versions
from tests.conftest import PASSPHRASE
from tests.sync.devices import edit_shift, imported, new_shift, state, team_in


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The five files' records (as the second leader reads them) and the state they give."""
    for team in team_in(tmp_path_factory.mktemp("team")):
        leader = team.leader()
        second = team.member(leader, "second", as_leader=True)
        asa = team.member(leader, "asa")
        bo = team.member(leader, "bo")
        shift_id = new_shift(asa)
        files = [team.export(asa)]
        imported(leader, files[0])
        files.append(team.export(leader))
        for member in (asa, bo):
            imported(member, files[1])
        edit_shift(asa, shift_id, "Åsa: bråk vid busstationen")
        edit_shift(bo, shift_id, "Bo: lugnt")
        [contact] = [c for c in asa.all(Contact) if c.shift_id == shift_id]
        asa.delete(Contact, contact.id, asa.load(Contact, contact.id).version)
        edit_shift(leader, shift_id, "Ledaren: polisen kom")
        files += [team.export(asa), team.export(bo), team.export(leader)]
        for path in [files[1], files[0], *files[2:]]:  # the leader's roster names asa and bo
            imported(second, path)
        key = second.team.keys().age_identity
        yield {"records": [read_export_file(p, key, max_bytes=DEFAULT_MAX_BYTES).records
                           for p in files],
               "state": state(second, skip_device=second.device_id),
               "folder": team.folder, "shift": shift_id}


def merge_in_order(db: Database, files: list[list[ExportRecord]]) -> None:
    """Stage, preview and merge each file; a file with missing references waits its turn."""
    waiting = list(files)
    while waiting:
        records = waiting.pop(0)
        try:
            versions = staged_versions(db, records)
        except ImportRefused as refusal:
            assert refusal.reason == "dangling_reference", refusal
            assert waiting, "a file can never be merged"
            waiting.append(records)
            continue
        preview = db.sync.preview([v for _, v in versions])
        outcomes = db.merge(versions)
        assert preview.refused == []
        changed = outcomes[Outcome.NEW] + outcomes[Outcome.CONFLICT] > 0
        assert changed == (preview.changes > 0)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(5)))
def test_any_import_order_gives_the_same_final_state(scenario: dict[str, Any],
                                                     order: list[int]) -> None:
    folder: Path = scenario["folder"]
    path = folder / f"order-{''.join(map(str, order))}.db"
    db = Database.create(path, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        merge_in_order(db, [scenario["records"][i] for i in order])
        assert state(db, skip_device=db.device_id) == scenario["state"]
        heads = db.query("SELECT COUNT(*) FROM history h WHERE h.table_name = 'shift' "
                         "AND h.id = ? AND NOT EXISTS (SELECT 1 FROM history c WHERE "
                         "c.id = h.id AND (c.parent = h.version OR c.parent2 = h.version))",
                         [scenario["shift"]])
        assert heads == [(3,)]  # Åsa's, Bo's and the leader's edits: one conflict, 3 heads
    finally:
        db.close()
        for leftover in folder.glob(f"{path.name}*"):
            leftover.unlink()


def test_the_scenario_holds_a_deletion_and_concurrent_edits(scenario: dict[str, Any]) -> None:
    last_files = scenario["records"][2:]
    kinds = {(r.table, r.deleted) for records in last_files for r in records}
    assert {("shift", False), ("contact", True)} <= kinds
    assert all(dataclasses.is_dataclass(r) for r in scenario["records"][0])
