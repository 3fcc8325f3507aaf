"""Messages for the user exist in English too: every template and field label core uses."""

from __future__ import annotations

import ast
import dataclasses
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest

from faltapp.core import messages
from faltapp.core.entities import Contact, Shift
from faltapp.core.validation import Context, validate

CORE = Path(messages.__file__).resolve().parent
CHECKER_METHODS = {"text", "number", "term", "terms", "ids"}


def used_texts() -> Iterator[tuple[str, str]]:
    """(where, Swedish text) of every message template and field label in core/."""
    for path in sorted(CORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            args = node.args
            if isinstance(func, ast.Name) and func.id == "text":
                candidates = args[:1]
            elif (isinstance(func, ast.Attribute) and func.attr in CHECKER_METHODS
                  and isinstance(func.value, ast.Name) and func.value.id == "c"):
                candidates = args[1:2]  # c.text(name, label, ...)
            else:
                continue
            for arg in candidates:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield f"{path.name}:{node.lineno}", arg.value


def test_core_uses_messages_at_all() -> None:
    assert len(list(used_texts())) > 40


@pytest.mark.parametrize(("where", "swedish"), sorted(set(used_texts())))
def test_every_core_text_has_an_english_version(where: str, swedish: str) -> None:
    assert swedish in messages.EN, f"{where}: no English for {swedish!r}"


@pytest.fixture()
def english() -> Iterator[None]:
    messages.set_language("en")
    yield
    messages.set_language("sv")


CTX = Context(category_codes=frozenset(), today=date(2025, 6, 15))


def test_validation_speaks_english_in_an_english_ui(english: None) -> None:
    contact = Contact("s", alias=" ", birth_year=2022)
    found = [p.message for p in validate(contact, CTX)]
    assert found == ["Alias must be filled in.",
                     "The birth year 2022 gives the age 3. Contacts are young people aged 6 to 30."]


def test_validation_speaks_swedish_by_default() -> None:
    shift = dataclasses.replace(
        Shift(date=date(2025, 3, 14), start=time(18), end=time(18), kind="kvallspass"),
        summary="a\u202eb")
    found = [p.message for p in validate(shift, CTX)]
    assert found == ["Passet måste sluta efter att det börjat.",
                     "Sammanfattningen innehåller otillåtna styrtecken."]


def test_typed_time_messages_have_english() -> None:
    from faltapp.core.time_text import MESSAGES

    assert set(MESSAGES.values()) <= set(messages.EN)
