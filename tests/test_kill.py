"""The kill harness in reduced form: one SIGKILL in the middle of each kind of write (save,
autosave, import, export, migration, passphrase change, gallring), then nothing committed is
lost and the database passes integrity_check. And the harness itself can fail: a journaled
shift that is not in the database counts as lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import kill  # noqa: E402 (bench/ is not a package)


def test_a_kill_in_every_kind_of_write_loses_nothing() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "kill.py"), "--runs", "7",
                           "--seed", "5"], capture_output=True, text=True, timeout=600,
                          check=False)
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
    assert (lines["runs"], lines["lost"], lines["integrity_failures"]) == ("7", "0", "0"), \
        done.stdout + done.stderr
    assert done.returncode == 0


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kill")
    kill.prepare(folder)
    return folder


def test_the_check_counts_a_journaled_shift_that_is_missing_as_lost(prepared: Path) -> None:
    run = prepared / "run"
    run.mkdir()
    kill.copy_db(prepared / "leader.db", run / "db")
    (run / "journal").write_text("shift 00000000-0000-4000-8000-000000000000\n")
    outcome = kill.Outcome("save", killed=True)
    kill.check("save", run, prepared, outcome)
    assert outcome.lost == ["shift 00000000-0000-4000-8000-000000000000"]
    assert outcome.broken == []


def test_the_check_finds_a_damaged_key_file_and_a_half_written_export(prepared: Path) -> None:
    run = prepared / "broken"
    run.mkdir()
    kill.copy_db(prepared / "leader.db", run / "db")
    (run / "journal").write_text("")
    (run / "out.faltapp").write_bytes((prepared / "member.faltapp").read_bytes()[:500])
    outcome = kill.Outcome("export", killed=True)
    kill.check("export", run, prepared, outcome)
    assert any("export file incomplete" in b for b in outcome.broken)
    (run / "db.key").write_text("{}")
    outcome = kill.Outcome("export", killed=True)
    kill.check("export", run, prepared, outcome)
    assert outcome.broken and outcome.broken[0].startswith("key file")
