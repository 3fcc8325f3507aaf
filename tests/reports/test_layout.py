"""Report tables: columns fitted to their text, so no word is broken in the middle."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from faltapp.reports.fonts import FONT, FONT_BOLD
from faltapp.reports.layout import CELL_SIZE, WIDTH, fit_widths, signed
from faltapp.reports.text import styles

OBSERVATIONS = [
    ["Tid", "Plats", "Kategori", "Allvar", "Antal", "Beskrivning", "Vidarebefordrat"],
    ["00:10 (+1)", "Stadsträdgården", "Otrygghetsskapande samling", "Medel", "16",
     "Unga samlades i bilar på parkeringen vid Stadsträdgården, hög musik.", "–"],
    ["01:35 (+1)", "Gamla Stadens torg", "Trygg plats", "Låg", "6",
     "Lugnt vid Gamla Stadens torg, några vi känner kom fram och sa hej.", "Socialtjänst"],
]
CONTACTS = [
    ["Alias", "Född", "Kön", "Plats", "Samtal", "Åtgärder", "Hänvisad till", "Anteckning"],
    ["Zahra A.", "2007", "flicka", "Resecentrum", "Orossamtal",
     "Vårdnadshavare kontaktad, Skjutsad hem", "Ungdomsmottagningen",
     "Pratade om att vara ute sent, lovade att ta bussen hem."],
]


def words_fit(rows: list[list[str]], widths: list[float]) -> bool:
    for number, row in enumerate(rows):
        font = FONT_BOLD if number == 0 else FONT
        for value, width in zip(row, widths, strict=True):
            if any(stringWidth(w, font, CELL_SIZE) + 8 > width for w in value.split()):
                return False
    return True


@pytest.mark.parametrize("rows", [OBSERVATIONS, CONTACTS, [["Uppföljning", "Status"],
                                                           ["Ring skolan", "Öppen"]]])
def test_columns_fill_the_page_and_hold_every_word_whole(rows: list[list[str]]) -> None:
    styles()
    widths = fit_widths(rows)
    assert sum(widths) == pytest.approx(WIDTH)
    assert words_fit(rows, widths)


def test_short_columns_keep_their_line_and_free_text_gets_the_rest() -> None:
    styles()
    widths = fit_widths(OBSERVATIONS)
    times = max(stringWidth(r[0], FONT, CELL_SIZE) for r in OBSERVATIONS[1:])
    assert widths[0] >= times + 8  # "00:10 (+1)" on one line
    assert widths[5] == max(widths)  # the description is the widest column


def test_a_change_prints_with_its_sign() -> None:
    assert [signed(3), signed(-2), signed(0)] == ["+3", "–2", "±0"]
