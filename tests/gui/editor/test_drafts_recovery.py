"""Crash drafts: typed text lands in the encrypted store within a second or two, comes back on
the next start, and is dropped when the shift is saved or the changes are thrown away."""

from __future__ import annotations

import pytest
import test_window as w
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Shift
from faltapp.core.shift_draft import ShiftDraft
from faltapp.gui.editor import _OPEN, offer_drafts
from faltapp.gui.editor.draft_keeper import DraftKeeper
from faltapp.gui.editor.window import ShiftEditor
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database

host, runner, no_real_dialogs = w.host, w.runner, w.no_real_dialogs  # fixtures
answer, closed, focused, open_editor = w.answer, w.closed, w.focused, w.open_editor
stored_shift, type_text, wait_idle, write_summary = (
    w.stored_shift, w.type_text, w.wait_idle, w.write_summary)


def crash(editor: ShiftEditor) -> None:
    """The window vanishes without closing, as if the process had been killed."""
    _OPEN.clear()
    editor.keeper.stop()
    editor.hide()


def test_typing_is_kept_as_a_draft_within_a_second_or_two(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    editor = open_editor(qtbot, host, db, runner)
    write_summary(qtbot, editor, "Tre samtal vid Resecentrum")
    sid = editor.draft.shift.id
    qtbot.waitUntil(lambda: db.drafts.get(sid) is not None, timeout=1500)
    assert ShiftDraft.from_json(db.drafts.get(sid)).shift.summary == "Tre samtal vid Resecentrum"
    assert db.get(Shift, sid) is None  # a draft, not a saved shift
    qtbot.waitUntil(lambda: "Utkast sparat" in editor.status.text())


def test_a_draft_comes_back_after_a_crash(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shift = stored_shift(db)
    editor = open_editor(qtbot, host, db, runner, shift.id)
    write_summary(qtbot, editor, " Bråk vid kiosken.")
    qtbot.waitUntil(lambda: db.drafts.get(shift.id) is not None, timeout=1500)
    wait_idle(qtbot, editor)
    crash(editor)

    asked = answer(monkeypatch, "later")
    assert offer_drafts(host, db, runner) == []
    assert "fre 14 mars 2025" in asked.questions[0] and db.drafts.get(shift.id) is not None

    answer(monkeypatch, "open")
    again = offer_drafts(host, db, runner)
    assert len(again) == 1 and again[0] is not editor
    qtbot.waitUntil(again[0].isActiveWindow)
    summary = again[0].sections["summary"].edit
    assert summary.toPlainText() == "Lugnt. Bråk vid kiosken."
    assert "återställt" in again[0].status.text()
    assert again[0].unsaved()

    answer(monkeypatch, "save")  # closing the recovered draft asks
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(again[0]))
    qtbot.waitUntil(lambda: db.drafts.get(shift.id) is None)
    assert db.get(Shift, shift.id).summary == "Lugnt. Bråk vid kiosken."


def test_a_draft_can_be_thrown_away_at_start(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    editor = open_editor(qtbot, host, db, runner)
    write_summary(qtbot, editor, "Kallt")
    sid = editor.draft.shift.id
    qtbot.waitUntil(lambda: db.drafts.get(sid) is not None, timeout=1500)
    wait_idle(qtbot, editor)
    crash(editor)
    answer(monkeypatch, "discard")
    assert offer_drafts(host, db, runner) == []
    qtbot.waitUntil(lambda: db.drafts.waiting() == [])


def test_a_damaged_draft_is_reported_and_kept(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    db.drafts.put("trasigt", "{inte json")
    asked = answer(monkeypatch, "ok")
    assert offer_drafts(host, db, runner) == []
    assert "går inte att läsa" in asked.questions[0]
    assert db.drafts.get("trasigt") == "{inte json"


def test_typing_without_pause_is_still_saved_every_few_seconds(qtbot: QtBot) -> None:
    writes: list[int] = []
    owner = QObject()
    keeper = DraftKeeper(lambda: writes.append(1), owner)
    for _ in range(14):  # a key every 250 ms for 3.5 s: the idle timer never runs out
        keeper.touch()
        qtbot.wait(250)
    assert writes, "nothing written while typing went on"
    keeper.stop()


def test_discarding_changes_drops_the_draft(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shift = stored_shift(db)
    editor = open_editor(qtbot, host, db, runner, shift.id)
    write_summary(qtbot, editor, " Skräp")
    qtbot.waitUntil(lambda: db.drafts.get(shift.id) is not None, timeout=1500)
    type_text(editor.sections["summary"].edit, "!")  # a change still waiting when closing
    answer(monkeypatch, "discard")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(editor))
    qtbot.waitUntil(lambda: db.drafts.get(shift.id) is None)
    qtbot.wait(1200)  # no late autosave brings it back
    assert db.drafts.get(shift.id) is None
    assert db.get(Shift, shift.id).summary == "Lugnt."
