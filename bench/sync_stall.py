"""The GUI's longest event-loop stall while a worker's year is imported through the task
runner, as the app's import dialog and inbox run it.

    .venv/bin/python bench/sync_stall.py [--workers 8] [--years 4]

A 5 ms timer on the GUI thread records the longest gap (``bench/probe.py``) while
``import_job`` runs in the real ``faltapp/gui/tasks.py`` TaskRunner. Baselines in the same
run: the longest gap with nothing running, and the same import run on the GUI thread (what
a frozen window would be). Target (issue 8): ``import_max_stall_ms`` ≤ 100.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe import probe_until
from sync import create, member

from faltapp.core.jobs import run_to_end
from faltapp.demo import DemoSpec
from faltapp.gui.tasks import TaskRunner
from faltapp.sync.exporter import export_job
from faltapp.sync.importer import import_job


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--years", type=int, default=4)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="faltapp-bench-stall-"))
    try:
        leaders = []
        for n in range(2):  # one imports through the runner, one on the GUI thread
            leader = create(work / f"leader{n}.db")
            leader.team.create_team("Bench", "Ledare")
            worker = member(leader, work / f"m{n}.db", "Fältsekreterare",
                            DemoSpec(workers=args.workers, years=args.years))
            run_to_end(export_job(worker, work / f"year{n}.faltapp"))
            worker.close()
            leaders.append(leader)
        idle = probe_until(lambda done: QTimer.singleShot(1000, done))
        print(f"baseline_idle_max_stall_ms: {idle:.1f}")
        owner = QWidget()
        runner = TaskRunner(owner)
        started = time.perf_counter()
        stall = probe_until(lambda done: runner.run(
            import_job(leaders[0], work / "year0.faltapp"), on_done=lambda _: done()))
        seconds = time.perf_counter() - started
        blocking = probe_until(lambda done: (
            run_to_end(import_job(leaders[1], work / "year1.faltapp")), done()))
        print(f"baseline_same_import_on_gui_thread_max_stall_ms: {blocking:.0f}")
        print(f"import_through_runner_s: {seconds:.2f}")
        print(f"import_max_stall_ms: {stall:.1f}  (target <= 100)")
        for leader in leaders:
            leader.close()
        app.processEvents()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
