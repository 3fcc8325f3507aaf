"""The strength meter rates what a guesser would try first as weak — Swedish password words,
the person's own name and computer, with or without å, ä, ö — and a sentence of unrelated
words as strong."""

from __future__ import annotations

import pytest

from faltapp.core import messages
from faltapp.core.passphrase_strength import strength

ME = ["Åsa Lindqvist", "Fältdator 3"]


@pytest.mark.parametrize("weak", ["sommar2024", "Lösenord1", "Lidkoping2026", "asalindqvist",
                                  "Åsa Lindqvist 1", "faltdator3", "qwerty123", "hejhej123"])
def test_what_a_guesser_tries_first_is_not_good_enough(weak: str) -> None:
    rated = strength(weak, ME)
    assert not rated.good_enough and rated.advice.startswith("Lätt att gissa")


@pytest.mark.parametrize("strong", ["gurka trappa blå mössa", "kaffe med mjölk på morgonen",
                                    "Tåget till Vänersborg går 07:42 utom på söndagar"])
def test_unrelated_words_are_strong(strong: str) -> None:
    rated = strength(strong, ME)
    assert rated.good_enough and rated.advice == "" and rated.label in ("Stark", "Mycket stark")


def test_the_meter_speaks_english_in_an_english_ui() -> None:
    messages.set_language("en")
    try:
        assert strength("hej", ME).label == "Very weak"
        assert strength("gurka trappa blå mössa", ME).label == "Very strong"
    finally:
        messages.set_language("sv")
    assert strength("", ME).label == "Ingen lösenfras"
