"""Lamport clock and record version strings ``"<lamport>-<device_id>"`` (DESIGN.md §4).

Laptops' clocks are wrong, so order between versions is decided by the Lamport counter and,
on a tie, by the device id — never by wall-clock time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VERSION_RE = re.compile(r"([0-9]{1,18})-([0-9a-f]{32})")


class VersionFormatError(ValueError):
    """A version string that is not ``<lamport>-<device_id>``."""


@dataclass(frozen=True, slots=True, order=True)
class Version:
    """A parsed record version; ordering is Lamport counter first, then device id."""

    lamport: int
    device_id: str

    def __str__(self) -> str:
        return f"{self.lamport}-{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> Version:
        """Parse ``"<lamport>-<device_id>"``; raises :class:`VersionFormatError`."""
        match = _VERSION_RE.fullmatch(text)
        if not match:
            raise VersionFormatError(f"Ogiltig version: {text!r}")
        return cls(int(match.group(1)), match.group(2))


class LamportClock:
    """A Lamport counter: ``tick`` for a local change, ``observe`` for a version seen elsewhere."""

    def __init__(self, value: int = 0) -> None:
        if value < 0:
            raise ValueError("Lamport counter cannot be negative")
        self._value = value

    @property
    def value(self) -> int:
        """The last counter value handed out or observed."""
        return self._value

    def tick(self) -> int:
        """Advance for a local change and return the new counter."""
        self._value += 1
        return self._value

    def observe(self, seen: int) -> None:
        """Move past a counter seen in another device's version."""
        self._value = max(self._value, seen)

    def next_version(self, device_id: str) -> Version:
        """A new version for a local change on ``device_id``."""
        return Version(self.tick(), device_id)


def utc_now() -> str:
    """Current UTC time as ISO text (informational only: order comes from Lamport counters)."""
    from datetime import UTC, datetime  # only when writing: off the start-up path

    return datetime.now(UTC).isoformat(timespec="seconds")
