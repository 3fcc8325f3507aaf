"""The Säkerhet tab: after how many idle minutes faltapp locks itself (gui/auto_lock.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from faltapp.gui.widgets import ErrorLabel


class SecurityTab(QWidget):
    """The lock's idle minutes, saved when the field is left or Enter is pressed; a number that
    is not a whole number of minutes above zero is refused with a message and not saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from faltapp.gui import auto_lock  # QSettings only when the dialog is opened

        self._auto_lock = auto_lock
        self.minutes = QLineEdit(str(auto_lock.lock_minutes()))
        self.minutes.setAccessibleName(self.tr("Minuter innan faltapp låses"))
        self.minutes.setMaximumWidth(self.fontMetrics().averageCharWidth() * 10)
        self.minutes.editingFinished.connect(self.save)
        intro = QLabel(self.tr("faltapp låses när ingen har använt tangentbord eller mus på så "
                               "många minuter, och när datorn går i vila. Ctrl+L låser "
                               "direkt. Lösenfrasen öppnar igen, med fönstren som de var."))
        intro.setWordWrap(True)
        self.error_label = ErrorLabel()
        self.saved = QLabel()
        self.saved.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Lås efter &minuter utan aktivitet:"), self.minutes)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self.setFocusProxy(self.minutes)

    def save(self) -> bool:
        """Keep the typed minutes (from the next idle period on); False if refused."""
        typed = self.minutes.text().strip()
        try:
            minutes = int(typed)
        except ValueError:
            minutes = 0
        if minutes <= 0:
            self.saved.clear()
            self.error_label.show_message(self.tr(
                "Skriv ett helt antal minuter, minst 1 (\"{typed}\" går inte).").format(
                    typed=typed))
            return False
        self.error_label.hide()
        self._auto_lock.save_lock_minutes(minutes)
        running = getattr(self.window().parentWidget(), "auto_lock", None)  # the main window's
        if running is not None:
            running.set_minutes(minutes)
        self.saved.setText(self.tr("Sparat: låses efter {n} minuter.").format(n=minutes))
        return True
