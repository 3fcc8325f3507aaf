"""The inbox folder: new files are read in, a file imported before is "redan importerad", a
file that would make a conflict waits for a person, a hostile file is refused once (logged,
a copy in quarantine) and remembered, the laptop's own export and files for others are passed
over silently, a rewritten file is looked at again, and every file on the stick is still
there, byte for byte."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from faltapp.core.entities import Shift
from faltapp.core.jobs import run_to_end
from faltapp.sync import quarantine
from faltapp.sync.inbox import inbox_candidates, inbox_folder, inbox_job, set_inbox_folder
from tests.sync.devices import Team, edit_shift, imported, new_shift, team_in


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def bytes_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_an_inbox_reads_in_new_files_refuses_once_and_keeps_every_file(
        team: Team, tmp_path: Path) -> None:
    leader = team.leader()
    asa, bo = team.member(leader, "asa"), team.member(leader, "bo")
    shift_a, shift_b = new_shift(asa, 20, "Åsa"), new_shift(bo, 21, "Bo")
    stick = tmp_path / "sticka"
    stick.mkdir()
    for db in (asa, bo, leader):
        source = team.export(db)
        (stick / source.name).write_bytes(source.read_bytes())
    cy = team.member(leader, "cy")
    new_shift(cy, 22, "Cy")
    earlier = team.export(cy)  # read in by hand before the inbox existed
    assert imported(leader, earlier).outcome == "imported"
    (stick / "redan.faltapp").write_bytes(earlier.read_bytes())
    (stick / "trasig.faltapp").write_bytes(b"\x00" * 400)
    (stick / "anteckning.txt").write_text("inte en export")
    (stick / "gammalt").mkdir()
    (stick / "gammalt" / "x.faltapp").write_bytes(b"x")
    (stick / "länk.faltapp").symlink_to(stick / "trasig.faltapp")
    before = bytes_of(stick)
    set_inbox_folder(leader, stick)
    assert inbox_folder(leader) == stick

    result = run_to_end(inbox_job(leader, stick))
    assert sorted(name for name, _ in result.imported) == sorted(
        p.name for p in stick.glob("*-asa.faltapp")) + sorted(
        p.name for p in stick.glob("*-bo.faltapp"))
    assert [name for name, _ in result.refused] == ["trasig.faltapp"]  # own export: silent
    assert result.already == ["redan.faltapp"]
    assert result.line() == ("Inkorgen: 2 filer inlästa (6 nya, 0 uppdaterade), "
                             "1 vägrade (se karantänmappen).")
    assert leader.get(Shift, shift_a).summary == "Åsa" and leader.get(Shift, shift_b)
    assert bytes_of(stick) == before and (stick / "gammalt" / "x.faltapp").exists()
    aside = [p.name for p in quarantine.folder_for(leader.path).iterdir()]
    assert any("trasig" in name and not name.endswith(".reason.txt") for name in aside)
    assert "trasig.faltapp" in [e.file_name for e in leader.sync.imports()]  # logged

    assert inbox_candidates(leader, stick) == []  # everything remembered: nothing reopened
    again = run_to_end(inbox_job(leader, stick))
    assert again.line() == "" and again.imported == [] and again.refused == []

    broken = stick / "trasig.faltapp"  # copied again, now whole: looked at again
    broken.write_bytes(team.export(asa).read_bytes())
    assert inbox_candidates(leader, stick) == [broken]


def test_a_file_that_would_make_a_conflict_waits_for_a_person(team: Team,
                                                              tmp_path: Path) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    shift_id = new_shift(asa, 20, "Först")
    assert imported(leader, team.export(asa)).outcome == "imported"
    edit_shift(asa, shift_id, "Åsa ändrade")
    edit_shift(leader, shift_id, "Ledaren ändrade")
    stick = tmp_path / "sticka"
    stick.mkdir()
    source = team.export(asa)
    (stick / source.name).write_bytes(source.read_bytes())
    result = run_to_end(inbox_job(leader, stick))
    [(path, preview)] = result.to_review
    assert path.name == source.name and preview.conflicts == 1
    assert leader.get(Shift, shift_id).summary == "Ledaren ändrade"  # not imported
    assert "1 med konflikter väntar på granskning" in result.line()
    assert inbox_candidates(leader, stick) == [path]  # shown again until someone decides


def test_a_pulled_stick_is_an_empty_inbox_and_a_missing_folder_cannot_be_chosen(
        team: Team, tmp_path: Path) -> None:
    leader = team.leader()
    gone = tmp_path / "utdragen"
    assert run_to_end(inbox_job(leader, gone)).line() == ""
    with pytest.raises(NotADirectoryError, match="finns inte"):
        set_inbox_folder(leader, gone)
    set_inbox_folder(leader, None)
    assert inbox_folder(leader) is None


def test_a_devices_files_are_read_in_the_order_it_wrote_them(team: Team,
                                                              tmp_path: Path) -> None:
    """Copied onto the stick newest first (or by name: -10 before -9), both still arrive."""
    import os

    leader = team.leader()
    asa = team.member(leader, "asa")
    first = new_shift(asa, 20, "Först")
    one = team.export(asa)
    second = new_shift(asa, 21, "Sedan")
    two = team.export(asa)
    stick = tmp_path / "sticka"
    stick.mkdir()
    for age, source in ((100, two), (50, one)):  # export 2 is the older file on the stick
        target = stick / source.name
        target.write_bytes(source.read_bytes())
        os.utime(target, (target.stat().st_atime - age, target.stat().st_mtime - age))
    assert inbox_candidates(leader, stick)[0].name == two.name
    result = run_to_end(inbox_job(leader, stick))
    assert [name for name, _ in result.imported] == [one.name, two.name]
    assert result.refused == []
    assert leader.get(Shift, first).summary == "Först"
    assert leader.get(Shift, second).summary == "Sedan"


def test_a_files_later_exports_wait_with_it_for_a_person(team: Team, tmp_path: Path) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    shift_id = new_shift(asa, 20, "Först")
    assert imported(leader, team.export(asa)).outcome == "imported"
    edit_shift(asa, shift_id, "Åsa ändrade")
    edit_shift(leader, shift_id, "Ledaren ändrade")
    stick = tmp_path / "sticka"
    stick.mkdir()
    conflicting = team.export(asa)
    later_shift = new_shift(asa, 22, "Senare")
    later = team.export(asa)  # no conflict of its own
    for source in (conflicting, later):
        (stick / source.name).write_bytes(source.read_bytes())
    result = run_to_end(inbox_job(leader, stick))
    assert [path.name for path, _ in result.to_review] == [conflicting.name, later.name]
    assert result.imported == [] and leader.get(Shift, later_shift) is None
    # read in after review, in order, both arrive: the earlier one is not "an older export"
    for path, _ in result.to_review:
        assert imported(leader, path).outcome == "imported"
    assert leader.get(Shift, later_shift).summary == "Senare"
