"""The team commands as a script drives them: create, card, join, approve (refused without
--yes, after printing the fingerprint the member saw), roster, revoke, and the age identity
file that the standard age tool format expects, written for its owner only."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pyrage
import pytest

from faltapp.cli import main
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FALTAPP_DB", raising=False)
    monkeypatch.setenv("FALTAPP_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def paths(tmp_path: Path) -> tuple[str, str]:
    made = []
    for name in ("leader", "member"):
        Database.create(tmp_path / f"{name}.db", PASSPHRASE, kdf=KdfParams.for_tests()).close()
        made.append(str(tmp_path / f"{name}.db"))
    return made[0], made[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def fingerprint_in(out: str) -> str:
    found = re.search(r"Fingeravtryck: (\d{4}(?: \d{4}){5})", out)
    assert found, out
    return found[1]


def test_a_team_is_made_joined_and_approved_from_the_command_line(
        capsys: pytest.CaptureFixture[str], paths: tuple[str, str], tmp_path: Path) -> None:
    leader, member = paths
    card, request, roster = (str(tmp_path / n) for n in ("kort.json", "fraga.json",
                                                         "lista.json"))
    code, out, _ = run(capsys, "team", "create", "Fältgruppen Lidköping", "--name", "Anna",
                       "--db", leader)
    assert code == 0 and "Teamet Fältgruppen Lidköping är skapat" in out
    assert run(capsys, "team", "card", "-o", card, "--db", leader)[0] == 0
    code, out, _ = run(capsys, "team", "join", card, "--name", "Bilal", "-o", request,
                       "--db", member)
    assert code == 0
    seen_by_member = fingerprint_in(out)
    code, out, err = run(capsys, "team", "approve", request, "--db", leader)
    assert code == 1 and fingerprint_in(out) == seen_by_member
    assert "Jämför fingeravtrycket med det på skärmen hos Bilal" in err and "--yes" in err
    code, out, _ = run(capsys, "team", "roster", "--db", leader)
    assert "Bilal" not in out  # refused means not approved
    code, out, _ = run(capsys, "team", "approve", request, "--yes", "-o", roster, "--db", leader)
    assert code == 0 and "Bilal" in out and "godkänd som medlem" in out
    code, out, _ = run(capsys, "team", "roster", "--take", roster, "--db", member)
    assert code == 0 and "1 ändringar" in out
    rows = [line.split() for line in out.splitlines() if re.match(r"[ *][0-9a-f]{8} ", line)]
    assert [(r[1], r[2]) for r in rows] == [("Anna", "ledare"), ("Bilal", "medlem")]
    assert rows[1][0].startswith("*")  # this device
    with Database.open(Path(leader), PASSPHRASE) as db:
        bilal = next(d for d in db.team.roster() if d.name == "Bilal")
    code, out, _ = run(capsys, "team", "revoke", bilal.device_id[:6], "--db", leader)
    assert code == 0 and "Bilal" in out and "återkallad" in out
    code, out, _ = run(capsys, "team", "roster", "--db", leader)
    bilal_row = next(line for line in out.splitlines() if "Bilal" in line)
    assert re.search(r"medlem\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+\d{4}-\d\d-\d\d", bilal_row)


def test_bad_files_and_missing_files_are_one_line_and_exit_1(
        capsys: pytest.CaptureFixture[str], paths: tuple[str, str], tmp_path: Path) -> None:
    leader, member = paths
    junk = tmp_path / "skrap.json"
    junk.write_bytes(b"\x00" * (300 * 1024))
    cases = {str(junk): "för stor", str(tmp_path / "saknas.json"): "finns inte",
             str(tmp_path): "är en mapp"}
    for path, expected in cases.items():
        code, _, err = run(capsys, "team", "join", path, "--name", "Bilal", "-o",
                             str(tmp_path / "f.json"), "--db", member)
        assert code == 1 and expected in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "team", "card", "-o", str(tmp_path / "k.json"), "--db", leader)
    assert code == 1 and "hör inte till något team" in err
    assert not (tmp_path / "f.json").exists() and not (tmp_path / "k.json").exists()


def test_the_age_identity_file_is_for_its_owner_and_decrypts_what_was_sent_to_the_device(
        capsys: pytest.CaptureFixture[str], paths: tuple[str, str], tmp_path: Path) -> None:
    leader, _ = paths
    target = tmp_path / "identitet.txt"
    code, _, err = run(capsys, "team", "identity", "-o", str(target), "--db", leader)
    assert code == 0 and "Varning:" in err and "hemliga age-nyckel" in err
    if os.name != "nt":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    lines = target.read_text(encoding="utf-8").splitlines()
    secret = [line for line in lines if not line.startswith("#")]
    assert len(secret) == 1 and secret[0].startswith("AGE-SECRET-KEY-1")
    with Database.open(Path(leader), PASSPHRASE) as db:
        recipient = db.team.keys().age_recipient
    assert f"# public key: {recipient}" in lines
    box = pyrage.encrypt(b"hemligt", [pyrage.x25519.Recipient.from_str(recipient)])
    assert pyrage.decrypt(box, [pyrage.x25519.Identity.from_str(secret[0])]) == b"hemligt"
    before = target.read_bytes()
    code, _, err = run(capsys, "team", "identity", "-o", str(target), "--db", leader)
    assert code == 1 and "finns redan" in err and target.read_bytes() == before


def test_the_standard_age_tool_reads_the_identity_file(
        capsys: pytest.CaptureFixture[str], paths: tuple[str, str], tmp_path: Path) -> None:
    age = shutil.which("age")
    if age is None:
        pytest.skip("the age command-line tool is not installed (Debian package age)")
    leader, _ = paths
    target = tmp_path / "identitet.txt"
    assert run(capsys, "team", "identity", "-o", str(target), "--db", leader)[0] == 0
    with Database.open(Path(leader), PASSPHRASE) as db:
        recipient = db.team.keys().age_recipient
    box = pyrage.encrypt("Fältpass v47".encode(), [pyrage.x25519.Recipient.from_str(recipient)])
    result = subprocess.run([age, "-d", "-i", str(target)], input=box, capture_output=True,
                            timeout=60, check=True)
    assert result.stdout.decode() == "Fältpass v47"
