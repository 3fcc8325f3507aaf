"""The one merged report font (Latin, Cyrillic, Arabic/Persian, Ethiopic, Thai), registered once.

Built by ``tools/build_report_font.py``; see ``resources/fonts/README.md``.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from faltapp.core.vocabulary import resources_dir

FONT = "FaltappSans"
FONT_BOLD = "FaltappSans-Bold"


def font_files() -> dict[str, Path]:
    """The TTF behind each registered font name, in ``resources/fonts``."""
    folder = resources_dir() / "fonts"
    return {FONT: folder / "FaltappSans-Regular.ttf", FONT_BOLD: folder / "FaltappSans-Bold.ttf"}


def register_fonts() -> None:
    """Register the report font and its bold weight with reportlab (idempotent)."""
    if FONT_BOLD in pdfmetrics.getRegisteredFontNames():
        return
    for name, path in font_files().items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
