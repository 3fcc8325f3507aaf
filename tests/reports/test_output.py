"""Saving a report: A4 with neutral metadata, the same bytes each time, and a clear message with
no file left behind when the folder is read-only, missing or the disk is full."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph

from faltapp.core import messages
from faltapp.reports.output import ReportError, pdf_document, save_pdf
from faltapp.store import atomic_file
from tests.store.unprivileged import run_without_privileges


def build(title: str = "Passrapport 2026-03-13") -> bytes:
    buffer = io.BytesIO()
    pdf_document(buffer, title).build([Paragraph("Hej", getSampleStyleSheet()["Normal"])])
    return buffer.getvalue()


def test_document_is_a4_with_only_a_title_and_the_same_bytes_every_time() -> None:
    data = build()
    assert data == build()
    reader = pypdf.PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A4[0]), round(A4[1]))
    meta = {k: v for k, v in reader.metadata.items() if v not in ("", None)}
    assert meta.pop("/Title") == "Passrapport 2026-03-13"
    assert set(meta) <= {"/CreationDate", "/ModDate", "/Trapped"}
    assert b"/Author ()" in data and os.getcwd().encode() not in data


def test_save_writes_the_file_and_replaces_an_older_one(tmp_path: Path) -> None:
    target = tmp_path / "pass.pdf"
    target.write_bytes(b"old")
    save_pdf(build(), target)
    assert target.read_bytes() == build()
    assert [p.name for p in tmp_path.iterdir()] == ["pass.pdf"]


def test_read_only_folder_gives_a_clear_message_and_leaves_nothing(tmp_path: Path) -> None:
    def attempt() -> str:
        try:
            save_pdf(b"%PDF-1.4 test", Path("pass.pdf"))
        except ReportError as error:
            return str(error)
        return "saved"

    message = run_without_privileges(tmp_path, attempt, 0o555)
    assert message == (f"Mappen {tmp_path} är skrivskyddad: pass.pdf sparades inte. "
                       "Välj en annan mapp.")
    assert list(tmp_path.iterdir()) == []


def full_disk(*_args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_full_disk_keeps_the_old_file_and_leaves_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "pass.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(atomic_file.os, "fsync", full_disk)
    with pytest.raises(ReportError) as caught:
        save_pdf(build(), target)
    assert str(caught.value) == ("Disken är full: pass.pdf sparades inte. Frigör utrymme eller "
                                 "välj en annan plats.")
    assert [p.name for p in tmp_path.iterdir()] == ["pass.pdf"]
    assert target.read_bytes() == b"old"


def test_full_disk_in_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic_file.os, "fsync", full_disk)
    messages.set_language("en")
    try:
        with pytest.raises(ReportError, match=r"^The disk is full: pass\.pdf was not saved"):
            save_pdf(b"x", tmp_path / "pass.pdf")
    finally:
        messages.set_language("sv")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_and_a_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match=r"finns inte: pass\.pdf sparades inte"):
        save_pdf(b"x", tmp_path / "saknas" / "pass.pdf")
    with pytest.raises(ReportError, match="är en mapp: välj ett filnamn"):
        save_pdf(b"x", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_no_report_names_the_program_that_made_it(db: object) -> None:
    from datetime import date

    from faltapp.core.jobs import run_to_end
    from faltapp.reports.promise_report import promises_pdf
    from faltapp.reports.shift_report import shift_pdf
    from tests.reports.scenario import standard_scenario

    shift_id = standard_scenario(db).shift.id  # type: ignore[arg-type]
    for data in (run_to_end(shift_pdf(db, shift_id)),
                 run_to_end(promises_pdf(db, date(2026, 1, 1), date(2026, 12, 31)))):
        assert b"ReportLab" not in data and b"reportlab" not in data
        reader = pypdf.PdfReader(io.BytesIO(data))  # the cross-reference table still holds
        assert len(reader.pages) >= 1 and reader.pages[0].extract_text()
