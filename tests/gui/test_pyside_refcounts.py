"""The installed PySide6 must not leak references to None or True.

PySide6-Essentials 6.12.0 dropped a reference to ``None`` on every Qt call that returns
nothing and to ``True`` on every ``Signal.emit()``. On Python 3.11 (where None and True are
not immortal) the interpreter then aborts with "Fatal Python error: none_dealloc" — after a few
thousand calls, i.e. within an evening's use of the app. pyproject.toml keeps that version out;
this test fails if a version with the same bug comes back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12),
                                reason="None and True are immortal from Python 3.12")
CALLS = 500


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_qt_calls_keep_the_reference_count_of_none(qapp: object) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
    assert sys.getrefcount(None) >= before - CALLS // 10


def test_signal_emits_keep_the_reference_count_of_true(qapp: object) -> None:
    emitter = _Emitter()
    received: list[bool] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.fired.emit(True)
    received.clear()
    assert sys.getrefcount(True) >= before - CALLS // 10
