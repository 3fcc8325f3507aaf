"""Importing another device's export: the same file twice, replays, a counter going backwards,
the same export id with other content, invalid records, dry runs, quarantine and backups."""

from __future__ import annotations

import dataclasses
import errno
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from faltapp.core.digest import content_hash
from faltapp.core.entities import Shift
from faltapp.store.backups import list_backups
from faltapp.store.database import Database
from faltapp.sync import quarantine
from faltapp.sync.export_format import ExportRecord, Manifest, write_export
from faltapp.sync.importer import ImportRefused
from tests.sync.devices import Team, edit_shift, imported, new_shift, state, team_in


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


@pytest.fixture
def pair(team: Team) -> tuple[Database, Database]:
    leader = team.leader()
    return leader, team.member(leader, "asa")


def refusal(db: Database, path: Path, **options: Any) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        imported(db, path, **options)
    return caught.value


def forged(team: Team, author: Database, records: list[ExportRecord], **manifest: Any) -> Path:
    """A correctly signed and encrypted export with the given records and manifest fields."""
    last = author.sync.last_export()
    base = Manifest.new(author.team.team().team_id, author.device_id,
                        (last.counter if last else 0) + 1)
    data = write_export(dataclasses.replace(base, **manifest), records, author.team.keys(),
                        author.team.leader_recipients())
    team.written += 1
    path = team.folder / f"forged-{team.written}.faltapp"
    path.write_bytes(data)
    return path


def shift_record(shift_id: str, author: str, **data: Any) -> ExportRecord:
    payload = {"id": shift_id, "date": "2026-11-20", "start": "18:00", "end": "23:00",
               "kind": "kvallspass", "area_ids": [], "staff_ids": [], "partners": [],
               "summary": "", "status": "draft", "weather": ""}
    payload.update(data)
    return ExportRecord("shift", shift_id, f"1-{author}", None, None,
                        content_hash(payload, False), False, payload,
                        "2026-11-20T23:00:00+00:00", author)


def test_the_same_file_twice_is_already_imported_and_writes_nothing(
        team: Team, pair: tuple[Database, Database]) -> None:
    leader, asa = pair
    new_shift(asa)
    path = team.export(asa)
    first = imported(leader, path)
    assert first.preview.new > 0 and first.backup is not None
    before = state(leader), leader.query("SELECT COUNT(*) FROM import_log")
    backups = list_backups(leader.path)
    again = imported(leader, path)
    assert again.line() == "redan importerad"
    assert (state(leader), leader.query("SELECT COUNT(*) FROM import_log")) == before
    assert list_backups(leader.path) == backups
    assert path.exists()


def test_the_import_is_logged_and_the_signer_counter_noted(
        team: Team, pair: tuple[Database, Database]) -> None:
    leader, asa = pair
    new_shift(asa)
    path = team.export(asa)
    result = imported(leader, path)
    [entry] = leader.sync.imports(asa.device_id)
    assert (entry.outcome, entry.new, entry.counter, entry.file_name) == \
        ("imported", result.preview.new, 1, path.name)
    assert leader.team.device(asa.device_id).last_counter == 1


def test_a_replayed_older_export_is_refused_and_quarantined(
        team: Team, pair: tuple[Database, Database]) -> None:
    leader, asa = pair
    shift_id = new_shift(asa)
    old = team.export(asa)
    edit_shift(asa, shift_id, "Ny text")
    newer = team.export(asa, full=True)
    imported(leader, newer)
    before = state(leader)
    error = refusal(leader, old, move=True)
    assert error.reason == "replay"
    assert "nummer 1" in str(error) and "nummer 2" in str(error)
    assert state(leader) == before
    assert not old.exists()
    assert error.quarantined.parent == quarantine.folder_for(leader.path)
    note = Path(f"{error.quarantined}{quarantine.REASON_SUFFIX}").read_text(encoding="utf-8")
    assert str(error) in note and "reason: replay" in note
    assert leader.sync.imports()[0].outcome == "refused"


def test_the_same_export_id_with_other_content_is_refused(
        team: Team, pair: tuple[Database, Database]) -> None:
    leader, asa = pair
    new_shift(asa)
    path = team.export(asa)
    imported(leader, path)
    first = asa.sync.last_export()
    other = forged(team, asa, [shift_record("s-other", asa.device_id)],
                   export_id=first.export_id, counter=first.counter)
    before = state(leader)
    assert refusal(leader, other).reason == "changed_export"
    assert state(leader) == before


def test_a_counter_that_went_backwards_is_refused_even_with_a_new_export_id(
        team: Team, pair: tuple[Database, Database]) -> None:
    leader, asa = pair
    new_shift(asa)
    imported(leader, team.export(asa))
    imported(leader, team.export(asa))
    backwards = forged(team, asa, [shift_record("s-late", asa.device_id)], counter=1)
    assert refusal(leader, backwards).reason == "replay"
    assert leader.get(Shift, "s-late") is None


@pytest.mark.parametrize(("data", "reason", "words"), [
    ({"summary": "x" * 4001}, "invalid_record", "4000"),
    ({"kind": 7}, "invalid_record", "'kind'"),
    ({"date": "2026-W47-1"}, "invalid_record", "datum"),
    ({"start": "18.00"}, "invalid_record", "klockslag"),
    ({"staff_ids": ["nobody"]}, "dangling_reference", "nobody"),
    ({"summary": "Hej\u202eevil"}, "invalid_record", "styrtecken"),
    ({"status": "klar"}, "invalid_record", "klar"),
    ({"id": "another"}, "invalid_record", "'id'"),
])
def test_invalid_records_refuse_the_whole_file(team: Team, pair: tuple[Database, Database],
                                               data: dict[str, Any], reason: str,
                                               words: str) -> None:
    leader, asa = pair
    good = shift_record("s-good", asa.device_id)
    bad = shift_record("s-bad", asa.device_id, **data)
    path = forged(team, asa, [good, bad])
    before = state(leader)
    error = refusal(leader, path)
    assert (error.reason, words in str(error)) == (reason, True), str(error)
    assert "Post 2" in str(error)
    assert state(leader) == before and leader.get(Shift, "s-good") is None


