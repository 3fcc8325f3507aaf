"""In English, no window shows a Swedish word that should have been translated.

:func:`swedish_words_in` reads every text a user can see in a window (labels, buttons, tabs,
menus, titles, placeholders, list and table items, headers, combo items, tooltips); the tests
switch the running application to English and open each window in :data:`OPENERS`. A new
window is one more line there.
"""

from __future__ import annotations

import dataclasses
import html
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from faltapp.core.codec import to_payload
from faltapp.core.digest import content_hash
from faltapp.core.entities import (
    Contact,
    FollowUp,
    Observation,
    Place,
    Shift,
    Staff,
    Tally,
    WalkItem,
)
from faltapp.core.weeks import IsoWeek
from faltapp.gui import i18n
from faltapp.gui.conflict_dialog import ConflictDialog
from faltapp.gui.editor import open_shift_editor
from faltapp.gui.main_window import MainWindow
from faltapp.gui.passphrase_dialog import PassphraseDialog
from faltapp.gui.roster_dialog import RosterDialog
from faltapp.gui.settings_dialog import SettingsDialog
from faltapp.gui.store_events import StoreEvents
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.unlock_dialog import UnlockDialog
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.store.merge import ForeignVersion

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "faltapp_en.ts"

SWEDISH_WORDS = frozenset("""
    och eller inte att det den som för med på av till från är har kan ska vid om inga inget
    ingen alla denna detta förra nästa ny nytt nya ja nej var vad när vem hur
    pass fältpass kvällspass nattpass helgpass skolpass spara sparat sparad sparas avbryt arkiv
    visa redigera avsluta avslutat avslutas inställningar platser plats språk ta
    bort byt namn datum tid slut typ område områden kontakt kontakter iakttagelse iakttagelser
    uppföljning uppföljningar sammanfattning utkast lösenfras lösenfrasen databas databasen
    öppna stäng hjälp veckor vecka kväll natt polis skola flicka pojke annat okänt okänd ålder
    år antal totalt lås upp skapa fel försök igen vänta klar möten mötte påverkade orossamtal
    grunduppgifter kopiera föregående korrigera radera orsak väder vädret tätortsvandring
    aktiv inaktiv inaktivera aktivera lägg ändra ändringar ägare förfaller försenad
    öppen öppna gjord beskrivning svårighetsgrad allvarlighet vidarebefordrad hänvisad
    fritidsgård socialtjänst väktare nattvandrare föräldrar annan tillbaka framåt sök filtrera
    verktyg fil senaste inga gamla nu idag igår imorgon mån tis ons tors fre lör sön
""".split())  # noqa: SIM905 (a word list reads better as text)
"""Common words of the Swedish interface that are no English words."""

_WORD = re.compile(r"[^\W\d_]+")
_TAG = re.compile(r"<[^>]+>")


def swedish_in(text: str, allow: Iterable[str] = ()) -> bool:
    """True when ``text`` (minus the ``allow``-ed user data) holds å, ä, ö or a Swedish word."""
    text = html.unescape(_TAG.sub(" ", text)).replace("&", "")
    for phrase in allow:
        text = text.replace(phrase, " ")
    return any(re.search("[åäöÅÄÖ]", word) or word.lower() in SWEDISH_WORDS
               for word in _WORD.findall(text))


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() or isinstance(widget, QMenu)


def _model_texts(view: QAbstractItemView, max_rows: int = 50) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = view.rootIndex()
    columns = ([view.modelColumn()] if isinstance(view, QListView)
               else range(model.columnCount(root)))
    header = getattr(view, "horizontalHeader", lambda: None)()
    if header is not None and header.isVisible():
        yield from (str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns)
    for row in range(min(model.rowCount(root), max_rows)):
        for column in columns:
            index = model.index(row, column, root)
            yield str(index.data() or "")
            yield str(index.data(Qt.ItemDataRole.ToolTipRole) or "")


def texts_of(widget: QWidget) -> Iterator[str]:
    """Every text a user can see or hear in ``widget`` and its visible descendants."""
    yield widget.windowTitle()
    for child in [widget, *widget.findChildren(QWidget)]:
        if not _visible(child):
            continue
        yield child.toolTip()
        yield child.accessibleName()
        for action in child.actions():
            yield action.text()
            yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        if isinstance(child, QMenu):
            yield child.title()
        if isinstance(child, QMainWindow):
            yield child.statusBar().currentMessage()
        if isinstance(child, QLabel | QAbstractButton):
            yield child.text()
        if isinstance(child, QGroupBox):
            yield child.title()
        if isinstance(child, QTabBar):
            yield from (child.tabText(i) for i in range(child.count()))
        if isinstance(child, QLineEdit | QPlainTextEdit | QTextEdit):
            yield child.placeholderText()
        if isinstance(child, QAbstractSpinBox):
            yield child.text()
            yield child.specialValueText()
        if isinstance(child, QComboBox):
            yield from (child.itemText(i) for i in range(child.count()))
        if isinstance(child, QAbstractItemView):
            yield from _model_texts(child)


