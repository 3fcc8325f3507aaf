"""The shift editor window: defaults, sections by keyboard, Spara, Avsluta, Korrigera, Ta bort,
closing with unsaved changes, and a save that meets a change made elsewhere."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

import faltapp.gui.editor as editor_package
from faltapp.core.entities import Place, Shift, Staff, Tally
from faltapp.gui.editor import editor_actions, open_shift_editor
from faltapp.gui.editor.window import ShiftEditor
from faltapp.gui.inputs.date_edit import DateEdit
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def type_text(widget: QWidget, text: str) -> None:
    """One key event per character (keyClicks aborts on å, ä, ö: PLATFORM-NOTES gotcha 1)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


class Asked:
    """Stands in for ShiftEditor.ask: records each question, answers from a list."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.questions: list[str] = []

    def __call__(self, parent: QWidget, title: str, text: str,
                 choices: list[tuple[str, str]]) -> str:
        self.questions.append(text)
        assert self.answers, f"unexpected question: {text}"
        return self.answers.pop(0)


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No modal loop in a test: every question must be answered by the test itself."""
    monkeypatch.setattr(ShiftEditor, "ask", staticmethod(Asked()))
    monkeypatch.setattr(DateEdit, "confirm", staticmethod(lambda parent, question: True))
    yield
    editor_package._OPEN.clear()


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def runner(host: QWidget) -> TaskRunner:
    return TaskRunner(host)


def answer(monkeypatch: pytest.MonkeyPatch, *answers: str) -> Asked:
    asked = Asked(*answers)
    monkeypatch.setattr(ShiftEditor, "ask", staticmethod(asked))
    return asked


def open_editor(qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner,
                shift_id: str | None = None, **options: object) -> ShiftEditor:
    """Open the editor and wait until it takes the keyboard."""
    editor = open_shift_editor(host, db, runner, shift_id, **options)
    assert isinstance(editor, ShiftEditor)
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def write_summary(qtbot: QtBot, editor: ShiftEditor, text: str) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_7, ALT)
    summary = editor.sections["summary"].edit
    assert summary.hasFocus()
    qtbot.keyClick(summary, Qt.Key.Key_End, CTRL)
    type_text(summary, text)


def wait_idle(qtbot: QtBot, editor: ShiftEditor) -> None:
    qtbot.waitUntil(lambda: not editor.lane.busy)


def closed(editor: ShiftEditor) -> bool:
    return not isValid(editor) or not editor.isVisible()


def stored_shift(db: Database, **changes: object) -> Shift:
    """A stored draft shift (with one tally) to open."""
    place = db.all(Place)[0]
    shift = Shift(date=date(2025, 3, 14), start=time(18), end=time(23, 30), kind="kvallspass",
                  area_ids=(place.id,), summary="Lugnt.", **changes)
    db.save_shift(editor_actions.ShiftDraft(shift).bundle(), {})
    db.save(Tally(shift.id, "flicka", "13_15", 4))
    return shift


