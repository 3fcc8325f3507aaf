"""The one merged report font (Latin, Cyrillic, Arabic/Persian, Ethiopic, Thai), registered once."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from faltapp.core.vocabulary import resources_dir

FONT = "FaltappSans"
FONT_BOLD = "FaltappSans-Bold"
_FALLBACK = Path("/usr/share/fonts/truetype/dejavu")


def font_files() -> dict[str, Path]:
    """The TTF behind each registered name (the merged font in ``resources/fonts``)."""
    folder = resources_dir() / "fonts"
    files = {FONT: folder / "FaltappSans-Regular.ttf", FONT_BOLD: folder / "FaltappSans-Bold.ttf"}
    if all(path.is_file() for path in files.values()):
        return files
    # Stub until the merged font is built: DejaVu covers Latin, Cyrillic and Arabic only.
    return {FONT: _FALLBACK / "DejaVuSans.ttf", FONT_BOLD: _FALLBACK / "DejaVuSans-Bold.ttf"}


def register_fonts() -> None:
    """Register the report font and its bold weight with reportlab (idempotent)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    files = font_files()
    pdfmetrics.registerFont(TTFont(FONT, str(files[FONT])))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(files[FONT_BOLD])))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
