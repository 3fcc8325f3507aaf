"""Event-loop stall probe for benchmarks: how long the GUI thread stopped answering.

The probe class, :class:`StallProbe`, lives in ``faltapp/gui/smoke.py`` because the app's
``--smoke-unlock`` uses it; benchmarks import it from here. :func:`probe_until` runs a job while
the probe ticks and the event loop spins, and returns the longest gap between two ticks.

    .venv/bin/python bench/probe.py      # checks the probe: idle, then a 200 ms block
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from faltapp.gui.smoke import StallProbe

__all__ = ["StallProbe", "probe_until"]


def probe_until(start: Callable[[Callable[[], None]], object], *,
                timeout_s: float = 120.0, interval_ms: int = 5) -> float:
    """Call ``start(done)``, spin the event loop until ``done()``; the longest stall in ms.

    ``start`` launches the work (a background task, a dialog) and arranges for ``done`` to be
    called on the GUI thread when it has finished. Needs a ``QApplication``. Raises
    :class:`TimeoutError` if ``done`` is not called within ``timeout_s``.
    """
    loop = QEventLoop()
    finished = False

    def done() -> None:
        nonlocal finished
        finished = True
        loop.quit()

    probe = StallProbe(interval_ms)
    probe.start()
    start(done)
    if not finished:
        QTimer.singleShot(round(timeout_s * 1000), loop.quit)
        loop.exec()
    stall_ms = probe.stop()
    if not finished:
        raise TimeoutError(f"the probed work did not finish within {timeout_s:g} s")
    return stall_ms


def main() -> int:
    """Print the probe's reading for an idle loop and for a 200 ms block of the GUI thread."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    idle = probe_until(lambda done: QTimer.singleShot(300, done))
    blocked = probe_until(lambda done: QTimer.singleShot(50, lambda: (time.sleep(0.2), done())))
    print(f"idle_max_stall_ms: {idle:.1f}")
    print(f"blocked_200ms_max_stall_ms: {blocked:.1f}")
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
