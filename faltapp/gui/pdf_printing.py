"""Printing a PDF that exists only in memory: pages rendered by pdfium, painted onto a QPrinter.

``PySide6-Pdf`` (QPdfDocument) exists only for the Qt version we must not use (see
pyproject.toml), so ``pypdfium2`` renders the report's bytes page by page at the printer's
resolution (at most :data:`MAX_DPI`); each page is painted as an image and dropped before the
next, so a long report never holds more than one page in memory. Nothing is written to a file
by this module: a QPrinter set to a real printer hands the pages to the print system.

The printer is chosen by :func:`choose_printer` (Qt's print dialog); tests pass their own.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from faltapp.core.jobs import Job, Progress

MAX_DPI = 300
"""Rendering above this gains nothing on paper and costs memory (A4 at 300 dpi: 35 MB)."""

_PDFIUM = threading.Lock()
"""pdfium is not thread-safe: one document is opened, rendered or merged at a time."""


class PrintError(Exception):
    """The printer could not be started; ``str(error)`` is one line for the user."""


def page_count(documents: Sequence[bytes]) -> int:
    """How many pages the documents have together."""
    with _PDFIUM:
        total = 0
        for data in documents:
            pdf = pdfium.PdfDocument(data)
            total += len(pdf)
            pdf.close()
        return total


def merge(documents: Sequence[bytes]) -> bytes:
    """One PDF holding the pages of every document in order (one document: as it is)."""
    if len(documents) == 1:
        return documents[0]
    with _PDFIUM:
        merged = pdfium.PdfDocument.new()
        for data in documents:
            source = pdfium.PdfDocument(data)
            merged.import_pages(source)
            source.close()
        out = io.BytesIO()
        merged.save(out)
        merged.close()
        return out.getvalue()


def choose_printer(parent: QWidget, title: str, pages: int) -> QPrinter | None:
    """Qt's print dialog (printer, copies, page range 1..``pages``); None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setMinMax(1, max(pages, 1))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return printer if accepted else None


def _wanted_pages(printer: QPrinter, total: int) -> range:
    """The 0-based pages the user asked for in the dialog (all when no range was given)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        return range(total)
    return range(first - 1, min(last or total, total))


def _render(page: pdfium.PdfPage, dpi: int) -> QImage:
    """One page as an opaque RGB image at ``dpi`` (a copy that outlives pdfium's bitmap)."""
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                   QImage.Format.Format_RGBX8888).copy()
    bitmap.close()
    return image


def _paint(painter: QPainter, image: QImage) -> None:
    """``image`` as large as the printable area allows, keeping its proportions, centred."""
    area = QRectF(painter.viewport())
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    target = QRectF(area.x() + (area.width() - width) / 2, area.y(), width, height)
    painter.drawImage(target, image)


def print_job(printer: QPrinter, documents: Sequence[bytes]) -> Job[int]:
    """Paint the documents' pages (those in the printer's page range) onto ``printer``, one
    page at a time; returns the number of pages printed.

    A job for the task runner (QPainter may paint onto a QPrinter off the GUI thread).
    Cancelling at a ``yield`` paints no further page and asks the printer to abort; where
    the print system cannot abort (Qt's PDF and CUPS engines) the pages already painted
    are still handed over, as with any printer's cancel.
    """
    with _PDFIUM:
        pdfs = [pdfium.PdfDocument(data) for data in documents]
        try:
            pages = [(pdf, i) for pdf in pdfs for i in range(len(pdf))]
            wanted = _wanted_pages(printer, len(pages))
            yield Progress(0, len(wanted))
            dpi = min(printer.resolution(), MAX_DPI)
            painter = QPainter()
            if not painter.begin(printer):
                raise PrintError(QCoreApplication.translate(
                    "pdf_printing", "Skrivaren kunde inte startas. Kontrollera att den är "
                    "ansluten och försök igen."))
            finished = False
            try:
                for done, number in enumerate(wanted, start=1):
                    if done > 1:
                        printer.newPage()
                    pdf, index = pages[number]
                    page = pdf[index]
                    _paint(painter, _render(page, dpi))
                    page.close()
                    yield Progress(done, len(wanted))
                finished = True
            finally:
                if not finished:
                    printer.abort()
                painter.end()
            return len(wanted)
        finally:
            for pdf in pdfs:
                pdf.close()
