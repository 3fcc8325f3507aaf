"""Long work as plain generators: a job yields :class:`Progress` and returns its result.

The GUI runs jobs in its one task runner (``gui/tasks.py``) and the CLI with :func:`run_to_end`;
neither needs the job to know about threads. Cancelling a generator job is ``close()``: Python
raises ``GeneratorExit`` at the ``yield`` where it waits, so every ``with`` block around that
point (a write transaction above all) unwinds and rolls back. A job yields only between units of
work that may be abandoned.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a job has come: ``done`` of ``total`` units (total None: unknown)."""

    done: int
    total: int | None = None
    text: str = ""


class Cancelled(Exception):
    """The user cancelled the job; nothing of it was kept."""

    def __init__(self) -> None:
        super().__init__("Avbrutet. Inget av det påbörjade sparades.")


Job = Generator[Progress, None, T]
"""A job: yields progress, returns its result."""


def run_to_end(
    job: Job[T] | Any,
    on_progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> T:
    """Drive ``job`` to its end on this thread and return its result.

    A plain value (not a generator) is returned as it is, so callers can treat functions and
    generator jobs alike. ``cancelled`` is asked after each progress step; when it says yes the
    job is closed and :class:`Cancelled` raised.
    """
    if not isinstance(job, Generator):
        return job  # type: ignore[no-any-return]
    try:
        while True:
            step = next(job)
            if on_progress is not None:
                on_progress(step)
            if cancelled is not None and cancelled():
                job.close()
                raise Cancelled()
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
