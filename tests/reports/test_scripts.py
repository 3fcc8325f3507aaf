"""Every name prints right in every script (issue 7 item 7), read back from a Passrapport.

Arabic, Persian, Cyrillic, Ethiopic and Thai names from the demo data are stored as contact
aliases (plain and with the demo's tell-apart mark, "ليلى ا.") and read back from the PDF's
table cells with pdfplumber, which gives the glyphs left to right as printed. A printed Arabic
word is its letters in contextual (joined) forms from right to left, so a cell is read back by
turning every right-to-left word and, in a right-to-left cell, the order of the words; NFKC then
maps the presentation forms back to letters. Look at the PNG too (`pdftoppm`, see the report).
"""

from __future__ import annotations

import io
import unicodedata
from datetime import date, time

import pdfplumber
import pypdf
import pytest

from faltapp.core.entities import Contact, Shift
from faltapp.core.jobs import run_to_end
from faltapp.core.shift_bundle import ShiftBundle
from faltapp.demo.text import YOUTH_NAMES
from faltapp.reports.shift_report import shift_pdf
from faltapp.store.database import Database

SCRIPTS = ("arabisk skrift", "persisk skrift", "kyrillisk skrift", "geez", "thai")
THAI_WITH_SHIFTED_MARK = "ฟ้า"
"""Fah in Thai: its tone mark sits on a tall consonant, so the font shifts it with a glyph that
has no code point of its own, and the PDF maps that glyph to a private-use character."""


def demo_names() -> list[str]:
    """Every girl's and boy's name of the five scripts, and each first name with its mark."""
    names = []
    for origin in SCRIPTS:
        _, girls, boys, marks = YOUTH_NAMES[origin]
        names += [*girls, *boys, f"{girls[0]} {marks[0]}."]
    return names


def is_rtl(text: str) -> bool:
    """True when ``text`` holds a right-to-left letter (presentation forms included)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def read_back(printed: str) -> str:
    """One printed line (glyphs left to right) as typed: each right-to-left word turned round,
    a right-to-left line's words in reverse, then NFKC."""
    words = [w[::-1] if is_rtl(w) else w for w in printed.split()]
    first_strong = next((ch for ch in printed
                         if unicodedata.bidirectional(ch) in ("L", "R", "AL")), "")
    if is_rtl(first_strong):
        words.reverse()
    return unicodedata.normalize("NFKC", " ".join(words))


def same_name(read: str, typed: str) -> bool:
    """``read`` is ``typed`` (NFKC), except that a private-use character may stand for exactly
    one Thai vowel or tone mark: the only way a placed mark may read back differently."""
    typed = unicodedata.normalize("NFKC", typed)
    return len(read) == len(typed) and all(
        r == t or (0xE000 <= ord(r) <= 0xF8FF and 0x0E31 <= ord(t) <= 0x0E4E
                   and unicodedata.category(t) == "Mn")
        for r, t in zip(read, typed, strict=True))


def printed_cells(data: bytes, column: int) -> list[str]:
    """The printed text of one column of the contacts table, on every page, header left out.

    Characters in the order they were drawn (left to right), not sorted by position: a Thai mark
    is drawn after its consonant but may sit left of it.
    """
    cells = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for grid in page.find_tables():
                if grid.extract()[0][0] != "Alias":
                    continue
                for row in grid.rows[1:]:
                    x0, top, x1, bottom = row.cells[column]
                    cells.append("".join(
                        c["text"] for c in page.chars
                        if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                        and top <= (c["top"] + c["bottom"]) / 2 <= bottom))
    return cells


