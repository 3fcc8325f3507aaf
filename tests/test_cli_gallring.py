"""``faltapp gallring``: the rules with their legal basis, a preview with counts, a run that
culls and says how much, and a period of 0 or -1 days refused in one Swedish line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from conftest import run_cli as run

from faltapp.core.entities import Contact
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from tests.store.test_retention import shift_with_contact

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def old_contact(db: Database, db_path: Path) -> str:
    _, contact = shift_with_contact(db, date(2019, 6, 1), "Ur minnet")
    shift_with_contact(db, date.today(), "Ny")
    db.close()
    return contact


def test_the_rules_name_their_period_and_legal_basis(
        db_path: Path, old_contact: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "gallring", "--db", str(db_path))
    assert code == 0
    assert "Kontakter med namn: 1826 dagar" in out
    assert "socialtjänstlagen (2001:453) 12 kap. 1 §" in out
    assert "Pass, räkningar och iakttagelser: bevaras" in out


def test_preview_then_run_culls_only_what_the_preview_listed(
        db_path: Path, old_contact: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "gallring", "--preview", "--db", str(db_path))
    assert code == 0
    assert "Kontakter med namn: 1 poster, äldsta senaste anteckning 2019-06-01" in out
    assert "Uppföljningar: 1 poster" in out
    code, out, _ = run(capsys, "gallring", "--run", "--db", str(db_path))
    assert (code, out.strip()) == (0, "Gallrade 2 poster (4 versioner).")
    with Database.open(db_path, PASSPHRASE, kdf=KdfParams.for_tests()) as db:
        assert db.get(Contact, old_contact) is None
        assert [c.alias for c in db.all(Contact)] == ["Ny"]
    code, out, _ = run(capsys, "gallring", "--preview", "--db", str(db_path))
    assert out.strip() == "Inget att gallra."


@pytest.mark.parametrize("days", ["0", "-1"])
def test_a_period_of_zero_or_minus_one_days_is_refused(
        db_path: Path, old_contact: str, capsys: pytest.CaptureFixture[str], days: str) -> None:
    code, out, err = run(capsys, "gallring", "--set", "contact", days, "--run",
                         "--db", str(db_path))
    assert code != 0 and "minst 1 dag" in err and out == ""
    with Database.open(db_path, PASSPHRASE, kdf=KdfParams.for_tests()) as db:
        assert len(db.all(Contact)) == 2
