"""The GUI's event-loop stalls while a worker's year is imported through the task runner, as
the app's import dialog and inbox run it (issue 8: no stall over 100 ms).

    .venv/bin/python bench/sync_stall.py [--workers 8] [--years 4] [--files 1]

A 10 ms timer on the GUI thread records every gap between its ticks while ``import_job`` runs
in the real ``faltapp/gui/tasks.py`` TaskRunner (``--files N``: N workers' years one after
another, one backup for the batch, as Team → Importera… does). Printed: the longest gap, the
99th percentile of the gaps and the import's seconds, with two baselines from the same run:
the gaps with nothing running (idle, as long as the import took), and the same import run on
the GUI thread (what a frozen window would be).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sync import create, member

from faltapp.core.jobs import Job, run_to_end
from faltapp.demo import DemoSpec
from faltapp.gui.tasks import TaskRunner
from faltapp.sync.exporter import export_job
from faltapp.sync.importer import BatchBackup, ImportResult, import_job

INTERVAL_MS = 10


class Gaps(QObject):
    """Every gap (ms) between ticks of a precise 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.gaps: list[float] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def run(self, start: Callable[[Callable[[], None]], object],
            timeout_s: float = 300) -> list[float]:
        """Call ``start(done)`` and spin the event loop until ``done()``; the gaps seen."""
        loop = QEventLoop()
        finished = []

        def done() -> None:
            finished.append(True)
            loop.quit()

        self.gaps = []
        self._last = time.perf_counter()
        self._timer.start()
        start(done)
        if not finished:
            QTimer.singleShot(round(timeout_s * 1000), loop.quit)
            loop.exec()
        self._tick()
        self._timer.stop()
        if not finished:
            raise TimeoutError(f"the import did not finish within {timeout_s:g} s")
        return self.gaps


def batch_job(db: object, paths: list[Path]) -> Job[list[ImportResult]]:
    """Import ``paths`` one after another with one backup, as a single job."""
    batch, results = BatchBackup(), []
    for path in paths:
        result = yield from import_job(db, path, backup=batch.needed)
        batch.saw(result)
        results.append(result)
    return results


def figures(name: str, gaps: list[float]) -> Iterator[str]:
    ordered = sorted(gaps)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    yield f"{name}_max_stall_ms: {ordered[-1]:.1f}"
    yield f"{name}_p99_gap_ms: {p99:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--years", type=int, default=4)
    parser.add_argument("--files", type=int, default=1)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="faltapp-bench-stall-"))
    try:
        leaders, files = [], []
        for n in range(2):  # one imports through the runner, one on the GUI thread
            leader = create(work / f"leader{n}.db")
            leader.team.create_team("Bench", "Ledare")
            files.append([])
            for k in range(args.files):
                worker = member(leader, work / f"m{n}-{k}.db", f"Fältsekreterare {k}",
                                DemoSpec(workers=args.workers, years=args.years, seed=k))
                files[n].append(work / f"year{n}-{k}.faltapp")
                run_to_end(export_job(worker, files[n][-1]))
                worker.close()
            leaders.append(leader)
        probe = Gaps()
        runner = TaskRunner(QWidget())
        started = time.perf_counter()
        gaps = probe.run(lambda done: runner.run(batch_job(leaders[0], files[0]),
                                                 on_done=lambda _: done()))
        seconds = time.perf_counter() - started
        idle = probe.run(lambda done: QTimer.singleShot(round(seconds * 1000), done))
        blocking = probe.run(lambda done: (run_to_end(batch_job(leaders[1], files[1])),
                                           done()))
        print(f"files: {args.files}  timer: {INTERVAL_MS} ms")
        print(*figures("baseline_idle", idle), sep="\n")
        print(f"baseline_import_on_gui_thread_max_stall_ms: {max(blocking):.0f}")
        print(f"import_through_runner_s: {seconds:.2f}")
        print(*figures("import", gaps), sep="\n")
        print("target: import_max_stall_ms <= 100")
        for leader in leaders:
            leader.close()
        app.processEvents()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
