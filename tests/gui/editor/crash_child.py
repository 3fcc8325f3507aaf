"""Child process of ``test_crash_draft.py``: opens the editor on a new shift and types a summary.

Run as ``python crash_child.py DB PASSPHRASE TEXT``: one character every 50 ms into
Sammanfattning, printing how many have been typed, until the parent kills it (SIGKILL).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from faltapp.gui.app import create_application
from faltapp.gui.editor import open_shift_editor
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams

CHAR_MS = 50


def main(path: str, passphrase: str, text: str) -> None:
    """Type ``text`` into the summary of a new shift, one character per tick."""
    app = create_application()
    db = Database.open(Path(path), passphrase, kdf=KdfParams.for_tests())
    host = QWidget()
    runner = TaskRunner(host)
    editor = open_shift_editor(host, db, runner)
    assert editor is not None
    editor.show_section("summary")
    edit = editor.sections["summary"].first_field()
    typed = 0

    def type_one() -> None:
        nonlocal typed
        if typed < len(text):
            QTest.sendKeyEvent(QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, text[typed],
                               Qt.KeyboardModifier.NoModifier)
            typed += 1
            print(typed, flush=True)

    timer = QTimer(interval=CHAR_MS)
    timer.timeout.connect(type_one)
    timer.start()
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main(*sys.argv[1:4])
