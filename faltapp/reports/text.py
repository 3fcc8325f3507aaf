"""Plain text to reportlab paragraphs that print as typed in every script (stub: no shaping yet)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from faltapp.reports.fonts import FONT, FONT_BOLD, register_fonts


def needs_shaping(text: str) -> bool:
    """True when ``text`` holds a character outside Latin and Cyrillic (shaping costs ~3×)."""
    return any(ord(ch) > 0x052F and not 0x2000 <= ord(ch) <= 0x206F for ch in text)


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph that prints ``text`` exactly as typed (markup characters escaped)."""
    return Paragraph(escape(text), style)


def styles() -> dict[str, ParagraphStyle]:
    """The report's paragraph styles in the merged font."""
    register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=16, leading=20,
                                spaceAfter=6),
        "heading": ParagraphStyle("heading", fontName=FONT_BOLD, fontSize=12, leading=15,
                                  spaceBefore=8, spaceAfter=3),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13),
        "small": ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", fontName=FONT_BOLD, fontSize=9, leading=11),
    }
