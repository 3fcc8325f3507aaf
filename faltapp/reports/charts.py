"""Bar charts for the reports (reportlab.graphics, no Qt) whose labels never overlap.

The value axis always starts at 0 and ticks on whole numbers. Category labels are drawn here,
not by reportlab's axis, so where each one lands is known: :func:`label_boxes` reads the boxes
back from a drawing (from the font's own ascent, descent and ``stringWidth``), and the tests
assert that no two intersect and that none leaves the drawing.

- :func:`column_chart` (vertical bars): labels lie flat under their bar when the widest fits
  its slot; otherwise they stand at 90° (shortened with "…" to the label band's height), and
  when even standing labels do not fit, only every k-th bar is labelled.
- :func:`bar_chart` (horizontal bars): labels right-aligned left of their bar, shortened with
  "…" to the label column; the drawing grows with the number of bars, so rows never crowd.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from faltapp.reports.fonts import FONT, register_fonts

BAR = colors.HexColor("#4f7cac")
INK = colors.HexColor("#333333")
FONT_SIZE = 7.5
GAP = 3.0
"""Least space between two labels, and between a label and its axis (points)."""
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle in drawing coordinates (points, y up)."""

    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box) -> bool:
        """True when the two rectangles share more than an edge."""
        return (self.x0 < other.x1 and other.x0 < self.x1
                and self.y0 < other.y1 and other.y0 < self.y1)

    def inside(self, width: float, height: float) -> bool:
        """True when the rectangle lies within a drawing of ``width`` × ``height``."""
        return self.x0 >= 0 and self.y0 >= 0 and self.x1 <= width and self.y1 <= height


def integer_scale(largest: int, most_ticks: int = 5) -> tuple[int, int]:
    """``(top, step)`` of a value axis from 0 showing ``largest``: the step is 1, 2 or 5
    times a power of ten, with at most ``most_ticks`` steps; ``top`` is a multiple of it."""
    largest = max(largest, 1)
    power = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * power
            if math.ceil(largest / step) <= most_ticks:
                return math.ceil(largest / step) * step, step
        power *= 10


def _metrics(size: float) -> tuple[float, float]:
    """(ascent, descent) of the report font at ``size``, both as positive distances."""
    register_fonts()
    ascent, descent = pdfmetrics.getAscentDescent(FONT, size)
    return ascent, -descent


def _width(label: str, size: float) -> float:
    return pdfmetrics.stringWidth(label, FONT, size)


def shorten(label: str, room: float, size: float = FONT_SIZE) -> str:
    """``label`` cut at a character and ended with "…" so that it fits ``room`` points."""
    if _width(label, size) <= room:
        return label
    kept = label
    while kept and _width(kept.rstrip() + ELLIPSIS, size) > room:
        kept = kept[:-1]
    return kept.rstrip() + ELLIPSIS if kept else ""


def _label(x: float, y: float, text: str, anchor: str, *, standing: bool = False,
           size: float = FONT_SIZE) -> Group:
    """One label in its own group, at (x, y); a standing label reads bottom to top."""
    group = Group(String(0, 0, text, fontName=FONT, fontSize=size, fillColor=INK,
                         textAnchor=anchor))
    group.translate(x, y)
    if standing:
        group.rotate(90)
    return group


def label_boxes(drawing: Drawing) -> list[Box]:
    """The box of every label drawn by this module in ``drawing``, in drawing order."""
    boxes = []
    for group in drawing.contents:
        if not isinstance(group, Group):
            continue  # the chart itself
        string = group.contents[0]
        width = _width(string.text, string.fontSize)
        ascent, descent = _metrics(string.fontSize)
        left = {"start": 0.0, "middle": -width / 2, "end": -width}[string.textAnchor]
        a, b, c, d, e, f = group.transform
        corners = [(a * u + c * v + e, b * u + d * v + f)
                   for u in (left, left + width) for v in (-descent, ascent)]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        boxes.append(Box(min(xs), min(ys), max(xs), max(ys)))
    return boxes


def _finish(drawing: Drawing, labels: list[Group]) -> Drawing:
    for group in labels:
        drawing.add(group)
    return drawing


def _value_axis(axis: object, values: Sequence[int]) -> None:
    top, step = integer_scale(max(values, default=0))
    axis.valueMin = 0  # type: ignore[attr-defined]
    axis.valueMax = top  # type: ignore[attr-defined]
    axis.valueStep = step  # type: ignore[attr-defined]
    axis.labelTextFormat = "%d"  # type: ignore[attr-defined]
    axis.labels.fontName = FONT  # type: ignore[attr-defined]
    axis.labels.fontSize = FONT_SIZE  # type: ignore[attr-defined]
    axis.visibleGrid = 1  # type: ignore[attr-defined]
    axis.gridStrokeColor = colors.HexColor("#dddddd")  # type: ignore[attr-defined]


