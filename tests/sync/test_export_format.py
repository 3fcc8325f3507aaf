"""The export file: what a writer puts in it comes back out for every recipient, laid out byte
by byte as docs/export-format.md says, and nothing the reader would refuse is ever written."""

from __future__ import annotations

import ast
import base64
import hashlib
import io
import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faltapp.core import messages
from faltapp.core.digest import canonical_json, content_hash
from faltapp.core.entities import Place, Staff
from faltapp.store.database import Database
from faltapp.sync import export_format
from faltapp.sync.export_format import (
    DEFAULT_MAX_BYTES,
    ExportFileError,
    ExportRecord,
    Manifest,
    parse_plaintext,
    read_capped,
    read_export,
    read_export_file,
    seal,
    verify_signature,
    write_export,
)
from faltapp.sync.identity import DeviceKeys, new_keys

TEAM = "5f1d0c3a9b7e4d2c8a6f0e1b3c5d7a9e"


@pytest.fixture(scope="module")
def author() -> DeviceKeys:
    """A field secretary's device."""
    return new_keys(uuid.uuid4().hex)


@pytest.fixture(scope="module")
def leader() -> DeviceKeys:
    """The team leader's device."""
    return new_keys(uuid.uuid4().hex)


def record(device: str, data: dict[str, Any] | None = None, *, table: str = "shift",
           lamport: int = 1, deleted: bool = False, record_id: str | None = None,
           parent: str | None = None) -> ExportRecord:
    """A record version made on ``device`` whose hash matches its content."""
    content = {} if deleted else ({"note": "Samtal vid Nya torget"} if data is None else data)
    return ExportRecord(table, record_id or str(uuid.uuid4()), f"{lamport}-{device}", parent,
                        None, content_hash(content, deleted), deleted, content,
                        "2026-11-25T21:03:00+00:00", device)


def manifest(keys: DeviceKeys, counter: int = 1, **changes: Any) -> Manifest:
    """A new manifest for ``keys``' device in the test team."""
    return replace(Manifest.new(TEAM, keys.device_id, counter), **changes)


def open_as(data: bytes, keys: DeviceKeys, **kwargs: Any) -> export_format.OpenedExport:
    """``data`` read with ``keys``' identity and the default cap."""
    return read_export(data, keys.age_identity, max_bytes=DEFAULT_MAX_BYTES, **kwargs)


def test_leader_and_author_read_back_every_record_and_the_manifest(author: DeviceKeys,
                                                                   leader: DeviceKeys) -> None:
    first = record(author.device_id, {"alias": "Åsa", "areas": ["Centrum", "Norr"], "n": 3})
    records = [first,
               record(author.device_id, {"note": "ändrad"}, lamport=2, record_id=first.id,
                      parent=first.version),
               record(author.device_id, table="tally", lamport=3),
               record(author.device_id, table="contact", lamport=4, deleted=True)]
    written = manifest(author, counter=7)
    data = write_export(written, records, author, [leader.age_recipient])

    for reader in (leader, author):
        opened = open_as(data, reader)
        assert opened.records == records
        got = opened.manifest
        assert (got.export_id, got.team_id, got.device_id, got.counter, got.full) == (
            written.export_id, TEAM, author.device_id, 7, False)
        assert got.record_counts == {"shift": 2, "tally": 1, "contact": 1}
        assert got.format == "faltapp-export" and got.format_version == "1.0"
    verify_signature(opened, author.signing_public)
    with pytest.raises(ExportFileError) as refused:
        verify_signature(opened, leader.signing_public)
    assert refused.value.reason == "bad_signature"


def test_a_stranger_cannot_decrypt(author: DeviceKeys, leader: DeviceKeys) -> None:
    data = write_export(manifest(author), [record(author.device_id)], author,
                        [leader.age_recipient])
    with pytest.raises(ExportFileError) as refused:
        open_as(data, new_keys(uuid.uuid4().hex))
    assert refused.value.reason == "not_for_us"
    assert "inte krypterad till den här enheten" in str(refused.value)


