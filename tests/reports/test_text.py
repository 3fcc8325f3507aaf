"""Report text: which text is shaped, the order right-to-left words print in, markup as typed."""

from __future__ import annotations

import pytest

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
