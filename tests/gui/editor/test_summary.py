"""Sammanfattning: a live count, a too long paste refused, control characters marked."""

from __future__ import annotations

from datetime import date, time

import test_window as w
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Shift
from faltapp.core.shift_draft import ShiftDraft
from faltapp.gui.editor.context import EditorContext
from faltapp.gui.editor.summary_section import SummarySection


def summary_section(qtbot: QtBot, text: str = "") -> SummarySection:
    section = SummarySection(EditorContext(None))
    qtbot.addWidget(section)
    section.load(ShiftDraft(Shift(date=date(2025, 3, 14), start=time(18), end=time(23),
                                  kind="kvallspass", summary=text)))
    section.show()
    section.edit.setFocus()
    return section


def test_the_count_follows_the_typing(qtbot: QtBot) -> None:
    section = summary_section(qtbot)
    changed: list[int] = []
    section.changed.connect(lambda: changed.append(1))
    w.type_text(section.edit, "Lugnt på torget")
    assert section.count_label.text() == "15 av 4000 tecken"
    assert len(changed) == 15


def test_a_paste_that_would_not_fit_is_refused_and_the_text_kept(qtbot: QtBot) -> None:
    section = summary_section(qtbot, "Redan skrivet.")
    QApplication.clipboard().setText("x" * 1_000_000)
    qtbot.keyClick(section.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert section.edit.toPlainText() == "Redan skrivet."
    assert section.error.isVisible() and "1000000 tecken" in section.error.text()
    QApplication.clipboard().setText(" Kort.")
    qtbot.keyClick(section.edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(section.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert section.edit.toPlainText() == "Redan skrivet. Kort."
    assert not section.error.isVisible()


def test_bidi_override_characters_are_marked_but_kept(qtbot: QtBot) -> None:
    section = summary_section(qtbot)
    w.type_text(section.edit, "abc\u202edef")
    assert section.error.isVisible() and "styrtecken" in section.error.text()
    draft = ShiftDraft(Shift(date=date(2025, 3, 14), start=time(18), end=time(23),
                             kind="kvallspass"))
    section.collect(draft)
    assert draft.shift.summary == "abc\u202edef"


def test_read_only_text_cannot_change(qtbot: QtBot) -> None:
    section = summary_section(qtbot, "Avslutat.")
    section.set_read_only(True)
    w.type_text(section.edit, "mer")
    assert section.edit.toPlainText() == "Avslutat."