def printed_lines(data: bytes) -> list[str]:
    """Every printed line of every page, glyphs left to right."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [line["text"] for page in pdf.pages for line in page.extract_text_lines()]


def store_shift(db: Database, aliases: list[str] = (), summary: str = "") -> bytes:
    """A shift with one contact per alias and ``summary``, as a Passrapport."""
    shift = Shift(date(2026, 3, 13), time(18), time(23), "kvallspass", status="final",
                  summary=summary)
    contacts = tuple(Contact(shift.id, alias=a, birth_year=2011, gender="flicka")
                     for a in aliases)
    db.save_shift(ShiftBundle(shift, contacts=contacts), {})
    return run_to_end(shift_pdf(db, shift.id))


@pytest.fixture(scope="module")
def names_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The Passrapport of one shift with every demo name (and Fah in Thai) as an alias."""
    from faltapp.store.keys import KdfParams
    from tests.conftest import PASSPHRASE

    path = tmp_path_factory.mktemp("scripts") / "faltapp.db"
    db = Database.create(path, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        return store_shift(db, [*demo_names(), THAI_WITH_SHIFTED_MARK])
    finally:
        db.close()


def test_every_demo_name_reads_back_as_typed(names_pdf: bytes) -> None:
    read = [read_back(cell) for cell in printed_cells(names_pdf, 0)]
    expected = [*demo_names(), THAI_WITH_SHIFTED_MARK]
    assert len(read) == len(expected)
    unmatched = list(read)
    for name in expected:
        hit = next((r for r in unmatched if same_name(r, name)), None)
        assert hit is not None, f"{name!r} not printed as typed; read back: {unmatched}"
        unmatched.remove(hit)


def test_arabic_and_persian_names_print_joined(names_pdf: bytes) -> None:
    cells = [c for c in printed_cells(names_pdf, 0) if is_rtl(c)]
    assert len(cells) == sum(len(YOUTH_NAMES[o][1]) + len(YOUTH_NAMES[o][2]) + 1
                             for o in ("arabisk skrift", "persisk skrift"))
    for cell in cells:
        # every name has a letter that joins its neighbour, printed in a contextual form
        joined = [ch for ch in cell if "INITIAL" in unicodedata.name(ch, "")
                  or "MEDIAL" in unicodedata.name(ch, "") or "FINAL" in unicodedata.name(ch, "")]
        assert joined, f"{cell!r} printed in isolated letters"


def test_the_private_use_allowance_is_narrow() -> None:
    assert same_name("ฟ\ue000า", "ฟ้า")
    assert not same_name("ฟ\ue000", "ฟ้า")  # a lost letter is not allowed for
    assert not same_name("\ue000้า", "ฟ้า")  # nor a consonant read as private use
    assert not same_name("Sa\ue000", "Sam")


def test_a_mixed_swedish_and_arabic_line_keeps_its_word_order(db: Database) -> None:
    data = store_shift(db, summary="Vi träffade ليلى و مريم vid Stortorget, sedan Алёна.\n"
                                   "Pratade med زهرا ا. om skolan")
    lines = printed_lines(data)
    # printed left to right: مريم, و, ليلى (the Arabic run reads from the right)
    visual = [" ".join(w[::-1] if is_rtl(w) else w for w in line.split()) for line in lines]
    visual = [unicodedata.normalize("NFKC", line) for line in visual]
    assert "Vi träffade مريم و ليلى vid Stortorget, sedan Алёна." in visual
    # the name keeps its mark and period, printed as in the alias column
    assert "Pratade med ا. زهرا om skolan" in visual


def test_markup_prints_as_typed_beside_every_script(db: Database) -> None:
    summary = "<b>fet</b> & ليلى\n<b>fet</b> & Алёна\n<i>x</i> &amp; ሰላም"
    data = store_shift(db, summary=summary)
    text = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "<b>fet</b> & " in text and "<b>fet</b> & Алёна" in text
    assert "<i>x</i> &amp; ሰላም" in text


@pytest.mark.parametrize("beside", ["", " ሰላም", " ليلى"], ids=["plain", "shaped", "bidi"])
def test_no_ligatures_in_swedish_words(db: Database, beside: str) -> None:
    data = store_shift(db, summary=f"Ångström affisch flickor effektiv{beside}")
    text = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "Ångström affisch flickor effektiv" in text
    assert not any(0xFB00 <= ord(ch) <= 0xFB06 for ch in text), "a Latin ligature was printed"
