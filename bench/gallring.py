"""Gallring figures: how long a run takes, against the same-run baseline, and the GUI's longest
stall while it runs through the TaskRunner.

    FALTAPP_PASSPHRASE=... .venv/bin/python bench/gallring.py --db x10.db [--years-ahead 3]

Works on copies of the database (temporary folders). The demo data spans five years up to
today, so little is due today; ``--years-ahead`` runs gallring as of a later day, when that
many years of contacts and follow-ups have passed their five-year period (a realistic first
run on an old team database). Prints ``name: value`` lines. Baseline: the same records' ids
updated with one raw ``executemany`` (the floor of touching every due row once). Targets
(issue 9): ``gallring_s`` ≤ 5 on the 10× database, ``gallring_max_stall_ms`` ≤ 100.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe import probe_until
from work_copy import copy_database

from faltapp.core.jobs import run_to_end
from faltapp.gui.tasks import TaskRunner
from faltapp.store import retention
from faltapp.store.database import Database


def main() -> None:
    """Copy the database, time a run, probe the stall; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--years-ahead", type=int, default=3)
    args = parser.parse_args()
    passphrase = os.environ["FALTAPP_PASSPHRASE"]
    day = date.today() + timedelta(days=365 * args.years_ahead)
    app = QApplication.instance() or QApplication([])

    with Database.open(copy_database(args.db), passphrase) as db:
        start = time.perf_counter()
        due = retention.due_records(db, day)
        find_s = time.perf_counter() - start
        print(f"due_records: {len(due)}  (as of {day.isoformat()})")
        print(f"find_due_s: {find_s:.2f}")
        start = time.perf_counter()
        with db.writer.transaction() as txn:
            txn.conn.executemany("UPDATE history SET purged = purged WHERE table_name = ? "
                                 "AND id = ?", [(d.table, d.id) for d in due])
        baseline = time.perf_counter() - start
        print(f"baseline_executemany_s: {baseline:.2f}")
        start = time.perf_counter()
        result = run_to_end(retention.gallring_job(db, day))
        run_s = time.perf_counter() - start
        print(f"gallring_s: {run_s:.2f}  (target <= 5; {result.line()})")
        print(f"gallring_ratio: {run_s / max(baseline, 1e-6):.1f}x baseline")

    with Database.open(copy_database(args.db), passphrase) as db:
        owner = QWidget()
        runner = TaskRunner(owner)
        stall = probe_until(lambda done: runner.run(retention.gallring_job(db, day),
                                                    on_done=lambda _: done()))
        print(f"gallring_max_stall_ms: {stall:.0f}  (target <= 100)")
    app.processEvents()


if __name__ == "__main__":
    main()