def test_a_new_shift_starts_from_the_last_shift(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    anna, bo = Staff("Anna"), Staff("Bo")
    db.save(anna)
    db.save(bo)
    places = db.all(Place)[:2]
    last = stored_shift(db)
    db.save_shift(editor_actions.ShiftDraft(replace(
        last, id="x" * 36, date=date(2025, 3, 15), kind="nattpass", start=time(21),
        end=time(2, 15), area_ids=tuple(p.id for p in places), staff_ids=(bo.id,),
        partners=("polis",), weather="Regn")).bundle(), {})
    monkeypatch.setattr(editor_actions, "now", lambda: datetime(2025, 3, 21, 19, 5))
    editor = open_editor(qtbot, host, db, runner)
    basics = editor.sections["basics"]
    assert basics.date_edit.date() == date(2025, 3, 21)
    assert (basics.start_edit.time(), basics.end_edit.time()) == (time(21), time(2, 15))
    assert basics.end_edit.next_day()
    assert basics.kind_combo.currentData() == "nattpass"
    assert set(basics.areas.checked()) == {p.id for p in places}
    assert basics.staff.checked() == (bo.id,)
    assert not any(box.isChecked() for box in basics.partner_boxes.values())
    assert basics.weather_edit.text() == ""
    assert "nytt" in editor.windowTitle() and "fre 21 mars 2025" in editor.windowTitle()
    assert basics.date_edit.line_edit().hasFocus()


def test_a_shift_typed_in_after_midnight_belongs_to_the_evening_before(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editor_actions, "now", lambda: datetime(2025, 3, 15, 0, 30))
    editor = open_editor(qtbot, host, db, runner)
    assert editor.sections["basics"].date_edit.date() == date(2025, 3, 14)


def test_copying_the_previous_shift_copies_its_structure_not_the_people_met(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    last = stored_shift(db, partners=("polis", "skola"), weather="Snö")
    editor = open_editor(qtbot, host, db, runner, copy_previous=True)
    basics = editor.sections["basics"]
    assert basics.partner_boxes["polis"].isChecked() and basics.partner_boxes["skola"].isChecked()
    assert basics.weather_edit.text() == "Snö"
    assert basics.areas.checked() == last.area_ids
    assert editor.draft.shift.id != last.id
    assert editor.draft.tallies == [] and editor.draft.shift.summary == ""


def test_alt_digits_and_ctrl_page_keys_switch_sections(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    editor = open_editor(qtbot, host, db, runner)
    qtbot.keyClick(focused(), Qt.Key.Key_7, ALT)
    assert editor.current_section().KEY == "summary"
    assert editor.sections["summary"].edit.hasFocus()
    assert editor.index.currentItem().text().startswith("7")
    qtbot.keyClick(focused(), Qt.Key.Key_PageUp, CTRL)  # Tätortsvandring is hidden
    assert editor.current_section().KEY == "follow_ups"
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, CTRL)
    assert editor.current_section().KEY == "summary"
    qtbot.keyClick(focused(), Qt.Key.Key_1, ALT)
    assert editor.current_section().KEY == "basics"
    assert editor.sections["basics"].date_edit.line_edit().hasFocus()


def test_choosing_a_safety_walk_shows_its_section(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    editor = open_editor(qtbot, host, db, runner)
    walk_row = list(editor.sections).index("walk")
    assert editor.index.item(walk_row).isHidden()
    combo = editor.sections["basics"].kind_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # Tätortsvandring is the last kind
    assert combo.currentData() == "tatortsvandring"
    assert not editor.index.item(walk_row).isHidden()
    qtbot.keyClick(focused(), Qt.Key.Key_6, ALT)
    assert editor.current_section().KEY == "walk"


def test_spara_stores_a_draft_shift_and_drops_the_draft(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    editor = open_editor(qtbot, host, db, runner)
    write_summary(qtbot, editor, "Lugnt på Stortorget.")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    sid = editor.draft.shift.id
    qtbot.waitUntil(lambda: db.get(Shift, sid) is not None)
    wait_idle(qtbot, editor)
    stored = db.get(Shift, sid)
    assert stored.status == "draft" and stored.summary == "Lugnt på Stortorget."
    assert db.drafts.get(sid) is None
    assert "utkast" in editor.windowTitle() and editor.isVisible()
    assert not editor.unsaved()


def test_avsluta_with_a_problem_shows_it_by_the_field_and_in_the_list(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    editor = open_editor(qtbot, host, db, runner)
    basics = editor.sections["basics"]
    write_summary(qtbot, editor, "Lugnt.")
    qtbot.keyClick(focused(), Qt.Key.Key_1, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert basics.end_edit.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "2530")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert editor.problems.isVisible() and editor.problems.count() == 1
    assert "2530" in editor.problems.list.item(0).text()
    assert basics.errors["when"].isVisible() and "2530" in basics.errors["when"].text()
    assert editor.problems.list.hasFocus()
    qtbot.keyClick(editor.problems.list, Qt.Key.Key_Return)
    assert basics.end_edit.hasFocus()
    assert basics.end_edit.text() == "2530"
    assert db.get(Shift, editor.draft.shift.id) is None


def finalise(qtbot: QtBot, editor: ShiftEditor, db: Database) -> Shift:
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    sid = editor.draft.shift.id
    qtbot.waitUntil(lambda: (s := db.get(Shift, sid)) is not None and s.status == "final")
    wait_idle(qtbot, editor)
    return db.get(Shift, sid)


def test_avsluta_saves_the_shift_final_and_read_only(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    editor = open_editor(qtbot, host, db, runner)
    write_summary(qtbot, editor, "Lugnt.")
    finalise(qtbot, editor, db)
    assert "avslutat" in editor.windowTitle()
    assert editor.correct_button.isVisible() and not editor.save_button.isVisible()
    assert not editor.delete_button.isVisible()
    summary = editor.sections["summary"].edit
    summary.setFocus()
    type_text(summary, " mer")
    assert summary.toPlainText() == "Lugnt."
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # nothing unsaved: closes without asking
    assert closed(editor)


def test_korrigera_asks_for_a_reason_and_keeps_it_in_history(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    editor = open_editor(qtbot, host, db, runner)
    write_summary(qtbot, editor, "Lugnt.")
    shift = finalise(qtbot, editor, db)
    monkeypatch.setattr(ShiftEditor, "ask_reason", staticmethod(lambda parent: None))
    qtbot.keyClick(focused(), Qt.Key.Key_E, CTRL)
    assert editor.sections["summary"].edit.isReadOnly()
    monkeypatch.setattr(ShiftEditor, "ask_reason", staticmethod(lambda parent: "Fel plats"))
    qtbot.keyClick(focused(), Qt.Key.Key_E, CTRL)
    assert "rättas" in editor.windowTitle()
    summary = editor.sections["summary"].edit
    summary.setFocus()
    qtbot.keyClick(summary, Qt.Key.Key_End, CTRL)
    type_text(summary, " Rättat.")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: db.get(Shift, shift.id).summary == "Lugnt. Rättat.")
    wait_idle(qtbot, editor)
    assert db.get(Shift, shift.id).status == "final"
    assert db.history(Shift, shift.id)[-1].reason == "Fel plats"
    assert summary.isReadOnly() and "avslutat" in editor.windowTitle()


def test_a_draft_shift_is_deleted_after_confirmation(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shift = stored_shift(db)
    editor = open_editor(qtbot, host, db, runner, shift.id)
    asked = answer(monkeypatch, "cancel", "delete")
    editor.delete_button.click()
    assert editor.isVisible() and db.get(Shift, shift.id) is not None
    qtbot.keyClick(focused(), Qt.Key.Key_B, ALT)
    qtbot.waitUntil(lambda: closed(editor))
    assert db.get(Shift, shift.id) is None and db.all(Tally) == []
    assert "fre 14 mars 2025" in asked.questions[0]


@pytest.mark.parametrize("choice", ["cancel", "discard", "save"])
def test_closing_with_unsaved_changes_asks(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch, choice: str) -> None:
    shift = stored_shift(db)
    editor = open_editor(qtbot, host, db, runner, shift.id)
    write_summary(qtbot, editor, " Sen kväll.")
    asked = answer(monkeypatch, choice)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert len(asked.questions) == 1
    if choice == "cancel":
        assert editor.isVisible() and editor.unsaved()
        assert editor.sections["summary"].edit.toPlainText().endswith("Sen kväll.")
        return
    qtbot.waitUntil(lambda: closed(editor))
    qtbot.waitUntil(lambda: db.drafts.get(shift.id) is None)
    expected = "Lugnt. Sen kväll." if choice == "save" else "Lugnt."
    assert db.get(Shift, shift.id).summary == expected


def test_an_empty_new_shift_is_not_saved(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    editor = open_editor(qtbot, host, db, runner)
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert editor.error.isVisible() and "tomt" in editor.error.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # closes without a question
    assert closed(editor)
    assert db.all(Shift) == [] and db.drafts.waiting() == []


def test_a_change_made_elsewhere_keeps_everything_typed(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    shift = stored_shift(db)
    editor = open_editor(qtbot, host, db, runner, shift.id)
    write_summary(qtbot, editor, " Mitt tillägg.")
    loaded = db.load(Shift, shift.id)
    db.save(replace(loaded.entity, summary="Ändrat i ett annat fönster."), loaded.version)
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(editor.error.isVisible)
    assert "ändrats någon annanstans" in editor.error.text()
    assert editor.sections["summary"].edit.toPlainText() == "Lugnt. Mitt tillägg."
    qtbot.waitUntil(lambda: db.drafts.get(shift.id) is not None)
    assert "Mitt tillägg" in db.drafts.get(shift.id)
    assert editor.isVisible() and editor.save_button.isEnabled()


def test_opening_an_open_shift_again_shows_the_same_window(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    shift = stored_shift(db)
    first = open_editor(qtbot, host, db, runner, shift.id)
    assert open_shift_editor(host, db, runner, shift.id, section="summary") is first
    assert first.current_section().KEY == "summary"


def test_an_editor_deleted_with_its_parent_is_no_longer_listed(qtbot: QtBot, db: Database,
                                                               runner: TaskRunner) -> None:
    """Closing the main window asks every open editor; one Qt already deleted (with the
    window that owned it) must not be asked — that crashed the whole app."""
    parent = QWidget()
    parent.show()
    editor = open_shift_editor(parent, db, runner, stored_shift(db).id)
    assert editor_package.open_editors() == [editor]
    parent.deleteLater()
    qtbot.waitUntil(lambda: not isValid(editor))
    assert editor_package.open_editors() == []