def test_a_real_databases_history_travels_with_the_hashes_the_store_made(
        db: Database, author: DeviceKeys, leader: DeviceKeys) -> None:
    place = Place(name="Stadsträdgården", area="Centrum")
    first = db.save(place)
    second = db.save(replace(place, name="حديقة المدينة – Stadsträdgården"), first.version)
    db.save(Staff(name="Ali Hassan", initials="AH"))
    db.delete(Place, place.id, second.version)
    records = [ExportRecord(cls.TABLE, entity_id, h.version, h.parent, h.parent2, h.hash,
                            h.deleted, h.payload, h.changed_at, h.changed_by)
               for cls, entity_id in [(Place, place.id)] + [(Staff, s.id) for s in db.all(Staff)]
               for h in db.history(cls, entity_id)]
    assert len(records) == 4
    keys = replace(author, device_id=db.device_id)

    opened = open_as(write_export(manifest(keys), records, keys, [leader.age_recipient]), leader)

    assert opened.records == records
    assert opened.records[1].data["name"] == "حديقة المدينة – Stadsträdgården"
    assert opened.records[2].deleted and opened.records[2].data == {}
    assert opened.manifest.record_counts == {"place": 3, "staff": 1}


def test_the_bytes_are_laid_out_as_documented(author: DeviceKeys) -> None:
    records = [record(author.device_id, {"alias": "Åsa"}),
               record(author.device_id, lamport=2)]
    plain, sealed = seal(manifest(author, counter=3), records, author)

    first, sizes, rest = plain.split(b"\n", 2)
    assert first == b"faltapp-export 1.0"
    manifest_size, records_size = map(int, sizes.split(b" "))
    manifest_bytes = rest[:manifest_size]
    assert rest[manifest_size:manifest_size + 1] == b"\n"
    signature_line = rest[manifest_size + 1:manifest_size + 1 + 89]
    assert len(signature_line) == 89 and signature_line.endswith(b"\n")
    part = rest[manifest_size + 1 + 89:]
    assert len(part) == records_size
    document = json.loads(manifest_bytes)
    assert manifest_bytes == canonical_json(document).encode("utf-8")
    assert document["records_sha256"] == hashlib.sha256(part).hexdigest() == sealed.records_sha256
    assert document["record_counts"] == {"shift": 2}
    signed = plain[:len(first) + len(sizes) + 2 + manifest_size]
    raw_key = base64.b64decode(author.signing_public)
    Ed25519PublicKey.from_public_bytes(raw_key).verify(base64.b64decode(signature_line), signed)
    lines = part.split(b"\n")
    assert lines[-1] == b"" and len(lines) == 3
    assert [json.loads(line)["version"] for line in lines[:2]] == [r.version for r in records]
    assert lines[0] == canonical_json(records[0].to_json()).encode("utf-8")


def test_an_empty_export_has_an_empty_records_part(author: DeviceKeys) -> None:
    plain, sealed = seal(manifest(author, full=True), [], author)
    assert plain.endswith(b"==\n")
    opened = parse_plaintext(plain)
    assert opened.records == [] and opened.manifest.record_counts == {}
    assert opened.manifest.full and sealed.records_sha256 == hashlib.sha256(b"").hexdigest()


def test_the_leaders_shared_block_is_signed_with_the_manifest(leader: DeviceKeys) -> None:
    shared = {"places": [{"id": str(uuid.uuid4()), "name": "Ågatan"}],
              "roster": [{"device_id": leader.device_id, "role": "leader"}]}
    plain, _ = seal(manifest(leader, shared=shared), [], leader)
    assert parse_plaintext(plain).manifest.shared == shared
    forged = plain.replace("Ågatan".encode(), "Ögatan".encode())
    with pytest.raises(ExportFileError) as refused:
        parse_plaintext(forged, signer_key=lambda _: leader.signing_public)
    assert refused.value.reason == "bad_signature"


