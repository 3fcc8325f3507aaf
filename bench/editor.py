"""Shift-editor figures: opening a shift, saving it, autosaving a draft, typing, the scenario.

    FALTAPP_PASSPHRASE=... .venv/bin/python bench/editor.py --db /tmp/bench2/real.db [--runs 20]

Works on a copy of the database (in a temporary folder), so the demo database is untouched.
Prints ``name: value`` lines. Targets (issue 6): ``scenario_input_events`` ≤ 150 (counted by
``tests/gui/editor/test_scenario.py``, run here as a subprocess); ``open_shift_ms`` (median,
the editor on an existing shift until its first paint; only the first page is built then)
≤ 150; ``page_first_show_ms`` (median over shifts of the slowest first showing of another
page, built then as Alt+digit shows it); ``save_shift_ms`` (median save of a finalised whole
shift) and ``autosave_ms`` (median draft write: the JSON of the draft and its encrypted put)
≤ 50; ``typing_stall_max_ms`` (longest event-loop stall while 200 characters are typed into
Sammanfattning with autosave running) ≤ 100. Same-run baseline: an empty QDialog shown until
its first paint (``baseline_dialog_ms``), and ratios against it.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from faltapp.core.entities import Shift
from faltapp.gui.editor import open_shift_editor
from faltapp.gui.editor.window import ShiftEditor
from faltapp.gui.smoke import OnEvent, StallProbe
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database

sys.path.insert(0, str(Path(__file__).resolve().parent))
from work_copy import copy_database

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "tests" / "gui" / "editor" / "test_scenario.py"
TYPED = ("Lugn kväll vid Stortorget, många vid Resecentrum efter tio. Polisen kom förbi. "
         "Trasig belysning längs Lidans strandpromenad, felanmält. Följ upp samtalet. ") * 2


def timed(fn: Callable[[], object]) -> float:
    """Milliseconds ``fn`` takes."""
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def until_painted(show: Callable[[], QWidget]) -> float:
    """Milliseconds from calling ``show`` (which returns the window) to its first paint."""
    loop = QEventLoop()
    start = time.perf_counter()
    window = show()
    OnEvent(window, QEvent.Type.Paint, loop.quit, once=True)
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    return (time.perf_counter() - start) * 1000


def spin(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def close(editor: ShiftEditor) -> None:
    """Close an editor, throwing away what it holds, and let its writes finish."""
    ShiftEditor.ask = staticmethod(lambda *_args: "discard")  # type: ignore[method-assign]
    editor.keeper.stop()
    editor.reject()
    while editor.lane.busy:
        spin(5)
    spin(5)


def baseline_dialog(host: QWidget) -> float:
    """An empty dialog shown until its first paint."""
    dialog = QDialog(host)
    dialog.resize(1000, 570)
    ms = until_painted(lambda: (dialog.show(), dialog)[1])
    dialog.close()
    dialog.deleteLater()
    spin(5)
    return ms


def open_ms(db: Database, runner: TaskRunner, host: QWidget, shift_id: str) -> float:
    """Open the editor on ``shift_id`` until its first paint, then close it."""
    holder: list[QWidget] = []

    def show() -> QWidget:
        editor = open_shift_editor(host, db, runner, shift_id)
        assert editor is not None
        holder.append(editor)
        return editor

    ms = until_painted(show)
    assert isinstance(holder[0], ShiftEditor)
    close(holder[0])
    return ms


def page_first_show(db: Database, runner: TaskRunner, host: QWidget, shift_id: str) -> float:
    """The slowest first showing of a page of one shift (built then) until the page paints."""
    editor = open_shift_editor(host, db, runner, shift_id)
    assert isinstance(editor, ShiftEditor)
    spin(5)
    keys = [key for row, key in enumerate(editor.sections)
            if not editor.index.item(row).isHidden() and not editor.sections.is_built(key)]
    worst = max(until_painted(lambda k=key: (editor.show_section(k), editor.sections[k])[1])
                for key in keys)
    close(editor)
    return worst


def typing_stall(db: Database, runner: TaskRunner, host: QWidget) -> tuple[float, int]:
    """Longest stall while 200 characters go into the summary of a new shift, one per 30 ms
    (autosave writes as it does for a user); also the number of drafts written."""
    editor = open_shift_editor(host, db, runner)
    assert isinstance(editor, ShiftEditor)
    editor.show_section("summary")
    edit = editor.sections["summary"].first_field()
    puts = 0
    put = db.drafts.put

    def counting_put(*args: object) -> object:
        nonlocal puts
        puts += 1
        return put(*args)

    db.drafts.put = counting_put  # type: ignore[method-assign]
    probe = StallProbe()
    probe.start()
    for ch in TYPED[:200]:
        QTest.sendKeyEvent(QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
        spin(30)
    editor.keeper.flush()
    while editor.lane.busy:
        spin(5)
    stall = probe.stop()
    db.drafts.put = put  # type: ignore[method-assign]
    editor.keeper.stop()
    db.drafts.discard(editor.draft.shift.id)
    close(editor)
    return stall, puts


def scenario_events() -> str:
    """The input-event count printed by the scenario test (run in its own process)."""
    if not SCENARIO.exists():
        return "n/a (no scenario test)"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:randomly", str(SCENARIO)],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    found = re.search(r"scenario_input_events: (\d+)", done.stdout)
    if done.returncode != 0 or not found:
        return f"n/a (scenario test failed: exit {done.returncode})"
    return found.group(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--passphrase", default=os.environ.get("FALTAPP_PASSPHRASE"))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--no-scenario", action="store_true",
                        help="skip the scenario test (it takes a few seconds)")
    args = parser.parse_args()
    if not args.passphrase:
        parser.error("give --passphrase or set FALTAPP_PASSPHRASE")
    copy = copy_database(args.db, "faltapp-bench-editor-")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = Database.open(copy, args.passphrase)
    host = QWidget()
    runner = TaskRunner(host)
    try:
        ids = [s.id for s in db.all(Shift)]
        print(f"shifts_in_database: {len(ids)}")
        picked = random.Random(6).sample(ids, min(args.runs, len(ids)))
        base = [baseline_dialog(host) for _ in range(args.runs)]
        open_shift_editor(host, db, runner, picked[0])  # warm-up: imports, first layout
        close(next(w for w in host.findChildren(ShiftEditor)))
        opened = [open_ms(db, runner, host, sid) for sid in picked]
        pages = [page_first_show(db, runner, host, sid) for sid in picked]
        saves, autosaves = [], []
        for sid in picked:
            loaded = db.load_shift(sid)
            assert loaded is not None
            b = loaded.bundle
            final = dataclasses.replace(b, shift=dataclasses.replace(
                b.shift, status="final", summary=b.shift.summary + " (bench)"))
            saves.append(timed(lambda f=final, lo=loaded: db.save_shift(f, lo.bases, "bench")))
        editor = open_shift_editor(host, db, runner, picked[0])
        assert isinstance(editor, ShiftEditor)
        draft = editor.draft
        for n in range(args.runs):  # a new text each time, as typing makes
            draft.shift = dataclasses.replace(draft.shift, summary=f"{TYPED[:100]} {n}")
            autosaves.append(timed(lambda d=draft: db.drafts.put(d.shift.id, d.to_json())))
        db.drafts.discard(editor.draft.shift.id)
        close(editor)
        stall, puts = typing_stall(db, runner, host)
        median_base = statistics.median(base)
        median_open = statistics.median(opened)
        print(f"scenario_input_events: {'skipped' if args.no_scenario else scenario_events()}")
        print(f"baseline_dialog_ms: {median_base:.1f}")
        print(f"open_shift_ms: {median_open:.1f}")
        print(f"open_shift_max_ms: {max(opened):.1f}")
        print(f"open_shift_ratio: {median_open / median_base:.2f}")
        print(f"page_first_show_ms: {statistics.median(pages):.1f}")
        print(f"save_shift_ms: {statistics.median(saves):.1f}")
        print(f"autosave_ms: {statistics.median(autosaves):.1f}")
        print(f"typing_drafts_written: {puts}")
        print(f"typing_stall_max_ms: {stall:.1f}")
    finally:
        db.close()
        shutil.rmtree(copy.parent, ignore_errors=True)
        del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
