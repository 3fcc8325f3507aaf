"""Device keys: signatures verify only for the right key and data, the age recipient really
decrypts with the identity, and malformed public keys are refused with a sentence."""

from __future__ import annotations

import base64

import pyrage
import pytest

from faltapp.sync.identity import (
    DeviceKeys,
    KeyFormatError,
    check_recipient,
    keys_from_stored,
    new_keys,
    private_bytes,
    public_key_bytes,
    verify,
)


@pytest.fixture(scope="module")
def keys() -> DeviceKeys:
    return new_keys("a" * 32)


def test_a_signature_verifies_only_for_its_key_and_its_bytes(keys: DeviceKeys) -> None:
    data = "Pass 2026-11-20 Stadsträdgården".encode()
    signature = keys.sign(data)
    assert len(signature) == 64 and len(base64.b64decode(keys.signing_public)) == 32
    assert verify(keys.signing_public, data, signature)
    assert DeviceKeys.verify(keys.signing_public, data, signature)
    assert not verify(keys.signing_public, data + b" ", signature)
    assert not verify(new_keys("b" * 32).signing_public, data, signature)
    assert not verify(keys.signing_public, data, signature[:-1] + bytes([signature[-1] ^ 1]))
    assert not verify("inte en nyckel", data, signature)
    assert not verify(keys.signing_public, data, b"")


def test_the_age_recipient_encrypts_to_this_identity_only(keys: DeviceKeys) -> None:
    secret = "Kontakt: alias Mira, 15 år".encode()
    box = pyrage.encrypt(secret, [pyrage.x25519.Recipient.from_str(keys.age_recipient)])
    assert pyrage.decrypt(box, [keys.age_identity]) == secret
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(box, [new_keys("c" * 32).age_identity])
    assert keys.age_secret.startswith("AGE-SECRET-KEY-1")


def test_keys_read_back_from_their_stored_form_are_the_same_keys(keys: DeviceKeys) -> None:
    stored = keys_from_stored(keys.device_id, private_bytes(keys), keys.age_secret)
    assert (stored.signing_public, stored.age_recipient) == (keys.signing_public,
                                                            keys.age_recipient)
    assert verify(keys.signing_public, b"x", stored.sign(b"x"))


@pytest.mark.parametrize("value", [
    "", "AAAA", base64.b64encode(bytes(31)).decode(), base64.b64encode(bytes(33)).decode(),
    base64.b64encode(bytes(32)).decode().rstrip("=") + "==", "é" * 44, " " + "A" * 43])
def test_malformed_signing_keys_are_refused(value: str) -> None:
    with pytest.raises(KeyFormatError, match="inte en giltig Ed25519-nyckel"):
        public_key_bytes(value)


@pytest.mark.parametrize("value", [
    "", "age1", "AGE-SECRET-KEY-1QQQQ", "age1" + "q" * 58, "ssh-ed25519 AAAA"])
def test_malformed_recipients_are_refused(value: str, keys: DeviceKeys) -> None:
    assert check_recipient(keys.age_recipient) == keys.age_recipient
    with pytest.raises(KeyFormatError, match="inte en giltig age-mottagare"):
        check_recipient(value)
