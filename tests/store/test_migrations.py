"""Databases made by every released schema (tests/fixtures/) open with today's code, losing nothing.

Expected values are read from each fixture with raw SQL before it is migrated, so the tests do
not lean on the code under test. Every test works on a copy in ``tmp_path``; the committed
files are never opened in place.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
import shutil
import typing
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlcipher3 import dbapi2

from faltapp.core.codec import to_payload, tuple_fields
from faltapp.core.entities import ENTITY_TYPES, Staff
from faltapp.core.versions import Version, VersionFormatError
from faltapp.store import keys, schema_state
from faltapp.store.database import Database, backup_path_for
from faltapp.store.errors import StoreError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_PASSPHRASE = "fixtur-lösenfras"  # tests/fixtures/README.md
TEST_KDF = keys.KdfParams.for_tests()  # keeps the fixtures' cheap key files as they are
DB_NAME = "faltapp.db"
RELEASED = sorted(p.name for p in FIXTURES.iterdir() if re.fullmatch(r"schema_v\d+", p.name))
DAMAGED = sorted(p.name for p in FIXTURES.iterdir()
                 if p.name.startswith("schema_v") and p.name not in RELEASED)
REPAIR_MENTIONS = {"bad_json": "JSON", "bad_version": "abc", "lamport_behind": "Lamport"}
"""What the audit-log line of each damaged fixture's repair must name."""

History = Counter[tuple[Any, ...]]


# -- helpers ------------------------------------------------------------------------------


def copy_fixture(name: str, tmp_path: Path) -> Path:
    """A private copy of a fixture folder; returns its database path."""
    shutil.copytree(FIXTURES / name, tmp_path / name)
    return tmp_path / name / DB_NAME


@contextlib.contextmanager
def raw(path: Path, key_beside: Path | None = None) -> Iterator[dbapi2.Connection]:
    """A plain SQLCipher connection, keyed from ``key_beside``'s key file (default: ``path``'s)."""
    key_file = keys.read_key_file(keys.key_path_for(key_beside or path))
    key = keys.unwrap_key(key_file, FIXTURE_PASSPHRASE)
    conn = dbapi2.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        yield conn
    finally:
        conn.close()


def open_and_close(path: Path) -> None:
    """Open with today's code (which migrates) and close again."""
    Database.open(path, FIXTURE_PASSPHRASE, kdf=TEST_KDF).close()


def schema_of(conn: dbapi2.Connection) -> dict[str, Any]:
    """Tables and indexes (SQL with white space collapsed) and every table's columns."""
    entries = {
        (kind, name): " ".join(sql.split())
        for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master "
            "WHERE type IN ('table', 'index') AND sql IS NOT NULL")
    }
    columns = {name: conn.execute(f'PRAGMA table_info("{name}")').fetchall()
               for kind, name in entries if kind == "table"}
    return {"entries": entries, "columns": columns}


def current_records(conn: dbapi2.Connection) -> dict[str, dict[str, dict[str, Any]]]:
    """Per entity table present: id → the values of the entity's fields, non-deleted rows."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for cls in ENTITY_TYPES:
        if cls.TABLE not in tables:
            continue
        present = {row[1] for row in conn.execute(f'PRAGMA table_info("{cls.TABLE}")')}
        names = [f.name for f in dataclasses.fields(cls) if f.name in present]
        found = conn.execute(
            f'SELECT {", ".join(f"[{n}]" for n in names)} FROM "{cls.TABLE}" WHERE deleted = 0')
        out[cls.TABLE] = {row["id"]: row for row in
                          (dict(zip(names, values, strict=True)) for values in found)}
    return out


def deleted_ids(conn: dbapi2.Connection) -> set[tuple[str, str]]:
    """(table, id) of every record whose head is a tombstone (in the tables present)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {(cls.TABLE, row[0]) for cls in ENTITY_TYPES if cls.TABLE in tables
            for row in conn.execute(f'SELECT id FROM "{cls.TABLE}" WHERE deleted = 1')}


def history_of(conn: dbapi2.Connection) -> History:
    """Every history row: table, id, version, parent, deleted, and the content of a live one
    (as sorted JSON; a tombstone's content is not compared: it is blanked from schema 3 on)."""
    found = conn.execute(
        "SELECT table_name, id, version, parent, deleted, payload FROM history").fetchall()
    return Counter((t, i, v, p, bool(d), None if d else json.dumps(json.loads(text),
                                                                   sort_keys=True))
                   for t, i, v, p, d, text in found)


def history_versions(conn: dbapi2.Connection) -> Counter[tuple[str, str, str]]:
    """(table, id, version) of every history row, payloads unread (they may be damaged)."""
    return Counter(conn.execute("SELECT table_name, id, version FROM history").fetchall())


def highest_lamport(conn: dbapi2.Connection) -> int:
    """The highest Lamport counter among the well-formed versions in history."""
    highest = 0
    for (version,) in conn.execute("SELECT version FROM history"):
        with contextlib.suppress(VersionFormatError):
            highest = max(highest, Version.parse(version).lamport)
    return highest


