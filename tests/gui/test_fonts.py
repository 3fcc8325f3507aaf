"""Names in every script the team meets are drawn with real glyphs, not boxes."""

from __future__ import annotations

import functools

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

SAMPLES = {
    "Arabic": "علي ن",
    "Cyrillic": "Дмитрий",
    "Ethiopic": "ሰላምለሁሉም",
    "Thai": "สมชาย",
}


@functools.cache
def _metrics() -> list[QFontMetrics]:
    return [QFontMetrics(QFont(family)) for family in QFontDatabase.families()]


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_an_installed_font_has_every_letter_of_the_script(qapp, script: str) -> None:
    missing = [ch for ch in SAMPLES[script].replace(" ", "")
               if not any(m.inFontUcs4(ord(ch)) for m in _metrics())]
    assert not missing, f"no font for {script} {missing}: run ./bootstrap.sh (fonts-noto-core)"
