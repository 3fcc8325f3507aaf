"""Engine figures: saving a whole shift, and the GUI's longest stall while a job writes.

    FALTAPP_PASSPHRASE=... .venv/bin/python bench/engine.py --db /tmp/bench/x10.db [--runs 40]

Works on a copy of the database (in a temporary folder), so the demo database is untouched.
Prints ``name: value`` lines; targets (issue 5): ``save_shift_10_children_ms`` median ≤ 30 on
the 10× demo database; ``job_10k_max_stall_ms`` ≤ 100. Same-run baselines: one raw
``executemany`` of 11 rows in one transaction on the same connection (what a commit with
``synchronous=FULL`` costs by itself), and the same 10,000-record job run on the GUI thread.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import statistics
import sys
import time
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe import probe_until
from work_copy import copy_database

from faltapp.core.entities import Contact, FollowUp, Observation, Place, Shift, Tally
from faltapp.core.jobs import run_to_end
from faltapp.core.shift_bundle import ShiftBundle
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database


def bundle(places: list[Place], n: int) -> ShiftBundle:
    """A shift with 10 children: 4 tallies, 2 contacts, 3 observations, 1 follow-up."""
    day = date(2027, 1, 1 + n % 28)
    shift = Shift(day, clock(18), clock(23, 30), "kvallspass",
                  area_ids=tuple(p.id for p in places[:3]))
    tallies = tuple(Tally(shift.id, g, a, 5) for g in ("flicka", "pojke")
                    for a in ("13_15", "16_17"))
    contacts = (Contact(shift.id, "Sara", 2011, "flicka"), Contact(shift.id, "Лев", 2010, "pojke"))
    observations = tuple(Observation(shift.id, datetime(day.year, day.month, day.day, 20 + i),
                                     places[i].id, "otrygg_samling", people_count=4)
                         for i in range(3))
    follow = (FollowUp("Ring vårdnadshavare", shift_id=shift.id, contact_id=contacts[0].id),)
    return ShiftBundle(shift, tallies, contacts, observations, follow)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    passphrase = os.environ["FALTAPP_PASSPHRASE"]
    copy = copy_database(args.db)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = Database.open(copy, passphrase)
    try:
        places = db.all(Place)
        print(f"shifts_in_database: {db.counts()['shift']}")
        conn = db.writer.conn
        conn.execute("CREATE TABLE IF NOT EXISTS bench_baseline (a TEXT, b TEXT)")
        rows = [(str(i), "x" * 200) for i in range(11)]

        def baseline() -> None:
            with db.writer.transaction() as txn:
                txn.conn.executemany("INSERT INTO bench_baseline VALUES (?, ?)", rows)

        base_ms = [timed(baseline) for _ in range(args.runs)]
        made = [bundle(places, n) for n in range(args.runs)]
        save_ms = [timed(lambda b=b: db.save_shift(b, {})) for b in made]
        load_ms, edit_ms = [], []
        for b in made:
            loaded = None

            def load(b: ShiftBundle = b) -> None:
                nonlocal loaded
                loaded = db.load_shift(b.shift.id)

            load_ms.append(timed(load))
            assert loaded is not None
            changed = dataclasses.replace(
                loaded.bundle, shift=dataclasses.replace(loaded.bundle.shift, summary="Ändrad"),
                tallies=tuple(dataclasses.replace(t, count=t.count + 1)
                              for t in loaded.bundle.tallies))
            edit_ms.append(timed(lambda c=changed, lo=loaded: db.save_shift(c, lo.bases)))
        med = statistics.median
        print(f"baseline_commit_11_rows_ms: {med(base_ms):.2f}")
        print(f"load_shift_10_children_ms: {med(load_ms):.2f}")
        print(f"edit_shift_10_children_ms: {med(edit_ms):.2f}")
        print(f"save_shift_10_children_ms: {med(save_ms):.2f}  (target <= 30)")
        print(f"save_shift_ratio_to_baseline: {med(save_ms) / med(base_ms):.2f}")

        def records(offset: int):
            for n in range(1000):
                yield from bundle(places, offset + n).records()[:10]

        window = QWidget()
        runner = TaskRunner(window)
        started = time.perf_counter()
        stall = probe_until(lambda done: runner.run(db.write_many(records(10_000)),
                                                    on_done=lambda _r: done()))
        job_s = time.perf_counter() - started
        print(f"job_10k_seconds: {job_s:.2f}")
        blocking = probe_until(lambda done: (run_to_end(db.write_many(records(20_000))), done()))
        print(f"baseline_same_job_on_gui_thread_max_stall_ms: {blocking:.0f}")
        print(f"job_10k_max_stall_ms: {stall:.1f}  (target <= 100)")
    finally:
        db.close()
        app.processEvents()
        shutil.rmtree(copy.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
