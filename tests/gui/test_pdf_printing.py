"""Printing from memory: every page (or the range asked for) reaches the printer looking like
the report, cancelling stops the print run, and no file is written anywhere but the printer's."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from faltapp.core.jobs import Progress, run_to_end
from faltapp.gui.pdf_printing import MAX_DPI, merge, page_count, print_job
from faltapp.reports.output import pdf_document
from faltapp.reports.text import paragraph, styles


def document(*pages: str) -> bytes:
    """An A4 report with one heading per page."""
    from reportlab.platypus import PageBreak

    out = io.BytesIO()
    story: list = []
    for number, text in enumerate(pages):
        if number:
            story.append(PageBreak())
        story.append(paragraph(text, styles()["title"]))
    pdf_document(out, "prov").build(story)
    return out.getvalue()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def ink(data: bytes, page: int) -> tuple[float, float]:
    """Where the dark pixels of a page are, as the page's fractions (x, y of their centre)."""
    pdf = pdfium.PdfDocument(data)
    bitmap = pdf[page].render(scale=30 / 72, rev_byteorder=True, prefer_bgrx=True)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    raw = bytes(bitmap.buffer)
    xs, ys = [], []
    for y in range(height):
        for x in range(width):
            if raw[y * stride + x * 4] < 128:
                xs.append(x / width)
                ys.append(y / height)
    pdf.close()
    assert xs, "a blank page"
    return sum(xs) / len(xs), sum(ys) / len(ys)


@pytest.fixture
def empty_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder Python and Qt use, empty, so a file written there is seen."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert tempfile.gettempdir() == str(folder)
    return folder


def test_every_page_of_every_document_is_printed_where_the_report_has_it(
        qapp: QApplication, tmp_path: Path, empty_temp: Path) -> None:
    shift, walk = document("Passrapport", "Fortsättning"), document("Protokoll")
    out = tmp_path / "skrivare.pdf"
    steps = []
    job = print_job(pdf_printer(out), [shift, walk])
    printed = run_to_end(job, steps.append)
    assert printed == 3 and steps == [Progress(0, 3), Progress(1, 3), Progress(2, 3),
                                      Progress(3, 3)]
    assert len(pypdf.PdfReader(out).pages) == 3
    result = out.read_bytes()
    for page, (source, number) in enumerate([(shift, 0), (shift, 1), (walk, 0)]):
        x, y = ink(result, page)
        want_x, want_y = ink(source, number)
        assert abs(x - want_x) < 0.03 and abs(y - want_y) < 0.03, page
    assert list(empty_temp.iterdir()) == []


def test_only_the_range_chosen_in_the_dialog_is_printed(qapp: QApplication,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "skrivare.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert run_to_end(print_job(printer, [document("ett", "två", "tre", "fyra")])) == 2
    assert len(pypdf.PdfReader(out).pages) == 2


def test_pages_are_rendered_at_most_at_300_dpi(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "skrivare.pdf"
    printer = pdf_printer(out)
    assert printer.resolution() > MAX_DPI  # HighResolution PDF: 1200 dpi
    run_to_end(print_job(printer, [document("A4")]))
    image = next(iter(pypdf.PdfReader(out).pages[0].images))
    width = image.image.width
    assert abs(width - 210 / 25.4 * MAX_DPI) < 0.02 * width


def test_cancelling_stops_the_print_run_at_the_next_page(qapp: QApplication,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "skrivare.pdf"
    printer = pdf_printer(out)
    job = print_job(printer, [document("ett", "två", "tre")])
    assert next(job) == Progress(0, 3)
    assert next(job) == Progress(1, 3)
    job.close()  # what the task runner does on Avbryt
    assert printer.printerState() != QPrinter.PrinterState.Active  # the run is over
    assert len(pypdf.PdfReader(out).pages) == 1  # no page after the one being painted


def test_merge_keeps_every_page_in_order_and_counts_them() -> None:
    first, second = document("ett", "två"), document("tre")
    assert page_count([first, second]) == 3
    merged = merge([first, second])
    texts = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(merged)).pages]
    assert [t.strip() for t in texts] == ["ett", "två", "tre"]
    assert merge([first]) is first