def as_payload(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    """Column values the way ``to_payload`` writes them (lists from JSON, booleans)."""
    hints = typing.get_type_hints(cls)
    lists = tuple_fields(cls)
    return {name: json.loads(value) if name in lists and value is not None
            else bool(value) if hints[name] is bool else value
            for name, value in row.items()}


def is_plain_swedish_sentence(message: str) -> bool:
    """One line ending in a full stop, with no exception names or traceback in it."""
    return (message.endswith(".") and "\n" not in message
            and not re.search(r"Traceback|[A-Za-z]+(Error|Exception)\b", message))


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The schema of a database created by today's code."""
    path = tmp_path_factory.mktemp("fresh") / DB_NAME
    Database.create(path, FIXTURE_PASSPHRASE, kdf=TEST_KDF).close()
    with raw(path) as conn:
        return schema_of(conn)


# -- released schemas ---------------------------------------------------------------------


def test_committed_fixtures_are_present_and_hold_only_a_database_and_its_key() -> None:
    assert "schema_v2" in RELEASED
    assert DAMAGED
    for name in RELEASED + DAMAGED:
        assert sorted(p.name for p in (FIXTURES / name).iterdir()) == [DB_NAME, f"{DB_NAME}.key"]


@pytest.mark.parametrize("name", RELEASED)
def test_opening_migrates_to_the_schema_of_a_new_database(
    name: str, tmp_path: Path, fresh_schema: dict[str, Any]
) -> None:
    path = copy_fixture(name, tmp_path)
    open_and_close(path)
    with raw(path) as conn:
        assert schema_state.applied_names(conn) == list(schema_state.KNOWN_MIGRATIONS)
        migrated = schema_of(conn)
    assert migrated["entries"] == fresh_schema["entries"]
    assert migrated["columns"] == fresh_schema["columns"]


@pytest.mark.parametrize("name", RELEASED)
def test_every_record_and_every_version_survives_the_migration(name: str, tmp_path: Path) -> None:
    path = copy_fixture(name, tmp_path)
    with raw(path) as conn:
        stored, tombstones, history = current_records(conn), deleted_ids(conn), history_of(conn)
    assert all(stored[cls.TABLE] for cls in ENTITY_TYPES if cls.TABLE in stored)
    assert tombstones, "the fixture should hold a deleted record"

    with Database.open(path, FIXTURE_PASSPHRASE, kdf=TEST_KDF) as db:
        for cls in ENTITY_TYPES:
            expected = stored.get(cls.TABLE, {})
            assert {e.id for e in db.all(cls)} == set(expected), cls.TABLE
            for record_id, row in expected.items():
                entity = db.get(cls, record_id)
                assert entity is not None, (cls.TABLE, record_id)
                payload = to_payload(entity)
                assert {k: payload[k] for k in row} == as_payload(cls, row), (cls.TABLE, row)
        for table, record_id in tombstones:
            cls = next(c for c in ENTITY_TYPES if table == c.TABLE)
            assert db.get(cls, record_id) is None
            meta = db.meta(cls, record_id)
            assert meta is not None and meta.deleted

    with raw(path) as conn:
        after = current_records(conn)
        # columns added by later migrations are compared by the schema test, not here
        assert {t: {i: {k: row[k] for k in stored[t][i]} for i, row in after[t].items()}
                for t in stored} == stored
        assert history_of(conn) == history


@pytest.mark.parametrize("name", RELEASED)
def test_a_backup_is_written_before_migrating_and_opens(name: str, tmp_path: Path) -> None:
    path = copy_fixture(name, tmp_path)
    with raw(path) as conn:
        applied, history = schema_state.applied_names(conn), history_of(conn)
    pending = [m for m in schema_state.KNOWN_MIGRATIONS if m not in applied]

    open_and_close(path)

    expected = [backup_path_for(path, pending[0])] if pending else []
    assert sorted(path.parent.glob("*.bak")) == expected
    for backup in expected:
        with raw(backup, key_beside=path) as conn:
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            assert schema_state.applied_names(conn) == applied
            assert history_of(conn) == history


def test_every_field_of_every_entity_has_a_column_in_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    Database.create(path, FIXTURE_PASSPHRASE, kdf=TEST_KDF).close()
    with raw(path) as conn:
        for cls in ENTITY_TYPES:
            columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{cls.TABLE}")')}
            missing = [f.name for f in dataclasses.fields(cls) if f.name not in columns]
            assert not missing, f"{cls.__name__} needs a migration adding {missing}"


# -- damaged databases --------------------------------------------------------------------


@pytest.mark.parametrize("name", DAMAGED)
def test_damaged_database_is_repaired_and_logged_or_refused_in_swedish(
    name: str, tmp_path: Path
) -> None:
    path = copy_fixture(name, tmp_path)
    with raw(path) as conn:
        versions, highest = history_versions(conn), highest_lamport(conn)
    mention = REPAIR_MENTIONS[name.split("_", 2)[2]]

    try:
        db = Database.open(path, FIXTURE_PASSPHRASE, kdf=TEST_KDF)
    except StoreError as refused:
        assert is_plain_swedish_sentence(str(refused)), str(refused)
    else:
        with db:
            repairs = [detail for (detail,) in db.query("SELECT detail FROM audit_log")]
            saved = db.save(Staff(name="Ny i teamet", initials="NY"))
        assert any(mention in detail for detail in repairs), repairs
        assert Version.parse(saved.version).lamport > highest

    with raw(path) as conn:
        assert not versions - history_versions(conn), "history rows were lost"
