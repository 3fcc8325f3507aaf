"""Plain text to reportlab paragraphs that print as typed, in every script the team meets.

reportlab shapes complex scripts (Arabic, Ethiopic, Thai) only in a ``Paragraph`` whose style has
``shaping=1``, and it shapes word by word in logical order, so right-to-left words need a bidi
step first (PLATFORM-NOTES §6). Shaping costs about three times as much, so Latin and Cyrillic
text, almost every cell, goes through unshaped. Lines are wrapped by reportlab: a right-to-left
run that wraps onto two lines keeps its word order per line only (names and cells are one line).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from faltapp.reports.fonts import FONT, FONT_BOLD, register_fonts

_PLAIN_ENDS = 0x0530
"""Below this: Latin, IPA, combining marks, Greek, Cyrillic — all printable without shaping."""
_PLAIN_BLOCKS = ((0x1E00, 0x1EFF), (0x2000, 0x22FF))
"""Latin Extended Additional; punctuation, currency, letterlike symbols, arrows, maths."""


def needs_shaping(text: str) -> bool:
    """True when ``text`` holds a character outside Latin and Cyrillic, or an unplaced mark."""
    if text.isascii():
        return False
    for ch in unicodedata.normalize("NFC", text):
        code = ord(ch)
        if code < _PLAIN_ENDS:
            if 0x0300 <= code <= 0x036F:  # a mark NFC could not compose needs placing
                return True
        elif not any(low <= code <= high for low, high in _PLAIN_BLOCKS):
            return True
    return False


def _is_rtl(text: str) -> bool:
    """True when ``text`` holds a strong right-to-left character (Arabic, Hebrew, ...)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


_STAND_IN_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "L": ((0x4E00, 0x9FFF),),
    "R": ((0x05D0, 0x05EA), (0x10800, 0x10FFF)),
    "AL": ((0x0620, 0x064A), (0xFB50, 0xFDFF), (0xFE70, 0xFEFC)),
    "EN": ((0x0030, 0x0039), (0x2070, 0x2089), (0xFF10, 0xFF19), (0x1D7CE, 0x1D7FF)),
    "AN": ((0x0660, 0x0669), (0x10E60, 0x10E7E)),
    "ON": ((0x2500, 0x27BF),),
}
"""Where the bidi classes' stand-in characters come from (see :func:`visual_words`)."""


def _stand_ins(cls: str) -> Iterator[str]:
    """Distinct unmirrored characters of exactly bidi class ``cls``, in code point order."""
    for low, high in _STAND_IN_RANGES[cls]:
        for code in range(low, high + 1):
            ch = chr(code)
            if (unicodedata.bidirectional(ch) == cls and not unicodedata.mirrored(ch)
                    and unicodedata.category(ch) not in ("Mn", "Me", "Cf", "Cn")):
                yield ch


def _word_class(word: str) -> str:
    """The bidi class a whole word takes: its first strong character's, else its digits', else
    neutral."""
    classes = [unicodedata.bidirectional(ch) for ch in word]
    strong = next((c for c in classes if c in ("L", "R", "AL")), None)
    if strong:
        return strong
    if "AN" in classes:
        return "AN"
    return "EN" if "EN" in classes else "ON"


def visual_words(line: str) -> str:
    """``line`` with its words in visual (left-to-right) order, each word still in logical order.

    reportlab lays the words of a line out left to right and harfbuzz turns (and mirrors) each
    right-to-left word itself: only the order of the words must come from the bidi algorithm.
    Each word is a unit: it goes to python-bidi as one distinct stand-in character of the
    word's class, so punctuation stuck to a name ("ليلى ا.") stays with it, and the stand-ins'
    visual order is the words' order. Runs of spaces become one space, as reportlab prints them.
    """
    if not _is_rtl(line):
        return line
    words = line.split()
    pools = {cls: _stand_ins(cls) for cls in _STAND_IN_RANGES}
    index: dict[str, int] = {}
    for i, word in enumerate(words):
        stand_in = next(pools[_word_class(word)], None)
        if stand_in is None:  # more words of one class than stand-ins: keep the typed order
            return line
        index[stand_in] = i
    visual = get_display(" ".join(index))
    return " ".join(words[index[c]] for c in visual.split(" "))


@lru_cache(maxsize=64)
def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with shaping on (cached: a report asks for the same few styles)."""
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph that prints plain ``text`` as typed: markup escaped, line breaks kept,
    shaped only when a script needs it, right-to-left words in reading order."""
    text = unicodedata.normalize("NFC", text)
    lines = text.splitlines() or [""]
    if needs_shaping(text):
        markup = "<br/>".join(escape(visual_words(line)) for line in lines)
        return Paragraph(markup, _shaped(style))
    return Paragraph("<br/>".join(escape(line) for line in lines), style)


def styles() -> dict[str, ParagraphStyle]:
    """The report's paragraph styles in the merged font (registered on first use)."""
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
