"""Every benchmark of the project at 1× and 10×, in one table (issue 10 item 5).

    FALTAPP_PASSPHRASE=... .venv/bin/python bench/run_all.py --db real.db [--db10 x10.db]

``--db`` is a realistic demo database (``faltapp demo --workers 8 --years 5``), ``--db10``
ten times that (``--workers 80``). Without ``--db10`` the 10× database is made first in a
temporary folder (a few minutes, same passphrase); ``--no-10x`` runs only 1×. Each script
runs in its own process on a copy of the database and prints ``name: value`` lines with its
same-run baselines; this collects them into one table (figure, 1×, 10×, the target the
script names), so a regression is seen at once. ``--quick`` runs fewer repetitions. The
sync figures make their own databases, so they run once. A script that fails shows its last
error line in the table instead of figures.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINE = re.compile(r"^([a-z][a-z0-9_]*): (.+)$")

SCRIPTS: list[tuple[str, list[str], list[str], bool]] = [
    # name, arguments, arguments with --quick, runs on the 10× database too
    ("startup", ["--runs", "5"], ["--runs", "2"], True),
    ("engine", ["--runs", "40"], ["--runs", "10"], True),
    ("editor", ["--runs", "20"], ["--runs", "5", "--no-scenario"], True),
    ("reports", ["--runs", "5"], ["--runs", "2"], True),
    ("gallring", [], [], True),
    ("person_rights", [], [], True),
    ("sync", ["--leader-workers", "8"], [], False),
    ("sync_stall", [], [], False),
]


def run_script(name: str, args: list[str], db: Path | None) -> dict[str, str]:
    """Run ``bench/<name>.py`` and return its ``name: value`` lines."""
    command = [sys.executable, str(HERE / f"{name}.py"), *args]
    if db is not None:
        command += ["--db", str(db)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"error": f"exit {done.returncode}: {last[:90]}"}
    figures = {}
    for line in done.stdout.splitlines():
        match = LINE.match(line.strip())
        if match:
            figures[match.group(1)] = match.group(2).strip()
    return figures


def make_ten_times() -> Path:
    """A 10× demo database (80 workers, 5 years) in a temporary folder."""
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="faltapp-bench-x10-")) / "x10.db"
    print(f"making the 10x database {path} (a few minutes)…", file=sys.stderr, flush=True)
    subprocess.run([sys.executable, "-m", "faltapp", "demo", "--db", str(path), "--workers",
                    "80", "--years", "5"], check=True, stdout=subprocess.DEVNULL)
    return path


def table(rows: list[tuple[str, str, str, str]]) -> str:
    """Rows of (figure, 1×, 10×, note) as aligned text."""
    header = ("figure", "1x", "10x", "target / note")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    lines = [f"{header[0]:<{widths[0]}}  {header[1]:>{widths[1]}}  {header[2]:>{widths[2]}}  "
             f"{header[3]}"]
    for figure, one, ten, note in rows:
        lines.append(f"{figure:<{widths[0]}}  {one:>{widths[1]}}  {ten:>{widths[2]}}  {note}")
    return "\n".join(lines)


def split_value(value: str) -> tuple[str, str]:
    """``"12.3  (target <= 30)"`` → ("12.3", "target <= 30")."""
    head, _, rest = value.partition("  (")
    return head.strip(), rest.rstrip(")").strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--db10", type=Path)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-10x", action="store_true", help="run only on --db")
    parser.add_argument("--only", nargs="*", help="run only these scripts")
    args = parser.parse_args()
    if args.db10 is None and not args.no_10x:
        args.db10 = make_ten_times()
    rows: list[tuple[str, str, str, str]] = []
    for name, full, quick, on_ten in SCRIPTS:
        if args.only and name not in args.only:
            continue
        options = quick if args.quick else full
        uses_db = not name.startswith("sync")
        one = run_script(name, options, args.db if uses_db else None)
        ten = run_script(name, options, args.db10) if on_ten and args.db10 else {}
        print(f"[{name}] done", file=sys.stderr, flush=True)
        for figure in dict.fromkeys([*one, *ten]):
            v1, note1 = split_value(one.get(figure, "–"))
            v10, note10 = split_value(ten.get(figure, "–"))
            rows.append((f"{name}.{figure}", v1, v10, note1 or note10))
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
