"""The one strict JSON reader of files from other laptops (export files and team files)."""

from __future__ import annotations

import pytest

from faltapp.sync.strict_json import MAX_DEPTH, JsonRefused, check_value, loads_strict
from faltapp.sync.team_files import TeamFileError, read_card


@pytest.mark.parametrize(("raw", "problem"), [
    (b'{"a": 1, "a": 2}', "samma nyckel 'a' finns två gånger"),
    (b'{"a": NaN}', "NaN och Infinity är inga tal i JSON"),
    (b'{"a": 9007199254740992}', "talet 9007199254740992 är för stort"),
    (b'{"a": 1e999}', "talet 1e999 är för stort"),
    (b'[' * (MAX_DEPTH + 1) + b']' * (MAX_DEPTH + 1), "för djupt nästlad (över 20 nivåer)"),
    (b'{"a": "\\ud800"}', "texten innehåller ett ensamt surrogattecken"),
    (b'\xff{}', "texten är inte UTF-8"),
    (b'{"a": }', "felaktig JSON vid tecken 6"),
])
def test_every_kind_of_hostile_json_is_refused_with_what_is_wrong(raw: bytes,
                                                                  problem: str) -> None:
    with pytest.raises(JsonRefused) as refused:
        loads_strict(raw)
    assert str(refused.value) == problem


def test_what_may_be_written_is_what_may_be_read() -> None:
    assert loads_strict(b'{"a": [1, 2.5, "\xc3\xa5", null, true]}') == \
        {"a": [1, 2.5, "å", None, True]}
    with pytest.raises(JsonRefused):
        check_value({"a": float("nan")})


def test_a_team_card_is_read_as_strictly_as_an_export() -> None:
    with pytest.raises(TeamFileError) as refused:
        read_card(b'{"format": "faltapp-team-card", "n": 9007199254740993}')
    assert refused.value.reason == "json"