def test_unknown_fields_of_a_known_major_are_kept_and_written_back(author: DeviceKeys) -> None:
    newer = replace(manifest(author), format_version="1.4", extra={"compression": None})
    kept = replace(record(author.device_id), extra={"origin": {"app": "faltapp 9"}})
    plain, _ = seal(newer, [kept], author)

    opened = parse_plaintext(plain)

    assert opened.manifest.format_version == "1.4"
    assert opened.manifest.extra == {"compression": None}
    assert opened.records[0].extra == {"origin": {"app": "faltapp 9"}}
    again, _ = seal(opened.manifest, opened.records, author)
    assert parse_plaintext(again).records[0].to_json()["origin"] == {"app": "faltapp 9"}


def test_the_signer_is_checked_before_any_record_is_read(author: DeviceKeys) -> None:
    plain, _ = seal(manifest(author), [record(author.device_id)], author)
    broken = plain[:-3] + b"}}\n"  # the records no longer match their hash
    asked: list[Manifest] = []

    def unknown_signer(found: Manifest) -> str:
        asked.append(found)
        raise ExportFileError("unknown_signer", "Enheten finns inte i teamet.")

    with pytest.raises(ExportFileError) as refused:
        parse_plaintext(broken, signer_key=unknown_signer)
    assert refused.value.reason == "unknown_signer"
    assert asked[0].device_id == author.device_id
    with pytest.raises(ExportFileError) as refused:
        parse_plaintext(broken, signer_key=lambda _: author.signing_public)
    assert refused.value.reason == "records_hash"


@pytest.mark.parametrize("bad", [
    {"n": float("nan")}, {"n": float("inf")}, {"n": 2**60}, {"deep": [[[[[[[[[[[[[[[[[[[[[]]]]]]
                                                                    ]]]]]]]]]]]]]]]},
])
def test_nothing_is_written_that_the_reader_would_refuse(author: DeviceKeys,
                                                         bad: dict[str, Any]) -> None:
    good = record(author.device_id)
    with pytest.raises(ExportFileError) as refused:
        seal(manifest(author), [replace(good, data=bad, hash="0" * 64)], author)
    assert refused.value.reason == "bad_json"


def test_writing_refuses_a_recipient_that_is_no_age_key(author: DeviceKeys) -> None:
    with pytest.raises(ExportFileError) as refused:
        write_export(manifest(author), [], author, ["age1inteennyckel"])
    assert refused.value.reason == "bad_recipient"
    with pytest.raises(ValueError):
        seal(manifest(new_keys(uuid.uuid4().hex)), [], author)


class CountingStream(io.RawIOBase):
    """A stream of ``size`` zero bytes that counts what was read from it."""

    def __init__(self, size: int) -> None:
        self.size, self.read_bytes = size, 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        n = self.size - self.read_bytes if n < 0 else min(n, self.size - self.read_bytes)
        self.read_bytes += n
        return bytes(n)


def test_a_stream_is_read_no_further_than_the_cap() -> None:
    stream = CountingStream(200 * 1024 * 1024)
    with pytest.raises(ExportFileError) as refused:
        read_capped(stream, 10 * 1024 * 1024)  # type: ignore[arg-type]
    assert refused.value.reason == "too_large"
    assert stream.read_bytes == 10 * 1024 * 1024 + 1
    assert read_capped(CountingStream(1000), 1000) == bytes(1000)  # type: ignore[arg-type]


def test_a_file_is_read_from_disk(tmp_path: Path, author: DeviceKeys,
                                  leader: DeviceKeys) -> None:
    path = tmp_path / "pass.faltapp"
    path.write_bytes(write_export(manifest(author), [record(author.device_id)], author,
                                 [leader.age_recipient]))
    opened = read_export_file(path, leader.age_identity, max_bytes=DEFAULT_MAX_BYTES,
                              signer_key=lambda _: author.signing_public)
    assert len(opened.records) == 1


