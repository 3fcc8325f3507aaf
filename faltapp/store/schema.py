"""The database schema, built by named migrations (sqlite-utils ``Migrations``).

Every migration's DDL is written out literally and never derived from today's dataclasses: a
database made by any released build must migrate to exactly the schema a new database gets
(``tests/store/test_migrations.py`` proves it against the committed databases in
``tests/fixtures/``). Migrations are append-only: never edit or reorder one that has shipped.
Adding a field to an entity means adding a migration.

Each migration runs in one transaction together with the record that it was applied.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

from faltapp.core.digest import content_hash, raw_hash
from faltapp.core.versions import Version, VersionFormatError
from faltapp.store.schema_state import KNOWN_MIGRATIONS, MIGRATION_SET
from faltapp.store.schema_v1 import V1_SCHEMA

migrations = Migrations(MIGRATION_SET)

ENTITY_TABLES: tuple[str, ...] = (
    "place", "staff", "category", "shift", "tally", "contact", "observation", "follow_up",
    "walk_item", "person",
)
"""Every synced entity table (grows by migration only)."""


@migrations(name="0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    for statement in V1_SCHEMA:
        db.execute(statement)


@migrations(name="0002_shift_list_index")
def _shift_list_index(db: sqlite_utils.Database) -> None:
    # Covering index for the shift list (newest first, deleted excluded): at 13k shifts the
    # list's ids come in 5 ms instead of 20-40 ms with a temp B-tree sort.
    db.execute('DROP INDEX IF EXISTS "idx_shift_date_start"')
    db.execute('CREATE INDEX "idx_shift_list" ON "shift" ("deleted", "date", "start", "id")')


_V3_ENTITY_TABLES = ENTITY_TABLES[:8]  # frozen: the tables that existed when 0003 shipped
assert _V3_ENTITY_TABLES[-1] == "follow_up"

_HISTORY_V3 = """CREATE TABLE "history_v3" (
    "seq" INTEGER PRIMARY KEY AUTOINCREMENT,
    "table_name" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "parent" TEXT,
    "lamport" INTEGER NOT NULL,
    "device" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "changed_at" TEXT NOT NULL,
    "changed_by" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    "purged" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT,
    "payload" TEXT,
    UNIQUE ("table_name", "id", "version"))"""

_V3_STATEMENTS = [
    # Synced tables carry no unique constraint: two laptops may create the same code.
    'DROP INDEX "idx_category_code"',
    'CREATE INDEX "idx_category_code" ON "category" ("code")',
    # UNIQUE (table_name, id, version) serves every per-record lookup (heads, parents,
    # purged); one more index finds the highest Lamport counter on open. Each index costs
    # pages in every commit: a whole-shift save went from ~40 to ~30 ms without two more.
    'CREATE INDEX "idx_history_lamport" ON "history" ("lamport")',
    'CREATE TABLE "conflict" ("seq" INTEGER PRIMARY KEY AUTOINCREMENT, '
    '"table_name" TEXT NOT NULL, "id" TEXT NOT NULL, "winner" TEXT NOT NULL, '
    '"loser" TEXT NOT NULL, "detected_at" TEXT NOT NULL, "resolved_at" TEXT, '
    '"resolution" TEXT)',
    'CREATE INDEX "idx_conflict_record" ON "conflict" ("table_name", "id")',
    'CREATE TABLE "retention_log" ("seq" INTEGER PRIMARY KEY AUTOINCREMENT, '
    '"at" TEXT NOT NULL, "table_name" TEXT NOT NULL, "id" TEXT NOT NULL, '
    '"rule" TEXT NOT NULL, "versions" INTEGER NOT NULL)',
]


@migrations(name="0003_versions_engine")
def _versions_engine(db: sqlite_utils.Database) -> None:
    """History with seq/lamport/device/hash, unknown fields kept, tombstones without content."""
    for table in _V3_ENTITY_TABLES:
        db.execute(f'ALTER TABLE "{table}" ADD COLUMN "extra" TEXT')
        blank = ", ".join(f'"{c}" = NULL' for c in _content_columns(db, table))
        db.execute(f'UPDATE "{table}" SET {blank} WHERE "deleted" = 1')
    db.execute(_HISTORY_V3)
    repairs = _copy_history(db)
    db.execute('DROP TABLE "history"')
    db.execute('ALTER TABLE "history_v3" RENAME TO "history"')
    for statement in _V3_STATEMENTS:
        db.execute(statement)
    for detail in repairs:
        db.execute(
            'INSERT INTO "audit_log" ("at", "device_id", "action", "detail") '
            "VALUES (strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), NULL, 'repair', ?)", [detail])


_V4_STATEMENTS = [
    'ALTER TABLE "shift" ADD COLUMN "weather" TEXT',
    'ALTER TABLE "contact" ADD COLUMN "conversation" TEXT',
    'ALTER TABLE "contact" ADD COLUMN "referred_to" TEXT',
    'CREATE TABLE "walk_item" (\n'
    '   "id" TEXT PRIMARY KEY,\n'
    '   "shift_id" TEXT REFERENCES "shift"("id"),\n'
    '   "problem" TEXT,\n'
    '   "place_id" TEXT REFERENCES "place"("id"),\n'
    '   "proposed_action" TEXT,\n'
    '   "responsible" TEXT,\n'
    '   "priority" TEXT,\n'
    '   "deadline" TEXT,\n'
    '   "status" TEXT,\n'
    '   "version" TEXT NOT NULL,\n'
    '   "parent" TEXT,\n'
    '   "changed_at" TEXT NOT NULL,\n'
    '   "changed_by" TEXT NOT NULL,\n'
    '   "deleted" INTEGER NOT NULL DEFAULT 0,\n'
    '   "extra" TEXT\n'
    ")",
    'CREATE INDEX "idx_walk_item_shift_id" ON "walk_item" ("shift_id")',
    # Local only, never synced: what an editor holds but has not saved (crash recovery).
    'CREATE TABLE "editor_draft" ("shift_id" TEXT PRIMARY KEY, "payload" TEXT NOT NULL, '
    '"saved_at" TEXT NOT NULL)',
]


@migrations(name="0004_shift_editor")
def _shift_editor(db: sqlite_utils.Database) -> None:
    """Weather, conversation kind and referral; safety-walk items; editor drafts."""
    for statement in _V4_STATEMENTS:
        db.execute(statement)


_V5_STATEMENTS = [
    # Local only, never exported: this database's own keys (Ed25519 signing key as 32 raw
    # bytes, the age X25519 identity as "AGE-SECRET-KEY-1..."), one row.
    'CREATE TABLE "device_key" ("device_id" TEXT PRIMARY KEY, "signing_key" BLOB NOT NULL, '
    '"age_identity" TEXT NOT NULL, "created_at" TEXT NOT NULL)',
    # The team this database belongs to (at most one row).
    'CREATE TABLE "team" ("team_id" TEXT PRIMARY KEY, "name" TEXT NOT NULL, '
    '"created_at" TEXT NOT NULL, "created_by" TEXT NOT NULL, "joined_at" TEXT NOT NULL)',
    # The roster: every enrolled device, its role and public keys; what was last exported by
    # it ("last_counter" only goes up) and when.
    'CREATE TABLE "team_device" (\n'
    '   "device_id" TEXT PRIMARY KEY,\n'
    '   "team_id" TEXT NOT NULL,\n'
    '   "name" TEXT NOT NULL,\n'
    '   "role" TEXT NOT NULL,\n'
    '   "signing_public" TEXT NOT NULL,\n'
    '   "age_recipient" TEXT NOT NULL,\n'
    '   "enrolled_at" TEXT NOT NULL,\n'
    '   "enrolled_by" TEXT,\n'
    '   "revoked_at" TEXT,\n'
    '   "revoked_by" TEXT,\n'
    '   "last_export_at" TEXT,\n'
    '   "last_counter" INTEGER NOT NULL DEFAULT 0\n'
    ")",
    # Exports this device wrote; "counter" is the per-device export counter of the manifest.
    'CREATE TABLE "export_log" ("export_id" TEXT PRIMARY KEY, "counter" INTEGER NOT NULL '
    'UNIQUE, "full" INTEGER NOT NULL, "seq_from" INTEGER NOT NULL, "seq_to" INTEGER NOT NULL, '
    '"records" INTEGER NOT NULL, "created_at" TEXT NOT NULL)',
    # Every import tried: what it brought, or why it was refused.
    'CREATE TABLE "import_log" (\n'
    '   "id" INTEGER PRIMARY KEY AUTOINCREMENT,\n'
    '   "export_id" TEXT,\n'
    '   "device_id" TEXT,\n'
    '   "counter" INTEGER,\n'
    '   "records_sha256" TEXT,\n'
    '   "file_name" TEXT,\n'
    '   "imported_at" TEXT NOT NULL,\n'
    '   "new" INTEGER NOT NULL DEFAULT 0,\n'
    '   "updated" INTEGER NOT NULL DEFAULT 0,\n'
    '   "unchanged" INTEGER NOT NULL DEFAULT 0,\n'
    '   "conflicts" INTEGER NOT NULL DEFAULT 0,\n'
    '   "outcome" TEXT NOT NULL,\n'
    '   "reason" TEXT\n'
    ")",
    'CREATE INDEX "idx_import_log_export_id" ON "import_log" ("export_id")',
    # A version that resolves a conflict has two parents: both heads it replaces.
    'ALTER TABLE "history" ADD COLUMN "parent2" TEXT',
]


@migrations(name="0005_sync")
def _sync(db: sqlite_utils.Database) -> None:
    """Device keys, team and roster, export and import logs; a second parent in history."""
    for statement in _V5_STATEMENTS:
        db.execute(statement)


_V6_STATEMENTS = [
    'CREATE TABLE "person" (\n'
    '   "id" TEXT PRIMARY KEY,\n'
    '   "alias" TEXT,\n'
    '   "birth_year" INTEGER,\n'
    '   "gender" TEXT,\n'
    '   "school" TEXT,\n'
    '   "risk_note" TEXT,\n'
    '   "known_to" TEXT,\n'
    '   "version" TEXT NOT NULL,\n'
    '   "parent" TEXT,\n'
    '   "changed_at" TEXT NOT NULL,\n'
    '   "changed_by" TEXT NOT NULL,\n'
    '   "deleted" INTEGER NOT NULL DEFAULT 0,\n'
    '   "extra" TEXT\n'
    ")",
    # A soft link, no REFERENCES: a contact may arrive by import before its person does.
    'ALTER TABLE "contact" ADD COLUMN "person_id" TEXT',
    'CREATE INDEX "idx_contact_person_id" ON "contact" ("person_id")',
    # Local only, never synced: who opened, printed, exported or imported what, and when.
    'CREATE TABLE "access_log" (\n'
    '   "seq" INTEGER PRIMARY KEY AUTOINCREMENT,\n'
    '   "logged_at" TEXT NOT NULL,\n'
    '   "who" TEXT NOT NULL,\n'
    '   "device" TEXT NOT NULL,\n'
    '   "action" TEXT NOT NULL,\n'
    '   "table_name" TEXT,\n'
    '   "record_id" TEXT\n'
    ")",
    'CREATE INDEX "idx_access_log_logged_at" ON "access_log" ("logged_at")',
    # Append-only: no UPDATE ever; a DELETE only of rows logged before the day that the
    # retention purge names in settings for the length of its transaction (access_log.py).
    'CREATE TRIGGER "access_log_no_update" BEFORE UPDATE ON "access_log" '
    "BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END",
    'CREATE TRIGGER "access_log_no_delete" BEFORE DELETE ON "access_log" '
    'WHEN OLD."logged_at" >= coalesce((SELECT "value" FROM "settings" '
    "WHERE \"key\" = 'access_log_purge_before'), '') "
    "BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END",
]


@migrations(name="0006_persons")
def _persons(db: sqlite_utils.Database) -> None:
    """Persons followed over time, a contact's link to one, and the local access log."""
    for statement in _V6_STATEMENTS:
        db.execute(statement)


