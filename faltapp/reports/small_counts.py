"""The "<3" rule of the lägesbild: small counts hidden so that no figure points at a person.

The rule, followed by every lägesbild (PDF and CSV):

1. A count of people, or of records about people (met, contacts, concern talks and reports,
   affected, observations, people in observations, follow-ups), prints "<3" when it is 1 or 2.
   0 prints 0. Counts of shifts are the team's own work and print as they are.
2. A change against last week prints only when both weeks print exactly (0 or 3 and more);
   otherwise the change is hidden ("–"), so "+1" from a hidden 2 cannot give the 2 away.
3. The cells of a breakdown (the days, the areas, the categories, the place × time band grid)
   add up to a week total the reader knows. The hidden cells of one breakdown must not be
   recoverable from that total minus the printed cells: for every cell hidden as 1 or 2, both
   1 and 2 must stay possible for a reader who takes every "<3" for a 1 or a 2 and every
   "minst 3" for any count from 3. When they do not (one hidden cell, or every hidden cell
   forced to 1 or to 2), more cells are hidden: a 0 as "<3" (true: 0 is less than 3), or the
   smallest count that makes it safe as "minst 3" (true as well). Totals themselves are never
   hidden beyond rule 1, so when even hiding every cell is not enough (a total of 4 made of a
   1, a 0 and a 3), every cell is hidden and a reader can at most rule out one small value.
4. Each breakdown adds up to a week total and shares no cell with another breakdown, so rule 3
   is checked one breakdown at a time. For that reason the lägesbild counts observations by
   place × time band and not also by area: an area's count would be a sub-total of grid cells
   and could give a hidden cell away.
"""

from __future__ import annotations

from collections.abc import Sequence

from faltapp.reports.layout import signed

SMALL = "<3"
"""A hidden count of 0, 1 or 2."""
HIDDEN = "minst 3"
"""A count of 3 or more hidden so that a small count beside it cannot be worked out."""
NO_CHANGE = "–"
"""A change against last week that is not printed (rule 2)."""


def is_small(count: int) -> bool:
    """True for the counts rule 1 hides (1 and 2)."""
    return 1 <= count <= 2


def shown(count: int) -> str:
    """A count as rule 1 prints it: "<3" for 1 and 2, else the number."""
    return SMALL if is_small(count) else str(count)


def change(now: int, before: int) -> str:
    """The change ``now - before`` with its sign ("+4", "–3", "±0"), or "–" when either week
    hides its count (rule 2)."""
    if is_small(now) or is_small(before):
        return NO_CHANGE
    return signed(now - before)


def protect(cells: Sequence[int], total: int) -> list[str]:
    """The printed text of each cell of one breakdown that adds up to ``total`` (rules 1, 3).

    Cells of 1 and 2 print "<3"; when the reader could still work one of them out from the
    total, zeros ("<3") and then the smallest counts ("minst 3") are hidden until none can be.
    """
    hidden: dict[int, str] = {i: SMALL for i, n in enumerate(cells) if is_small(n)}
    if not hidden:
        return [str(n) for n in cells]
    while not _safe(cells, total, hidden):
        spare = sorted((n, i) for i, n in enumerate(cells) if i not in hidden)
        if not spare:
            break  # every cell is hidden: nothing more to hide
        trials = [{**hidden, i: SMALL if n == 0 else HIDDEN} for n, i in spare]
        hidden = next((t for t in trials if _safe(cells, total, t)),
                      _first_count(spare, hidden))
    return [hidden.get(i, str(n)) for i, n in enumerate(cells)]


def _first_count(spare: list[tuple[int, int]], hidden: dict[int, str]) -> dict[int, str]:
    """``hidden`` plus the smallest spare count of 3 or more (a zero when there is none)."""
    n, i = next(((n, i) for n, i in spare if n > 0), spare[0])
    return {**hidden, i: SMALL if n == 0 else HIDDEN}


def _safe(cells: Sequence[int], total: int, hidden: dict[int, str]) -> bool:
    """True when every hidden cell of 1 or 2 could be 1 and could be 2, as far as a reader who
    knows the printed cells and the printed total can tell, even one who takes every "<3"
    for a 1 or a 2 (the stricter reading: a hidden 0 only widens what is possible)."""
    printed = sum(n for i, n in enumerate(cells) if i not in hidden)
    low, high = (1, 2) if is_small(total) else (total, total)
    low, high = low - printed, high - printed
    for i in hidden:
        if not is_small(cells[i]):
            continue
        others = [kind for j, kind in hidden.items() if j != i]
        large, small = others.count(HIDDEN), others.count(SMALL)
        least = 3 * large + small
        most = 2 * small if not large else high
        for value in (1, 2):
            if max(low - value, least) > min(high - value, most):
                return False
    return True
