"""The lägesbild as CSV for the municipality's spreadsheets: tidy, one row per figure (no Qt).

UTF-8 with a byte order mark (so Excel reads å, ä, ö), ``;`` between fields, CRLF line ends,
one header row: ``vecka;avsnitt;område;nyckel;tidsband;mått;värde``. Values follow the same
"<3" rule as the PDF. Names typed by users (places, areas, categories) that start with
``= + - @``, a tab or a carriage return get a leading apostrophe, so a spreadsheet never runs
them as a formula (CSV injection); the figures we write ourselves are left as they are.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from faltapp.reports.layout import MINUS

HEADER = ("vecka", "avsnitt", "område", "nyckel", "tidsband", "mått", "värde")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def neutral(text: str) -> str:
    """``text`` made safe to open in a spreadsheet: a leading ``'`` before a formula start."""
    return "'" + text if text.startswith(_FORMULA) else text


def plain_number(printed: str) -> str:
    """A printed change as a spreadsheet reads a number: "+3" → "3", "–2" → "-2", "±0" → "0";
    "<3" and the hidden "–" stay as they are."""
    if printed == "±0":
        return "0"
    if printed[:1] in ("+", MINUS) and printed[1:].isdigit():
        return ("-" if printed[0] == MINUS else "") + printed[1:]
    return printed


def to_csv(week: str, rows: Iterable[Any]) -> bytes:
    """The CSV bytes of ``rows`` (objects with section, area, key, band, measure, value)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow((week, row.section, neutral(row.area), neutral(row.key), row.band,
                         row.measure, row.value))
    return buffer.getvalue().encode("utf-8-sig")
