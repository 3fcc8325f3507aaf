"""Pages built when first needed: opening a shift builds only the page shown first; every other
page is built when it is shown, given a problem or asked for, and one never built keeps its part
of the shift (and its unparsed text) as loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import test_window as w
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Category, Contact, FollowUp, Observation, Place, Shift, Tally
from faltapp.core.shift_draft import ShiftDraft, raw_key
from faltapp.gui.editor import _OPEN
from faltapp.gui.editor.window import ShiftEditor
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database

host, runner, no_real_dialogs = w.host, w.runner, w.no_real_dialogs  # fixtures
ALT, CTRL, closed, focused, open_editor = w.ALT, w.CTRL, w.closed, w.focused, w.open_editor
type_text, wait_idle = w.type_text, w.wait_idle


def full_shift(db: Database, **changes: object) -> ShiftDraft:
    """A stored shift with something on every list page (tallies stored in another order
    than the page lists them)."""
    place = db.all(Place)[0]
    fields: dict[str, object] = {"kind": "kvallspass", "summary": "Lugnt.", **changes}
    shift = Shift(date=date(2025, 3, 14), start=time(18), end=time(23, 30),
                  area_ids=(place.id,), **fields)
    sid = shift.id
    draft = ShiftDraft(
        shift,
        tallies=[Tally(sid, "pojke", "13_15", 3, id="a" * 36),  # the grid lists girls first
                 Tally(sid, "flicka", "13_15", 4, id="b" * 36)],
        contacts=[Contact(sid, "Ahmed", birth_year=2009, place_id=place.id)],
        observations=[Observation(sid, datetime(2025, 3, 14, 21, 10), place.id,
                                  db.all(Category)[0].code, description="Klotter")],
        follow_ups=[FollowUp("Ring skolan", shift_id=sid)])
    db.save_shift(draft.bundle(), {})
    return draft


def built(editor: ShiftEditor) -> list[str]:
    return [key for key in editor.sections if editor.sections.is_built(key)]


def test_opening_builds_only_the_first_page_and_alt_4_builds_iakttagelser(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    stored = full_shift(db)
    editor = open_editor(qtbot, host, db, runner, stored.shift.id)
    assert built(editor) == ["basics"]
    assert editor.sections["basics"].date_edit.line_edit().hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_4, ALT)
    observations = editor.sections["observations"]
    assert editor.current_section() is observations and observations.isVisible()
    assert observations.first_field().hasFocus()
    assert observations.model.index(0, 3).data() == "Klotter"
    assert built(editor) == ["basics", "observations"]
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, CTRL)
    assert editor.current_section().KEY == "follow_ups"
    assert built(editor) == ["basics", "observations", "follow_ups"]


def test_looking_at_every_page_changes_nothing(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    stored = full_shift(db, kind="tatortsvandring")
    editor = open_editor(qtbot, host, db, runner, stored.shift.id)
    for _page in range(6):
        qtbot.keyClick(focused(), Qt.Key.Key_PageDown, CTRL)
    assert built(editor) == list(editor.sections)
    assert not editor.unsaved()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # no question: Asked() fails on one
    assert closed(editor)


def test_a_page_built_late_is_read_only_and_knows_the_shift_times(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    final = full_shift(db, status="final")
    editor = open_editor(qtbot, host, db, runner, final.shift.id)
    qtbot.keyClick(focused(), Qt.Key.Key_7, ALT)
    summary = editor.sections["summary"].edit
    type_text(summary, " mer")
    assert summary.isReadOnly() and summary.toPlainText() == "Lugnt."

    new = open_editor(qtbot, host, db, runner)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    start = new.sections["basics"].start_edit
    assert start.hasFocus()
    qtbot.keyClick(start, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(start, "2015")
    qtbot.keyClick(focused(), Qt.Key.Key_4, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_N, ALT)
    observations = new.sections["observations"]
    qtbot.waitUntil(lambda: len(observations.records) == 1)
    assert observations.field_widget("observed_at").hasFocus()
    assert observations.field_widget("observed_at").text() == "20:15"


def test_avsluta_shows_problems_on_pages_never_opened(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    stored = full_shift(db)
    contact, seen = stored.contacts[0], stored.observations[0]
    late = replace(seen, observed_at=datetime(2025, 3, 15, 5, 0))  # outside the shift
    db.drafts.put(stored.shift.id, replace(
        stored, observations=[late],
        raw={raw_key("contact", contact.id, "birth_year"): "20x9"}).to_json())
    editor = open_editor(qtbot, host, db, runner, stored.shift.id)
    assert built(editor) == ["basics"]
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    listed = [editor.problems.list.item(r).text() for r in range(editor.problems.count())]
    assert len(listed) == 2, listed
    assert listed[0].startswith("Kontakter") and "20x9" in listed[0]
    assert listed[1].startswith("Iakttagelser") and "05:00" in listed[1]
    observations = editor.sections["observations"]
    assert built(editor) == ["basics", "contacts", "observations"]
    assert "05:00" in observations.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert db.get(Shift, stored.shift.id).status == "draft"

    editor.problems.list.setCurrentRow(1)
    qtbot.keyClick(editor.problems.list, Qt.Key.Key_Return)
    assert editor.current_section() is observations
    assert observations.field_widget("observed_at").hasFocus()
    mark = observations._fields["observed_at"].error  # the red line under the field
    assert mark.isVisible() and "05:00" in mark.text()
    qtbot.keyClick(editor.problems.list, Qt.Key.Key_Up)
    qtbot.keyClick(editor.problems.list, Qt.Key.Key_Return)
    contacts = editor.sections["contacts"]
    assert editor.current_section() is contacts
    assert contacts.field_widget("birth_year").hasFocus()
    assert contacts.field_widget("birth_year").text() == "20x9"


def test_a_draft_keeps_what_pages_never_opened_hold(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    stored = full_shift(db)
    sid, contact = stored.shift.id, stored.contacts[0]
    unread = {raw_key("contact", contact.id, "birth_year"): "20x9"}
    db.drafts.put(sid, replace(stored, raw=unread).to_json())
    editor = open_editor(qtbot, host, db, runner, sid)
    qtbot.keyClick(focused(), Qt.Key.Key_7, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_End, CTRL)
    type_text(focused(), " Sen kväll.")
    qtbot.waitUntil(lambda: "Sen kväll" in (db.drafts.get(sid) or ""), timeout=5000)
    wait_idle(qtbot, editor)
    kept = ShiftDraft.from_json(db.drafts.get(sid))
    assert kept.shift.summary == "Lugnt. Sen kväll." and kept.raw == unread
    assert (kept.tallies, kept.contacts, kept.observations, kept.follow_ups) == (
        stored.tallies, stored.contacts, stored.observations, stored.follow_ups)
    assert built(editor) == ["basics", "summary"]

    _OPEN.clear()  # the window vanishes as in a crash; the editor opened next reads the draft
    editor.keeper.stop()
    editor.hide()
    again = open_editor(qtbot, host, db, runner, sid)
    qtbot.keyClick(focused(), Qt.Key.Key_3, ALT)
    assert again.sections["contacts"].field_widget("birth_year").text() == "20x9"
    assert again.sections["contacts"].field_widget("alias").text() == "Ahmed"


def test_a_follow_up_from_a_contact_builds_the_follow_ups_page(
        qtbot: QtBot, host: QWidget, db: Database, runner: TaskRunner) -> None:
    stored = full_shift(db)
    editor = open_editor(qtbot, host, db, runner, stored.shift.id)
    qtbot.keyClick(focused(), Qt.Key.Key_3, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_U, ALT)  # a mnemonic clicks after a short animation
    qtbot.waitUntil(lambda: editor.current_section().KEY == "follow_ups")
    follow_ups = editor.sections["follow_ups"]
    assert [follow_ups.model.index(r, 0).data() for r in range(2)] == [
        "Ring skolan", "Följ upp samtalet med Ahmed"]
