"""Export and import of one field secretary's year, against raw ``executemany`` (issue 8).

    .venv/bin/python bench/sync.py [--workers 8] [--years 4] [--leader-workers 0]

Builds a leader and a member database (cheap test KDF) in a temporary folder, enrols the
member, fills it with demo data (``DemoSpec(--workers, --years)``; the defaults give ~1,000
shifts with their children, ~11,000 versions: one field secretary's year) and measures:

- ``export_s``: the member's export job (everything: its first export);
- ``import_s``: the leader importing that file (checks, preview, backup, one transaction);
- ``reimport_same_file_s``: the same file again ("redan importerad", zero changes);
- ``reimport_known_s``: a new full export of the same data (every version known: zero changes);
- ``import_updates_s``: the member edits 1,000 shifts and exports again (incremental): the
  leader's import of that file, where every version moves a known record forward;
- ``baseline_executemany_s``: one raw ``executemany`` of the same history and entity rows into
  a fresh database in one transaction; ``import_ratio`` = ``import_s`` ÷ that.

With ``--leader-workers N`` it also times a leader importing N more members' files of the same
size, one after another, each with its backup (``leader_import_N_s``).
Targets: export and import ≤ 3 s, re-import ≤ 1 s, ratio ≤ 3, eight members' years ≤ 20 s.
The event loop's stalls during an import are ``bench/sync_stall.py``'s.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from faltapp.core.entities import TYPE_BY_TABLE, Category, Place, Shift
from faltapp.core.jobs import run_to_end
from faltapp.demo import DemoSpec, generate
from faltapp.store import rows
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.sync import enrolment
from faltapp.sync.exporter import export_job
from faltapp.sync.importer import BatchBackup, import_job

PASSPHRASE = "bench bench bench"


def create(path: Path) -> Database:
    return Database.create(path, PASSPHRASE, kdf=KdfParams.for_tests())


def member(leader: Database, path: Path, name: str, spec: DemoSpec) -> Database:
    """A new member database, enrolled, filled with ``spec``'s demo data."""
    db = create(path)
    joined = enrolment.join_team(db, enrolment.make_card(leader), name)
    enrolment.approve(leader, enrolment.check_request(leader, joined.request))
    enrolment.take_roster(db, enrolment.shared_roster(leader))
    db.save_many(generate(spec, db.all(Place), db.all(Category)))
    return db


def edit_shifts(db: Database, count: int) -> None:
    """A new version of ``count`` shifts (their summary), in one transaction."""
    shifts = db.all(Shift)[:count]
    db.apply([(dataclasses.replace(s, summary=s.summary + " (ändrad)"),
               db.meta(Shift, s.id).version) for s in shifts])


def timed(job: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    result = run_to_end(job)
    return result, time.perf_counter() - started


def baseline(path: Path, source: Database) -> float:
    """One raw executemany per table of the member's history and current rows, one commit."""
    from faltapp.core.seed import SEED_DEVICE  # every new database has these already

    history = source.query(
        "SELECT table_name, id, version, parent, parent2, lamport, device, hash, changed_at, "
        "changed_by, deleted, reason, payload FROM history WHERE device != ? ORDER BY seq",
        [SEED_DEVICE])
    by_table: dict[str, list[list[Any]]] = {}
    for row in history:
        payload = None if row[10] else json.loads(row[12])
        meta = (row[2], row[3], row[8], row[9], row[10])
        by_table.setdefault(row[0], []).append(
            rows.row_values(TYPE_BY_TABLE[row[0]], row[1], payload, meta))
    target = create(path)
    conn = target.writer.conn
    started = time.perf_counter()
    with target.writer.transaction():
        conn.executemany(
            "INSERT INTO history (table_name, id, version, parent, parent2, lamport, device, "
            "hash, changed_at, changed_by, deleted, reason, payload) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [list(r) for r in history])
        for table, values in by_table.items():
            conn.executemany(rows.upsert_sql(TYPE_BY_TABLE[table]), values)
    seconds = time.perf_counter() - started
    target.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--years", type=int, default=4)
    parser.add_argument("--leader-workers", type=int, default=0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="faltapp-bench-sync-"))
    figures: dict[str, Any] = {}
    try:
        leader = create(work / "leader.db")
        leader.team.create_team("Bench", "Ledare")
        spec = DemoSpec(workers=args.workers, years=args.years)
        worker = member(leader, work / "member.db", "Fältsekreterare", spec)
        figures["shifts"] = worker.query("SELECT COUNT(*) FROM shift")[0][0]
        figures["versions"] = worker.query("SELECT COUNT(*) FROM history")[0][0]
        result, figures["export_s"] = timed(export_job(worker, work / "year.faltapp"))
        figures["export_records"] = result.records
        figures["export_mb"] = round(result.size / 1e6, 2)
        imported, figures["import_s"] = timed(import_job(leader, work / "year.faltapp"))
        figures["import_line"] = imported.line()
        again, figures["reimport_same_file_s"] = timed(
            import_job(leader, work / "year.faltapp"))
        figures["reimport_same_file_line"] = again.line()
        run_to_end(export_job(worker, work / "full.faltapp", full=True))
        known, figures["reimport_known_s"] = timed(import_job(leader, work / "full.faltapp"))
        figures["reimport_known_line"] = known.line()
        edit_shifts(worker, 1000)
        run_to_end(export_job(worker, work / "updates.faltapp"))
        updates, figures["import_updates_s"] = timed(import_job(leader, work / "updates.faltapp"))
        figures["import_updates_line"] = updates.line()
        figures["baseline_executemany_s"] = statistics.median(  # 3 runs: it wavers ±15 %
            baseline(work / f"raw{n}.db", worker) for n in range(3))
        figures["import_ratio"] = figures["import_s"] / figures["baseline_executemany_s"]
        worker.close()
        if args.leader_workers:
            files = []
            for n in range(args.leader_workers):
                other = member(leader, work / f"m{n}.db", f"Medarbetare {n}",
                               DemoSpec(workers=args.workers, years=args.years, seed=100 + n))
                run_to_end(export_job(other, work / f"m{n}.faltapp"))
                files.append(work / f"m{n}.faltapp")
                other.close()
            started = time.perf_counter()
            batch = BatchBackup()  # as the app and 'faltapp import A B C' do: one backup
            for path in files:
                batch.saw(run_to_end(import_job(leader, path, backup=batch.needed)))
            figures[f"leader_import_{args.leader_workers}_s"] = time.perf_counter() - started
        leader.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name, value in figures.items():
        print(f"{name}: {value:.3f}" if isinstance(value, float) else f"{name}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
