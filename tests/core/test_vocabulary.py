"""The lists shipped in resources/data match DESIGN.md §2."""

from __future__ import annotations

import pytest

from faltapp.core.entities import Category, Place
from faltapp.core.validation import Context, validate
from faltapp.core.vocabulary import (
    Term,
    Vocabulary,
    default_categories,
    default_places,
    vocabulary,
)

VOCAB = vocabulary()
LISTS = {name: getattr(VOCAB, name) for name in Vocabulary.__dataclass_fields__}


def names(terms: tuple[Term, ...]) -> list[str]:
    return [t.name for t in terms]


def test_age_bands_in_order() -> None:
    assert names(VOCAB.age_bands) == ["≤12", "13–15", "16–17", "18–20", "21–25", "vuxen", "okänd"]


def test_genders_in_order() -> None:
    assert names(VOCAB.genders) == ["flicka", "pojke", "annat", "okänt"]


def test_shift_kinds() -> None:
    assert [n.casefold() for n in names(VOCAB.shift_kinds)] == [
        "kvällspass", "nattpass", "helgpass", "skolpass", "fritidsgård", "evenemang",
        "tätortsvandring",
    ]


@pytest.mark.parametrize(
    "partner",
    ["polis", "nattvandrare/föräldrar", "fritidsgård", "skola", "socialtjänst", "väktare",
     "annan"],
)
def test_partners_include(partner: str) -> None:
    assert partner in [n.casefold() for n in names(VOCAB.partner_kinds)]


def test_contact_actions_include_concern_talk_and_report() -> None:
    codes = Vocabulary.codes(VOCAB.contact_actions)
    assert {"concern_talk", "concern_report"} <= codes
    assert Vocabulary.name_of(VOCAB.contact_actions, "concern_talk") == "Orossamtal"
    assert Vocabulary.name_of(VOCAB.contact_actions, "concern_report") == "Orosanmälan gjord"


def test_every_term_has_an_english_name() -> None:
    for list_name in Vocabulary.__dataclass_fields__:
        for term in getattr(VOCAB, list_name):
            assert term.name_en, f"{list_name}.{term.code} has no English name"
            assert term.label("en") == term.name_en.replace("&", "")
            assert term.label("en", mnemonic=True) == term.name_en
            assert term.label("sv") == term.name


def test_forward_targets_cover_the_issue_list() -> None:
    assert {"polis", "felanmalan", "socialtjanst", "annan"} <= Vocabulary.codes(
        VOCAB.forward_targets)


def test_name_of_unknown_code_is_the_code() -> None:
    assert Vocabulary.name_of(VOCAB.genders, "nope") == "nope"


@pytest.mark.parametrize("list_name", sorted(LISTS))
def test_every_list_is_non_empty_with_unique_codes_and_names(list_name: str) -> None:
    terms = LISTS[list_name]
    assert terms
    codes = [t.code for t in terms]
    assert len(set(codes)) == len(codes)
    assert len({t.name for t in terms}) == len(terms)
    assert all(t.code and t.name.strip() for t in terms)


def test_categories_are_the_eight_est_categories() -> None:
    categories = default_categories()
    assert [c["name"] for c in categories] == [
        "Skadegörelse", "Otrygghetsskapande samling", "Ordningsstörning", "Påverkade personer",
        "Otrygg plats", "Arrangemang", "Incident mot personal", "Trygg plats",
    ]
    assert len({c["code"] for c in categories}) == 8


def test_exactly_one_category_is_positive() -> None:
    assert [c["code"] for c in default_categories() if c["positive"]] == ["trygg_plats"]


def test_places_have_unique_names_and_an_area() -> None:
    places = default_places()
    assert places
    place_names = [p["name"] for p in places]
    assert all(n.strip() for n in place_names)
    assert len(set(place_names)) == len(place_names)
    assert all(p["area"].strip() for p in places)


def test_vocabulary_is_loaded_once() -> None:
    assert vocabulary() is vocabulary()


def test_shipped_categories_and_places_pass_validation() -> None:
    ctx = Context(category_codes=frozenset())
    for data in default_categories():
        assert validate(Category(**data), ctx) == [], data
    for data in default_places():
        assert validate(Place(**data), ctx) == [], data
