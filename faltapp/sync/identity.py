"""This device's keys: Ed25519 for signatures, age X25519 for encryption (no Qt).

The private halves live only inside the encrypted database (``db.team.keys()`` makes them on
first use). Public halves travel as text: the Ed25519 key as base64 of its 32 raw bytes, the
age recipient in its standard ``age1…`` form.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from faltapp.core.messages import text

KEY_BYTES = 32
SIGNATURE_BYTES = 64


class KeyFormatError(ValueError):
    """A public key in a file or roster that is not one (one Swedish sentence)."""


@dataclass(frozen=True)
class DeviceKeys:
    """The device id with its private signing key and age identity."""

    device_id: str
    signing_key: Ed25519PrivateKey
    age_identity: pyrage.x25519.Identity

    @property
    def signing_public(self) -> str:
        """The Ed25519 public key: base64 of its 32 raw bytes."""
        raw = self.signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return base64.b64encode(raw).decode("ascii")

    @property
    def age_recipient(self) -> str:
        """The age X25519 recipient (``age1…``) others encrypt to."""
        return str(self.age_identity.to_public())

    @property
    def age_secret(self) -> str:
        """The age identity in its standard ``AGE-SECRET-KEY-1…`` form (a secret)."""
        return str(self.age_identity)

    def sign(self, data: bytes) -> bytes:
        """The 64-byte Ed25519 signature of ``data``."""
        return self.signing_key.sign(data)

    @staticmethod
    def verify(signing_public: str, data: bytes, signature: bytes) -> bool:
        """True when ``signature`` over ``data`` was made by the key ``signing_public``."""
        return verify(signing_public, data, signature)


def new_keys(device_id: str) -> DeviceKeys:
    """Fresh keys for ``device_id``."""
    return DeviceKeys(device_id, Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate())


def keys_from_stored(device_id: str, signing_raw: bytes, age_identity: str) -> DeviceKeys:
    """Keys as the database keeps them: the 32 raw private bytes and the age identity text."""
    return DeviceKeys(device_id, Ed25519PrivateKey.from_private_bytes(bytes(signing_raw)),
                      pyrage.x25519.Identity.from_str(age_identity))


def private_bytes(keys: DeviceKeys) -> bytes:
    """The 32 raw bytes of the private signing key (for the encrypted database only)."""
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    return keys.signing_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def verify(signing_public: str, data: bytes, signature: bytes) -> bool:
    """True when ``signature`` over ``data`` was made by the key ``signing_public``.

    A malformed key or signature is simply not a valid signature.
    """
    try:
        key = Ed25519PublicKey.from_public_bytes(public_key_bytes(signing_public))
        key.verify(bytes(signature), bytes(data))
    except (KeyFormatError, InvalidSignature, ValueError, TypeError):
        return False
    return True


def public_key_bytes(signing_public: str) -> bytes:
    """The 32 raw bytes of a base64 Ed25519 public key; refuses anything else."""
    try:
        raw = base64.b64decode(str(signing_public).encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raw = b""
    if len(raw) != KEY_BYTES or base64.b64encode(raw).decode("ascii") != signing_public:
        raise KeyFormatError(text("Signeringsnyckeln är inte en giltig Ed25519-nyckel."))
    return raw


def check_recipient(age_recipient: str) -> str:
    """``age_recipient`` if it is a valid age X25519 recipient; else :class:`KeyFormatError`."""
    value = str(age_recipient)
    try:
        parsed = pyrage.x25519.Recipient.from_str(value)
    except (pyrage.RecipientError, ValueError, TypeError):
        parsed = None
    if parsed is None or str(parsed) != value:
        raise KeyFormatError(text("Krypteringsnyckeln är inte en giltig age-mottagare."))
    return value
