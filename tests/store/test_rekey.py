"""``rekey``: old key files stop opening the database; a kill at any moment leaves it openable."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from faltapp.core.entities import Place
from faltapp.store.database import Database
from faltapp.store.errors import NotADatabase
from faltapp.store.keys import KdfParams, WrongPassphrase

CHEAP = KdfParams.for_tests()


def test_rekey_makes_an_old_key_file_useless_and_keeps_the_data(db_path: Path,
                                                               db: Database) -> None:
    db.save(Place(name="Före bytet"))
    old_key_file = db_path.with_name("gammal.key")
    shutil.copy(db.key_path, old_key_file)
    db.rekey(PASSPHRASE)
    db.save(Place(name="Efter bytet"))
    assert {"Före bytet", "Efter bytet"} <= {p.name for p in db.all(Place)}
    assert any(a == "rekey" for (a,) in db.query("SELECT action FROM audit_log"))
    db.close()
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as reopened:
        assert "Efter bytet" in {p.name for p in reopened.all(Place)}
    shutil.copy(old_key_file, db.key_path)
    with pytest.raises(NotADatabase):
        Database.open(db_path, PASSPHRASE, kdf=CHEAP)


def test_rekey_with_a_wrong_passphrase_changes_nothing(db_path: Path, db: Database) -> None:
    before = db.key_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        db.rekey("inte rätt lösenfras")
    assert db.key_path.read_bytes() == before
    assert not db_path.with_name(db_path.name + ".key.next").exists()


_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from faltapp.core.entities import Place
    from faltapp.store.database import Database
    from faltapp.store.keys import KdfParams
    path, passphrase = Path(sys.argv[1]), sys.argv[2]
    db = Database.open(path, passphrase, kdf=KdfParams.for_tests())
    print("open", flush=True)
    n = 0
    while True:
        n += 1
        db.save(Place(name=f"plats {n}"))
        print(f"saved {n}", flush=True)
        db.rekey(passphrase)
""")


def test_a_kill_during_rekey_leaves_a_database_that_opens_with_nothing_lost(
        db_path: Path, db: Database) -> None:
    db.close()
    rng = random.Random(5)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for _ in range(12):
        child = subprocess.Popen([sys.executable, "-c", _CHILD, str(db_path), PASSPHRASE],
                                 stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        saved = [line for line in out.splitlines() if line.startswith("saved")]
        with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as reopened:
            names = {p.name for p in reopened.all(Place)}
            assert reopened.query("PRAGMA integrity_check") == [("ok",)]
        for line in saved:
            assert f"plats {line.split()[1]}" in names
        assert not db_path.with_name(db_path.name + ".key.next").exists()
