"""Report figures: how long each PDF takes, against a minimal PDF of as many pages, and the GUI's
longest stall while one is made.

    FALTAPP_PASSPHRASE=... .venv/bin/python bench/reports.py --db /tmp/bench/x10.db [--runs 5]

Works on a copy of the database (in a temporary folder). Picks the busiest ISO week (most
shifts), the shift of that week with the most records, and the last full calendar year, for
which the shipped 2021 promises count as if renewed (the demo holds no full 2021). Prints
``name: value`` lines; each time is the median of ``--runs`` and comes with the same-run
baseline, a minimal reportlab document with the same page count in the same embedded font
(one line per page), and their ratio. Targets (issue 7): ``shift_page_ms`` ≤ 150,
``week_summary_ms`` ≤ 1000 on the 10× database, ``promises_year_ms`` ≤ 5000,
``report_max_stall_ms`` ≤ 100 (the week summary made through the GUI's TaskRunner while a 5 ms
timer on the GUI thread records the longest gap).
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
import shutil
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import pypdf
from PySide6.QtWidgets import QApplication, QWidget
from reportlab.platypus import PageBreak, Paragraph

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe import probe_until
from work_copy import copy_database

from faltapp.core.entities import Contact, FollowUp, Observation, Shift, Tally
from faltapp.core.jobs import run_to_end
from faltapp.core.promises import load_promises
from faltapp.core.weeks import IsoWeek
from faltapp.gui.tasks import TaskRunner
from faltapp.reports.lagesbild import lagesbild_csv, lagesbild_pdf
from faltapp.reports.output import pdf_document
from faltapp.reports.promise_report import promises_pdf
from faltapp.reports.shift_report import shift_pdf
from faltapp.reports.text import styles
from faltapp.reports.week_report import week_pdf
from faltapp.store.database import Database


def median_ms(make: Callable[[], object], runs: int) -> float:
    """The median wall time of ``make()`` over ``runs`` calls, in ms."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        make()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def page_count(data: bytes) -> int:
    """The number of pages in a PDF."""
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def baseline_pdf(pages: int) -> bytes:
    """A minimal A4 PDF of ``pages`` pages, one line each, in the reports' embedded font."""
    buffer = io.BytesIO()
    body = styles()["body"]
    story = []
    for n in range(pages):
        story += [Paragraph(f"Sida {n + 1}: Åsa och Алёна", body), PageBreak()]
    pdf_document(buffer, "baseline").build(story[:-1])
    return buffer.getvalue()


def busiest(db: Database) -> tuple[IsoWeek, str, date]:
    """The ISO week with the most shifts, its shift with the most records, and the last day."""
    shifts = db.all(Shift)
    weeks = Counter(IsoWeek.of(s.date) for s in shifts)
    week = max(weeks, key=lambda w: (weeks[w], str(w)))
    in_week = {s.id for s in shifts if IsoWeek.of(s.date) == week}
    records: Counter[str] = Counter()
    for kind in (Tally, Contact, Observation, FollowUp):
        records.update(r.shift_id for r in db.all(kind) if r.shift_id in in_week)
    shift_id = max(in_week, key=lambda i: (records[i], i))
    return week, shift_id, max(s.date for s in shifts)


def report(name: str, make: Callable[[], bytes], runs: int, target: str = "") -> bytes:
    """Time ``make`` and its page-count baseline; print both and the ratio."""
    data = make()  # warm-up: fonts registered, caches filled, result kept for its page count
    pages = page_count(data)
    took = median_ms(make, runs)
    base = median_ms(lambda: baseline_pdf(pages), runs)
    print(f"{name}_ms: {took:.0f}{f'  (target <= {target})' if target else ''}")
    print(f"{name}_pages: {pages}")
    print(f"{name}_baseline_ms: {base:.1f}")
    print(f"{name}_ratio_to_baseline: {took / base:.1f}")
    return data


def main() -> int:
    """Copy the database, time every report, probe the stall; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    passphrase = os.environ["FALTAPP_PASSPHRASE"]
    copy = copy_database(args.db)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = Database.open(copy, passphrase)
    try:
        week, shift_id, last = busiest(db)
        today = week.sunday() + timedelta(days=1)
        year = last.year - 1 if last < date(last.year, 12, 31) else last.year
        print(f"shifts_in_database: {db.counts()['shift']}")
        print(f"busiest_week: {week}")
        runs = args.runs
        report("shift_page", lambda: run_to_end(shift_pdf(db, shift_id)), runs, "150")
        report("week_summary", lambda: run_to_end(week_pdf(db, week, today)), runs, "1000")
        report("lagesbild", lambda: run_to_end(lagesbild_pdf(db, week, today)), runs)
        print(f"lagesbild_csv_ms: {median_ms(lambda: lagesbild_csv(db, week, today), runs):.0f}")
        # the shipped promises are 2021's; counted as if renewed for the year measured
        renewed = [dataclasses.replace(p, year=year) for p in load_promises()]
        report(f"promises_year_{year}",
               lambda: run_to_end(promises_pdf(db, date(year, 1, 1), date(year, 12, 31),
                                               renewed)), runs, "5000")
        window = QWidget()
        runner = TaskRunner(window)
        stalls = [probe_until(lambda done: runner.run(week_pdf(db, week, today), title="PDF",
                                                      on_done=lambda _data: done()))
                  for _ in range(runs)]
        blocking = probe_until(lambda done: (run_to_end(week_pdf(db, week, today)), done()))
        print(f"baseline_same_pdf_on_gui_thread_max_stall_ms: {blocking:.0f}")
        print(f"report_max_stall_ms: {max(stalls):.1f}  (target <= 100; worst of {runs})")
    finally:
        db.close()
        app.processEvents()
        shutil.rmtree(copy.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
