"""`faltapp report shift|walk ID [-o FILE]` writes the PDF, and refuses an unknown
id with one Swedish line and exit code 1; a folder it cannot write in likewise."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pypdf
import pytest
from conftest import PASSPHRASE

from faltapp.cli import main
from faltapp.cli_reports import parse_period
from faltapp.store.database import Database
from tests.reports.scenario import night_shift, standard_scenario, walk_shift


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FALTAPP_DB", raising=False)
    monkeypatch.setenv("FALTAPP_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def test_shift_report_by_id_prefix_to_a_named_file(
        capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path) -> None:
    shift_id = standard_scenario(db).shift.id
    db.close()
    target = tmp_path / "ut" / "pass.pdf"
    target.parent.mkdir()
    code, out, err = run(capsys, "report", "shift", shift_id[:6], "-o", str(target),
                         "--db", str(db.path))
    assert (code, err) == (0, "")
    assert out == f"Sparade {target}.\n"
    assert "fredag 2026-03-13" in pdf_text(target) and "Följ upp samtalet med Sam" in \
        pdf_text(target)
    assert [p.name for p in target.parent.iterdir()] == ["pass.pdf"]


def test_without_o_the_file_is_named_after_the_report_date_and_id(
        capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    walk_id = walk_shift(db).shift.id
    db.close()
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "--db", str(db.path), "report", "walk", walk_id)
    name = f"tatortsvandring-2026-03-13-{walk_id[:8]}.pdf"
    assert (code, out) == (0, f"Sparade {name}.\n")
    assert "Protokoll från tätortsvandring" in pdf_text(tmp_path / name)


def test_dash_writes_the_pdf_to_standard_output(
        capfdbinary: pytest.CaptureFixture[bytes], db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shift_id = night_shift(db).shift.id
    db.close()
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(["report", "shift", shift_id, "-o", "-", "--db", str(db.path)]) == 0
    data = capfdbinary.readouterr().out
    assert data.startswith(b"%PDF")
    assert "22:00–02:00 (+1)" in pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert os.listdir(work) == []


def test_an_unknown_or_empty_id_is_one_swedish_line_and_exit_1(
        capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    standard_scenario(db)
    night_shift(db)
    db.close()
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    code, out, err = run(capsys, "report", "shift", "zzzz", "--db", str(db.path))
    assert (code, out, err) == (1, "", "faltapp: Det finns inget pass med id 'zzzz'.\n")
    code, out, err = run(capsys, "report", "walk", "", "--db", str(db.path))
    assert (code, err) == (1, "faltapp: Det finns inget pass med id ''.\n")
    assert os.listdir(work) == []


def test_a_missing_target_folder_is_one_line_and_exit_1(
        capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path) -> None:
    shift_id = night_shift(db).shift.id
    db.close()
    missing = tmp_path / "saknas" / "pass.pdf"
    code, _, err = run(capsys, "report", "shift", shift_id, "-o", str(missing),
                       "--db", str(db.path))
    assert (code, err) == (1, f"faltapp: Mappen {missing.parent} finns inte: pass.pdf sparades "
                              "inte.\n")


@pytest.mark.parametrize(("argv", "message"), [
    (("report", "week", "2026-47"), "'2026-47' är ingen vecka; skriv den som 2026-W47."),
    (("report", "lagesbild", "2026-W54"), "År 2026 har ingen vecka 54."),
    (("lagesbild", "vecka 47", "--csv"), "'vecka 47' är ingen vecka; skriv den som 2026-W47."),
    (("report", "promises", "2026-13"), "'2026-13' är ingen period; skriv den som "
                                        "2026-01-01..2026-12-31, 2026 eller 2026-03."),
    (("report", "promises", "2026-12-31..2026-01-01"),
     "Perioden '2026-12-31..2026-01-01' slutar före den börjar."),
])
def test_a_bad_week_or_period_is_one_swedish_line_and_no_file(
        capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...], message: str) -> None:
    db.close()
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *argv, "--db", str(db.path))
    assert (code, out, err) == (1, "", f"faltapp: {message}\n")
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".csv")] == []


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2026", date(2026, 1, 1), date(2026, 12, 31)),
    ("2028-02", date(2028, 2, 1), date(2028, 2, 29)),
    ("2025-11-15..2026-02-14", date(2025, 11, 15), date(2026, 2, 14)),
    (" 2026-03-01..2026-03-01 ", date(2026, 3, 1), date(2026, 3, 1)),
])
def test_a_period_is_a_range_a_year_or_a_month(text: str, start: date, end: date) -> None:
    assert parse_period(text) == (start, end)


def test_week_lagesbild_and_promises_reports_go_to_files_named_after_their_period(
        capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    standard_scenario(db)
    db.close()
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    for argv, name, heading in [
        (("report", "week", "2026-W11"), "vecka-2026-W11.pdf", "Veckosammanställning v. 11"),
        (("report", "lagesbild", "2026-W11"), "lagesbild-2026-W11.pdf",
         "Lägesbild v. 11 — underlag för EST"),
        (("lagesbild", "2026-W11"), "lagesbild-2026-W11.pdf", "Lägesbild v. 11"),
        (("report", "promises", "2026-03"), "medborgarloften-2026-03-01-2026-03-31.pdf",
         "Medborgarlöften – uppföljning 2026-03-01 – 2026-03-31"),
    ]:
        code, out, err = run(capsys, *argv, "--db", str(db.path))
        assert (code, out, err) == (0, f"Sparade {name}.\n", "")
        assert heading in pdf_text(work / name)
    assert sorted(p.name for p in work.iterdir()) == [
        "lagesbild-2026-W11.pdf", "medborgarloften-2026-03-01-2026-03-31.pdf",
        "vecka-2026-W11.pdf"]


def test_lagesbild_csv_goes_to_standard_output_without_o_and_to_a_file_with_it(
        capfdbinary: pytest.CaptureFixture[bytes], db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = standard_scenario(db)
    db.close()
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(["lagesbild", "2026-W11", "--csv", "--db", str(db.path)]) == 0
    data = capfdbinary.readouterr().out
    assert os.listdir(work) == []
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("vecka;avsnitt;")
    assert all(line.startswith("2026-W11;") for line in lines[1:]) and len(lines) > 5
    cells = {cell for line in lines for cell in line.split(";")}
    assert not any({c.alias, str(c.birth_year)} & cells for c in bundle.contacts)
    assert main(["lagesbild", "2026-W11", "--csv", "-o", "lb.csv", "--db", str(db.path)]) == 0
    assert (work / "lb.csv").read_bytes() == data