def swedish_words_in(widget: QWidget, allow: Iterable[str] = ()) -> list[str]:
    """Texts in ``widget`` that look Swedish; ``allow``: user data such as place names."""
    allow = sorted(allow, key=len, reverse=True)
    found = [text for text in texts_of(widget) if text and swedish_in(text, allow)]
    return sorted(set(found))


# -- switching the running application to English --------------------------------------------

@pytest.fixture(scope="session")
def english_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding faltapp_en.qm freshly built from the .ts source."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS_FILE), "-qm", str(folder / "faltapp_en.qm")],
                   check=True, capture_output=True, timeout=60)
    return folder


@pytest.fixture
def english(qapp: QApplication, english_qm: Path) -> Iterator[None]:
    """The application in English for one test, then back in the language it had."""
    before = i18n.active_language()
    i18n.install_translators(qapp, "en", english_qm)
    assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&File"
    yield
    i18n.install_translators(qapp, before)


# -- the windows --------------------------------------------------------------------------------

Opener = Callable[[QtBot, Database, Path], QWidget]


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _seed(db: Database, kind: str = "kvallspass") -> str:
    """A shift after midnight with something in every section, so every form is shown."""
    place = next(p for p in db.all(Place) if p.active)
    staff = Staff(name="Anna Andersson", initials="AA")
    shift = Shift(date=date(2025, 3, 14), start=time(18), end=time(2, 15), kind=kind,
                  area_ids=(place.id,), staff_ids=(staff.id,), partners=("polis",))
    contact = Contact(shift_id=shift.id, alias="A", birth_year=2010, gender="flicka",
                      place_id=place.id, actions=("concern_talk",), conversation="orossamtal")
    db.save_many([
        staff, shift, contact,
        Tally(shift_id=shift.id, gender="flicka", age_band="13_15", count=4, affected_alcohol=1),
        Observation(shift_id=shift.id, observed_at=datetime(2025, 3, 14, 22, 10),
                    place_id=place.id, category="otrygg_samling", people_count=15,
                    forwarded_to=("polis",)),
        FollowUp(text="Call", due=date(2025, 3, 20), owner_id=staff.id, shift_id=shift.id,
                 contact_id=contact.id),
        WalkItem(shift_id=shift.id, problem="Lamp", place_id=place.id, deadline=date(2025, 4, 1)),
    ])
    return shift.id


def user_data(db: Database) -> list[str]:
    """Names the user typed (places, their areas, staff): never translated."""
    places = db.all(Place)
    return [*USER_DATA, *(p.name for p in places), *(p.area for p in places if p.area),
            *(s.name for s in db.all(Staff))]


def open_main_window(qtbot: QtBot, db: Database, path: Path) -> QWidget:
    if not db.all(Shift):
        _seed(db)
    window = _shown(qtbot, MainWindow(db))
    window.week_combo.showPopup()  # the weeks are filled on first use
    window.week_combo.hidePopup()
    return window


def open_settings(qtbot: QtBot, db: Database, path: Path) -> QWidget:
    parent = _shown(qtbot, QWidget())
    return _shown(qtbot, SettingsDialog(db, TaskRunner(parent), parent))


def open_follow_ups(qtbot: QtBot, db: Database, path: Path) -> QWidget:
    _seed(db)
    window = open_main_window(qtbot, db, path)
    assert isinstance(window, MainWindow)
    window.tabs.setCurrentWidget(window.follow_ups)
    return window


def editor_at(section: str, kind: str = "kvallspass") -> Opener:
    """An opener of the shift editor showing ``section`` of a shift of ``kind``."""
    def open_editor(qtbot: QtBot, db: Database, path: Path) -> QWidget:
        shift_id = _seed(db, kind)
        parent = _shown(qtbot, QWidget())
        editor = open_shift_editor(parent, db, TaskRunner(parent), shift_id, section=section)
        assert editor is not None
        qtbot.waitExposed(editor)
        return editor
    return open_editor


