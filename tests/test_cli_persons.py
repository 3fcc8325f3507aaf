"""``faltapp person list|show`` and ``faltapp log``: the register, one person with every linked
contact (and one access-log row for it), the log filtered by day and action."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from conftest import run_cli as run

from faltapp.core.entities import Contact, Person, Place, Shift
from faltapp.store.database import Database

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def person(db: Database) -> Person:
    place = Place(name="Stortorget")
    noor = Person(alias="نور <b>", birth_year=2011, gender="flicka", known_to="Socialtjänsten")
    shifts = [Shift(date(2026, 2, d), time(19), time(23), "kvallspass") for d in (3, 17)]
    contacts = [Contact(s.id, "Noor", place_id=place.id, person_id=noor.id,
                        conversation="orossamtal", note=f"Samtal {i}")
                for i, s in enumerate(shifts, 1)]
    db.save_many([place, noor, Person(alias="Alva"), *shifts, *contacts])
    db.close()
    return noor


def test_list_shows_every_person_with_contacts_and_the_last_one(
        db_path: Path, person: Person, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "person", "list", "--db", str(db_path))
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert [line[1] for line in lines] == ["Alva", "نور <b>"]
    assert lines[1] == [person.id, "نور <b>", "2011", "flicka", "2 kontakter", "2026-02-17"]
    _, filtered, _ = run(capsys, "person", "list", "--filter", "نو", "--db", str(db_path))
    assert [line.split("\t")[0] for line in filtered.splitlines()] == [person.id]


def test_show_prints_each_contact_and_writes_one_access_log_row(
        db_path: Path, person: Person, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "person", "show", person.id[:8], "--db", str(db_path))
    assert code == 0
    assert "Alias: نور <b>" in out and "Känd hos: Socialtjänsten" in out
    assert "Kontakter: 2" in out
    contact_lines = [line.strip().split("\t") for line in out.splitlines() if
                     line.startswith("  ")]
    assert [(c[0], c[1], c[2], c[4]) for c in contact_lines] == [
        ("2026-02-17", "Stortorget", "Orossamtal", "Samtal 2"),
        ("2026-02-03", "Stortorget", "Orossamtal", "Samtal 1")]
    _, log, _ = run(capsys, "log", "--action", "open_person", "--db", str(db_path))
    [row] = [line.split("\t") for line in log.splitlines()]
    assert row[3:] == ["open_person", "person", person.id]


def test_an_unknown_id_is_one_line_and_logs_nothing(
        db_path: Path, person: Person, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "person", "show", "zzzz", "--db", str(db_path))
    assert (code, out) == (1, "")
    assert err == "faltapp: Ingen person har id 'zzzz'.\n"
    _, log, _ = run(capsys, "log", "--db", str(db_path))
    assert log == "Inga rader i åtkomstloggen.\n"


def test_log_since_a_day_and_a_bad_date(
        db_path: Path, person: Person, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "person", "show", person.id, "--db", str(db_path))
    _, today, _ = run(capsys, "log", "--since", "2020-01-01", "--db", str(db_path))
    _, future, _ = run(capsys, "log", "--since", "2999-01-01", "--db", str(db_path))
    assert len(today.splitlines()) == 1
    assert future == "Inga rader i åtkomstloggen.\n"
    code, _, err = run(capsys, "log", "--since", "igår", "--db", str(db_path))
    assert code == 1 and "'igår' är inget datum" in err
