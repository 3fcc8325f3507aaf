"""The input widgets' tests share the keyboard helpers of tests/gui (gui_keys)."""

from __future__ import annotations

import sys
from pathlib import Path

GUI_TESTS = str(Path(__file__).resolve().parent.parent)
if GUI_TESTS not in sys.path:
    sys.path.insert(0, GUI_TESTS)
