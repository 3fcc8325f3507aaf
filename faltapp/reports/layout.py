"""The building blocks every report shares: names for ids, tables, sections, footer, build (no Qt).

Every text goes through :func:`faltapp.reports.text.paragraph`, so markup prints as typed and
every script prints; tables repeat their header row on a new page.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from faltapp.core.entities import Category, Place, Staff
from faltapp.core.vocabulary import Term, Vocabulary, vocabulary
from faltapp.reports.fonts import FONT, FONT_BOLD
from faltapp.reports.output import MARGIN, pdf_bytes, pdf_document
from faltapp.reports.text import paragraph, styles

MINUS = "\u2013"
"""The minus of a change: an en dash, as Swedish print uses it (every report alike)."""
WIDTH = A4[0] - 2 * MARGIN
"""The text width of a portrait A4 page."""
CELL_SIZE = 9
"""The font size of table cells (``styles()["cell"]``)."""
_SIDE = 4
"""A cell's left and right padding in points (reportlab's default of 6 wastes a column)."""
_PAD = 2 * _SIDE + 1
"""A cell's padding on both sides and the grid line."""
_SHORT = 22 * mm
"""A column whose longest line is this narrow keeps it on one line when there is room."""
GRID = colors.HexColor("#9a9a9a")
HEAD = colors.HexColor("#e4e4e4")


@dataclass(frozen=True, slots=True)
class Names:
    """Display names for the ids and codes a shift refers to."""

    places: dict[str, str]
    staff: dict[str, str]
    categories: dict[str, str]
    vocab: Vocabulary

    @classmethod
    def of(cls, db: Any) -> Names:
        """The current names in ``db`` (deactivated ones too: old shifts stay readable)."""
        return cls({p.id: p.name for p in db.all(Place)}, {s.id: s.name for s in db.all(Staff)},
                   {c.code: c.name for c in db.all(Category)}, vocabulary())

    def place(self, place_id: str | None) -> str:
        """A place's name; "–" for none, "okänd plats" for an id not (yet) on this laptop."""
        if not place_id:
            return "–"
        return self.places.get(place_id, "okänd plats")

    def term(self, terms: tuple[Term, ...], code: str) -> str:
        """The Swedish name of a vocabulary code (the code itself when unknown)."""
        return Vocabulary.name_of(terms, code) if code else "–"

    def terms(self, terms: tuple[Term, ...], codes: Iterable[str]) -> str:
        """Several codes' names, comma-separated ("–" for none)."""
        return ", ".join(self.term(terms, c) for c in codes) or "–"


def fit_widths(rows: Sequence[Sequence[str]], total: float = WIDTH) -> list[float]:
    """Column widths for ``rows`` (header first) that fill ``total`` and break no word.

    Like a browser's automatic table layout: every column gets at least its longest word
    (a short column, such as a name or a time, its whole line when there is room), the space
    left goes to the columns in proportion to how much more their longest line
    needs, and when everything fits on one line the rest is spread by that line's width.
    Only when even the longest words do not fit are they broken (columns scaled down).
    """
    columns = len(rows[0])
    least, natural = [_PAD] * columns, [_PAD] * columns
    for number, row in enumerate(rows):
        font = FONT_BOLD if number == 0 else FONT
        for col, value in enumerate(row):
            for line in value.splitlines() or [""]:
                if number:  # a header may wrap between its words
                    natural[col] = max(natural[col], _width(line, font) + _PAD)
                for word in line.split():
                    least[col] = max(least[col], _width(word, font) + _PAD)
    natural = [max(n, m) for n, m in zip(natural, least, strict=True)]
    if sum(natural) <= total:
        return [w * total / sum(natural) for w in natural]
    short = [n if n <= _SHORT else m for n, m in zip(natural, least, strict=True)]
    if sum(short) < total:  # names, times and codes on one line; long text wraps
        least = short
    elif sum(least) >= total:
        return [w * total / sum(least) for w in least]
    wanted = [n - m for n, m in zip(natural, least, strict=True)]
    share = (total - sum(least)) / sum(wanted)
    return [m + w * share for m, w in zip(least, wanted, strict=True)]


def _width(text: str, font: str) -> float:
    return stringWidth(text, font, CELL_SIZE)


def table(rows: Sequence[Sequence[str]], widths: Sequence[float] | None = None, *,
          numeric: Iterable[int] = (), total_row: bool = False) -> Table:
    """A grid with a bold header row that repeats on every page; cells wrap their text.

    ``widths`` default to :func:`fit_widths` over the page; ``numeric`` columns are
    right-aligned; ``total_row`` prints the last row bold.
    """
    if widths is None:
        widths = fit_widths(rows)
    st = styles()
    right = st["cell"].clone("cell_right", alignment=2)
    right_bold = st["cell_bold"].clone("cell_bold_right", alignment=2)
    numeric = set(numeric)
    last = len(rows) - 1

    def cell(value: str, row: int, col: int) -> Flowable:
        bold = row == 0 or (total_row and row == last)
        if col in numeric:
            return paragraph(value, right_bold if bold else right)
        return paragraph(value, st["cell_bold"] if bold else st["cell"])

    data = [[cell(v, r, c) for c, v in enumerate(row)] for r, row in enumerate(rows)]
    grid = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), _SIDE), ("RIGHTPADDING", (0, 0), (-1, -1), _SIDE),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total_row:
        commands.append(("BACKGROUND", (0, last), (-1, last), HEAD))
    grid.setStyle(TableStyle(commands))
    return grid


def section(title: str, body: list[Flowable] | Flowable, note: str = "") -> list[Flowable]:
    """A heading (with ``note`` after a dash) and its body.

    The heading starts a new page when less than ~3 table rows' height is left, so it is never
    alone at a page's foot; a long table then splits, not jumps whole to the next page.
    """
    heading = paragraph(title + (f" – {note}" if note else ""), styles()["heading"])
    return [CondPageBreak(28 * mm), heading, *(body if isinstance(body, list) else [body])]


def none_line(what: str) -> Flowable:
    """"Inga …" in body type, for an empty section."""
    return paragraph(what, styles()["body"])


def footer(title: str) -> Callable[[Any, Any], None]:
    """A page callback that prints ``title`` and the page number at the foot of every page."""

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        width = doc.pagesize[0]
        canvas.drawString(MARGIN, MARGIN / 2, title)
        canvas.drawRightString(width - MARGIN, MARGIN / 2, f"sida {doc.page}")
        canvas.restoreState()

    return draw


def build_pdf(title: str, story: list[Flowable], foot: str) -> bytes:
    """The PDF bytes of ``story`` with ``foot`` and page numbers on every page."""
    buffer = io.BytesIO()
    doc = pdf_document(buffer, title)
    draw = footer(foot)
    doc.build(story, onFirstPage=draw, onLaterPages=draw)
    return pdf_bytes(buffer)


def signed(change: int) -> str:
    """A change with its sign, as every report prints it: "+3", "–2" or "±0"."""
    if change == 0:
        return "±0"
    return f"+{change}" if change > 0 else f"{MINUS}{-change}"
