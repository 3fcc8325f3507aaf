"""The command line reaches the shared lists (places, staff) and the editor drafts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE

from faltapp.cli import main
from faltapp.core.entities import Place, Staff
from faltapp.store.database import Database


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FALTAPP_DB", raising=False)
    monkeypatch.setenv("FALTAPP_PASSPHRASE", PASSPHRASE)


@pytest.fixture()
def closed_db(db: Database) -> Path:
    path = db.path
    db.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_place_is_added_renamed_and_deactivated_never_deleted(
        capsys: pytest.CaptureFixture[str], closed_db: Path) -> None:
    db = str(closed_db)
    code, out, _ = run(capsys, "places", "add", "Lidans strandpromenad", "--area", "Centrum",
                       "--db", db)
    assert code == 0 and "Lidans strandpromenad  [Centrum]" in out
    short = out.split()[0]
    assert run(capsys, "places", "rename", short, "Strandpromenaden", "--db", db)[0] == 0
    code, out, _ = run(capsys, "places", "deactivate", short, "--db", db)
    assert code == 0 and "(inaktiv)" in out
    with Database.open(closed_db, PASSPHRASE) as opened:
        place = next(p for p in opened.all(Place) if p.id.startswith(short))
        assert (place.name, place.area, place.active) == ("Strandpromenaden", "Centrum", False)
        assert len(opened.history(Place, place.id)) == 3


def test_a_duplicate_or_unknown_name_gets_one_swedish_line(
        capsys: pytest.CaptureFixture[str], closed_db: Path) -> None:
    db = str(closed_db)
    assert run(capsys, "staff", "add", "Åsa Öberg", "--initials", "ÅÖ", "--db", db)[0] == 0
    code, _, err = run(capsys, "staff", "add", "åsa öberg", "--db", db)
    assert code == 1 and "finns redan" in err
    code, _, err = run(capsys, "staff", "rename", "zzzz", "X", "--db", db)
    assert code == 1 and "Hittar ingen person" in err
    code, out, _ = run(capsys, "staff", "list", "--db", db)
    assert "Åsa Öberg  [ÅÖ]" in out
    with Database.open(closed_db, PASSPHRASE) as opened:
        assert [s.name for s in opened.all(Staff)] == ["Åsa Öberg"]


def test_drafts_are_listed_and_discarded(capsys: pytest.CaptureFixture[str],
                                         closed_db: Path) -> None:
    db = str(closed_db)
    assert "Inga osparade utkast." in run(capsys, "drafts", "--db", db)[1]
    with Database.open(closed_db, PASSPHRASE) as opened:
        opened.drafts.put("abcdef12-0000", "{}")
    code, out, _ = run(capsys, "drafts", "--db", db)
    assert code == 0 and out.startswith("abcdef12  sparat ")
    assert run(capsys, "drafts", "--discard", "abcd", "--db", db)[0] == 0
    with Database.open(closed_db, PASSPHRASE) as opened:
        assert opened.drafts.waiting() == []
