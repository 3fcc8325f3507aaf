"""Möten utan registrering as a grid: counts per (age band, gender) cell, affected as totals.

The editor shows one count per cell and, for the whole shift, how many seemed affected by
alcohol and by drugs. The store keeps a :class:`Tally` per cell with its share of the affected.
:func:`tallies_from_grid` turns the grid back into records so that an unchanged grid gives the
very records it was loaded from (same ids, same values: nothing to save).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from faltapp.core.entities import Tally

Cell = tuple[str, str]
"""``(age_band, gender)`` codes of one cell of the grid."""
AFFECTED = ("affected_alcohol", "affected_drugs")


def cell_of(tally: Tally) -> Cell:
    """The grid cell a tally belongs to."""
    return tally.age_band, tally.gender


def per_cell(tallies: Iterable[Tally], name: str = "count") -> dict[Cell, int]:
    """Sum of field ``name`` per cell (several tallies of one cell add up)."""
    out: dict[Cell, int] = {}
    for t in tallies:
        out[cell_of(t)] = out.get(cell_of(t), 0) + getattr(t, name)
    return out


def spread(total: int, counts: Mapping[Cell, int], order: Sequence[Cell]) -> dict[Cell, int]:
    """Share ``total`` out over the cells in ``order``, each at most its count.

    What does not fit (more affected than met) goes to the last cell with a count, or to the
    last cell of the grid when nobody was met, so the number typed is kept and checked.
    """
    out: dict[Cell, int] = {}
    left = total
    for cell in order:
        take = min(left, counts.get(cell, 0))
        if take > 0:
            out[cell] = take
            left -= take
    if left > 0:
        holder = next((c for c in reversed(order) if counts.get(c, 0) > 0), order[-1])
        out[holder] = out.get(holder, 0) + left
    return out


def _still_fits(old: Mapping[Cell, int], old_counts: Mapping[Cell, int],
                counts: Mapping[Cell, int]) -> bool:
    """True when every cell keeps its loaded share: its count is unchanged or still enough."""
    def fits(cell: Cell, share: int) -> bool:
        new = counts.get(cell, 0)
        return new == old_counts.get(cell, 0) or new >= share

    return all(fits(c, n) for c, n in old.items())


def tallies_from_grid(shift_id: str, order: Sequence[Cell], counts: Mapping[Cell, int],
                      affected: Mapping[str, int], loaded: Sequence[Tally],
                      ids: Mapping[Cell, str] | None = None) -> list[Tally]:
    """The records for the grid: one per cell with a count (or a share of the affected).

    A cell loaded from a tally keeps that tally's id; a new cell takes its id from ``ids``
    when given (so collecting twice gives the same records). When an affected total equals
    the loaded one and the loaded shares still fit the counts, the loaded shares stay as they
    were; otherwise the total is spread greedily in grid order. Tallies of cells outside ``order``
    (codes this build does not know) are kept unchanged.
    """
    old_counts = per_cell(loaded)
    known = set(order)
    shares: dict[str, dict[Cell, int]] = {}
    for name in AFFECTED:
        old = {c: n for c, n in per_cell(loaded, name).items() if n and c in known}
        if affected[name] == sum(old.values()) and _still_fits(old, old_counts, counts):
            shares[name] = old
        else:
            shares[name] = spread(affected[name], counts, order)
    first: dict[Cell, Tally] = {}
    for t in loaded:
        first.setdefault(cell_of(t), t)
    out: list[Tally] = []
    for cell in order:
        values = {"count": counts.get(cell, 0),
                  **{name: shares[name].get(cell, 0) for name in AFFECTED}}
        if not any(values.values()):
            continue
        old_tally = first.get(cell)
        if old_tally is not None:
            out.append(replace(old_tally, **values))
        elif ids and cell in ids:
            out.append(Tally(shift_id, cell[1], cell[0], id=ids[cell], **values))
        else:
            out.append(Tally(shift_id, cell[1], cell[0], **values))
    out.extend(t for t in loaded if cell_of(t) not in known)
    return out
