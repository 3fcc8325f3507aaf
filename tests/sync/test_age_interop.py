"""An export is a standard age file: the `age` command-line tool (Debian package `age`, which
bootstrap.sh installs for CI) decrypts it with the leader's identity, and the manifest inside
reads as docs/export-format.md says. The other way round too: a file another program wrote with
`age -r` is read by faltapp."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from faltapp.sync.export_format import DEFAULT_MAX_BYTES, read_export, seal, write_export
from faltapp.sync.identity import DeviceKeys, new_keys
from tests.sync.test_export_format import TEAM, manifest, record

AGE = shutil.which("age")
pytestmark = pytest.mark.skipif(
    AGE is None, reason="the age command-line tool is not installed here (apt-get install age); "
                        "CI installs it through bootstrap.sh")


def identity_file(folder: Path, keys: DeviceKeys) -> Path:
    """``keys``' age identity in a private file, as `faltapp team identity -o` writes one."""
    path = folder / f"{keys.device_id}.txt"
    path.touch(mode=0o600)
    path.write_text(keys.age_secret + "\n", encoding="ascii")
    return path


def age(*args: str, data: bytes) -> bytes:
    """Standard output of the age tool run with ``args`` on ``data``."""
    assert AGE is not None
    done = subprocess.run([AGE, *args], input=data, capture_output=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout


def test_the_age_tool_decrypts_an_export_with_the_leaders_identity(tmp_path: Path) -> None:
    author, leader = new_keys(uuid.uuid4().hex), new_keys(uuid.uuid4().hex)
    records = [record(author.device_id, {"alias": "Åsa", "areas": ["Centrum"]}),
               record(author.device_id, table="tally", lamport=2)]
    written = manifest(author, counter=12)
    exported = tmp_path / "asa-2026-v48.faltapp"
    exported.write_bytes(write_export(written, records, author, [leader.age_recipient]))

    plain = age("--decrypt", "--identity", str(identity_file(tmp_path, leader)), str(exported),
                data=b"")

    first, sizes, rest = plain.split(b"\n", 2)
    assert first == b"faltapp-export 1.0"
    manifest_size, records_size = (int(n) for n in sizes.split(b" "))
    document = json.loads(rest[:manifest_size])
    assert document["format"] == "faltapp-export" and document["format_version"] == "1.0"
    assert (document["export_id"], document["team_id"], document["device_id"],
            document["counter"], document["full"]) == (
        written.export_id, TEAM, author.device_id, 12, False)
    assert document["record_counts"] == {"shift": 1, "tally": 1}
    signature = base64.b64decode(rest[manifest_size + 1:manifest_size + 89])
    signed = plain[:len(first) + 1 + len(sizes) + 1 + manifest_size]
    Ed25519PublicKey.from_public_bytes(base64.b64decode(author.signing_public)).verify(
        signature, signed)
    part = rest[manifest_size + 90:]
    assert len(part) == records_size
    assert hashlib.sha256(part).hexdigest() == document["records_sha256"]
    assert [json.loads(line)["version"] for line in part.splitlines()] == [
        r.version for r in records]
    own = age("-d", "-i", str(identity_file(tmp_path, author)), str(exported), data=b"")
    assert own == plain


def test_a_file_the_age_tool_encrypted_is_read(tmp_path: Path) -> None:
    author, leader = new_keys(uuid.uuid4().hex), new_keys(uuid.uuid4().hex)
    plain, sealed = seal(manifest(author), [record(author.device_id)], author)

    encrypted = age("--encrypt", "--recipient", leader.age_recipient, data=plain)

    opened = read_export(encrypted, leader.age_identity, max_bytes=DEFAULT_MAX_BYTES,
                         signer_key=lambda _: author.signing_public)
    assert opened.manifest == sealed
    assert opened.records[0].data == {"note": "Samtal vid Nya torget"}
