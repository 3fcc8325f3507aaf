"""Personer: the register of persons followed over time (issue 9 item 1).

A window beside the main window (Visa → Personer…, Ctrl+Shift+P): a filter on the alias, the
list, "Ny person…" and "Öppna" (Enter). Opening a person is logged by :class:`PersonDetail`.
The title says "Personer", never an alias. :func:`add_person_actions` puts the register and
the team leader's Åtkomstlogg in a menu of the main window.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.changes import Changes
from faltapp.gui.hint_view import HintTableView
from faltapp.gui.person_model import WATCHED, RowsTableModel, person_headers, person_row

if TYPE_CHECKING:
    from faltapp.gui.person_detail import PersonDetail
    from faltapp.gui.store_events import StoreEvents
    from faltapp.store.database import Database


class PersonRegister(QWidget):
    """The list of persons with a filter; opens :class:`PersonDetail` windows."""

    def __init__(self, db: Database, events: StoreEvents, open_shift: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.events = events
        self._open_shift = open_shift
        self.details: list[PersonDetail] = []
        self.setWindowTitle(self.tr("Personer — faltapp"))
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("en del av ett alias"))
        self.filter.textChanged.connect(self.refresh)
        filter_label = QLabel(self.tr("&Sök alias:"))
        filter_label.setBuddy(self.filter)
        self.filter.setAccessibleName(self.tr("Sök alias"))
        self.model = RowsTableModel(person_headers(), numeric=(1, 4), parent=self)
        self.table = HintTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Personer"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.open_current)
        self.new_button = QPushButton(self.tr("&Ny person…"))
        self.new_button.clicked.connect(self.new_person)
        self.open_button = QPushButton(self.tr("Ö&ppna"))
        self.open_button.clicked.connect(self.open_current)
        close_button = QPushButton(self.tr("S&täng"))
        close_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.filter.setFocus())
        self.addAction(find)
        events.changed.connect(self._on_changes)
        self.resize(720, 480)
        self.refresh()

    def refresh(self) -> None:
        """Read the register again, keeping the selected person."""
        selected = self.model.key(self.table.currentIndex().row())
        wanted = self.filter.text().strip().casefold()
        today = date.today()
        self.model.set_rows(person_row(r, today) for r in self.db.persons.rows()
                            if wanted in r.alias.casefold())
        self.table.set_hint(self.tr("Ingen person har ett alias som innehåller det du skrev.")
                            if wanted else
                            self.tr("Inga personer ännu. En person samlar kontakterna med samma "
                                    "unga människa över tid; Alt+N lägger till en."))
        row = self.model.row_of(selected) if selected else -1
        if row >= 0 or self.model.rowCount():
            self.table.selectRow(max(row, 0))

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.refresh()

    def open_current(self) -> PersonDetail | None:
        """Open the selected person (one access-log row); None if nothing is selected."""
        person_id = self.model.key(self.table.currentIndex().row())
        return self._show(person_id) if person_id else None

    def new_person(self) -> PersonDetail:
        """A window for a new person."""
        return self._show(None)

    def _show(self, person_id: str | None) -> PersonDetail:
        from faltapp.gui.person_detail import PersonDetail

        detail = PersonDetail(self.db, self.events, person_id, open_shift=self._open_shift,
                              parent=self)
        detail.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        detail.destroyed.connect(lambda: self.details.remove(detail)
                                 if detail in self.details else None)
        self.details.append(detail)
        detail.show()
        return detail


def add_person_actions(window: Any, menu: QMenu) -> None:
    """Put "Personer…" and the team leader's "Åtkomstlogg…" in ``menu`` of ``window`` (the
    main window: its ``db``, ``events`` and ``_open``)."""
    persons = QAction(QCoreApplication.translate("MainWindow", "&Personer…"), window)
    persons.setShortcut(QKeySequence("Ctrl+Shift+P"))
    persons.triggered.connect(lambda: open_person_register(window))
    access = QAction(QCoreApplication.translate("MainWindow", "Åtkomst&logg…"), window)
    access.triggered.connect(lambda: open_access_log(window))
    from faltapp.gui.access_log_view import is_leader

    access.setEnabled(is_leader(window.db))
    if not access.isEnabled():
        access.setToolTip(QCoreApplication.translate(
            "MainWindow", "Bara teamledaren ser åtkomstloggen."))
    menu.addSeparator()
    menu.addAction(persons)
    menu.addAction(access)


def open_person_register(window: Any) -> PersonRegister:
    """Show the register of ``window`` (one per main window)."""
    register = getattr(window, "person_register", None)
    if register is None:
        register = PersonRegister(window.db, window.events,
                                  lambda shift_id: window._open(shift_id, section="contacts"),
                                  window)
        window.person_register = register
    register.show()
    register.raise_()
    register.activateWindow()
    return register


def open_access_log(window: Any) -> QWidget:
    """Show the access log of ``window``'s database (one per main window)."""
    from faltapp.gui.access_log_view import AccessLogView

    view = getattr(window, "access_log_view", None)
    if view is None:
        view = AccessLogView(window.db, window.events, window.runner, window)
        window.access_log_view = view
    view.show()
    view.raise_()
    return view
