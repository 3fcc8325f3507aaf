"""The grid ↔ tally records rules: ids kept, nothing rewritten when nothing changed."""

from __future__ import annotations

from faltapp.core.entities import Tally
from faltapp.core.tally_grid import per_cell, spread, tallies_from_grid
from faltapp.core.vocabulary import vocabulary

V = vocabulary()
ORDER = [(b.code, g.code) for b in V.age_bands for g in V.genders]
NONE = {"affected_alcohol": 0, "affected_drugs": 0}


def test_spread_fills_cells_in_grid_order_and_keeps_what_does_not_fit() -> None:
    counts = {("13_15", "flicka"): 2, ("16_17", "pojke"): 5}
    assert spread(3, counts, ORDER) == {("13_15", "flicka"): 2, ("16_17", "pojke"): 1}
    assert spread(9, counts, ORDER) == {("13_15", "flicka"): 2, ("16_17", "pojke"): 7}
    assert spread(4, {}, ORDER) == {ORDER[-1]: 4}
    assert spread(0, counts, ORDER) == {}


def test_new_cells_get_records_and_empty_cells_none() -> None:
    counts = {("13_15", "flicka"): 9, ("13_15", "pojke"): 11, ("16_17", "annat"): 0}
    out = tallies_from_grid("s", ORDER, counts, {"affected_alcohol": 10, "affected_drugs": 0}, [])
    assert [(t.age_band, t.gender, t.count, t.affected_alcohol) for t in out] == [
        ("13_15", "flicka", 9, 9), ("13_15", "pojke", 11, 1)]
    again = tallies_from_grid("s", ORDER, counts, NONE, [], {("13_15", "flicka"): "keep"})
    assert again[0].id == "keep"


def test_unchanged_grid_gives_the_loaded_records_with_their_shares() -> None:
    # shares a greedy spread would not choose: they must survive a load → collect
    loaded = [Tally("s", "pojke", "16_17", 6, affected_alcohol=3, id="a"),
              Tally("s", "flicka", "13_15", 9, affected_drugs=1, id="b"),
              Tally("s", "x-unknown", "13_15", 2, id="c")]
    counts = per_cell(loaded)
    totals = {"affected_alcohol": 3, "affected_drugs": 1}
    out = tallies_from_grid("s", ORDER, counts, totals, loaded)
    assert sorted(out, key=lambda t: t.id) == loaded


def test_changed_total_or_shares_that_no_longer_fit_are_spread_again() -> None:
    loaded = [Tally("s", "flicka", "13_15", 9, id="b"),
              Tally("s", "pojke", "16_17", 6, affected_alcohol=3, id="a")]
    counts = {("13_15", "flicka"): 9, ("16_17", "pojke"): 2}
    out = tallies_from_grid("s", ORDER, counts, {"affected_alcohol": 3, "affected_drugs": 0},
                            loaded)
    assert [(t.id, t.count, t.affected_alcohol) for t in out] == [("b", 9, 3), ("a", 2, 0)]
    out = tallies_from_grid("s", ORDER, {("13_15", "flicka"): 9},
                            {"affected_alcohol": 4, "affected_drugs": 0}, loaded)
    assert [(t.id, t.count, t.affected_alcohol) for t in out] == [("b", 9, 4)]