# -- a property: whatever records hold, they come back as they went in -------------------------

JSON_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
JSON_LEAF = (st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1)
             | st.floats(allow_nan=False, allow_infinity=False) | JSON_TEXT)
JSON_VALUE = st.recursive(JSON_LEAF, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(JSON_TEXT, inner, max_size=4), max_leaves=12)


@st.composite
def records_of(draw: st.DrawFn, device: str) -> list[ExportRecord]:
    """Up to eight record versions with any content a payload may hold."""
    out = []
    for lamport in range(1, draw(st.integers(0, 8)) + 1):
        deleted = draw(st.booleans())
        data = {} if deleted else draw(st.dictionaries(JSON_TEXT, JSON_VALUE, max_size=5))
        table = draw(st.sampled_from(["shift", "tally", "person", "walk_item", "x_future"]))
        out.append(replace(record(device, data, table=table, lamport=lamport, deleted=deleted),
                           changed_at=draw(JSON_TEXT.filter(lambda t: not any(
                               c < " " or c == "\x7f" for c in t)).map(lambda t: t[:64]))))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_property_every_record_comes_back_unchanged(data: st.DataObject) -> None:
    keys = new_keys("0123456789abcdef0123456789abcdef")
    records = data.draw(records_of(keys.device_id))
    shared = data.draw(st.none() | st.dictionaries(JSON_TEXT, JSON_VALUE, max_size=3))

    opened = read_export(write_export(manifest(keys, shared=shared), records, keys, []),
                         keys.age_identity, max_bytes=DEFAULT_MAX_BYTES,
                         signer_key=lambda _: keys.signing_public)

    assert opened.records == records
    assert opened.manifest.shared == shared
    assert sum(opened.manifest.record_counts.values()) == len(records)


# -- messages ----------------------------------------------------------------------------------

def _templates() -> Iterator[tuple[str, str]]:
    folder = Path(export_format.__file__).parent
    for path in sorted(folder.glob("export_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "text" and isinstance(node.args[0], ast.Constant)):
                yield f"{path.name}:{node.lineno}", node.args[0].value


def test_every_message_of_the_format_has_english() -> None:
    found = list(_templates())
    assert len(found) > 30
    missing = [(where, template) for where, template in found if template not in messages.EN]
    assert missing == []


def test_a_refusal_reads_in_english_in_an_english_ui(author: DeviceKeys) -> None:
    messages.set_language("en")
    try:
        with pytest.raises(ExportFileError) as refused:
            parse_plaintext(b"faltapp-export 2.1\n")
    finally:
        messages.set_language("sv")
    assert str(refused.value) == ("The file is in export format 2.1, but this version of "
                                  "faltapp reads only format 1.x; it needs a faltapp that "
                                  "reads format 2.x.")


def test_the_worked_example_in_the_documentation_reads_and_verifies() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "export-format.md").read_text(
        encoding="utf-8")
    example = doc.split("gives the 1 868-byte plaintext:\n\n```\n", 1)[1].split("```", 1)[0]
    plain = example.encode("utf-8")
    assert len(plain) == 1868
    signing_public = doc.split("(here `", 1)[1].split("`", 1)[0]

    opened = parse_plaintext(plain, signer_key=lambda _: signing_public)

    assert len(opened.signed_bytes) == 445 and plain[446:534] == base64.b64encode(
        opened.signature)
    assert opened.manifest.record_counts == {"place": 2, "staff": 1}
    assert [r.version.split("-")[0] for r in opened.records] == ["35", "36", "37"]
    assert opened.records[0].hash == (
        "395262eecc4516ce56f1fc9bd11c33f9d165f67a49c63bc93a24a4113adddb99")