def column_chart(labels: Sequence[str], values: Sequence[int], width: float,
                 plot_height: float, *, label_band: float = 60.0) -> Drawing:
    """Vertical bars of ``values`` named by ``labels``, ``width`` points wide.

    The bars get ``plot_height`` points; the labels below them at most ``label_band`` points.
    The count of each bar is printed above it when every count fits its slot.
    """
    register_fonts()
    ascent, descent = _metrics(FONT_SIZE)
    line = ascent + descent
    left = _width(str(integer_scale(max(values, default=0))[0]), FONT_SIZE) + 8
    plot_width = width - left - line / 2  # room for a standing label on the last bar
    n = max(len(labels), 1)
    slot = plot_width / n
    flat = max((_width(t, FONT_SIZE) for t in labels), default=0) + GAP <= slot
    every = 1 if flat else max(1, math.ceil((line + GAP) / slot))
    texts = [t if flat else shorten(t, label_band - GAP) for t in labels]
    band = line + GAP if flat else min(label_band, max(
        (_width(t, FONT_SIZE) for t in texts), default=0) + GAP)
    top_room = line + GAP
    drawing = Drawing(width, band + plot_height + top_room)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = left, band, plot_width, plot_height
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = [""] * n
    chart.categoryAxis.visibleLabels = chart.categoryAxis.visibleTicks = 0
    chart.bars[0].fillColor = BAR
    chart.bars.strokeColor = None
    chart.barSpacing, chart.groupSpacing = 0, max(2.0, slot * 0.25)
    _value_axis(chart.valueAxis, values)
    drawing.add(chart)
    groups = []
    for i, text in enumerate(texts):
        centre = left + (i + 0.5) * slot
        if i % every:
            continue
        if flat:
            groups.append(_label(centre, band - GAP - ascent, text, "middle"))
        else:
            groups.append(_label(centre + (ascent - descent) / 2, band - GAP, text, "end",
                                 standing=True))
    top = chart.valueAxis.valueMax
    if all(_width(str(v), FONT_SIZE) + GAP <= slot for v in values):
        for i, value in enumerate(values):
            y = band + plot_height * value / top + GAP + descent
            groups.append(_label(left + (i + 0.5) * slot, y, str(value), "middle"))
    return _finish(drawing, groups)


def bar_chart(labels: Sequence[str], values: Sequence[int], width: float, *,
              label_width: float = 120.0, pitch: float = 16.0) -> Drawing:
    """Horizontal bars of ``values``, first at the top, ``width`` points wide.

    Each bar gets ``pitch`` points of height (at least one label line); labels take at most
    ``label_width`` points left of the bars, and each bar's count stands at its end.
    """
    register_fonts()
    ascent, descent = _metrics(FONT_SIZE)
    pitch = max(pitch, ascent + descent + GAP)
    n = max(len(labels), 1)
    axis_room = ascent + descent + GAP + 2
    top, _ = integer_scale(max(values, default=0))
    count_room = max((_width(str(v), FONT_SIZE) for v in values), default=0) + 2 * GAP
    texts = [shorten(t, label_width - GAP) for t in labels]
    left = max((_width(t, FONT_SIZE) for t in texts), default=0) + GAP
    plot_width = width - left - max(count_room, _width(str(top), FONT_SIZE) / 2 + GAP)
    drawing = Drawing(width, axis_room + n * pitch + GAP)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = left, axis_room, plot_width, n * pitch
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = [""] * n
    chart.categoryAxis.visibleLabels = chart.categoryAxis.visibleTicks = 0
    chart.categoryAxis.reverseDirection = 1
    chart.bars[0].fillColor = BAR
    chart.bars.strokeColor = None
    chart.barSpacing, chart.groupSpacing = 0, pitch * 0.3
    _value_axis(chart.valueAxis, values)
    drawing.add(chart)
    groups = []
    baseline = (ascent - descent) / 2
    for i, text in enumerate(texts):
        y = axis_room + n * pitch - (i + 0.5) * pitch - baseline
        groups.append(_label(left - GAP, y, text, "end"))
    for i, value in enumerate(values):
        y = axis_room + n * pitch - (i + 0.5) * pitch - baseline
        groups.append(_label(left + plot_width * value / top + GAP, y, str(value), "start"))
    return _finish(drawing, groups)