def _content_columns(db: sqlite_utils.Database, table: str) -> list[str]:
    meta = {"id", "version", "parent", "changed_at", "changed_by", "deleted", "extra"}
    return [row[1] for row in db.execute(f'PRAGMA table_info("{table}")').fetchall()
            if row[1] not in meta]


def _copy_history(db: sqlite_utils.Database) -> list[str]:
    """Copy schema-2 history into the new table in arrival order; returns repairs made."""
    repairs: list[str] = []
    rows = db.execute(
        'SELECT "table_name", "id", "version", "parent", "changed_at", "changed_by", '
        '"deleted", "payload" FROM "history" ORDER BY rowid').fetchall()
    out: list[tuple[Any, ...]] = []
    for table, record_id, version, parent, changed_at, changed_by, deleted, text in rows:
        try:
            parsed = Version.parse(str(version))
            lamport, device = parsed.lamport, parsed.device_id
        except VersionFormatError:
            lamport, device = 0, ""
            repairs.append(f"Ogiltig version {version!r} i historiken för {table} {record_id} "
                           "behölls med Lamportvärde 0.")
        if deleted:
            text, digest = "{}", content_hash(None, True)
        else:
            try:
                digest = content_hash(json.loads(text), False)
            except (TypeError, ValueError):
                digest = raw_hash(str(text))
                repairs.append(f"Historiken för {table} {record_id} version {version} är inte "
                               "giltig JSON; texten behölls oförändrad.")
        out.append((table, record_id, version, parent, lamport, device, digest, changed_at,
                    changed_by, int(bool(deleted)), text))
    db.conn.executemany(
        'INSERT INTO "history_v3" ("table_name", "id", "version", "parent", "lamport", '
        '"device", "hash", "changed_at", "changed_by", "deleted", "payload") '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", out)
    return repairs


def known_migrations() -> list[str]:
    """Names of every migration this build knows, in order."""
    return [m.name for m in migrations._migrations]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply every pending migration (each atomically); returns the names applied."""
    names = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return names


assert tuple(known_migrations()) == KNOWN_MIGRATIONS, "schema_state.KNOWN_MIGRATIONS is stale"
