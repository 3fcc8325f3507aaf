"""What a committed write changed: table names and record ids.

The store hands a :class:`Changes` to its listeners after every commit; windows refresh from it
instead of being told by whoever saved (Anki's ``OpChanges``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    """Ids changed per table by one committed transaction."""

    ids: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @property
    def tables(self) -> frozenset[str]:
        """Names of the tables that changed."""
        return frozenset(self.ids)

    def touches(self, *tables: str) -> bool:
        """True if any of ``tables`` changed."""
        return any(t in self.ids for t in tables)

    def __bool__(self) -> bool:
        return bool(self.ids)

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, str]]) -> Changes:
        """Build from ``(table, id)`` pairs."""
        out: dict[str, set[str]] = {}
        for table, record_id in pairs:
            out.setdefault(table, set()).add(record_id)
        return cls({t: frozenset(ids) for t, ids in out.items()})
