"""The standard scenario of issue 6, by keyboard only, through the real editor, then every
stored record checked field by field and the input events counted (target ≤ 150).

Friday 18:00–23:30, kvällspass, Stortorget, Stadsträdgården and Resecentrum, two field
secretaries, police present; met 14 girls and 17 boys (13–15: 9 girls, 11 boys; 16–17: 5 girls,
6 boys), 3 affected by alcohol; one orossamtal with a 15-year-old, guardian contacted, a
follow-up; three observations, one at a place added on the way. Finalised, then read-only.
The clock stands at Friday 23:40, so the shift's date is the default whatever day the test
runs. The editor's shortcuts are used as a user would: a new follow-up's owner and due date
come from the shift, the category digit moves on, the description completes the category's
usual cases ("bel" + Enter → "Belysning"), "forwarded to" takes a letter.
``bench/editor.py`` reads the printed ``scenario_input_events`` line.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from gui.gui_keys import focused, show_active
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Contact, FollowUp, Observation, Place, Shift, Staff, Tally
from faltapp.gui.editor import editor_actions
from faltapp.gui.editor.window import ShiftEditor
from faltapp.gui.inputs.date_edit import DateEdit
from faltapp.gui.inputs.place_picker import PlacePicker
from faltapp.gui.main_window import MainWindow
from faltapp.store.database import Database

NO = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
MOST_EVENTS = 150
NEW_PLACE = "Lidans strandpromenad"
FRIDAY = date(2026, 11, 20)
NOW = datetime.combine(FRIDAY, time(23, 40))
"""The scenario is typed in at 23:40 on the Friday of the shift."""


class Keyboard:
    """Every key goes to the widget with focus, as a user's would; each one is counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.events = 0
        self.phases: list[tuple[str, int]] = []

    def key(self, key: Qt.Key | str, modifier: Qt.KeyboardModifier = NO, times: int = 1) -> None:
        """Press ``key`` (``times`` times)."""
        for _ in range(times):
            self.events += 1
            self.qtbot.keyClick(focused(), key, modifier)

    def type(self, text: str) -> None:
        """Type ``text``: one event per character (å, ä, ö sent one by one)."""
        for ch in text:
            self.events += 1
            QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key.Key_unknown, ch, NO)

    def mark(self, phase: str) -> None:
        """Remember the count at the end of ``phase`` (printed with the total)."""
        self.phases.append((phase, self.events - sum(n for _p, n in self.phases)))

    def tab(self, times: int = 1) -> None:
        """Tab ``times`` times."""
        self.key(Qt.Key.Key_Tab, times=times)

    def enter(self) -> None:
        """Return."""
        self.key(Qt.Key.Key_Return)


@pytest.fixture
def staff(db: Database) -> tuple[Staff, Staff]:
    team = (Staff("Anna Lind", "AL"), Staff("Omar Haddad", "OH"))
    for member in team:
        db.save(member)
    return team


