"""How hard a new passphrase is to guess, for the first-run wizard's meter (issue 9 item 4).

zxcvbn estimates guesses from patterns (dictionary words, names, dates, keyboard walks,
repeats, l33t). Its dictionaries are English, so the words a guesser would try first here are
added as the person's own: their name, the computer's name, the app's words, the town, and
common Swedish password words. A passphrase must reach score 3 of 4 ("stark") to be used.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from faltapp.core.messages import text

REQUIRED_SCORE = 3

SWEDISH_WORDS = (
    "lösenord", "losenord", "hemligt", "sommar", "vinter", "våren", "hösten", "januari",
    "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december", "måndag", "fredag", "kärlek", "älskar", "sverige", "svensk",
    "stockholm", "göteborg", "malmö", "lidköping", "kommun", "kommunen", "fältare",
    "fältsekreterare", "socialtjänsten", "faltapp", "fältapp", "qwerty", "asdfgh",
    "hejhej", "hejsan", "abc123", "välkommen", "fotboll", "hockey", "katten", "hunden",
)


@dataclass(frozen=True, slots=True)
class Strength:
    """A passphrase's score (0–4), its word for the meter, and advice if it is too weak."""

    score: int
    label: str
    advice: str

    @property
    def good_enough(self) -> bool:
        """Strong enough to protect the database."""
        return self.score >= REQUIRED_SCORE


def strength(passphrase: str, personal: Iterable[str] = ()) -> Strength:
    """Rate ``passphrase``; ``personal`` are words a guesser would know (name, device…)."""
    import zxcvbn  # ~30 ms: only when a passphrase is being chosen

    if not passphrase:
        return Strength(0, text("Ingen lösenfras"), "")
    words = _variants([w for w in (*personal, *SWEDISH_WORDS) if w and w.strip()])
    result = zxcvbn.zxcvbn(passphrase[:100], user_inputs=words)
    score = int(result["score"])
    labels = (text("Mycket svag"), text("Svag"), text("Medel"), text("Stark"),
              text("Mycket stark"))
    advice = "" if score >= REQUIRED_SCORE else text(
        "Lätt att gissa. Skriv hellre fyra eller fem vanliga ord som inte hör ihop, "
        "till exempel en mening bara du kan.")
    return Strength(score, labels[score], advice)


def _variants(words: list[str]) -> list[str]:
    """Each word as a guesser would try it: lower case, its parts, without spaces, and with
    å, ä, ö written a, a, o."""
    out: set[str] = set()
    for word in words:
        lower = word.casefold().strip()
        forms = {lower, lower.replace(" ", ""), *(p for p in lower.split() if len(p) > 2)}
        out |= forms | {_ascii(f) for f in forms}
    return sorted(out)


def _ascii(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))
