"""A kill (SIGKILL) in the middle of typing loses at most the last few seconds (issue 6, 2)."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.shift_draft import ShiftDraft
from faltapp.gui.editor import offer_drafts
from faltapp.gui.editor.window import ShiftEditor
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams

CHILD = Path(__file__).with_name("crash_child.py")
TEXT = ("Lugn kväll på Stortorget. Många vid Resecentrum efter tio, polisen kom förbi. "
        "Trasig belysning längs Lidans strandpromenad, felanmält. ") * 3
KILL_AT = 120
"""Characters typed before the kill: about six seconds at one character per 50 ms."""
MAY_LOSE = 80
"""About four seconds of typing: the draft is written at least every three seconds."""


def type_until_killed(db_path: Path) -> int:
    """Run the child until it has typed ``KILL_AT`` characters, SIGKILL it; the count typed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, str(CHILD), str(db_path), PASSPHRASE, TEXT],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    typed = 0
    deadline = time.monotonic() + 90
    try:
        with selectors.DefaultSelector() as selector:
            assert child.stdout is not None
            selector.register(child.stdout, selectors.EVENT_READ)
            while typed < KILL_AT and time.monotonic() < deadline:
                if not selector.select(timeout=1):
                    continue
                line = child.stdout.readline()
                if not line:
                    break
                if line.strip().isdigit():
                    typed = int(line)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        _out, err = child.communicate(timeout=30)
    assert typed >= KILL_AT, f"the child typed {typed} characters; its errors: {err}"
    assert child.returncode == -signal.SIGKILL
    return typed


def test_a_kill_while_typing_leaves_a_draft_that_is_offered_back(
        qtbot: QtBot, qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = tmp_path / "faltapp.db"
    Database.create(db_path, PASSPHRASE, kdf=KdfParams.for_tests()).close()

    typed = type_until_killed(db_path)

    db = Database.open(db_path, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        waiting = db.drafts.waiting()
        assert len(waiting) == 1
        stored = db.drafts.get(waiting[0].shift_id)
        assert stored is not None
        summary = ShiftDraft.from_json(stored).shift.summary
        assert TEXT.startswith(summary)
        print(f"typed {typed}, kept {len(summary)} in the draft")
        assert len(summary) >= typed - MAY_LOSE

        asked: list[str] = []

        def answer(_parent: QWidget, _title: str, text: str, _choices: object) -> str:
            asked.append(text)
            return "open"

        monkeypatch.setattr(ShiftEditor, "ask", staticmethod(answer))
        host = QWidget()
        qtbot.addWidget(host)
        runner = TaskRunner(host)
        editors = offer_drafts(host, db, runner)
        assert len(asked) == 1 and "utkast" in asked[0]
        assert len(editors) == 1
        editor = editors[0]
        assert isinstance(editor, ShiftEditor)
        assert editor.sections["summary"].first_field().toPlainText() == summary
        editor.keeper.stop()
        qtbot.waitUntil(lambda: not editor.lane.busy)
    finally:
        db.close()
