"""The command line: exit codes and one-line Swedish messages, run in-process."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE, snapshot

from faltapp import __version__
from faltapp.cli import main
from faltapp.store.database import Database


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real database or read a passphrase from the real terminal."""
    monkeypatch.delenv("FALTAPP_DB", raising=False)
    monkeypatch.setenv("FALTAPP_PASSPHRASE", PASSPHRASE)


def info_lines(capsys: pytest.CaptureFixture[str], db_path: Path) -> dict[str, str]:
    code = main(["info", "--db", str(db_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    return dict(line.split(": ", 1) for line in out.splitlines())


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == "faltapp 0.1.0"
    assert __version__ == "0.1.0"


@pytest.mark.parametrize("order", ["after", "before"])
def test_info_prints_counts(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str], order: str
) -> None:
    device = db.device_id
    db.close()
    argv = ["info", "--db", str(db_path)] if order == "after" else ["--db", str(db_path), "info"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert "place: 26" in lines
    assert "category: 8" in lines
    assert "shift: 0" in lines
    assert f"enhet: {device}" in lines
    assert captured.err == ""


def test_database_from_environment_variable(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db.close()
    monkeypatch.setenv("FALTAPP_DB", str(db_path))
    assert main(["info"]) == 0
    assert "category: 8" in capsys.readouterr().out.splitlines()


def test_wrong_passphrase_is_refused_and_nothing_changes(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db.close()
    before = snapshot(db_path.parent)
    monkeypatch.setenv("FALTAPP_PASSPHRASE", "fel lösenfras helt")
    assert main(["info", "--db", str(db_path)]) == 1
    captured = capsys.readouterr()
    assert captured.err == "faltapp: Fel lösenfras.\n"
    assert captured.out == ""
    assert snapshot(db_path.parent) == before


def test_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "ingen.db"
    assert main(["info", "--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("faltapp: ")
    assert "finns inte" in err
    assert str(missing) in err
    assert list(tmp_path.iterdir()) == []


def test_text_file_with_a_key_beside_it_is_not_a_database(
    db: Database, db_path: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    db.close()
    fake = tmp_path / "anteckningar.db"
    fake.write_text("Inköpslista: mjölk, bröd\n" * 200, encoding="utf-8")
    shutil.copyfile(f"{db_path}.key", f"{fake}.key")
    before = snapshot(tmp_path)
    assert main(["info", "--db", str(fake)]) == 1
    err = capfd.readouterr().err  # file-descriptor level: SQLCipher logs from C
    assert "inte en faltapp-databas" in err
    assert err.count("\n") == 1, err
    assert snapshot(tmp_path) == before


def test_demo_in_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "saknas"
    assert main(["demo", "--db", str(folder / "faltapp.db")]) == 1
    assert capsys.readouterr().err == f"faltapp: Mappen {folder} finns inte.\n"
    assert not folder.exists()


def test_no_passphrase_without_a_terminal(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db.close()
    monkeypatch.delenv("FALTAPP_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["info", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("faltapp: Ingen lösenfras")
    assert "FALTAPP_PASSPHRASE" in err


@pytest.mark.parametrize(
    "argv", [["demo", "--workers", "0"], ["demo", "--years", "0"], ["demo", "--workers", "-3"]]
)
def test_demo_refuses_zero_workers_or_years(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--db", str(tmp_path / "x.db")]) == 2
    assert "minst 1" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_unknown_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["info", "--färg"])
    assert caught.value.code == 2


def test_python_dash_m_faltapp_works() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("FALTAPP_DB", "FALTAPP_PASSPHRASE")}
    result = subprocess.run(
        [sys.executable, "-m", "faltapp", "--version"],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"faltapp {__version__}"


def test_console_script_is_installed() -> None:
    scripts = Path(sys.executable).parent
    found = [p for p in (scripts / "faltapp", scripts / "faltapp.exe") if p.is_file()]
    assert found, f"no faltapp script in {scripts}"
    assert os.access(found[0], os.X_OK)


def test_demo_fills_a_new_database_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.db"
    argv = ["demo", "--db", str(path), "--workers", "1", "--years", "1", "--seed", "3"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert f"skrivna till {path}" in out

    counts = info_lines(capsys, path)
    assert int(counts["shift"]) > 0
    assert counts["staff"] == "1"
    assert counts["place"] == "26"
    assert counts["category"] == "8"

    before = snapshot(tmp_path)
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "innehåller redan pass" in err
    assert info_lines(capsys, path)["shift"] == counts["shift"]
    assert snapshot(tmp_path).keys() == before.keys()


@pytest.mark.parametrize(
    ("flags", "mode"), [([], None), (["--smoke"], "window"), (["--smoke-unlock"], "unlock")]
)
def test_smoke_flags_choose_the_start(
    flags: list[str], mode: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from faltapp.gui import app, smoke

    started: list[tuple[Path, str | None]] = []
    monkeypatch.setattr(app, "run", lambda path, *, smoke: started.append((path, smoke)) or 0)
    path = tmp_path / "faltapp.db"
    assert main(["--db", str(path), *flags]) == 0
    assert started == [(path, mode)]
    assert mode is None or mode in smoke.MODES


def test_smoke_and_smoke_unlock_together_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--smoke", "--smoke-unlock"])
    assert caught.value.code == 2
    assert "--smoke-unlock" in capsys.readouterr().err
