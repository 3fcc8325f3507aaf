"""Start-up, memory and scrolling benchmark of the faltapp main window.

    FALTAPP_PASSPHRASE=... .venv/bin/python bench/startup.py --db PATH [--runs 5] [--xcb]

Prints one ``name: value`` line per figure; the last line is ``startup_ratio: X``, the app's
start-up without the KDF divided by a bare PySide6 window's start-up (both measured from this
process as whole fresh subprocesses, spawn to first paint). The same run also times a furnished
window (the main window's menus, toolbar, a 40-row table, a status bar; no database) and the
unlock dialog (``--smoke-unlock``). Not part of the test suite; see README.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ENV_PASSPHRASE = "FALTAPP_PASSPHRASE"
PYCACHE = Path(__file__).resolve().parent / "out" / "pycache"
"""Bytecode cache for the subprocesses (``bench/out/`` is git-ignored)."""

BASELINES = Path(__file__).resolve().parent / "baselines.py"
"""The bare and the furnished window, each run as ``python bench/baselines.py KIND``."""


@dataclass(slots=True)
class ChildRun:
    """One finished subprocess: its times, its own peak RSS, exit code and output."""

    seconds: float
    ready_seconds: float  # until the "ready" line (``seconds`` if there was none)
    marks: dict[str, float]  # each distinct stdout line: seconds until it first came
    peak_rss_kib: int
    returncode: int
    stdout: str
    stderr: str


@dataclass(slots=True)
class ScrollResult:
    """Figures of the in-process scrolling run."""

    shifts: int
    rows: int
    step_ms: list[float] = field(default_factory=list)
    to_end_ms: float = 0.0
    rows_cached: int = 0
    pages_fetched: int = 0
    peak_rss_kib: int = 0


def child_environment(use_xcb: bool, pycache: Path | None) -> dict[str, str]:
    """The environment for the subprocesses: Qt platform and bytecode cache.

    The platform is offscreen unless ``--xcb`` is given with a DISPLAY. With ``pycache`` the
    children read and write bytecode there, as an installed app has its ``.pyc`` files even
    where the shell sets ``PYTHONDONTWRITEBYTECODE``.
    """
    env = dict(os.environ)
    if use_xcb:
        if not env.get("DISPLAY"):
            raise SystemExit("bench: --xcb needs a DISPLAY (e.g. run under xvfb-run).")
        env["QT_QPA_PLATFORM"] = "xcb"
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def run_child(argv: Sequence[str], env: dict[str, str]) -> ChildRun:
    """Run ``argv`` to completion: wall time to exit and to each stdout line, own rusage.

    ``os.wait4`` gives the rusage of exactly this child, unlike ``RUSAGE_CHILDREN`` (a maximum
    over every child so far). Stdout is read line by line to time ``ready`` and other marks
    (``unlock_dialog``); stderr goes to a temporary file so no pipe can fill and block the child.
    """
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err
        )
        assert proc.stdout is not None
        lines: list[bytes] = []
        marks: dict[str, float] = {}
        for line in proc.stdout:
            lines.append(line)
            marks.setdefault(line.decode("utf-8", errors="replace").strip(),
                             time.perf_counter() - started)
        proc.stdout.close()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return ChildRun(
            seconds=seconds,
            ready_seconds=marks.get("ready", seconds),
            marks=marks,
            peak_rss_kib=usage.ru_maxrss,
            returncode=proc.returncode,
            stdout=b"".join(lines).decode("utf-8", errors="replace"),
            stderr=err.read().decode("utf-8", errors="replace"),
        )


def parse_figures(text: str) -> dict[str, str]:
    """``name: value`` lines of ``text`` as a dict (other lines are ignored)."""
    figures = {}
    for line in text.splitlines():
        name, sep, value = line.partition(": ")
        if sep and name and " " not in name:
            figures[name] = value.strip()
    return figures


def check(run: ChildRun, what: str) -> None:
    """Stop with the child's output if it failed or never printed ``ready``."""
    if run.returncode != 0 or "ready" not in run.stdout.split():
        sys.stderr.write(run.stdout + run.stderr)
        raise SystemExit(f"bench: {what} failed (exit code {run.returncode}).")


