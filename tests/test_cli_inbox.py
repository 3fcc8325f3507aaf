"""``faltapp inbox``: choose a folder, read in what is new (one line per file, as
``faltapp import`` prints them: new, "redan importerad", "inte inläst: <reason>"), the second
run finds nothing new, a missing folder is one sentence, --off clears it, the stick keeps
every file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli as run

from tests.sync.devices import Team, imported, new_shift, team_in

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def test_choose_run_run_again_and_clear(team: Team, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    new_shift(asa, 20)
    stick = tmp_path / "sticka"
    stick.mkdir()
    source = team.export(asa)
    (stick / source.name).write_bytes(source.read_bytes())
    bo = team.member(leader, "bo")
    new_shift(bo, 21)
    by_hand = team.export(bo)
    assert imported(leader, by_hand).outcome == "imported"
    (stick / "bo.faltapp").write_bytes(by_hand.read_bytes())
    (stick / "trasig.faltapp").write_bytes(b"\x00" * 100)
    before = {p.name: p.read_bytes() for p in stick.iterdir()}
    path = str(leader.path)
    leader.close()
    team.opened.remove(leader)

    code, out, _ = run(capsys, "inbox", "--db", path)
    assert (code, out) == (0, "Ingen inkorg är vald.\n")
    code, out, err = run(capsys, "inbox", str(tmp_path / "saknas"), "--db", path)
    assert code != 0 and "finns inte" in err
    code, out, _ = run(capsys, "inbox", str(stick), "--run", "--db", path)
    assert code == 1  # a file was refused
    assert out.splitlines() == [f"Inkorg: {stick}",
                                f"{source.name}: 3 nya, 0 uppdaterade, 0 oförändrade, "
                                "0 konflikter",
                                "bo.faltapp: redan importerad",
                                "trasig.faltapp: inte inläst: Filen är ingen faltapp-export."]
    code, out, _ = run(capsys, "inbox", "--run", "--db", path)
    assert out.splitlines()[-1] == "Inget nytt i inkorgen."
    code, out, _ = run(capsys, "inbox", "--off", "--db", path)
    assert out == "Ingen inkorg är vald.\n"
    assert {p.name: p.read_bytes() for p in stick.iterdir()} == before
