"""Messages for the user exist in English too: every template and field label that core, the
store and the list commands use, and the store's errors follow the UI language."""

from __future__ import annotations

import ast
import dataclasses
import string
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest

from faltapp.core import messages
from faltapp.core.entities import Contact, Shift
from faltapp.core.validation import Context, validate
from faltapp.store.database import Database
from faltapp.store.errors import DatabaseMissing
from faltapp.store.keys import (
    KdfParams,
    PassphrasesDiffer,
    WeakPassphrase,
    WrongPassphrase,
    check_new_passphrase,
)
from faltapp.store.lock import DatabaseInUse, DatabaseLock
from tests.conftest import PASSPHRASE

CORE = Path(messages.__file__).resolve().parent
PACKAGE = CORE.parent
SOURCES = [*sorted(CORE.glob("*.py")), *sorted((PACKAGE / "store").glob("*.py")),
           PACKAGE / "cli_lists.py"]
CHECKER_METHODS = {"text", "number", "term", "terms", "ids"}


def text_calls() -> Iterator[tuple[str, ast.Call]]:
    """(where, call) of every ``text(...)`` call in core/, store/ and cli_lists.py."""
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "text"):
                yield f"{path.relative_to(PACKAGE)}:{node.lineno}", node


def used_texts() -> Iterator[tuple[str, str]]:
    """(where, Swedish text) of every message template and field label in the sources."""
    for path in SOURCES:
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
                    yield f"{path.relative_to(PACKAGE)}:{node.lineno}", arg.value


def test_core_and_store_use_messages_at_all() -> None:
    found = [where for where, _ in used_texts()]
    assert len(found) > 90
    assert any(where.startswith("store/") for where in found)
    assert any(where.startswith("cli_lists.py") for where in found)


@pytest.mark.parametrize(("where", "swedish"), sorted(set(used_texts())))
def test_every_text_has_an_english_version(where: str, swedish: str) -> None:
    assert swedish in messages.EN, f"{where}: no English for {swedish!r}"


def test_every_template_is_a_plain_string() -> None:
    """An f-string or a variable as template could never be found in ``EN``."""
    bad = [where for where, call in text_calls()
           if not (call.args and isinstance(call.args[0], ast.Constant)
                   and isinstance(call.args[0].value, str))]
    assert bad == []


def _fields(template: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(template) if name)


@pytest.mark.parametrize("swedish", sorted(messages.EN))
def test_english_has_the_same_placeholders(swedish: str) -> None:
    assert _fields(messages.EN[swedish]) == _fields(swedish)


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


def test_store_errors_speak_english_in_an_english_ui(db: Database, db_path: Path,
                                                    english: None) -> None:
    with pytest.raises(DatabaseInUse) as in_use:
        DatabaseLock(db_path).acquire()
    assert str(in_use.value).startswith(
        "The database is already in use by another faltapp window or command (")
    assert str(in_use.value).endswith("). Close that first.")
    db.close()
    with pytest.raises(WrongPassphrase, match=r"^Wrong passphrase\.$"):
        Database.open(db_path, PASSPHRASE + "x", kdf=KdfParams.for_tests())
    with pytest.raises(WeakPassphrase, match=r"^The passphrase must be at least 8 characters\.$"):
        check_new_passphrase("kort")
    with pytest.raises(PassphrasesDiffer, match=r"^The passphrases are not the same\.$"):
        check_new_passphrase("lång lösenfras", "lång lösenfraz")


def test_store_errors_speak_swedish_by_default(db_path: Path) -> None:
    with pytest.raises(DatabaseMissing, match=r"^Databasen .* finns inte\.$"):
        Database.open(db_path, PASSPHRASE)
    with pytest.raises(PassphrasesDiffer, match=r"^Lösenfraserna är inte lika\.$"):
        check_new_passphrase("lång lösenfras", "lång lösenfraz")
