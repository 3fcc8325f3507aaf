"""The fingerprint people read aloud: six groups of four digits, the same for the same keys in
the same order, different when any key, the order or the split between parts differs."""

from __future__ import annotations

import re

from faltapp.sync.fingerprint import fingerprint
from faltapp.sync.identity import new_keys


def test_the_same_keys_give_the_same_six_groups_of_four_digits() -> None:
    keys = new_keys("a" * 32)
    parts = (keys.device_id, keys.signing_public, keys.age_recipient)
    shown = fingerprint(*parts)
    assert re.fullmatch(r"\d{4}( \d{4}){5}", shown)
    assert fingerprint(*parts) == shown


def test_any_difference_in_the_keys_changes_the_fingerprint() -> None:
    keys, other = new_keys("a" * 32), new_keys("b" * 32)
    base = fingerprint(keys.signing_public, keys.age_recipient)
    assert fingerprint(other.signing_public, keys.age_recipient) != base
    assert fingerprint(keys.age_recipient, keys.signing_public) != base
    assert fingerprint("ab", "c") != fingerprint("a", "bc")
    one_char = keys.signing_public[:-2] + ("B" if keys.signing_public[-2] != "B" else "C") + "="
    assert fingerprint(one_char, keys.age_recipient) != base


def test_fingerprints_spread_over_all_digits() -> None:
    """No digit position is stuck: 200 random key pairs give every digit in every group."""
    shown = [fingerprint(new_keys("a" * 32).signing_public).replace(" ", "")
             for _ in range(200)]
    for position in range(24):
        assert len({f[position] for f in shown}) == 10
