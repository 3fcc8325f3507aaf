"""Names of vocabulary and categories in the language of the interface.

Codes are stored; names are shown. The shipped lists carry Swedish and English names
(``resources/data``). A category the team leader renamed is theirs and shown as typed.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from faltapp.core.entities import Category
from faltapp.core.vocabulary import Term, category_names_en, default_categories
from faltapp.gui.i18n import active_language


def term_label(term: Term, *, mnemonic: bool = False) -> str:
    """The name of ``term`` in the interface language (with its "&" letter if asked)."""
    return term.label(active_language(), mnemonic=mnemonic)


def name_of(terms: Iterable[Term], code: str) -> str:
    """The display name of ``code`` in ``terms``, or the code itself when unknown."""
    return next((term_label(t) for t in terms if t.code == code), code)


def category_label(category: Category) -> str:
    """The category's name: English in an English interface while it keeps its default name."""
    default = category_names_en().get(category.code)
    if active_language() == "en" and default and category.name == default[0]:
        return default[1]
    return category.name


@functools.cache
def _default_descriptions() -> dict[str, str]:
    return {c["code"]: c.get("description", "") for c in default_categories()}


def category_description(category: Category) -> str:
    """The category's description, in English while it is the shipped Swedish one."""
    default = category_names_en().get(category.code)
    if (active_language() == "en" and default
            and category.description == _default_descriptions().get(category.code)):
        return default[2]
    return category.description
