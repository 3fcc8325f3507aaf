"""Two versions of one record side by side, field by field, and a choice per field (no Qt).

A conflict leaves two heads: the winner the merge rule chose and the loser it kept. The team
leader reviews them field by field and either takes one whole or picks per field; the result
becomes a new version whose parents are both heads (``store/conflicts.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

Side = Literal["winner", "loser"]


@dataclass(frozen=True, slots=True)
class FieldPair:
    """One field's value in each version; ``same`` when they agree."""

    name: str
    winner: Any
    loser: Any

    @property
    def same(self) -> bool:
        """True when both versions hold the same value."""
        return self.winner == self.loser


def field_pairs(winner: Mapping[str, Any] | None, loser: Mapping[str, Any] | None,
                order: Sequence[str] = ()) -> list[FieldPair]:
    """Every field of either version (a deleted version has none) but the id: those named in
    ``order`` first in that order (an entity's own field order), then the rest by name."""
    winner, loser = winner or {}, loser or {}
    rank = {name: n for n, name in enumerate(order)}
    names = sorted({*winner, *loser} - {"id"}, key=lambda n: (rank.get(n, len(rank)), n))
    return [FieldPair(n, winner.get(n), loser.get(n)) for n in names]


def combine(winner: Mapping[str, Any], loser: Mapping[str, Any],
            picks: Mapping[str, Side]) -> dict[str, Any]:
    """The winner's payload with each field in ``picks`` taken from the side named there.

    A field the chosen side lacks is left out (so an unknown field of a newer build that only
    one side has is kept only when that side is chosen). Raises ValueError for a pick that
    names no field of either version.
    """
    unknown = [name for name in picks if name not in winner and name not in loser]
    if unknown:
        raise ValueError(f"okänt fält: {unknown[0]}")
    result = dict(winner)
    for name, side in picks.items():
        source = winner if side == "winner" else loser
        if name in source:
            result[name] = source[name]
        else:
            result.pop(name, None)
    return result
