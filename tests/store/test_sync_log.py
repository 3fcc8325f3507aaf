"""db.sync: versions since a sequence number, the export and import logs, and the preview of
a merge — which must count exactly what db.merge then does, without writing anything."""

from __future__ import annotations

from typing import Any

from faltapp.core.digest import content_hash
from faltapp.core.entities import Place
from faltapp.store.database import Database
from faltapp.store.merge import ForeignVersion
from faltapp.store.sync_log import ExportLogEntry, ImportLogEntry, MergePreview

OTHER = "f" * 32
AT = "2026-11-21T08:00:00+00:00"


def place(record_id: str, version: str, parent: str | None, name: str | None,
          parent2: str | None = None) -> ForeignVersion:
    payload = None if name is None else {"id": record_id, "name": name, "area": "",
                                         "active": True}
    return ForeignVersion("place", record_id, version, parent,
                          content_hash(payload, payload is None), payload is None,
                          payload or {}, AT, OTHER, parent2)


def counts(db: Database) -> Any:
    return db.query("SELECT COUNT(*) FROM history")[0][0], db.query(
        "SELECT COUNT(*) FROM conflict")[0][0]


def test_the_preview_counts_records_as_merge_then_finds_them(db: Database) -> None:
    stortorget = Place("Stortorget")
    mine = db.save(stortorget)
    mine_id = stortorget.id
    known = db.query("SELECT id, version, hash FROM history WHERE id = ?", [mine_id])[0]
    incoming = [
        place("p-new", f"1-{OTHER}", None, "Ny plats"),
        place("p-new", f"2-{OTHER}", f"1-{OTHER}", "Ny plats, ändrad"),   # same record
        place(mine_id, f"90-{OTHER}", mine.version, "Stortorget (norr)"),  # fast-forward
    ]
    before = counts(db)
    preview = db.sync.preview(incoming)
    assert (preview.new, preview.updated, preview.unchanged, preview.conflicts,
            preview.refused) == (1, 1, 0, 0, [])
    assert counts(db) == before
    db.merge([(Place, v) for v in incoming])
    again = db.sync.preview(incoming)
    assert (again.unchanged, again.changes) == (2, 0)
    rival = place(mine_id, f"91-{OTHER[:-1]}e", mine.version, "Stortorget (söder)")
    assert db.sync.preview([rival]).conflicts == 1
    clash = place(known[0], known[1], None, "Något annat")
    assert db.sync.preview([clash]).refused == [("place", known[0], known[1])]


def test_a_resolution_arriving_before_its_parents_leaves_one_head(db: Database) -> None:
    a = place("p-x", f"1-{OTHER}", None, "A")
    b = place("p-x", f"2-{'e' * 32}", None, "B")
    fix = place("p-x", f"3-{OTHER}", a.version, "A+B", parent2=b.version)
    preview = db.sync.preview([fix, b, a])
    assert (preview.new, preview.conflicts) == (1, 0)
    db.merge([(Place, v) for v in (fix, b, a)])
    assert [h.version for h in db.heads(Place, "p-x")] == [fix.version]
    assert MergePreview(1, 2, 3, 4).changes == 7


def test_versions_since_and_the_logs(db: Database) -> None:
    start = db.sync.last_seq()
    hamnen = Place("Hamnen")
    saved = db.save(hamnen)
    found = list(db.sync.versions_since(start, db.sync.last_seq()))
    assert [(v.table, v.id, v.version, v.payload["name"]) for v in found] == \
        [("place", hamnen.id, saved.version, "Hamnen")]
    assert list(db.sync.versions_since(start, db.sync.last_seq(), device=OTHER)) == []
    db.delete(Place, hamnen.id, saved.version)
    [tombstone] = db.sync.versions_since(start + 1, db.sync.last_seq())
    assert (tombstone.deleted, tombstone.payload) == (True, {})
    db.purge(Place, hamnen.id, "test")
    purged = [v for v in db.sync.versions_since(0, db.sync.last_seq()) if v.id == hamnen.id]
    assert [(v.deleted, v.payload) for v in purged] == [(False, None), (True, {})]
    assert db.sync.last_export() is None
    for counter in (1, 2):
        db.sync.log_export(ExportLogEntry(f"e{counter}", counter, False, 0, 5, 3, AT))
    assert db.sync.last_export().counter == 2
    entry = ImportLogEntry("x1", OTHER, 3, "a" * 64, "f.faltapp", AT, 1, 2, 3, 0)
    db.sync.log_import(entry)
    db.sync.log_import(ImportLogEntry(None, None, None, None, "bad.faltapp", AT,
                                      outcome="refused", reason="replay"))
    assert db.sync.imported("x1") == entry
    assert [e.file_name for e in db.sync.imports()] == ["bad.faltapp", "f.faltapp"]
    assert db.sync.imports(OTHER) == [entry]
