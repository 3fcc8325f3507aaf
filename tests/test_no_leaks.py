"""No leaks (issue 9, item 6): a whole day of use, then every file faltapp wrote is scanned.

Notes, aliases and names are unique marker strings; none may be readable (UTF-8, UTF-16-LE/BE)
in the data folder, the settings folder or the temp folder — only in a PDF the user saved
(outside them). Everything faltapp wrote in its data folder is 600/700. Another part adding
fields (persons, say) adds its marker to ``MARKERS`` and saves it in :func:`a_day_of_use`.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from datetime import date, datetime, time
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from faltapp.core.entities import (
    Contact,
    FollowUp,
    Observation,
    Person,
    Place,
    Shift,
    Staff,
    WalkItem,
)
from faltapp.core.jobs import run_to_end
from faltapp.store import file_modes
from faltapp.store.backups import backup_job
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams

MARKERS = {
    "alias": "Aliasmarkör-Qx7",
    "contact note": "Samtalsmarkör-Zk4 om hemmet",
    "observation": "Observationsmarkör-Vb2",
    "summary": "Summeringsmarkör-Jp9",
    "follow-up": "Uppföljningsmarkör-Hd3",
    "walk problem": "Vandringsmarkör-Lr8",
    "place": "Platsmarkör-Ws5",
    "staff": "Personalmarkör-Ty1",
    "draft": "Utkastmarkör-Nm6 skrivet nyss",
    "person alias": "Personaliasmarkör-Gc4",
    "person school": "Skolmarkör-Fe2",
    "person risk note": "Riskmarkör-Up7",
}
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def a_day_of_use(db: Database, exports: Path, saved: Path) -> None:
    """Shifts with every kind of record, a draft, a backup, an export, a PDF for printing (in
    memory) and one the user saves in a folder of their choice."""
    place = Place(name=MARKERS["place"], area="Centrum")
    staff = Staff(name=MARKERS["staff"], initials="PM")
    shift = Shift(date=date(2025, 3, 14), start=time(18), end=time(23), kind="tatortsvandring",
                  area_ids=(place.id,), staff_ids=(staff.id,), summary=MARKERS["summary"])
    person = Person(alias=MARKERS["person alias"], birth_year=2010, school=MARKERS["person school"],
                    risk_note=MARKERS["person risk note"])
    contact = Contact(shift_id=shift.id, alias=MARKERS["alias"], birth_year=2010,
                      gender="flicka", place_id=place.id, note=MARKERS["contact note"],
                      person_id=person.id)
    db.save_many([
        place, staff, person, shift, contact,
        Observation(shift_id=shift.id, observed_at=datetime(2025, 3, 14, 22, 10),
                    place_id=place.id, category="otrygg_samling", people_count=3,
                    description=MARKERS["observation"]),
        FollowUp(text=MARKERS["follow-up"], due=date(2025, 3, 20), owner_id=staff.id,
                 shift_id=shift.id, contact_id=contact.id),
        WalkItem(shift_id=shift.id, problem=MARKERS["walk problem"], place_id=place.id,
                 deadline=date(2025, 4, 1)),
    ])
    db.drafts.put(shift.id, json.dumps({"summary": MARKERS["draft"]}, ensure_ascii=False))
    run_to_end(backup_job(db, "manual"))

    from faltapp.sync.exporter import export_job

    db.team.create_team("Fältgruppen Lidköping", MARKERS["staff"])
    run_to_end(export_job(db, exports / "dag.faltapp", full=True))

    from faltapp.reports.output import save_pdf
    from faltapp.reports.shift_report import shift_pdf

    printed = run_to_end(shift_pdf(db, shift.id))  # Skriv ut: bytes straight to the printer
    save_pdf(printed, saved / "pass.pdf")  # Spara som PDF: the user's own copy


def hits(roots: list[Path]) -> list[tuple[str, str, str]]:
    """(file, marker name, encoding) for every marker readable in a file under ``roots``."""
    found = []
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            data = path.read_bytes()
            for name, marker in MARKERS.items():
                found += [(str(path), name, enc) for enc in ENCODINGS
                          if marker.encode(enc) in data]
    return found


@pytest.fixture
def private_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Path]:
    """XDG folders and TMPDIR in ``tmp_path``, the umask faltapp sets when it starts."""
    folders = {name: tmp_path / name for name in ("data", "config", "cache", "runtime", "tmp",
                                                  "exports", "saved")}
    for folder in folders.values():
        folder.mkdir()
    for name, var in (("data", "XDG_DATA_HOME"), ("config", "XDG_CONFIG_HOME"),
                      ("cache", "XDG_CACHE_HOME"), ("runtime", "XDG_RUNTIME_DIR"),
                      ("tmp", "TMPDIR")):
        monkeypatch.setenv(var, str(folders[name]))
    monkeypatch.setattr(tempfile, "tempdir", str(folders["tmp"]))
    before = os.umask(0o022)  # a usual desktop umask; faltapp's start makes it private
    file_modes.private_umask()
    yield folders
    os.umask(before)


@pytest.mark.skipif(os.name != "posix", reason="file modes and XDG folders are POSIX")
def test_a_day_of_use_leaves_no_readable_note_name_or_alias(
        qapp: object, private_process: dict[str, Path]) -> None:
    from PySide6.QtCore import QSettings  # noqa: TID251 (where the settings file is)

    from faltapp.gui import auto_lock, i18n
    from faltapp.store.location import default_database_path

    db_path = default_database_path()
    assert db_path.is_relative_to(private_process["data"])
    db_path.parent.mkdir(parents=True)
    db = Database.create(db_path, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        a_day_of_use(db, private_process["exports"], private_process["saved"])
        auto_lock.save_lock_minutes(7)
        i18n.save_language("sv")
    finally:
        db.close()
    Database.open(db_path, PASSPHRASE, kdf=KdfParams.for_tests()).close()
    settings = Path(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                              "faltapp", "faltapp").fileName()).parent
    scanned = [private_process[n] for n in ("data", "config", "cache", "runtime", "tmp",
                                            "exports")] + [settings]
    written = [p for root in scanned for p in root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".faltapp" for p in written)
    assert any(".backups" in p.parts[-2] for p in written)

    assert hits(scanned) == []
    # the markers were really written: the PDF the user saved prints them (compressed), and
    # the scan sees any of them in plain text in each encoding
    from pypdf import PdfReader

    printed = "".join(page.extract_text() for page in
                      PdfReader(private_process["saved"] / "pass.pdf").pages)
    assert MARKERS["alias"] in printed and MARKERS["summary"] in printed
    for enc in ENCODINGS:
        (private_process["saved"] / f"control-{enc}.txt").write_bytes(
            f"x {MARKERS['draft']} y".encode(enc))
    assert {enc for _, _, enc in hits([private_process["saved"]])} == set(ENCODINGS)

    loose = [f"{p} {stat.S_IMODE(p.stat().st_mode):o}"
             for root in (private_process["data"], private_process["exports"])
             for p in root.rglob("*")
             if stat.S_IMODE(p.stat().st_mode) & 0o077]
    assert loose == []