def open_unlock_new(qtbot: QtBot, db: Database, path: Path) -> QWidget:
    return _shown(qtbot, UnlockDialog(path.parent / "new.db"))


def first_run_at(page: int) -> Opener:
    """The first-run wizard shown at page ``page`` (0 role, 1 names, 2 passphrase)."""

    def opener(qtbot: QtBot, db: Database, path: Path) -> QWidget:
        from faltapp.gui.first_run import FirstRunWizard

        wizard = _shown(qtbot, FirstRunWizard(path.parent / "new.db"))
        wizard.name_page.name.setText("Anna Ledare")  # type: ignore[attr-defined]
        for _ in range(page):
            wizard.next()  # type: ignore[attr-defined]
        return wizard

    return opener


def open_unlock_existing(qtbot: QtBot, db: Database, path: Path) -> QWidget:
    return _shown(qtbot, UnlockDialog(path))


def open_passphrase(qtbot: QtBot, db: Database, path: Path) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    return _shown(qtbot, PassphraseDialog(db, TaskRunner(parent), parent))


def open_week(qtbot: QtBot, db: Database, path: Path) -> QWidget:
    window = open_main_window(qtbot, db, path)
    assert isinstance(window, MainWindow)
    window.show_week()
    window.week_view.set_week(IsoWeek.of(date(2025, 3, 14)))
    return window


def open_conflicts(qtbot: QtBot, db: Database, path: Path) -> QWidget:
    place = Place(name="Resecentrum", area="Centrum")
    base = db.save(place).version
    db.save(dataclasses.replace(place, name="Resecentrum norra"), base=base)
    theirs = to_payload(dataclasses.replace(place, area="Norr"))
    other = "f" * 32
    db.merge([(Place, ForeignVersion("place", place.id, f"900-{other}", base,
                                     content_hash(theirs, False), False, theirs,
                                     "2026-11-21T08:00:00+00:00", other))])
    return _shown(qtbot, ConflictDialog(db, StoreEvents(db)))


def open_roster(qtbot: QtBot, db: Database, path: Path) -> QWidget:
    db.team.create_team("Fältgruppen", "Anna Ledare")
    return _shown(qtbot, RosterDialog(db, StoreEvents(db)))


def open_export(qtbot: QtBot, db: Database, path: Path) -> QWidget:
    from faltapp.gui.export_dialog import ExportDialog
    from faltapp.gui.tasks import TaskRunner

    db.team.create_team("Fältgruppen", "Anna Ledare")
    owner = QWidget()
    qtbot.addWidget(owner)
    return _shown(qtbot, ExportDialog(db, TaskRunner(owner)))


def open_import(qtbot: QtBot, db: Database, path: Path) -> QWidget:
    from faltapp.gui.import_dialog import ImportDialog
    from faltapp.gui.tasks import TaskRunner

    owner = QWidget()
    qtbot.addWidget(owner)
    return _shown(qtbot, ImportDialog(db, TaskRunner(owner), lambda: None))


def open_inbox_dialog(qtbot: QtBot, db: Database, path: Path) -> QWidget:
    from faltapp.gui.team_menu import open_inbox

    window = open_main_window(qtbot, db, path)
    dialog = open_inbox(window)  # type: ignore[arg-type]
    qtbot.waitExposed(dialog)
    return dialog


def team_setup_dialog(name: str) -> Opener:
    """One of the enrolment dialogs (gui/team_setup.py, gui/team_approve.py)."""

    def opener(qtbot: QtBot, db: Database, path: Path) -> QWidget:
        from faltapp.gui import team_approve, team_setup

        if name == "ApproveDialog":
            db.team.create_team("Fältgruppen", "Anna Ledare")
            return _shown(qtbot, team_approve.ApproveDialog(db))
        return _shown(qtbot, getattr(team_setup, name)(db))

    return opener


def open_enrolment(step: str) -> Opener:
    """The join dialog with its fingerprint shown, or the approval with a request waiting."""

    def opener(qtbot: QtBot, db: Database, path: Path) -> QWidget:
        from faltapp.gui.team_approve import ApproveDialog
        from faltapp.gui.team_setup import JoinTeamDialog
        from faltapp.sync import enrolment

        db.team.create_team("Fältgruppen", "Anna Ledare")
        member = Database.create(path.parent / "member.db", "lösenord123",
                                 kdf=KdfParams.for_tests())
        card, request = path.parent / "card.json", path.parent / "request.json"
        card.write_bytes(enrolment.make_card(db))
        if step == "approve":
            request.write_bytes(enrolment.join_team(member, card.read_bytes(), "A").request)
            member.close()
            dialog = _shown(qtbot, ApproveDialog(db))
            dialog.use_request(request)
            return dialog
        join = _shown(qtbot, JoinTeamDialog(member))
        join.destroyed.connect(member.close)
        join.use_card(card)
        join.person.setText("A")
        join.join(request)
        return join

    return opener


