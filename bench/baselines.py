"""The windows the app's start-up is compared with; run as a fresh process by ``startup.py``.

    python bench/baselines.py bare|furnished

Each shows its window, waits for the first paint of the table's viewport, prints ``ready``
and exits. Neither imports faltapp or opens a database.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QToolBar,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
ROWS, COLUMNS = 40, 8


class TextRows(QAbstractTableModel):
    """40 × 8 cells of short text and a header row, computed on demand like the app's model."""

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: QModelIndex, role: int = DISPLAY) -> str | None:
        return f"rad {index.row() + 1} kolumn {index.column() + 1}" if role == DISPLAY else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> str | None:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return f"Kolumn {section + 1}"
        return None


class FirstPaint(QObject):
    """Prints ``ready`` and closes ``window`` after the watched widget's first paint."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        print("ready", flush=True)
        self._window.close()


def bare() -> tuple[QMainWindow, QTableView]:
    """A 1100×700 QMainWindow with an empty QTableView."""
    window = QMainWindow()
    window.resize(1100, 700)
    table = QTableView()
    window.setCentralWidget(table)
    return window, table


def _action(window: QMainWindow, text: str, shortcut: QKeySequence) -> QAction:
    action = QAction(text, window)
    action.setShortcut(shortcut)
    return action


def furnished() -> tuple[QMainWindow, QTableView]:
    """The main window's furniture: menus with its shortcuts, toolbar, filled table, status bar."""
    window, table = bare()
    table.setModel(TextRows(window))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(26)
    for column, width in enumerate((100, 110, 120, 360, 70, 85, 100, 90)):
        table.setColumnWidth(column, width)
    table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    new = _action(window, "&Nytt…", QKeySequence(QKeySequence.StandardKey.New))
    file_menu = window.menuBar().addMenu("&Arkiv")
    file_menu.addAction(new)
    file_menu.addAction(_action(window, "&Redigera…", QKeySequence(Qt.Key.Key_F2)))
    file_menu.addSeparator()
    file_menu.addAction(_action(window, "&Avsluta", QKeySequence("Ctrl+Q")))
    find = _action(window, "&Filtrera", QKeySequence(QKeySequence.StandardKey.Find))
    window.menuBar().addMenu("&Visa").addAction(find)

    toolbar = QToolBar("Verktyg")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(new)
    toolbar.addSeparator()
    toolbar.addWidget(QLabel("Vecka:"))
    combo = QComboBox()
    combo.setMinimumWidth(180)
    combo.addItem("Alla veckor")
    toolbar.addWidget(combo)
    window.addToolBar(toolbar)
    window.statusBar().addPermanentWidget(QLabel(f"{ROWS} rader"))
    window.statusBar().showMessage("Ingen databas")
    table.selectRow(0)
    return window, table


def furnished_with_store_libraries() -> tuple[QMainWindow, QTableView]:
    """The furnished window after importing what decrypting any database needs (argon2id,
    ChaCha20-Poly1305, SQLCipher): the floor under faltapp's start, with no faltapp code."""
    import argon2.low_level  # noqa: F401
    import cryptography.hazmat.primitives.ciphers.aead  # noqa: F401
    import sqlcipher3.dbapi2  # noqa: F401

    return furnished()


def main(kind: str) -> int:
    """Show the ``bare``, ``furnished`` or ``floor`` window until its first paint."""
    build = {"bare": bare, "furnished": furnished, "floor": furnished_with_store_libraries}[kind]
    app = QApplication(sys.argv[:1])
    window, table = build()
    table.viewport().installEventFilter(FirstPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
