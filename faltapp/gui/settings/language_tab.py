"""The Språk tab: the language faltapp starts in (kept outside the database, see gui/i18n.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class LanguageTab(QWidget):
    """A choice of language, saved at once and applied at the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from faltapp.gui import i18n  # QSettings only when the dialog is opened

        self._i18n = i18n
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Språk"))
        for code, name in i18n.language_names():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(self.combo.findData(i18n.current_language()), 0))
        self.combo.currentIndexChanged.connect(self._chosen)
        intro = QLabel(self.tr("Språket för menyer, knappar och datum. Utan val följer faltapp "
                               "datorns språk (svenska om det varken är svenska eller "
                               "engelska)."))
        intro.setWordWrap(True)
        self.notice = QLabel(self.tr("Språket byts när du startar om faltapp."))
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        form = QFormLayout()
        form.addRow(self.tr("Språk &för faltapp:"), self.combo)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)

    def _chosen(self, index: int) -> None:
        self._i18n.save_language(self.combo.itemData(index))
        self.notice.show()
