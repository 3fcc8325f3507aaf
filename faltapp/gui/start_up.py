"""What a main window starts once it is first shown, after its first paint.

Drafts a crash left behind are offered back, the pages are checked after an unclean
shutdown, the daily gallring is scheduled, and the inbox folder is watched. Each is a job in
the window's task runner or a timer tied to it; none delays the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from faltapp.gui.main_window import MainWindow


def after_first_show(window: MainWindow) -> None:
    """Start the window's start-up work (see the module docstring)."""
    from faltapp.gui import editor
    from faltapp.gui.gallring import run_when_due
    from faltapp.gui.health_check import check_when_unclean
    from faltapp.gui.inbox_watcher import start_inbox

    QTimer.singleShot(0, window, lambda: editor.offer_drafts(window, window.db, window.runner))
    check_when_unclean(window)
    run_when_due(window.db, window.runner,
                 lambda line: window.statusBar().showMessage(line, 15000))
    window.inbox = start_inbox(window)
