"""Every input of every window has a name a screen reader can say, and fits 1024×600."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui.test_english_coverage import OPENERS, english, english_qm  # noqa: F401 (fixtures)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from faltapp.store.database import Database

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractButton,
          QAbstractItemView)


def _part_of_another_input(widget: QWidget) -> bool:
    """The line edit inside a combo or spin box, a view inside a combo's popup: named by it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_inputs(window: QWidget) -> list[str]:
    """Visible inputs without an accessible name (buttons may be named by their text)."""
    out = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible():
            continue
        if _part_of_another_input(widget) or isinstance(widget, QHeaderView):
            continue
        name = widget.accessibleName()
        if isinstance(widget, QAbstractButton):
            name = name or widget.text().replace("&", "")
        if not name.strip():
            out.append(f"{type(widget).__name__} {widget.objectName()!r} "
                       f"in {type(widget.parentWidget()).__name__}")
    return out


@pytest.mark.parametrize("name", list(OPENERS))
def test_every_input_has_an_accessible_name(qtbot: QtBot, db: Database, db_path: Path,
                                            name: str) -> None:
    window = OPENERS[name](qtbot, db, db_path)
    missing = unnamed_inputs(window)
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("name", [n for n in OPENERS if n.startswith(("editor", "main"))])
def test_the_window_fits_a_1024_by_600_screen(qtbot: QtBot, db: Database, db_path: Path,
                                              name: str) -> None:
    window = OPENERS[name](qtbot, db, db_path)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600 - 40, (name, hint)  # 40: a panel


def alt_letters(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the visible texts that claim it in ``window`` (menu bar, buttons, labels
    with a buddy, tabs, group boxes)."""
    from PySide6.QtWidgets import QGroupBox, QLabel, QMainWindow, QTabBar

    texts: list[str] = []
    if isinstance(window, QMainWindow):
        texts += [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            if not widget.shortcut().isEmpty():  # a letter drawn underlined but not bound
                texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    out: dict[str, list[str]] = {}
    for text in texts:
        at = text.replace("&&", "").find("&")
        if at >= 0 and at + 1 < len(text.replace("&&", "")):
            out.setdefault(text.replace("&&", "")[at + 1].lower(), []).append(text)
    return out


@pytest.mark.parametrize("name", list(OPENERS))
def test_no_two_controls_share_an_alt_letter(qtbot: QtBot, db: Database, db_path: Path,
                                             name: str) -> None:
    window = OPENERS[name](qtbot, db, db_path)
    clashes = {k: v for k, v in alt_letters(window).items() if len(v) > 1}
    assert not clashes, clashes


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("name", list(OPENERS))
def test_no_two_controls_share_an_alt_letter_in_english(
        qtbot: QtBot, db: Database, db_path: Path, name: str) -> None:
    window = OPENERS[name](qtbot, db, db_path)
    clashes = {k: v for k, v in alt_letters(window).items() if len(v) > 1}
    assert not clashes, clashes


# -- the week view and its drill-down (issue 7) -------------------------------------------------

def _week_windows(qtbot: QtBot, db: Database, db_path: Path) -> dict[str, QWidget]:
    """The main window on its Vecka tab (the seeded week) and the drill-down of its shifts."""
    from gui.test_english_coverage import open_main_window

    from faltapp.core.weeks import IsoWeek

    window = open_main_window(qtbot, db, db_path)
    window.show_week()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.week_combo.isVisible())  # the list's filter goes
    view = window.week_view  # type: ignore[attr-defined]
    view.set_week(IsoWeek(2025, 11))
    view.focus_figures()
    view._drill(view.models["totals"], view.views["totals"].currentIndex())
    qtbot.waitUntil(view.drill_down.isVisible)
    return {"week view": window, "drill-down": view.drill_down}


@pytest.mark.parametrize("name", ["week view", "drill-down"])
def test_the_week_windows_name_every_input_and_fit_1024_by_600(
        qtbot: QtBot, db: Database, db_path: Path, name: str) -> None:
    window = _week_windows(qtbot, db, db_path)[name]
    assert window.isVisible()
    assert unnamed_inputs(window) == []
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600 - 40, hint
    assert window.width() <= 1024


@pytest.mark.parametrize("english_ui", [False, True])
def test_the_week_windows_give_each_alt_letter_once(
        qtbot: QtBot, db: Database, db_path: Path, request: pytest.FixtureRequest,
        english_ui: bool) -> None:
    if english_ui:
        request.getfixturevalue("english")
    for name, window in _week_windows(qtbot, db, db_path).items():
        clashes = {k: v for k, v in alt_letters(window).items() if len(v) > 1}
        assert not clashes, (name, clashes)


@pytest.mark.usefixtures("english")
def test_the_week_windows_show_no_swedish_in_english(qtbot: QtBot, db: Database,
                                                     db_path: Path) -> None:
    from gui.test_english_coverage import swedish_words_in, user_data

    for name, window in _week_windows(qtbot, db, db_path).items():
        found = swedish_words_in(window, user_data(db))
        assert not found, (name, found)


# -- inside each menu of the main window ---------------------------------------------------------

def _menu_clashes(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """Menu title → Alt letter → the items of that menu that claim it (only clashes)."""
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    found: dict[str, dict[str, list[str]]] = {}
    for top in window.menuBar().actions():
        letters: dict[str, list[str]] = {}
        for item in top.menu().actions():
            text = item.text().replace("&&", "")
            at = text.find("&")
            if at >= 0 and at + 1 < len(text):
                letters.setdefault(text[at + 1].lower(), []).append(item.text())
        clashes = {k: v for k, v in letters.items() if len(v) > 1}
        if clashes:
            found[top.text()] = clashes
    return found


def test_no_two_items_of_a_menu_share_an_alt_letter(qtbot: QtBot, db: Database,
                                                    db_path: Path) -> None:
    assert _menu_clashes(OPENERS["main window"](qtbot, db, db_path)) == {}


@pytest.mark.usefixtures("english")
def test_no_two_items_of_a_menu_share_an_alt_letter_in_english(
        qtbot: QtBot, db: Database, db_path: Path) -> None:
    assert _menu_clashes(OPENERS["main window"](qtbot, db, db_path)) == {}
