"""A person's rights: the registerutdrag holds everything stored about the person — the record,
its earlier versions, every linked contact with its note, the follow-ups, who opened it — in
every script, and is logged; erasure takes the person, their contacts and follow-ups in one
step (all or nothing: a cancel erases nothing), is logged, and no old export brings it back."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest
from conftest import PASSPHRASE

from faltapp.cli import main
from faltapp.core.entities import Contact, FollowUp, Person
from faltapp.core.jobs import run_to_end
from faltapp.reports.registerutdrag import registerutdrag_pdf
from faltapp.store import keys
from faltapp.store.database import Database
from faltapp.store.erasure import erase_person_job
from faltapp.store.keys import KdfParams
from tests.store.test_retention import shift_with_contact
from tests.sync.devices import Team, imported, team_in

ALIAS = "Ахмед ሰላም"  # Cyrillic and Ethiopic: the PDF must carry both as text


def linked(db: Database, alias: str = ALIAS) -> tuple[Person, list[str]]:
    person = Person(alias, 2009, school="Fredriksbergsskolan", risk_note="Oro för alkohol")
    db.save(person)
    contacts = []
    for day in (date(2026, 9, 5), date(2026, 10, 3)):
        _, contact_id = shift_with_contact(db, day, alias)
        loaded = db.load(Contact, contact_id)
        db.save(dataclasses.replace(loaded.entity, person_id=person.id,
                                    note=f"Samtal {day.isoformat()}"), loaded.version)
        contacts.append(contact_id)
    edited = dataclasses.replace(person, known_to="Barn och unga")
    db.save(edited, db.meta(Person, person.id).version)
    db.access.log("open_person", "person", person.id)
    return edited, contacts


def pdf_text(data: bytes) -> str:
    import io

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_the_registerutdrag_holds_everything_and_is_logged(db: Database) -> None:
    person, _ = linked(db)
    before = db.access.count()
    textual = pdf_text(run_to_end(registerutdrag_pdf(db, person.id)))
    for expected in ("Registerutdrag", "Fredriksbergsskolan", "Oro för alkohol", "Barn och unga",
                     "Samtal 2026-09-05", "Samtal 2026-10-03", "Ring skolan om",
                     "öppnade personen"):
        assert expected in textual, expected
    assert "Ахмед" in textual
    assert textual.count("Personuppgiftens versioner") == 1
    assert db.access.count() == before + 1
    assert db.access.entries()[-1].action == "registerutdrag"


def test_erasure_is_all_or_nothing_and_logged(db: Database) -> None:
    person, contacts = linked(db)
    other, _ = linked(db, "Annan")
    job = erase_person_job(db, person.id)
    next(job)
    next(job)
    job.close()  # cancelled half-way: nothing erased
    assert db.get(Person, person.id) is not None
    assert all(db.get(Contact, c) is not None for c in contacts)
    erased = run_to_end(erase_person_job(db, person.id))
    assert (erased.contacts, erased.follow_ups) == (2, 2)
    assert db.get(Person, person.id) is None
    assert all(db.get(Contact, c) is None for c in contacts)
    assert not [f for f in db.all(FollowUp) if f.contact_id in contacts]
    assert db.get(Person, other.id) is not None  # only that person
    history = db.query("SELECT payload FROM history WHERE id = ?", [person.id])
    assert all(p is None for (p,) in history)
    assert db.access.entries()[-1].action == "erase"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def test_an_old_export_does_not_bring_an_erased_person_back(team: Team) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    person, _ = linked(asa)
    old = team.export(asa, full=True)
    assert imported(leader, old).outcome == "imported"
    run_to_end(erase_person_job(leader, person.id))
    imported(leader, team.export(asa, full=True))
    assert leader.get(Person, person.id) is None


def test_the_cli_exports_and_erases(db: Database, db_path: Path, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FALTAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(keys, "calibrate", KdfParams.for_tests)
    person, _ = linked(db)
    db.close()
    out = tmp_path / "utdrag.pdf"
    assert main(["person", "export", person.id, "-o", str(out), "--db", str(db_path)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["person", "erase", person.id, "--db", str(db_path)]) != 0  # no --yes, no tty
    assert main(["person", "erase", person.id, "--yes", "--db", str(db_path)]) == 0
    assert "är raderad: 2 kontakter och 2 uppföljningar" in capsys.readouterr().out
    with Database.open(db_path, PASSPHRASE, kdf=KdfParams.for_tests()) as again:
        assert again.get(Person, person.id) is None