def test_the_standard_scenario_by_keyboard(qtbot: QtBot, db: Database, staff: tuple[Staff, Staff],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    places = {p.name: p for p in db.all(Place)}
    for name in ("Stortorget", "Stadsträdgården", "Resecentrum"):
        assert name in places
    assert NEW_PLACE not in places
    keys = Keyboard(qtbot)

    def add_place(_widget: QWidget, question: str) -> bool:
        assert NEW_PLACE in question
        keys.events += 1  # Enter on the question's default button (Ja)
        return True

    monkeypatch.setattr(PlacePicker, "confirm", staticmethod(add_place))
    asked: list[str] = []  # nothing should be asked; a question must not hang the test
    monkeypatch.setattr(ShiftEditor, "ask", staticmethod(
        lambda _parent, _title, text, _choices: asked.append(text) or "discard"))
    monkeypatch.setattr(DateEdit, "confirm", staticmethod(
        lambda _widget, text: asked.append(text) or True))
    monkeypatch.setattr(editor_actions, "now", lambda: NOW)
    monkeypatch.setattr(DateEdit, "today", staticmethod(lambda: NOW.date()))
    friday = FRIDAY

    window = MainWindow(db)
    show_active(qtbot, window)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    keys.key(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(window.editor, ShiftEditor) and window.editor.isVisible())
    editor = window.editor
    assert isinstance(editor, ShiftEditor)
    qtbot.waitUntil(editor.isActiveWindow)
    basics = editor.sections["basics"]

    # Grunduppgifter: the cursor starts in the date, today's (the default) as is the start
    assert focused() is basics.date_edit.line_edit()
    assert basics.date_edit.date() == friday
    keys.tab()
    assert basics.start_edit.time() == time(18, 0)
    keys.tab()
    keys.type("2330")
    keys.tab(2)  # over the kind (kvällspass) to the areas' filter
    assert basics.kind_combo.currentData() == "kvallspass"
    assert focused() is basics.areas.filter_edit()
    for part in ("stor", "träd", "rese"):
        keys.type(part)
        keys.enter()
    keys.tab(2)
    assert focused() is basics.staff.filter_edit()
    for part in ("ann", "om"):
        keys.type(part)
        keys.enter()
    keys.tab(2)
    assert focused() is basics.partner_boxes["polis"]
    keys.key(Qt.Key.Key_Space)

    keys.mark("Grunduppgifter")

    # Möten utan registrering
    keys.key("2", ALT)
    for count, tabs in (("9", 1), ("11", 3), ("5", 1), ("6", 0)):
        keys.type(count)
        keys.tab(tabs)
    keys.key("l", ALT)
    keys.type("3")

    keys.mark("Möten")

    # Kontakter: an orossamtal with a 15-year-old, guardian contacted, a follow-up
    keys.key("3", ALT)
    keys.key("n", ALT)
    contacts = editor.sections["contacts"]
    qtbot.waitUntil(contacts.alias.hasFocus)  # the button clicks a moment after its mnemonic
    keys.type("Sam")
    keys.tab()
    keys.type(str(friday.year - 15))
    keys.tab(3)  # over gender and place to the kind of conversation
    assert focused() is contacts.conversation
    keys.type("o")
    keys.tab(3)
    assert focused() is contacts.action_checks.boxes["kontakt_vardnadshavare"]
    keys.key(Qt.Key.Key_Space)
    keys.key("u", ALT)
    follow_ups = editor.sections["follow_ups"]
    qtbot.waitUntil(lambda: follow_ups.text.hasFocus())
    due = friday + timedelta(days=7)
    # owner: the first of the staff chosen above; due a week after the shift
    assert (follow_ups.owner.code(), follow_ups.due.date()) == (staff[0].id, due)

    keys.mark("Kontakt och uppföljning")

    # Iakttagelser
    observations = editor.sections["observations"]
    keys.key("4", ALT)
    for at, place, digit, people, text, forward in (
            ("2040", NEW_PLACE, "5", "", "bel", "f"),  # Belysning; Kommunens felanmälan
            ("2210", "rese", "2", "15", "gr", ""),  # Grupper som skapar otrygghet för andra
            ("2140", "träd", "3", "", "mi", "p")):  # Misstänkt droghantering; Polis
        before = len(observations.records)
        keys.key("n", ALT)
        qtbot.waitUntil(lambda before=before: len(observations.records) > before
                        and observations.time.hasFocus())
        keys.type(at)
        keys.tab()
        keys.type(place)
        keys.enter()
        # offscreen Qt leaves the completer's hidden popup as the active window (a window
        # system gives the editor back its activation): do what the window system does
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        keys.tab()
        keys.type(digit)  # the category by its number; the cursor moves on to the severity
        assert focused() is observations.severity
        keys.tab()
        keys.type(people)
        keys.tab()
        assert focused() is observations.description
        keys.type(text)
        keys.enter()  # takes the usual case offered
        if forward:
            keys.tab()
            keys.type(forward)  # ticks the box of that letter
        keys.mark(f"Iakttagelse {at}")

    # Avsluta passet
    keys.key(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: editor.draft.is_final, timeout=10_000)
    keys.mark("Avsluta")
    scenario_events = keys.events
    print("\n" + ", ".join(f"{phase}: {n}" for phase, n in keys.phases))
    print(f"scenario_input_events: {scenario_events}")

    assert asked == []
    check_read_only(qtbot, editor, keys)
    check_stored(db, staff, friday, due)
    assert scenario_events <= MOST_EVENTS


def check_read_only(qtbot: QtBot, editor: ShiftEditor, keys: Keyboard) -> None:
    """A finalised shift takes no typing: the summary and a count stay as they were."""
    summary = editor.sections["summary"].first_field()
    keys.key("7", ALT)
    assert summary.isReadOnly()
    keys.type("x")
    assert summary.toPlainText() == ""
    keys.key("2", ALT)
    cell = editor.sections["tallies"].first_field()
    keys.key(Qt.Key.Key_Plus)
    assert cell.value() == 9
    assert QApplication.activeModalWidget() is None


def check_stored(db: Database, staff: tuple[Staff, Staff], friday: date, due: date) -> None:
    """Every record as stored, field by field."""
    places = {p.name: p.id for p in db.all(Place)}
    (shift,) = db.all(Shift)
    assert (shift.date, shift.start, shift.end, shift.kind, shift.status) == (
        friday, time(18, 0), time(23, 30), "kvallspass", "final")
    assert set(shift.area_ids) == {places["Stortorget"], places["Stadsträdgården"],
                                   places["Resecentrum"]}
    assert set(shift.staff_ids) == {s.id for s in staff}
    assert shift.partners == ("polis",)
    assert (shift.summary, shift.weather) == ("", "")

    tallies = sorted((t.age_band, t.gender, t.count, t.affected_alcohol, t.affected_drugs)
                     for t in db.all(Tally))
    assert tallies == [("13_15", "flicka", 9, 3, 0), ("13_15", "pojke", 11, 0, 0),
                       ("16_17", "flicka", 5, 0, 0), ("16_17", "pojke", 6, 0, 0)]
    assert {t.shift_id for t in db.all(Tally)} == {shift.id}

    (contact,) = db.all(Contact)
    assert (contact.shift_id, contact.alias, contact.birth_year, contact.gender,
            contact.place_id, contact.conversation, contact.actions, contact.referred_to,
            contact.note) == (shift.id, "Sam", friday.year - 15, "okant", None, "orossamtal",
                              ("kontakt_vardnadshavare",), "", "")

    (follow_up,) = db.all(FollowUp)
    assert (follow_up.shift_id, follow_up.contact_id, follow_up.text, follow_up.owner_id,
            follow_up.due, follow_up.status) == (
        shift.id, contact.id, "Följ upp samtalet med Sam", staff[0].id,
        due, "open")

    def at(hhmm: str) -> datetime:
        return datetime.combine(friday, time(int(hhmm[:2]), int(hhmm[2:])))

    stored = sorted((o.observed_at, o.place_id, o.category, o.severity, o.people_count,
                     o.forwarded_to, o.description, o.shift_id) for o in db.all(Observation))
    assert stored == [
        (at("2040"), places[NEW_PLACE], "otrygg_plats", 1, 0, ("felanmalan",),
         "Belysning", shift.id),
        (at("2140"), places["Stadsträdgården"], "ordningsstorning", 1, 0, ("polis",),
         "Misstänkt droghantering", shift.id),
        (at("2210"), places["Resecentrum"], "otrygg_samling", 1, 15, (),
         "Grupper som skapar otrygghet för andra", shift.id),
    ]
    assert db.drafts.waiting() == []
