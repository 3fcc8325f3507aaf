"""A short fingerprint of public keys that two people read aloud and compare (no Qt).

Six groups of four digits (about 80 bits): digits read the same in Swedish, English and any
other language on the team, and a wrong group is easy to point at. The parts are hashed with
their lengths, so ("ab", "c") and ("a", "bc") differ; their order matters.
"""

from __future__ import annotations

import hashlib

GROUPS = 6
DIGITS = 4
_DOMAIN = b"faltapp-fingerprint-v1"


def fingerprint(*public_parts: str) -> str:
    """``"1234 5678 9012 3456 7890 1234"`` for ``public_parts`` in this order."""
    digest = hashlib.sha256(_DOMAIN)
    for part in public_parts:
        raw = part.encode("utf-8")
        digest.update(len(raw).to_bytes(4, "big") + raw)
    number = int.from_bytes(digest.digest(), "big") % 10 ** (GROUPS * DIGITS)
    digits = str(number).zfill(GROUPS * DIGITS)
    return " ".join(digits[i:i + DIGITS] for i in range(0, len(digits), DIGITS))
