"""Broken and hostile export files at the format level: each is refused with its own reason and
one Swedish sentence saying what is wrong, before anything reaches the importer.

age gives secrecy, not authenticity: anyone who knows a leader's public recipient can encrypt a
file to them. So most cases here are built by hand (the layout written independently of
export_format.py, as docs/export-format.md describes it), signed with a real key where the case
needs the signature to pass, and encrypted for real.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage
import pytest

from faltapp.core.digest import canonical_json, content_hash
from faltapp.sync.export_format import (
    DEFAULT_MAX_BYTES,
    ExportFileError,
    OpenedExport,
    read_export,
    read_export_file,
    seal,
)
from faltapp.sync.export_records import MAX_RECORD_BYTES
from faltapp.sync.identity import DeviceKeys, new_keys
from faltapp.sync.strict_json import MAX_DEPTH
from tests.sync.test_export_format import TEAM, manifest, record

AUTHOR = new_keys(uuid.uuid4().hex)
LEADER = new_keys(uuid.uuid4().hex)
CAP = 8 * 1024 * 1024


def line(**changes: Any) -> bytes:
    """One record line: a valid record of AUTHOR's with ``changes`` (hash kept as it was)."""
    document = record(AUTHOR.device_id, {"note": "Samtal"}).to_json()
    document.update(changes)
    return canonical_json(document).encode("utf-8") + b"\n"


def rehashed(data: Any) -> bytes:
    """A record line whose hash matches ``data``."""
    return line(data=data, hash=content_hash(data, False))


def build(lines: list[bytes] | None = None, *, version: str = "1.0",
          manifest_changes: dict[str, Any] | None = None, manifest_bytes: bytes | None = None,
          signature: bytes | None = None, keys: DeviceKeys = AUTHOR) -> bytes:
    """A plaintext laid out by hand: version line, sizes, manifest, signature, records."""
    part = b"".join([line()] if lines is None else lines)
    if manifest_bytes is None:
        document = manifest(keys).to_json()
        document.update(records_sha256=hashlib.sha256(part).hexdigest(),
                        record_counts={"shift": part.count(b"\n")}, format_version=version)
        document.update(manifest_changes or {})
        manifest_bytes = canonical_json(document).encode("utf-8")
    signed = (b"faltapp-export " + version.encode() + b"\n"
              + b"%d %d\n" % (len(manifest_bytes), len(part)) + manifest_bytes)
    if signature is None:
        signature = base64.b64encode(keys.sign(signed))
    return signed + b"\n" + signature + b"\n" + part


def encrypt(plain: bytes, recipient: DeviceKeys = LEADER) -> bytes:
    """``plain`` as an age file to ``recipient``."""
    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(recipient.age_recipient)])


def good_file() -> bytes:
    """A well-formed export of two records from AUTHOR to LEADER."""
    plain, _ = seal(manifest(AUTHOR), [record(AUTHOR.device_id),
                                       record(AUTHOR.device_id, lamport=2)], AUTHOR)
    return encrypt(plain)


def open_file(data: bytes) -> OpenedExport:
    """Read ``data`` as the leader does, with the author's key as the known signer."""
    return read_export(data, LEADER.age_identity, max_bytes=CAP,
                       signer_key=lambda m: AUTHOR.signing_public)


def flipped(data: bytes, offset: int) -> bytes:
    """``data`` with the lowest bit of the byte at ``offset`` flipped."""
    out = bytearray(data)
    out[offset] ^= 1
    return bytes(out)


def other_letter(data: bytes, offset: int) -> bytes:
    """``data`` with the base64 letter at ``offset`` replaced by another base64 letter."""
    letter = b"B" if data[offset:offset + 1] == b"A" else b"A"
    return data[:offset] + letter + data[offset + 1:]


def refusal(data: bytes) -> ExportFileError:
    """The error reading ``data`` raises (the test fails if it is read)."""
    with pytest.raises(ExportFileError) as refused:
        open_file(data)
    message = str(refused.value)
    assert message.endswith((".", "?")) and message[0].isupper()
    return refused.value


GOOD = good_file()
PLAIN_GOOD = build()
MANIFEST_AT = PLAIN_GOOD.index(b"{")
SIGNATURE_AT = PLAIN_GOOD.index(b"\n", MANIFEST_AT) + 1
RECORDS_AT = SIGNATURE_AT + 89

