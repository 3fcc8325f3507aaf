"""Where a report's PDF goes: an A4 document in memory, then an atomic save (no Qt).

Reports are built into a ``BytesIO`` with :func:`pdf_document` and written with
:func:`save_pdf`, so a failure (read-only folder, full disk) leaves no half-written file.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from faltapp.store.atomic_file import write_atomically

MARGIN = 18 * mm


def pdf_document(buffer: BinaryIO, title: str) -> SimpleDocTemplate:
    """An A4 document writing to ``buffer``: fixed margins, reproducible bytes, only a title."""
    return SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=title, author="", subject="", creator="", producer="",
        keywords="", invariant=1,
    )


def save_pdf(data: bytes, path: Path) -> None:
    """Write ``data`` to ``path`` atomically (replacing an older file of that name)."""
    write_atomically(Path(path), data, replace=True)