def test_markup_and_unknown_fields_are_kept_as_typed(
        team: Team, pair: tuple[Database, Database]) -> None:
    leader, asa = pair
    record = shift_record("s-markup", asa.device_id, summary="<b>fet</b> & <script>",
                          mood="newer build's field")
    imported(leader, forged(team, asa, [record]))
    assert leader.get(Shift, "s-markup").summary == "<b>fet</b> & <script>"
    [row] = leader.query("SELECT payload FROM history WHERE id = 's-markup'")
    assert "newer build's field" in row[0]


def test_an_unknown_table_and_a_reference_into_the_same_file(
        team: Team, pair: tuple[Database, Database]) -> None:
    leader, asa = pair
    unknown = dataclasses.replace(shift_record("s-x", asa.device_id), table="x_future")
    assert refusal(leader, forged(team, asa, [unknown])).reason == "unknown_table"
    staff = {"id": "st-1", "name": "Åsa", "initials": "ÅS", "role": "faltsekreterare",
             "active": True}
    staff_record = ExportRecord("staff", "st-1", f"1-{asa.device_id}", None, None,
                                content_hash(staff, False), False, staff,
                                "2026-11-20T18:00:00+00:00", asa.device_id)
    shift = shift_record("s-y", asa.device_id, staff_ids=["st-1"])
    assert imported(leader, forged(team, asa, [shift, staff_record])).preview.new == 2


def test_a_dry_run_counts_but_writes_logs_and_moves_nothing(
        team: Team, pair: tuple[Database, Database]) -> None:
    leader, asa = pair
    new_shift(asa)
    path = team.export(asa)
    before = state(leader), leader.query("SELECT COUNT(*) FROM import_log")
    result = imported(leader, path, dry_run=True)
    assert result.outcome == "dry_run" and result.preview.new > 0
    assert (state(leader), leader.query("SELECT COUNT(*) FROM import_log")) == before
    assert list_backups(leader.path) == []
    replayed = forged(team, asa, [shift_record("s-z", asa.device_id)], counter=0)
    imported(leader, path)
    assert refusal(leader, replayed, dry_run=True).reason == "replay"
    assert replayed.exists() and not quarantine.folder_for(leader.path).exists()


def test_a_refused_file_on_a_read_only_stick_is_copied_and_left(
        team: Team, pair: tuple[Database, Database], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    leader, asa = pair
    stick = tmp_path / "stick"
    stick.mkdir()
    on_stick = stick / "asa v48.faltapp"
    forged(team, asa, [shift_record("s-bad", asa.device_id, kind=7)]).rename(on_stick)
    read_only = OSError(errno.EROFS, "Read-only file system")

    def no_rename(*_: Any) -> None:
        raise read_only

    unlink = Path.unlink

    def guarded_unlink(self: Path, missing_ok: bool = False) -> None:
        if self.parent == stick:
            raise read_only
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(quarantine.os, "rename", no_rename)
    monkeypatch.setattr(Path, "unlink", guarded_unlink)
    error = refusal(leader, on_stick, move=True)
    monkeypatch.undo()
    assert on_stick.exists()
    assert error.quarantined.read_bytes() == on_stick.read_bytes()
    assert error.quarantined.name.endswith("-asa_v48.faltapp")
    note = Path(f"{error.quarantined}{quarantine.REASON_SUFFIX}").read_text(encoding="utf-8")
    assert "ligger kvar" in note and "invalid_record" in note


def test_files_not_meant_for_this_device_are_left_where_they_are(
        team: Team, pair: tuple[Database, Database]) -> None:
    leader, asa = pair
    bo = team.member(leader, "bo")
    new_shift(asa)
    from_asa = team.export(asa)
    assert refusal(bo, from_asa, move=True).reason == "not_for_us"
    assert refusal(asa, from_asa, move=True).reason == "own_export"
    assert from_asa.exists() and not quarantine.folder_for(bo.path).exists()


def test_a_revoked_device_and_a_member_to_member_file_are_refused(
        team: Team, pair: tuple[Database, Database]) -> None:
    leader, asa = pair
    bo = team.member(leader, "bo")
    to_bo = write_export(Manifest.new(asa.team.team().team_id, asa.device_id, 1),
                         [shift_record("s-m", asa.device_id)], asa.team.keys(),
                         [bo.team.keys().age_recipient])
    (team.folder / "to-bo.faltapp").write_bytes(to_bo)
    enrolment_roster(leader, bo)
    assert refusal(bo, team.folder / "to-bo.faltapp").reason == "not_from_leader"
    new_shift(asa)
    path = team.export(asa)
    leader.team.revoke(asa.device_id)
    assert refusal(leader, path).reason == "revoked"


def enrolment_roster(leader: Database, member: Database) -> None:
    from faltapp.sync import enrolment

    enrolment.take_roster(member, enrolment.shared_roster(leader))


def test_the_leaders_roster_travels_in_its_export(
        team: Team, pair: tuple[Database, Database]) -> None:
    leader, asa = pair
    bo = team.member(leader, "bo")
    assert asa.team.device(bo.device_id) is None  # enrolled after asa
    leader.team.revoke(bo.device_id)
    imported(asa, team.export(leader))
    assert asa.team.device(bo.device_id).revoked
