"""Report text: which text is shaped, the order right-to-left words print in, markup as typed."""

from __future__ import annotations

import unicodedata

import pytest
from fontTools.ttLib import TTFont

from faltapp.core.vocabulary import resources_dir
from faltapp.reports.text import needs_shaping, paragraph, styles, visual_words


@pytest.mark.parametrize("text", ["Åsa Öberg", "Алёна", "Samir Hadžić", "Łukasz", "A\u030asa",
                                  "Zeynep Yılmaz", "“citat” – 5 € …"])
def test_latin_and_cyrillic_are_printed_unshaped(text: str) -> None:
    assert not needs_shaping(text)


@pytest.mark.parametrize("text", ["ليلى", "پریسا", "ሰላም", "มะลิ", "Anna q\u0307"])
def test_other_scripts_and_unplaced_marks_are_shaped(text: str) -> None:
    assert needs_shaping(text)


@pytest.mark.parametrize(("typed", "printed"), [
    ("Vi träffade ليلى و مريم vid torget", "Vi träffade مريم و ليلى vid torget"),
    ("زهرا ا.", "ا. زهرا"),  # a right-to-left line: first name rightmost, mark and period with it
    ("Pratade med زهرا ا. om skolan", "Pratade med ا. زهرا om skolan"),
    ("Sam och Алёна", "Sam och Алёна"),  # no right-to-left letter: as typed
    ("Pratade med علي 15 år", "Pratade med 15 علي år"),  # a number after Arabic joins its run
    ("Sara  och   ليلى", "Sara och ليلى"),  # runs of spaces print as one
])
def test_right_to_left_words_in_reading_order(typed: str, printed: str) -> None:
    assert visual_words(typed) == printed


def test_a_line_with_more_words_than_stand_ins_keeps_its_typed_order() -> None:
    line = " ".join(f"ليلى{i}" for i in range(1000))
    assert visual_words(line) == line


def test_markup_is_escaped_and_line_breaks_kept() -> None:
    body = styles()["body"]
    assert paragraph("<b>x</b> & y\nz", body).text == "&lt;b&gt;x&lt;/b&gt; &amp; y<br/>z"
    assert paragraph("<b>ليلى</b> &", body).text == "&lt;b&gt;ليلى&lt;/b&gt; &amp;"


TYPED_SYMBOLS = "−≥≤≠≈→←↑↓±×÷€£$§°½⅓¾²³₂…–—‘’“”«»„№™©®•·"
"""What a field secretary may type in a note or a place name, or a report prints (the week
report's change column, "minst 3"), beyond letters."""


def _letters() -> str:
    latin = range(0x00C0, 0x0250)  # Latin-1 letters, Latin Extended-A and -B
    cyrillic = range(0x0400, 0x0460)
    greek = range(0x0391, 0x03CA)
    return "".join(chr(c) for r in (latin, cyrillic, greek) for c in r
                   if unicodedata.category(chr(c)).startswith("L"))


@pytest.mark.parametrize("weight", ["Regular", "Bold"])
def test_the_report_font_has_a_glyph_for_every_letter_and_symbol_people_type(
        weight: str) -> None:
    cmap = TTFont(resources_dir() / "fonts" / f"FaltappSans-{weight}.ttf").getBestCmap()
    missing = [ch for ch in TYPED_SYMBOLS + _letters() if ord(ch) not in cmap]
    assert missing == [], "no glyph (prints as a box): " + "".join(missing)