def _quiet_qt_messages(mode: object, context: object, message: str) -> None:
    """Qt message handler: drops the offscreen plugin's harmless size-hint notice."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def measure_scrolling(db_path: Path, passphrase: str) -> ScrollResult:
    """Open the database as the app does, show the main window, scroll the list to its end.

    Each step moves the vertical scroll bar by one page and is timed until that page is painted
    (``processEvents`` plus a forced ``repaint`` of the viewport). The one-jump figure is taken
    first, on a cold row cache; the list is then reset to the top (cache emptied) and stepped.
    """
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from faltapp.gui.app import create_application
    from faltapp.gui.main_window import MainWindow
    from faltapp.store.database import Database

    qInstallMessageHandler(_quiet_qt_messages)
    app = create_application([sys.argv[0]])
    key, _ = Database.unlock(db_path, passphrase)
    db = Database.open_with_key(db_path, key)
    window = MainWindow(db)
    try:
        window.show()
        if not QTest.qWaitForWindowExposed(window, 5000):
            raise SystemExit("bench: the main window was never exposed.")
        QApplication.processEvents()
        table, model = window.table, window.model
        viewport = table.viewport()
        result = ScrollResult(shifts=db.counts()["shift"], rows=model.rowCount())

        started = time.perf_counter()
        table.scrollToBottom()
        QApplication.processEvents()
        viewport.repaint()
        result.to_end_ms = (time.perf_counter() - started) * 1000

        window.refresh()  # back to the top with an empty row cache, as after a filter change
        QApplication.processEvents()
        viewport.repaint()
        fetched_before = model.pages_fetched
        bar = table.verticalScrollBar()
        while bar.value() < bar.maximum():
            started = time.perf_counter()
            bar.setValue(min(bar.value() + bar.pageStep(), bar.maximum()))
            QApplication.processEvents()
            viewport.repaint()
            result.step_ms.append((time.perf_counter() - started) * 1000)
        result.rows_cached = model.cached_rows()
        result.pages_fetched = model.pages_fetched - fetched_before
        result.peak_rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    finally:
        window.close()
        db.close()
        app.processEvents()
    return result


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def build_parser() -> argparse.ArgumentParser:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="faltapp database file")
    parser.add_argument("--runs", type=int, default=5, help="subprocess runs per figure (5)")
    parser.add_argument(
        "--xcb", action="store_true",
        help="use the xcb platform (needs DISPLAY, e.g. under xvfb-run)",
    )
    parser.add_argument(
        "--no-pycache", action="store_true",
        help=f"leave bytecode caching to the environment (default: cache in {PYCACHE})",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run every measurement and print the figures; returns the exit code."""
    args = build_parser().parse_args(argv)
    passphrase = os.environ.get(ENV_PASSPHRASE)
    if passphrase is None:
        raise SystemExit(f"bench: set {ENV_PASSPHRASE}.")
    if args.runs < 1:
        raise SystemExit("bench: --runs must be at least 1.")
    db_path = args.db.absolute()
    if not db_path.is_file():
        raise SystemExit(f"bench: no database at {db_path}.")
    pycache = None if args.no_pycache else PYCACHE
    if pycache is not None:
        pycache.mkdir(parents=True, exist_ok=True)
    env = child_environment(args.xcb, pycache)
    os.environ["QT_QPA_PLATFORM"] = env["QT_QPA_PLATFORM"]

    faltapp = [sys.executable, "-m", "faltapp", "--db", str(db_path)]
    commands = {  # one run of each per round, interleaved: same cache and load conditions
        "bare window": [sys.executable, str(BASELINES), "bare"],
        "furnished window": [sys.executable, str(BASELINES), "furnished"],
        "store floor": [sys.executable, str(BASELINES), "floor"],
        "faltapp --smoke": [*faltapp, "--smoke"],
        "faltapp --smoke-unlock": [*faltapp, "--smoke-unlock"],
    }
    for what, cmd in commands.items():
        check(run_child(cmd, env), what)  # warm-up, not counted: bytecode and file caches
    runs: dict[str, list[ChildRun]] = {what: [] for what in commands}
    for _ in range(args.runs):
        for what, cmd in commands.items():
            runs[what].append(run_child(cmd, env))
            check(runs[what][-1], what)
    bare, furnished = runs["bare window"], runs["furnished window"]
    apps, unlocks = runs["faltapp --smoke"], runs["faltapp --smoke-unlock"]
    reported = [parse_figures(r.stderr) for r in apps]
    unlock_reported = [parse_figures(r.stderr) for r in unlocks]

    bare_s = statistics.median(r.seconds for r in bare)
    app_s = statistics.median(r.seconds for r in apps)
    kdf_s = statistics.median(float(f["kdf_seconds"]) for f in reported)
    window_s = statistics.median(float(f["window_seconds"]) for f in reported)
    minus_kdf = app_s - kdf_s
    bare_ready = statistics.median(r.ready_seconds for r in bare)
    furnished_ready = statistics.median(r.ready_seconds for r in furnished)
    floor_ready = statistics.median(r.ready_seconds for r in runs["store floor"])
    # Per run: each smoke run reports its own KDF time, so subtract it run by run.
    ready_minus_kdf = [
        r.ready_seconds - float(f["kdf_seconds"]) for r, f in zip(apps, reported, strict=True)
    ]
    app_ready_minus_kdf = statistics.median(ready_minus_kdf)
    best_ratio = min(ready_minus_kdf) / min(r.ready_seconds for r in bare)
    best_furnished = min(ready_minus_kdf) / min(r.ready_seconds for r in furnished)

    unlock_dialog = statistics.median(r.marks["unlock_dialog"] for r in unlocks)
    enter_s = [float(f["enter_to_list_seconds"]) for f in unlock_reported]
    enter_kdf_s = [float(f["kdf_seconds"]) for f in unlock_reported]
    stalls_ms = [float(f["unlock_max_stall_ms"]) for f in unlock_reported]

    scroll = measure_scrolling(db_path, passphrase)
    steps = scroll.step_ms or [0.0]

    figures: list[tuple[str, str]] = [
        ("platform", env["QT_QPA_PLATFORM"]),
        ("bytecode_cache", str(pycache) if pycache else "environment"),
        ("runs", str(args.runs)),
        ("shifts", str(scroll.shifts)),
        ("bare_window_s", f"{bare_s:.4f}"),
        ("bare_ready_s", f"{bare_ready:.4f}"),
        ("bare_peak_rss_mb", f"{max(r.peak_rss_kib for r in bare) / 1024:.1f}"),
        ("furnished_ready_s", f"{furnished_ready:.4f}"),
        ("furnished_peak_rss_mb", f"{max(r.peak_rss_kib for r in furnished) / 1024:.1f}"),
        ("store_floor_ready_s", f"{floor_ready:.4f}"),
        ("app_start_s", f"{app_s:.4f}"),
        ("app_ready_s", f"{statistics.median(r.ready_seconds for r in apps):.4f}"),
        ("kdf_s", f"{kdf_s:.4f}"),
        ("app_start_minus_kdf_s", f"{minus_kdf:.4f}"),
        ("app_ready_minus_kdf_s", f"{app_ready_minus_kdf:.4f}"),
        ("app_window_seconds", f"{window_s:.4f}"),
        ("app_rows", reported[-1].get("rows", "?")),
        ("peak_rss_mb", f"{max(r.peak_rss_kib for r in apps) / 1024:.1f}"),
        ("unlock_dialog_s", f"{unlock_dialog:.4f}"),
        ("enter_to_list_s", f"{statistics.median(enter_s):.4f}"),
        ("enter_to_list_kdf_s", f"{statistics.median(enter_kdf_s):.4f}"),
        ("enter_to_list_minus_kdf_s",
         f"{statistics.median(e - k for e, k in zip(enter_s, enter_kdf_s, strict=True)):.4f}"),
        ("unlock_max_stall_median_ms", f"{statistics.median(stalls_ms):.1f}"),
        ("unlock_max_stall_ms", f"{max(stalls_ms):.1f}"),
        ("unlock_peak_rss_mb", f"{max(r.peak_rss_kib for r in unlocks) / 1024:.1f}"),
        ("rows", str(scroll.rows)),
        ("scroll_steps", str(len(scroll.step_ms))),
        ("scroll_step_max_ms", f"{max(steps):.2f}"),
        ("scroll_step_p95_ms", f"{percentile(steps, 0.95):.2f}"),
        ("scroll_step_median_ms", f"{statistics.median(steps):.2f}"),
        ("scroll_pages_fetched", str(scroll.pages_fetched)),
        ("scroll_to_end_ms", f"{scroll.to_end_ms:.2f}"),
        ("rows_cached_after_scroll", str(scroll.rows_cached)),
        ("scroll_process_peak_rss_mb", f"{scroll.peak_rss_kib / 1024:.1f}"),
        ("startup_ratio_to_exit", f"{minus_kdf / bare_s:.3f}"),
        ("startup_ratio_best_of_runs", f"{best_ratio:.3f}"),
        ("unlock_dialog_ratio", f"{unlock_dialog / bare_ready:.3f}"),
        ("startup_ratio_furnished_best_of_runs", f"{best_furnished:.3f}"),
        ("store_floor_ratio_furnished", f"{floor_ready / furnished_ready:.3f}"),
        ("startup_ratio_store_floor", f"{app_ready_minus_kdf / floor_ready:.3f}"),
        ("startup_ratio_furnished", f"{app_ready_minus_kdf / furnished_ready:.3f}"),
        # The target: cold start until the main window has painted its rows, KDF excluded.
        ("startup_ratio", f"{app_ready_minus_kdf / bare_ready:.3f}"),
    ]
    for name, value in figures:
        print(f"{name}: {value}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
