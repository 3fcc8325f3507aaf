"""Validation problems and the error that carries them (light: no entity imports)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one field."""

    field: str
    message: str
    unknown: str | None = None
    """The code this build does not know, when that is the whole problem (kept if unchanged)."""


class ValidationError(ValueError):
    """Raised when an entity breaks a rule; ``problems`` lists every rule broken."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(p.message for p in self.problems))
