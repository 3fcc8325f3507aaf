"""Default lists shipped as data in ``resources/data`` (DESIGN.md §3: data files, not code)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def resources_dir() -> Path:
    """The ``resources`` folder: inside the installed package, or beside it in a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError("faltapp: resources/ saknas i installationen")


def _load(name: str, expected_format: str) -> dict[str, Any]:
    path = resources_dir() / "data" / name
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != expected_format:
        raise ValueError(f"{path}: förväntade formatet {expected_format}")
    return data


@dataclass(frozen=True, slots=True)
class Term:
    """One entry of a fixed list: stable ``code``, Swedish ``name``, English ``name_en``."""

    code: str
    name: str
    name_en: str = ""

    def label(self, language: str = "sv", *, mnemonic: bool = False) -> str:
        """The name to show in ``language`` ("sv" or "en"); Swedish when no English exists.

        A name may mark its keyboard letter with "&" ("Municipal &fault report"); the mark is
        kept only with ``mnemonic`` (for check boxes ticked by a letter), never in lists.
        """
        text = self.name_en if language == "en" and self.name_en else self.name
        return text if mnemonic else text.replace("&", "")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The fixed lists every record is validated against."""

    age_bands: tuple[Term, ...]
    genders: tuple[Term, ...]
    shift_kinds: tuple[Term, ...]
    partner_kinds: tuple[Term, ...]
    contact_actions: tuple[Term, ...]
    forward_targets: tuple[Term, ...]
    follow_up_statuses: tuple[Term, ...]
    conversation_kinds: tuple[Term, ...]
    walk_priorities: tuple[Term, ...]
    walk_statuses: tuple[Term, ...]
    severities: tuple[Term, ...]

    @staticmethod
    @functools.cache
    def codes(terms: tuple[Term, ...]) -> frozenset[str]:
        """The codes of a list, for membership checks (cached: validation asks per record)."""
        return frozenset(t.code for t in terms)

    @staticmethod
    def name_of(terms: tuple[Term, ...], code: str, language: str = "sv") -> str:
        """Display name of ``code`` in ``language``, or the code itself when unknown."""
        return next((t.label(language) for t in terms if t.code == code), code)


@functools.cache
def vocabulary() -> Vocabulary:
    """The shipped vocabulary (loaded once)."""
    data = _load("vocabulary.json", "faltapp-vocabulary")
    lists = {
        key: tuple(Term(item["code"], item["name"], item.get("name_en", ""))
                   for item in data[key])
        for key in Vocabulary.__dataclass_fields__
    }
    return Vocabulary(**lists)


_CATEGORY_FIELDS = ("code", "name", "description", "positive")


def default_categories() -> list[dict[str, Any]]:
    """The default EST categories (code, name, description, positive)."""
    data = _load("categories.json", "faltapp-categories")["categories"]
    return [{k: c[k] for k in _CATEGORY_FIELDS if k in c} for c in data]


@functools.cache
def category_names_en() -> dict[str, tuple[str, str, str]]:
    """code → (Swedish default name, English name, English description) of the defaults.

    A category still carrying its default Swedish name is shown in English in an English UI;
    a name the team leader changed is theirs and shown as typed.
    """
    data = _load("categories.json", "faltapp-categories")["categories"]
    return {c["code"]: (c["name"], c.get("name_en", c["name"]),
                        c.get("description_en", c.get("description", ""))) for c in data}


def default_places() -> list[dict[str, Any]]:
    """The starting list of places in Lidköping (name, area)."""
    return list(_load("places.json", "faltapp-places")["places"])
