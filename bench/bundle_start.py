"""Start-up of the PyInstaller bundle against the same app from its virtual environment.

    packaging/build.sh --no-smoke
    FALTAPP_PASSPHRASE=... .venv/bin/python bench/bundle_start.py --db real.db [--runs 5]

Both start ``--smoke`` on a copy of the same database (main window until the rows are
painted, then exit), taking turns after one unmeasured warm-up each; the figure is the time
until ``ready``, minus the key derivation each reports (``kdf_seconds``), median of
``--runs``. Target (issue 10): ``bundle_start_ratio`` ≤ 1.2.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from work_copy import copy_database

ROOT = Path(__file__).resolve().parent.parent


def ready_seconds(command: list[str]) -> float:
    """Seconds from spawn to the ``ready`` line, without the KDF the process reports."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    kdf = 0.0
    for line in proc.stdout:
        if line.startswith("kdf_seconds:"):
            kdf = float(line.split(":")[1])
        if line.strip() == "ready":
            elapsed = time.perf_counter() - started
            break
    else:
        raise SystemExit(f"no ready from {command}")
    proc.wait()
    return elapsed - kdf


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "faltapp" / "faltapp")
    args = parser.parse_args()
    db = copy_database(args.db)
    commands = {"bundle": [str(args.bundle), "--db", str(db), "--smoke"],
                "venv": [sys.executable, "-m", "faltapp", "--db", str(db), "--smoke"]}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        ready_seconds(command)  # warm-up: file caches
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(ready_seconds(command))
    bundle, venv = statistics.median(times["bundle"]), statistics.median(times["venv"])
    print(f"venv_ready_minus_kdf_s: {venv:.3f}")
    print(f"bundle_ready_minus_kdf_s: {bundle:.3f}")
    print(f"bundle_start_ratio: {bundle / venv:.2f}  (target <= 1.2)")


if __name__ == "__main__":
    main()