def open_persons(what: str) -> Opener:
    """The person register, one person with a linked contact, or the access log."""

    def opener(qtbot: QtBot, db: Database, path: Path) -> QWidget:
        from faltapp.core.entities import Person
        from faltapp.gui.person_register import open_access_log, open_person_register

        person = Person(alias="A", birth_year=2010, gender="flicka")
        db.save(person)
        _seed(db)
        contact = db.all(Contact)[0]
        db.save(dataclasses.replace(contact, person_id=person.id),
                db.meta(Contact, contact.id).version)
        window = open_main_window(qtbot, db, path)
        if what == "log":
            db.access.log("print", None, "x")
            return _shown(qtbot, open_access_log(window))
        register = _shown(qtbot, open_person_register(window))
        return register if what == "register" else _shown(qtbot, register.open_current())

    return opener


OPENERS: dict[str, Opener] = {
    "main window": open_main_window,
    "unlock, new database": open_unlock_new,
    "unlock": open_unlock_existing,
    "first run: role": first_run_at(0),
    "first run: names": first_run_at(1),
    "first run: passphrase": first_run_at(2),
    "passphrase": open_passphrase,
    "settings": open_settings,
    "follow-up list": open_follow_ups,
    "editor: basics": editor_at("basics"),
    "editor: tallies": editor_at("tallies"),
    "editor: contacts": editor_at("contacts"),
    "editor: observations": editor_at("observations"),
    "editor: follow-ups": editor_at("follow_ups"),
    "editor: safety walk": editor_at("walk", "tatortsvandring"),
    "editor: summary": editor_at("summary"),
    "week": open_week,
    "conflicts": open_conflicts,
    "roster": open_roster,
    "export": open_export,
    "import": open_import,
    "inbox": open_inbox_dialog,
    "team: create": team_setup_dialog("CreateTeamDialog"),
    "team: join": team_setup_dialog("JoinTeamDialog"),
    "team: approve": team_setup_dialog("ApproveDialog"),
    "team: joined": open_enrolment("join"),
    "team: a request": open_enrolment("approve"),
    "persons": open_persons("register"),
    "person": open_persons("person"),
    "access log": open_persons("log"),
}
"""Every window to check in English: name → function that opens it and returns it."""

USER_DATA = ("faltapp.db", "new.db", "Fältgruppen", "Anna Ledare")
"""Texts that are the user's, not the interface's (database file names)."""


@pytest.mark.parametrize("name", list(OPENERS))
def test_window_shows_no_swedish_in_english(qtbot: QtBot, db: Database, db_path: Path,
                                            english: None, name: str) -> None:
    window = OPENERS[name](qtbot, db, db_path)
    found = swedish_words_in(window, user_data(db))
    assert not found, "Swedish in English:\n" + "\n".join(found)


def test_every_menu_shows_no_swedish_in_english(qtbot: QtBot, db: Database, db_path: Path,
                                                english: None) -> None:
    window = open_main_window(qtbot, db, db_path)
    assert isinstance(window, QMainWindow)
    allow = user_data(db)
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    assert menus
    for menu in menus:
        menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitUntil(menu.isVisible)
        assert swedish_words_in(menu, allow) == [], menu.title()
        menu.hide()


def test_the_checker_finds_swedish_and_spares_user_data(qtbot: QtBot) -> None:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    combo = QComboBox()
    combo.addItems(["All weeks", "Denna vecka"])
    hidden = QLabel("&Spara")
    for child in (QLabel("Week 11"), combo, QLabel("Stadsträdgården: Fri 14/3"), hidden):
        layout.addWidget(child)
    hidden.hide()
    _shown(qtbot, widget)
    assert swedish_words_in(widget) == ["Denna vecka", "Stadsträdgården: Fri 14/3"]
    assert swedish_words_in(widget, ["Stadsträdgården"]) == ["Denna vecka"]
    assert swedish_in("&Spara") and swedish_in("<b>och</b>") and not swedish_in("<b>&Save</b>")
