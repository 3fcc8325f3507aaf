"""Charts: value axes from 0 on whole numbers, and labels that never overlap or leave the drawing,
for the real category names and weekday labels and for 1..N bars; the boxes the helper
computes are where the PDF really prints the letters."""

from __future__ import annotations

import io
import itertools
import json

import pdfplumber
import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import BarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

from faltapp.core.vocabulary import resources_dir
from faltapp.reports.charts import (
    ELLIPSIS,
    Box,
    bar_chart,
    column_chart,
    integer_scale,
    label_boxes,
)

CATEGORIES = [c["name"] for c in json.loads(
    (resources_dir() / "data" / "categories.json").read_text(encoding="utf-8"))["categories"]]
DAYS = ["mån 16/11", "tis 17/11", "ons 18/11", "tor 19/11", "fre 20/11", "lör 21/11",
        "sön 22/11"]
LONG = "Otrygghetsskapande samling vid Kinnekulle Ring (parkeringen) efter matchen"


def _labels(n: int) -> list[str]:
    return [*itertools.islice(itertools.cycle([*CATEGORIES, LONG]), n)]


def _values(n: int) -> list[int]:
    return [(i * 37) % 23 for i in range(n)]


def _texts(drawing: Drawing) -> list[str]:
    return [g.contents[0].text for g in drawing.contents if not isinstance(g, BarChart)]


def _chart(drawing: Drawing) -> BarChart:
    return next(c for c in drawing.contents if isinstance(c, BarChart))


def _assert_clear(drawing: Drawing) -> list[Box]:
    boxes = label_boxes(drawing)
    assert boxes
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), (a, b)
    assert all(box.inside(drawing.width, drawing.height) for box in boxes)
    return boxes


@pytest.mark.parametrize("largest", [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 17, 31, 99, 101, 4204])
def test_the_value_scale_starts_at_zero_on_whole_numbers(largest: int) -> None:
    top, step = integer_scale(largest)
    assert top >= max(largest, 1) and top % step == 0 and top // step <= 5
    assert str(step).strip("0") in ("1", "2", "5")
    chart = _chart(column_chart(DAYS, [largest] * 7, 80 * mm, 30 * mm))
    assert (chart.valueAxis.valueMin, chart.valueAxis.valueMax) == (0, top)
    assert chart.valueAxis.valueStep == step and chart.valueAxis.labelTextFormat == "%d"


@pytest.mark.parametrize("n", range(1, 41))
@pytest.mark.parametrize("width", [80 * mm, 178 * mm])
def test_column_labels_never_overlap(n: int, width: float) -> None:
    drawing = column_chart(_labels(n), _values(n), width, 30 * mm)
    _assert_clear(drawing)
    shown = [t for t in _texts(drawing) if not t.isdigit()]
    assert shown, "at least the first bar is named"
    for text in shown:
        assert text in _labels(n) or text.endswith(ELLIPSIS)


@pytest.mark.parametrize("n", range(1, 41))
def test_bar_labels_never_overlap_and_every_bar_is_named(n: int) -> None:
    drawing = bar_chart(_labels(n), _values(n), 178 * mm, label_width=50 * mm)
    boxes = _assert_clear(drawing)
    assert len(boxes) == 2 * n  # a name and a count per bar
    names = _texts(drawing)[:n]
    for typed, shown in zip(_labels(n), names, strict=True):
        assert shown == typed or (shown.endswith(ELLIPSIS) and typed.startswith(shown[:-1]))


def test_weekdays_lie_flat_when_they_fit_and_stand_when_they_do_not() -> None:
    wide = column_chart(DAYS, [3, 0, 12, 7, 25, 31, 4], 178 * mm, 30 * mm)
    narrow = column_chart(DAYS, [3, 0, 12, 7, 25, 31, 4], 60 * mm, 30 * mm)
    for drawing in (wide, narrow):
        _assert_clear(drawing)
        assert _texts(drawing)[:7] == DAYS  # whole, every one
    flat, standing = label_boxes(wide)[0], label_boxes(narrow)[0]
    assert flat.x1 - flat.x0 > flat.y1 - flat.y0
    assert standing.y1 - standing.y0 > standing.x1 - standing.x0


def test_the_real_categories_chart_every_name_whole() -> None:
    drawing = bar_chart(CATEGORIES, list(range(len(CATEGORIES))), 178 * mm,
                        label_width=50 * mm)
    _assert_clear(drawing)
    assert _texts(drawing)[:len(CATEGORIES)] == CATEGORIES
    assert _texts(drawing)[len(CATEGORIES):] == [str(i) for i in range(len(CATEGORIES))]


@pytest.mark.parametrize("drawing", [
    column_chart(DAYS, [3, 0, 12, 7, 25, 31, 4], 178 * mm, 30 * mm),
    column_chart(_labels(12), _values(12), 80 * mm, 30 * mm),
    bar_chart(_labels(9), _values(9), 178 * mm, label_width=50 * mm),
], ids=["flat", "standing", "bars"])
def test_the_printed_letters_lie_inside_the_computed_boxes(drawing: Drawing) -> None:
    boxes = label_boxes(drawing)
    with pdfplumber.open(io.BytesIO(renderPDF.drawToString(drawing))) as pdf:
        page = pdf.pages[0]
        chars = [c for c in page.chars if c["text"].strip()]
        height = page.height
    labels = "".join(t.replace(" ", "") for t in _texts(drawing))
    mine = [c for c in chars if c["x0"] >= 0]
    assert len(mine) >= len(labels)
    tolerance = 0.6
    for c in mine:
        if _is_axis_tick(c, drawing):
            continue
        top, bottom = height - c["top"], height - c["bottom"]
        assert any(b.x0 - tolerance <= c["x0"] and c["x1"] <= b.x1 + tolerance
                   and b.y0 - tolerance <= bottom and top <= b.y1 + tolerance
                   for b in boxes), c["text"]


def _is_axis_tick(char: dict, drawing: Drawing) -> bool:
    """A digit of reportlab's own value-axis labels (left of or under the plot)."""
    chart = _chart(drawing)
    height = drawing.height
    if not char["text"].isdigit():
        return False
    return char["x1"] <= chart.x or height - char["top"] <= chart.y