HOSTILE: dict[str, tuple[Callable[[], bytes], str, str]] = {
    # name: (the file, its reason, words its message must contain)
    "empty file": (lambda: b"", "empty", "tom"),
    "not an export at all": (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not_export",
                             "ingen faltapp-export"),
    "an age file holding something else": (lambda: encrypt(b"hej hej\n"), "not_export",
                                           "ingen faltapp-export"),
    "age file cut inside its first line": (lambda: GOOD[:12], "not_export", "ingen"),
    "age file cut in the header": (lambda: GOOD[:100], "damaged", "skadad"),
    "age file cut in the payload": (lambda: GOOD[:len(GOOD) // 2 + 120], "damaged", "skadad"),
    "age file missing its last byte": (lambda: GOOD[:-1], "damaged", "ofullständig"),
    "bit flipped in the age header's recipient line": (lambda: flipped(GOOD, 30),
                                                       "not_for_us", "inte krypterad"),
    "bit flipped in the age header's MAC": (lambda: flipped(GOOD, GOOD.index(b"\n---") + 10),
                                            "damaged", "skadad"),
    "bit flipped in the age payload": (lambda: flipped(GOOD, len(GOOD) - 40), "damaged",
                                       "dekryptera"),
    "encrypted to someone else": (lambda: encrypt(PLAIN_GOOD, new_keys(uuid.uuid4().hex)),
                                  "not_for_us", "den här enheten"),
    "plaintext cut inside the manifest": (lambda: encrypt(PLAIN_GOOD[:MANIFEST_AT + 40]),
                                          "truncated", "ofullständig"),
    "plaintext cut inside the signature": (lambda: encrypt(PLAIN_GOOD[:SIGNATURE_AT + 30]),
                                           "truncated", "byte i slutet"),
    "plaintext cut inside the records": (lambda: encrypt(PLAIN_GOOD[:-7]), "truncated",
                                         "det saknas 7 byte"),
    "bytes after the records": (lambda: encrypt(PLAIN_GOOD + b"{}\n"), "bad_layout",
                                "3 byte för mycket"),
    "bit flipped in the sizes line": (lambda: encrypt(PLAIN_GOOD.replace(b"\n", b"\n\x01", 1)),
                                      "bad_layout", "storleksraden"),
    "bit flipped in the manifest": (
        lambda: encrypt(PLAIN_GOOD.replace(b'"counter":1', b'"counter":3')),
        "bad_signature", "signatur"),
    "one letter changed in the signature": (lambda: encrypt(other_letter(PLAIN_GOOD,
                                                                         SIGNATURE_AT + 5)),
                                            "bad_signature", "signatur stämmer inte"),
    "bit flipped in a record": (lambda: encrypt(flipped(PLAIN_GOOD, RECORDS_AT + 30)),
                                "records_hash", "kontrollsumma"),
    "unsigned (no signature line)": (
        lambda: encrypt(PLAIN_GOOD[:SIGNATURE_AT] + PLAIN_GOOD[RECORDS_AT:]), "unsigned",
        "saknar en giltig signatur"),
    "signature of zeros": (lambda: encrypt(build(signature=base64.b64encode(bytes(64)))),
                           "bad_signature", "signatur"),
    "signed by another key": (lambda: encrypt(build(keys=LEADER)), "bad_signature",
                              "inte skriven av den enhet"),
    "newer major version": (lambda: encrypt(build(version="2.0")), "newer_major",
                            "läser format 2.x"),
    "manifest claiming another version than its first line": (
        lambda: encrypt(build(manifest_changes={"format_version": "1.1"})), "bad_layout",
        "första raden"),
    "manifest with a counter that is text": (
        lambda: encrypt(build(manifest_changes={"counter": "1"})), "bad_manifest", "'counter'"),
    "manifest without its records hash": (
        lambda: encrypt(build(manifest_bytes=canonical_json(
            {k: v for k, v in manifest(AUTHOR).to_json().items()
             if k != "records_sha256"}).encode())), "bad_manifest", "'records_sha256' saknas"),
    "manifest with a duplicate key": (
        lambda: encrypt(build(manifest_bytes=b'{"format":"faltapp-export",'
                              b'"format":"faltapp-export"}')), "bad_json",
        "samma nyckel 'format' finns två gånger"),
    "manifest counting records that are not there": (
        lambda: encrypt(build(manifest_changes={"record_counts": {"shift": 2}})), "bad_counts",
        "anger 2 poster i shift, men filen har 1"),
    "record id far over its length": (lambda: encrypt(build([line(id="a" * 10_000)])),
                                      "bad_record", "'id' har ett ogiltigt värde (10000 tecken)"),
    "record line over a megabyte": (
        lambda: encrypt(build([rehashed({"note": "x" * MAX_RECORD_BYTES})])),
        "record_too_large", "en post får vara högst"),
    "record with NaN": (lambda: encrypt(build([line().replace(b'"Samtal"', b"NaN")])),
                        "bad_json", "NaN och Infinity"),
    "record with Infinity": (lambda: encrypt(build([line().replace(b'"Samtal"', b"-Infinity")])),
                             "bad_json", "NaN och Infinity"),
    "record with a huge integer": (lambda: encrypt(build([line().replace(b'"Samtal"',
                                                                         b"9" * 400)])),
                                   "bad_json", "är för stort"),
    "record with a float beyond double": (lambda: encrypt(build([line().replace(b'"Samtal"',
                                                                                b"1e999")])),
                                          "bad_json", "talet 1e999 är för stort"),
    "record nested ten thousand deep": (
        lambda: encrypt(build([line().replace(b'"Samtal"', b"[" * 10_000 + b"]" * 10_000)])),
        "bad_json", "för djupt nästlad"),
    "record nested just past the limit": (
        lambda: encrypt(build([line().replace(b'"Samtal"', b"[" * MAX_DEPTH + b"]" * MAX_DEPTH)])),
        "bad_json", "för djupt nästlad"),
    "record with a duplicate key": (
        lambda: encrypt(build([line().replace(b'"deleted":false', b'"deleted":false,'
                                              b'"deleted":true')])),
        "bad_json", "samma nyckel 'deleted'"),
    "record that is not UTF-8": (lambda: encrypt(build([line().replace(b"Samtal", b"Samt\xe5l")])),
                                 "bad_json", "inte UTF-8"),
    "record with a lone surrogate": (
        lambda: encrypt(build([line().replace(b"Samtal", b"Samt\\ud800l")])), "bad_json",
        "surrogat"),
    "record whose content does not match its hash": (
        lambda: encrypt(build([line(data={"note": "ändrad i efterhand"})])), "record_hash",
        "stämmer inte med dess hash"),
    "record missing its version": (
        lambda: encrypt(build([canonical_json({k: v for k, v in json.loads(line()).items()
                                               if k != "version"}).encode() + b"\n"])),
        "bad_record", "'version' saknas"),
    "the same version twice": (lambda: encrypt(build([PLAIN_GOOD[RECORDS_AT:]] * 2)),
                               "duplicate_record",
                               "finns två gånger i filen"),
    "an empty line among the records": (lambda: encrypt(build([line(), b"\n"])), "bad_records",
                                        "tom rad"),
    "a JSON array instead of a record": (lambda: encrypt(build([b"[1,2]\n"])), "bad_record",
                                         "inget JSON-objekt"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_file_is_refused_with_its_own_sentence(name: str) -> None:
    make, reason, words = HOSTILE[name]
    refused = refusal(make())
    assert refused.reason == reason, str(refused)
    assert words in str(refused)


def test_the_cases_cover_every_reason_the_format_gives() -> None:
    assert len(HOSTILE) >= 40
    reasons = {reason for _, reason, _ in HOSTILE.values()}
    assert len(reasons) >= 16


def test_the_well_formed_file_the_cases_start_from_is_read() -> None:
    assert len(open_file(GOOD).records) == 2
    assert open_file(encrypt(PLAIN_GOOD)).manifest.team_id == TEAM
    assert open_file(encrypt(build([rehashed({"n": [[[1]]], "x": 2**53 - 1})]))).records


def test_an_unknown_table_passes_through_to_the_importers_checks() -> None:
    """A newer minor version may add a table, so the format only checks a table name's form;
    the importer refuses a table it does not know (with the file, not the record)."""
    unknown = record(AUTHOR.device_id, table="weather_v9")
    plain, _ = seal(manifest(AUTHOR), [unknown], AUTHOR)
    opened = open_file(encrypt(plain))
    assert opened.records[0].table == "weather_v9"
    assert opened.manifest.record_counts == {"weather_v9": 1}
    bad_name = refusal(encrypt(build([line(table="Shift; DROP TABLE shift")])))
    assert bad_name.reason == "bad_record" and "'table'" in str(bad_name)


def test_a_200_mb_file_is_refused_by_its_size_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "stor.faltapp"
    with open(path, "wb") as sparse:
        sparse.truncate(200 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(ExportFileError) as refused:
        read_export_file(path, LEADER.age_identity, max_bytes=DEFAULT_MAX_BYTES)
    assert time.perf_counter() - started < 0.5
    assert refused.value.reason == "too_large"
    assert str(refused.value) == "Filen är för stor för en export (200 MB; högst 128 MB)."
    with pytest.raises(ExportFileError) as in_memory:
        read_export(GOOD, LEADER.age_identity, max_bytes=len(GOOD) - 1)
    assert in_memory.value.reason == "too_large"


@pytest.mark.parametrize("what, reason, words", [
    ("folder", "not_a_file", "är en mapp"),
    ("missing", "missing", "finns inte (längre)"),
    ("device", "not_a_file", "ingen vanlig fil"),
])
def test_what_is_not_a_file_is_refused(tmp_path: Path, what: str, reason: str,
                                       words: str) -> None:
    path = {"folder": tmp_path, "missing": tmp_path / "borta.faltapp",
            "device": Path("/dev/zero")}[what]
    with pytest.raises(ExportFileError) as refused:
        read_export_file(path, LEADER.age_identity, max_bytes=DEFAULT_MAX_BYTES)
    assert refused.value.reason == reason
    assert words in str(refused.value)
