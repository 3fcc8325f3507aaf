"""Where a report's PDF goes: an A4 document in memory, then an atomic save (no Qt).

Reports are built into a ``BytesIO`` with :func:`pdf_document` and written with
:func:`save_pdf`: the bytes go to a temporary file beside the target that is renamed over it,
so a read-only folder or a full disk gives one clear message and leaves no half-written file.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from faltapp.core.messages import text
from faltapp.store.atomic_file import write_atomically

MARGIN = 16 * mm
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}


class ReportError(Exception):
    """A report could not be made or saved; ``str(error)`` is one line for the user."""


def pdf_document(buffer: BinaryIO, title: str) -> SimpleDocTemplate:
    """An A4 document writing to ``buffer``: fixed margins, reproducible bytes, only a title.

    The metadata names no author, user, program or path (``invariant=1`` also fixes the dates
    and the document id, so the same data gives the same bytes).
    """
    return SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=title, author="", subject="", creator="", producer="",
        keywords="", invariant=1,
    )


_PRODUCER_COMMENTS = (b" ReportLab Generated PDF document (opensource)",
                      b" ReportLab generated PDF document -- digest (opensource)")


def pdf_bytes(buffer: BinaryIO) -> bytes:
    """The finished PDF in ``buffer`` with reportlab's two fixed comment lines blanked (same
    length, so every offset of the cross-reference table stays right): no report names the
    program that made it, just as its metadata names no author, user or path."""
    data = buffer.getvalue()  # type: ignore[attr-defined]
    for comment in _PRODUCER_COMMENTS:
        data = data.replace(comment, b" " * len(comment))
    return data


def save_pdf(data: bytes, path: Path) -> None:
    """Write ``data`` to ``path`` atomically, replacing an older file of that name.

    Raises :class:`ReportError` with a message in the UI's language when the folder is missing
    or read-only, the disk is full, or the path is a folder; the old file (if any) stays as it
    was and no temporary file is left.
    """
    path = Path(path)
    folder = path.parent.absolute()
    if path.is_dir():
        raise ReportError(text("{path} är en mapp: välj ett filnamn.", path=path))
    try:
        write_atomically(path, data, replace=True)
    except OSError as error:
        if error.errno in _FULL:
            message = text("Disken är full: {name} sparades inte. Frigör utrymme eller välj "
                           "en annan plats.", name=path.name)
        elif error.errno in _READ_ONLY:
            message = text("Mappen {folder} är skrivskyddad: {name} sparades inte. Välj en "
                           "annan mapp.", folder=folder, name=path.name)
        elif error.errno == errno.ENOENT:
            message = text("Mappen {folder} finns inte: {name} sparades inte.", folder=folder,
                           name=path.name)
        else:
            message = text("{name} kunde inte sparas i {folder}: {reason}", name=path.name,
                           folder=folder, reason=error.strerror or error)
        raise ReportError(message) from error
