"""The medborgarlöfte file: the shipped promises load, a bad file says clearly what is wrong."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from faltapp.core.promises import (
    RULE_KINDS,
    Promise,
    PromiseCounts,
    PromiseFileError,
    Rule,
    load_promises,
    months_between,
    of_year,
    year_in_force,
)


def test_the_nine_promises_of_lidkoping_2021_are_shipped() -> None:
    promises = load_promises()
    assert len(promises) == 9
    assert [p.owner for p in promises] == ["polis"] * 3 + ["kommun"] * 3 + ["gemensamt"] * 3
    assert {p.year for p in promises} == {2021}
    assert len({p.id for p in promises}) == 9
    assert all(p.title and p.title_en and p.rules for p in promises)
    assert all(r.label and r.label_en for p in promises for r in p.rules)
    assert {r.count for p in promises for r in p.rules} == set(RULE_KINDS)
    by_id = {p.id: p for p in promises}
    # the examples: concern talks toward the police's third promise, lighting
    # observations forwarded to the municipality, safety walks toward the joint walks promise
    assert by_id["2021-polis-3"].rules[0].get("action") == "concern_talk"
    lighting = by_id["2021-kommun-3"].rules[0]
    assert (lighting.count, lighting.get("category"), lighting.get("forwarded_to"),
            lighting.get("description_contains")) == (
        "observations_forwarded", "otrygg_plats", "felanmalan", "belysning")
    assert by_id["2021-kommun-2"].rules[0].get("partner") == "nattvandrare"
    assert by_id["2021-gemensamt-1"].rules[0].get("kind") == "tatortsvandring"
    presence = by_id["2021-polis-1"].rules[0]
    assert (presence.get("area"), presence.get("from_hour")) == ("Centrum", 18)
    assert of_year(promises, 2021) == promises and of_year(promises, 2022) == ()


def test_names_follow_the_language() -> None:
    promise = load_promises()[4]
    assert promise.name() == "Engagera föräldrar att vara ute på kvällar och helger"
    assert promise.name("en") == "Engage parents to be out on evenings and weekends"
    assert promise.rules[0].title("en") == "Shifts with night walkers or parents"
    assert Rule("observations", (), "Iakttagelser").title("en") == "Iakttagelser"


def _file(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "promises.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _promise(**changes: Any) -> dict[str, Any]:
    item = {"id": "x", "year": 2026, "owner": "kommun", "title": "Titel", "title_en": "Title",
            "rules": [{"count": "shifts_of_kind", "kind": "nattpass", "label": "Nattpass"}]}
    item.update(changes)
    return item


def _doc(*promises: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {"format": "faltapp-promises", "version": 1, "promises": list(promises), **changes}


def _rule(**fields: Any) -> dict[str, Any]:
    return _promise(rules=[{"label": "Regel", **fields}])


BAD_FILES = {
    "not json": ("{ inte json", "kan inte läsas"),
    "other format": ({"format": "faltapp-places", "version": 1, "places": []},
                     "är inte en fil med medborgarlöften"),
    "newer version": (_doc(_promise(), version=2), "har version 2"),
    "owner": (_doc(_promise(owner="kommunen")), "löfte nr 1: owner kan inte vara 'kommunen'"),
    "no title": (_doc(_promise(title="  ")), "löfte nr 1: title kan inte vara"),
    "year as text": (_doc(_promise(year="2026")), "löfte nr 1: year kan inte vara '2026'"),
    "no rules": (_doc(_promise(rules=[])), "löfte nr 1: rules saknas"),
    "same id twice": (_doc(_promise(), _promise()), "löfte nr 2: id 'x' finns redan"),
    "unknown kind": (_doc(_rule(count="shifts_with_cake")),
                     "regel nr 1: count kan inte vara 'shifts_with_cake'"),
    "typo in a field": (_doc(_rule(count="observations_forwarded", forward_to="polis")),
                        "regel nr 1: okänt fält 'forward_to'"),
    "filter missing": (_doc(_rule(count="contacts_with_action")), "regel nr 1: action saknas"),
    "unknown action": (_doc(_rule(count="contacts_with_action", action="kram")),
                       "regel nr 1: action kan inte vara 'kram'"),
    "hour 24": (_doc(_rule(count="shifts_in_areas", area="Centrum", from_hour=24)),
                "regel nr 1: from_hour kan inte vara 24"),
    "no label": (_doc(_promise(rules=[{"count": "observations"}])), "regel nr 1: label saknas"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_names_the_file_the_promise_and_the_problem(tmp_path: Path,
                                                                case: str) -> None:
    data, expected = BAD_FILES[case]
    path = _file(tmp_path, data)
    with pytest.raises(PromiseFileError) as caught:
        load_promises(path)
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(PromiseFileError, match="kan inte läsas"):
        load_promises(tmp_path / "saknas.json")


def test_a_team_leaders_own_file_with_optional_filters_loads(tmp_path: Path) -> None:
    path = _file(tmp_path, _doc(_rule(count="observations", category="skadegorelse"),
                                _promise(id="y", title_en="")))
    first, second = load_promises(path)
    assert first.rules[0].filters == (("category", "skadegorelse"),)
    assert first.rules[0].get("description_contains") is None
    assert second.name("en") == "Titel"  # no English title: the Swedish one


def test_months_of_a_period_cross_the_new_year() -> None:
    assert months_between(date(2025, 11, 30), date(2026, 2, 1)) == (
        date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1))
    assert months_between(date(2026, 3, 5), date(2026, 3, 6)) == (date(2026, 3, 1),)
    assert months_between(date(2026, 3, 5), date(2026, 2, 6)) == ()


def test_counts_sum_their_rules_per_month() -> None:
    promise = Promise("p", 2026, "polis", "T", "T", ())
    counts = PromiseCounts(promise, (date(2026, 1, 1), date(2026, 2, 1)), ((1, 2), (0, 5)))
    assert counts.per_month == (1, 7) and counts.total == 8
    empty = PromiseCounts(promise, (date(2026, 1, 1),), ())
    assert empty.per_month == (0,) and empty.total == 0


def test_the_promises_in_force_are_the_years_own_else_the_latest_before_it() -> None:
    shipped = load_promises()
    assert year_in_force(shipped, 2021) == 2021
    assert year_in_force(shipped, 2026) == 2021
    assert year_in_force(shipped, 2020) is None
    newer = (*shipped, Promise("p-2024", 2024, "polis", "Nytt löfte", "", shipped[0].rules))
    assert [year_in_force(newer, y) for y in (2023, 2024, 2027)] == [2021, 2024, 2024]
