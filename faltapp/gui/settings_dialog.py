"""Inställningar: places, staff, language, gallring and security (Ctrl+, in the main window).

The places and staff tabs share one implementation (:mod:`faltapp.gui.settings.record_tab`)
and follow the store: a place added by the editor or arriving in an import shows up here
without reopening. Ctrl+Tab or Alt with a tab's underlined letter switches tabs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from faltapp.core.changes import Changes
from faltapp.gui.settings.kinds import PlaceKind, StaffKind
from faltapp.gui.settings.language_tab import LanguageTab
from faltapp.gui.settings.record_tab import RecordTab
from faltapp.gui.settings.retention_tab import RetentionTab
from faltapp.gui.settings.security_tab import SecurityTab
from faltapp.gui.store_events import StoreEvents
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database


class SettingsDialog(QDialog):
    """Tabs Platser, Personal, Språk, Gallring and Säkerhet; every change is saved at once."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inställningar"))
        self.places = RecordTab(db, runner, PlaceKind(self), self)
        self.staff = RecordTab(db, runner, StaffKind(self), self)
        self.language = LanguageTab(self)
        self.retention = RetentionTab(db, runner, self)
        self.security = SecurityTab(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.places, self.tr("&Platser"))
        self.tabs.addTab(self.staff, self.tr("P&ersonal"))
        self.tabs.addTab(self.language, self.tr("&Språk"))
        self.tabs.addTab(self.retention, self.tr("&Gallring"))
        self.tabs.addTab(self.security, self.tr("Säker&het"))
        self.tabs.currentChanged.connect(lambda _: self.tabs.currentWidget().setFocus())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Stäng"))
        close.setToolTip(self.tr("Stäng inställningarna (Esc)"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self.events = StoreEvents(db, self)
        self.events.changed.connect(self._on_changes)
        self.places.setFocus()
        self.places.reload()
        self.staff.reload()

    def _on_changes(self, changes: Changes) -> None:
        self.places.on_changes(changes)
        self.staff.on_changes(changes)
