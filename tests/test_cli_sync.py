"""``faltapp export``, ``faltapp import`` and ``faltapp conflicts`` from a script: one line per
file, "redan importerad" the second time, a refused file one line and exit code 1; a batch of
files backs up once (a dry run never), a forged ring of versions is put aside, and the
garbage collector an import holds back runs again however the import ends."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from faltapp.cli import main
from faltapp.core.codec import to_payload
from faltapp.core.digest import canonical_json, content_hash
from faltapp.core.entities import Place, Shift
from faltapp.store.backups import list_backups
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.sync.importer import preview_job
from tests.conftest import PASSPHRASE
from tests.conftest import run_cli as run
from tests.sync.devices import Team, edit_shift, new_shift

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path, str]:
    """A leader and a member database (closed), and the id of a shift both have edited."""
    team = Team(tmp_path)
    leader = team.leader()
    asa = team.member(leader, "asa")
    shift_id = new_shift(asa)
    from tests.sync.devices import imported

    imported(leader, team.export(asa))
    edit_shift(asa, shift_id, "Åsa ändrade")
    edit_shift(leader, shift_id, "Ledaren ändrade")
    team.close()
    return leader.path, asa.path, shift_id


def test_export_import_twice_and_the_conflict_listed(
        capsys: pytest.CaptureFixture[str], paths: tuple[Path, Path, str],
        tmp_path: Path) -> None:
    leader, asa, shift_id = paths
    out = tmp_path / "asa-v48.faltapp"
    code, printed, _ = run(capsys, "export", "--db", str(asa), "-o", str(out))
    assert code == 0 and out.is_file()
    assert f"Exporten är sparad i {out}: 1 poster, export nummer 2." in printed
    code, printed, _ = run(capsys, "import", "--db", str(leader), str(out), "--dry-run")
    assert (code, printed) == (0, f"{out}: 0 nya, 0 uppdaterade, 0 oförändrade, 1 konflikter "
                                  "(provkörning: inget sparades)\n")
    code, printed, _ = run(capsys, "conflicts", "--db", str(leader))
    assert printed == "Inga olösta konflikter.\n"
    code, printed, _ = run(capsys, "import", "--db", str(leader), str(out), str(out))
    assert (code, printed.splitlines()) == (0, [
        f"{out}: 0 nya, 0 uppdaterade, 0 oförändrade, 1 konflikter",
        f"{out}: redan importerad"])
    code, printed, _ = run(capsys, "conflicts", "--db", str(leader))
    [line] = printed.splitlines()
    assert line.startswith(f"shift {shift_id}: gäller nu ändrad av ")
    assert "Asa" in line and "Anna Lind" in line
    with Database.open(leader, PASSPHRASE, kdf=KdfParams.for_tests()) as db:
        assert db.get(Shift, shift_id).summary in ("Åsa ändrade", "Ledaren ändrade")


def test_a_refused_file_is_one_line_and_exit_code_1(
        capsys: pytest.CaptureFixture[str], paths: tuple[Path, Path, str],
        tmp_path: Path) -> None:
    leader, _, _ = paths
    junk = tmp_path / "junk.faltapp"
    junk.write_bytes(b"not an export at all")
    code, printed, err = run(capsys, "import", "--db", str(leader), str(junk),
                             str(tmp_path / "gone.faltapp"))
    lines = printed.splitlines()
    assert code == 1 and err == ""
    assert lines[0].startswith(f"{junk}: inte inläst: Filen är ingen faltapp-export. "
                               "(flyttad till ")
    assert lines[1] == f"{tmp_path / 'gone.faltapp'}: inte inläst: Filen gone.faltapp finns " \
                       "inte (längre)."
    assert not junk.exists()
    code, _, err = run(capsys, "export", "--db", str(leader), "-o", str(junk))
    code, _, err = run(capsys, "export", "--db", str(leader), "-o", str(junk))
    assert (code, err) == (1, f"faltapp: Filen {junk} finns redan; välj ett annat namn.\n")


def test_files_given_newest_first_are_imported_in_the_order_they_were_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = Team(tmp_path)
    try:
        leader = team.leader()
        asa = team.member(leader, "asa")
        first_shift = new_shift(asa, 20, "Först")
        first = team.export(asa)
        second_shift = new_shift(asa, 21, "Sedan")
        second = team.export(asa)
        path = leader.path
        leader.close()
        team.opened.remove(leader)
        assert main(["import", str(second), str(first), "--db", str(path)]) == 0
        out = capsys.readouterr().out.splitlines()
        assert out[0].startswith(str(first)) and out[1].startswith(str(second))
        with Database.open(path, PASSPHRASE, kdf=KdfParams.for_tests()) as again:
            assert again.get(Shift, first_shift) and again.get(Shift, second_shift)
    finally:
        team.close()


def test_a_dry_run_of_several_files_backs_up_nothing_and_the_import_once(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    team = Team(tmp_path)
    leader = team.leader()
    files = []
    for name, day in (("asa", 20), ("bo", 21)):
        member = team.member(leader, name)
        new_shift(member, day)
        files.append(str(team.export(member)))
    path = leader.path
    team.close()
    code, printed, _ = run(capsys, "import", "--db", str(path), *files, "--dry-run")
    assert code == 0 and len(printed.splitlines()) == 2
    assert all("3 nya" in line and "provkörning" in line for line in printed.splitlines())
    assert list_backups(path) == []
    code, printed, _ = run(capsys, "import", "--db", str(path), *files)
    assert code == 0 and all("3 nya" in line for line in printed.splitlines())
    assert [b.reason for b in list_backups(path)] == ["import"]


def test_the_garbage_collector_runs_again_after_an_import_a_refusal_and_a_cancel(
        capsys: pytest.CaptureFixture[str], paths: tuple[Path, Path, str],
        tmp_path: Path) -> None:
    leader, asa, _ = paths
    out = tmp_path / "asa.faltapp"
    junk = tmp_path / "junk.faltapp"
    junk.write_bytes(b"inte en export")
    run(capsys, "export", "--db", str(asa), "-o", str(out))
    assert gc.isenabled()
    code, _, _ = run(capsys, "import", "--db", str(leader), str(junk), str(out))
    assert code == 1 and gc.isenabled()
    with Database.open(leader, PASSPHRASE, kdf=KdfParams.for_tests()) as db:
        first, second = preview_job(db, out), preview_job(db, out)
        next(first), next(second)  # both stop inside their checks: the collector waits
        assert not gc.isenabled()
        first.close()
        assert not gc.isenabled(), "the other job still reads its file"
        second.close()  # a cancelled job (the task runner closes the generator)
    assert gc.isenabled()


def test_versions_that_name_each_other_as_parents_are_refused_and_put_aside(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    team = Team(tmp_path)
    leader = team.leader()
    asa = team.member(leader, "asa")
    place = Place(name="Ringen")
    payload = to_payload(place)
    one, two = f"900-{asa.device_id}", f"901-{asa.device_id}"
    with asa.writer.transaction() as txn:  # a forged history: each version the other's child
        for version, parent in ((one, two), (two, one)):
            txn.conn.execute(
                "INSERT INTO history (table_name, id, version, parent, lamport, device, hash, "
                "changed_at, changed_by, deleted, payload) VALUES ('place', ?, ?, ?, ?, ?, ?, "
                "'2026-11-21T08:00:00+00:00', ?, 0, ?)",
                [place.id, version, parent, int(version[:3]), asa.device_id,
                 content_hash(payload, False), asa.device_id, canonical_json(payload)])
    forged = team.export(asa)
    path = leader.path
    team.close()
    code, printed, _ = run(capsys, "import", "--db", str(path), str(forged))
    assert code == 1
    assert printed.startswith(f"{forged}: inte inläst: Versionerna av place {place.id} pekar "
                              "på varandra i en ring. (flyttad till ")
    assert not forged.exists()
    with Database.open(path, PASSPHRASE, kdf=KdfParams.for_tests()) as db:
        assert db.get(Place, place.id) is None
        assert db.query("SELECT COUNT(*) FROM history WHERE id = ?", [place.id]) == [(0,)]
        assert db.sync.imports(limit=1)[0].outcome == "refused"
