"""Kill harness: SIGKILL faltapp at random moments of its writes and check nothing is lost.

    .venv/bin/python bench/kill.py --runs 100 [--seed 1] [--ops save,import,...] [--keep DIR]

Each run copies a prepared database, starts a child process that does one kind of write —
``save`` (shifts with ten children, one transaction each), ``autosave`` (editor drafts),
``import`` (a member's year), ``export`` (a full export), ``migration`` (a schema-2 database
opened by today's code), ``passphrase`` (the key file re-wrapped), ``gallring`` (a run over
every contact due) — and kills it with SIGKILL after a random delay. The child
writes each commitment to a journal (fsynced) only after the call that commits has
returned. Then the parent checks, as the next start of the app would:

- the database opens (with the old or the new passphrase, as the journal allows) and
  ``PRAGMA integrity_check`` says ok; the key file reads;
- every journaled shift is there with its ten children, every journaled draft at least as new;
- an import is all or nothing (every record of the file present, or none), an export file is
  complete or absent, a journaled migration or passphrase change holds.

It ends by printing ``runs: N``, ``lost: N`` and ``integrity_failures: N`` (with the kills
that hit a running child, per kind). ``tests/test_kill.py`` runs a reduced form.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSPHRASE = "kill-harness-1"
NEW_PASSPHRASE = "kill-harness-2"
FIXTURE = ROOT / "tests" / "fixtures" / "schema_v2"
FIXTURE_PASSPHRASE = "fixtur-lösenfras"
OPS = ("save", "autosave", "import", "export", "migration", "passphrase", "gallring")
LOOP_MS = 1500
"""How long the endless kinds (save, autosave) run before the latest possible kill."""


# -- the prepared databases -------------------------------------------------------------------


def prepare(folder: Path) -> None:
    """A leader database with a worker's year of demo data and a member's export to import."""
    from faltapp.core.entities import Category, Place
    from faltapp.core.jobs import run_to_end
    from faltapp.demo import DemoSpec, generate
    from faltapp.store.database import Database
    from faltapp.store.keys import KdfParams
    from faltapp.sync import enrolment
    from faltapp.sync.exporter import export_job

    cheap = KdfParams.for_tests()
    leader = Database.create(folder / "leader.db", PASSPHRASE, kdf=cheap)
    leader.team.create_team("Kill", "Ledare")
    leader.save_many(generate(DemoSpec(workers=1, years=1, seed=3), leader.all(Place),
                              leader.all(Category)))
    member = Database.create(folder / "member.db", PASSPHRASE, kdf=cheap)
    joined = enrolment.join_team(member, enrolment.make_card(leader), "Medlem")
    enrolment.approve(leader, enrolment.check_request(leader, joined.request))
    enrolment.take_roster(member, enrolment.shared_roster(leader))
    member.save_many(generate(DemoSpec(workers=1, years=1, seed=9), member.all(Place),
                              member.all(Category)))
    run_to_end(export_job(member, folder / "member.faltapp", full=True))
    (folder / "identity.txt").write_text(leader.team.keys().age_secret)
    member.close()
    leader.close()


def copy_db(source: Path, target: Path, passphrase: str = PASSPHRASE) -> None:
    """The database, its key file and its sidecar, as the same device (a fresh copy per run).

    A copy is a new device to copy detection (``store/identity.py``): it would lose its keys
    and its place in the team. The harness plays the laptop itself, so the copy's settings
    get the copy's file identity, as if it had always lived there.
    """
    from faltapp.store import keys
    from faltapp.store.connection import connect
    from faltapp.store.identity import file_identity

    for suffix in ("", ".key", ".state"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")
    key = keys.unwrap_key(keys.read_key_file(Path(f"{target}.key")), passphrase)
    conn = connect(target, key)
    try:
        conn.execute("UPDATE settings SET value = ? WHERE key = 'file_identity'",
                     [file_identity(target)])
    finally:
        conn.close()


# -- the child: one kind of write, journaled --------------------------------------------------


class Journal:
    """Commitments, one line each, fsynced before the next write starts."""

    def __init__(self, path: Path) -> None:
        self._file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (lives as long as the child)

    def note(self, line: str) -> None:
        self._file.write(line + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())


def child(op: str, run: Path) -> None:
    """Do ``op`` on the database in ``run`` until killed (or done)."""
    from faltapp.core.jobs import run_to_end
    from faltapp.store.database import Database
    from faltapp.store.keys import KdfParams

    journal = Journal(run / "journal")
    cheap = KdfParams.for_tests()
    if op == "migration":
        print("ready", flush=True)
        Database.open(run / "db", FIXTURE_PASSPHRASE, kdf=cheap).close()
        journal.note("migrated")
        return
    db = Database.open(run / "db", PASSPHRASE, kdf=cheap)
    print("ready", flush=True)
    if op == "save":
        while True:
            journal.note("shift " + _save_shift(db))
    elif op == "autosave":
        shift_id = _save_shift(db)
        journal.note("shift " + shift_id)
        for n in range(1, 100000):
            db.drafts.put(shift_id, f'{{"n": {n}, "text": "{"x" * 2000}"}}')
            journal.note(f"draft {shift_id} {n}")
    elif op == "import":
        from faltapp.sync.importer import import_job

        run_to_end(import_job(db, run / "member.faltapp", move=False))
        journal.note("imported")
    elif op == "export":
        from faltapp.sync.exporter import export_job

        run_to_end(export_job(db, run / "out.faltapp", full=True))
        journal.note("exported")
    elif op == "passphrase":
        db.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        journal.note("changed")
    elif op == "gallring":
        from faltapp.store.retention import gallring_job

        run_to_end(gallring_job(db, date.today() + timedelta(days=7 * 365)))
        journal.note("culled")
    db.close()


def _save_shift(db: object) -> str:
    from faltapp.core.entities import Contact, Observation, Place, Shift, Tally

    place = sorted(db.all(Place), key=lambda p: p.id)[0]  # type: ignore[attr-defined]
    shift = Shift(date(2026, 11, 20), clock_time(18), clock_time(23), "kvallspass",
                  area_ids=(place.id,))
    children: list[object] = [Tally(shift.id, "flicka", "13_15", n + 1) for n in range(4)]
    children += [Contact(shift.id, f"Kontakt {n}", 2010, "pojke", place.id) for n in range(3)]
    children += [Observation(shift.id, datetime(2026, 11, 20, 19), place.id, "trygg_plats")
                 for _ in range(3)]
    db.apply([(shift, None), *((c, None) for c in children)])  # type: ignore[attr-defined]
    return shift.id


# -- the parent: kill, then check -------------------------------------------------------------


@dataclass
class Outcome:
    """What one run found."""

    op: str
    killed: bool
    ran_ms: float = 0.0
    lost: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)


def one_run(op: str, prepared: Path, run: Path, rng: random.Random,
            window_ms: float | None) -> Outcome:
    """Copy, start the child, kill it within ``window_ms`` of its ``ready`` (None: let it
    finish), check."""
    run.mkdir(parents=True)
    if op == "migration":
        copy_db(FIXTURE / "faltapp.db", run / "db", FIXTURE_PASSPHRASE)
    else:
        copy_db(prepared / "leader.db", run / "db")
    shutil.copy(prepared / "member.faltapp", run / "member.faltapp")
    (run / "journal").touch()
    proc = subprocess.Popen([sys.executable, __file__, "--child", op, "--run", str(run)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.stdout is not None
    ready = proc.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    if window_ms is None:
        proc.wait()
    else:
        time.sleep(rng.uniform(0, window_ms) / 1000)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate()
    outcome = Outcome(op, killed, (time.perf_counter() - started) * 1000)
    if not ready or (not killed and proc.returncode != 0):
        outcome.broken.append(f"child failed: {err.strip().splitlines()[-1:]}")
        return outcome
    check(op, run, prepared, outcome)
    return outcome


def calibrate(op: str, prepared: Path) -> float:
    """How long ``op`` runs after ``ready`` on this machine, in ms (one run, not killed)."""
    if op in ("save", "autosave"):
        return LOOP_MS
    run = prepared / f"calibrate-{op}"
    outcome = one_run(op, prepared, run, random.Random(0), None)
    shutil.rmtree(run, ignore_errors=True)
    if outcome.broken or outcome.lost or outcome.killed:
        raise SystemExit(f"calibration of {op} failed: {outcome}")
    return outcome.ran_ms


def check(op: str, run: Path, prepared: Path, outcome: Outcome) -> None:
    """Open the database as the next start would, and compare with the journal."""
    from faltapp.store import keys
    from faltapp.store.database import Database
    from faltapp.store.keys import KdfParams

    journal = (run / "journal").read_text(encoding="utf-8").split("\n")
    done = set(journal)
    try:
        keys.read_key_file(run / "db.key")
    except Exception as exc:  # any failure is the finding
        outcome.broken.append(f"key file: {exc}")
        return
    candidates = [FIXTURE_PASSPHRASE] if op == "migration" else (
        [NEW_PASSPHRASE] if "changed" in done else [PASSPHRASE, NEW_PASSPHRASE])
    db = None
    for passphrase in candidates:
        try:
            db = Database.open(run / "db", passphrase, kdf=KdfParams.for_tests())
            break
        except keys.WrongPassphrase:
            continue
        except Exception as exc:  # any failure is the finding
            outcome.broken.append(f"open: {exc}")
            return
    if db is None:
        outcome.broken.append("no passphrase opens the database")
        return
    try:
        if db.query("PRAGMA integrity_check")[0][0] != "ok":
            outcome.broken.append("integrity_check")
        _compare(op, db, journal, run, prepared, outcome)
    finally:
        db.close()


def _compare(op: str, db: object, journal: list[str], run: Path, prepared: Path,
             outcome: Outcome) -> None:
    from faltapp.core.entities import Shift

    drafts: dict[str, int] = {}
    for line in journal:
        if line.startswith("shift "):
            shift_id = line.split()[1]
            loaded = db.load_shift(shift_id)  # type: ignore[attr-defined]
            if loaded is None or db.get(Shift, shift_id) is None:  # type: ignore[attr-defined]
                outcome.lost.append(line)
            elif len(loaded.bundle.records()) != 11:
                outcome.lost.append(line + " (children)")
        elif line.startswith("draft "):
            _, shift_id, n = line.split()
            drafts[shift_id] = int(n)
    for shift_id, n in drafts.items():
        stored = db.drafts.get(shift_id)  # type: ignore[attr-defined]
        if stored is None or json.loads(stored)["n"] < n:
            outcome.lost.append(f"draft {shift_id} {n}")
    if op == "import":
        _all_or_nothing(db, run, prepared, "imported" in journal, outcome)
    elif op == "export":
        _complete_or_absent(run / "out.faltapp", prepared, "exported" in journal, outcome)


def _all_or_nothing(db: object, run: Path, prepared: Path, journaled: bool,
                    outcome: Outcome) -> None:
    from faltapp.sync.export_format import DEFAULT_MAX_BYTES, read_export_file

    identity = _identity(prepared)
    records = read_export_file(run / "member.faltapp", identity,
                               max_bytes=DEFAULT_MAX_BYTES).records
    wanted = {(r.table, r.id, r.version) for r in records}
    have = {tuple(row) for row in db.query(  # type: ignore[attr-defined]
        "SELECT table_name, id, version FROM history")}
    present = len(wanted & have)
    if present not in (0, len(wanted)):
        outcome.broken.append(f"import half done: {present} of {len(wanted)} versions")
    if journaled and present != len(wanted):
        outcome.lost.append("imported")


def _complete_or_absent(path: Path, prepared: Path, journaled: bool, outcome: Outcome) -> None:
    from faltapp.sync.export_format import DEFAULT_MAX_BYTES, read_export_file

    if not path.exists():
        if journaled:
            outcome.lost.append("exported")
        return
    try:
        read_export_file(path, _identity(prepared), max_bytes=DEFAULT_MAX_BYTES)
    except Exception as exc:  # any failure is the finding
        outcome.broken.append(f"export file incomplete: {exc}")
    leftovers = [p.name for p in path.parent.iterdir() if ".faltapp" in p.name
                 and p.name not in ("out.faltapp", "member.faltapp")]
    if leftovers:
        outcome.broken.append(f"temporary files left: {leftovers}")


def _identity(prepared: Path) -> object:
    import pyrage

    return pyrage.x25519.Identity.from_str((prepared / "identity.txt").read_text().strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ops", default=",".join(OPS))
    parser.add_argument("--keep", type=Path, help="keep the runs' folders here")
    parser.add_argument("--child", choices=OPS, help=argparse.SUPPRESS)
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.run)
        return 0
    ops = [op for op in args.ops.split(",") if op]
    rng = random.Random(args.seed)
    work = args.keep or Path(tempfile.mkdtemp(prefix="faltapp-kill-"))
    work.mkdir(parents=True, exist_ok=True)
    prepare(work)
    windows = {op: calibrate(op, work) for op in ops}
    print("window_ms: " + ", ".join(f"{op} {ms:.0f}" for op, ms in windows.items()))
    outcomes: list[Outcome] = []
    for number in range(args.runs):
        op = ops[number % len(ops)]
        outcome = one_run(op, work, work / f"run{number:03d}-{op}", rng, windows[op])
        outcomes.append(outcome)
        for problem in outcome.lost + outcome.broken:
            print(f"run {number} ({op}): {problem}", file=sys.stderr)
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    killed = Counter(o.op for o in outcomes if o.killed)
    print("killed_while_running: " + ", ".join(f"{op} {killed[op]}" for op in ops))
    print(f"runs: {len(outcomes)}")
    print(f"lost: {sum(len(o.lost) for o in outcomes)}")
    print(f"integrity_failures: {sum(1 for o in outcomes if o.broken)}")
    return 0 if not any(o.lost or o.broken for o in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
