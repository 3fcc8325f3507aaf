"""Unexpected errors in the GUI: a plain Swedish dialog instead of a silent traceback.

Every write is one transaction, so what was saved before the error is still there; the dialog
says so, and the details go to stderr for whoever supports the team.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from faltapp.core.problems import ValidationError
from faltapp.store.errors import StoreError


def unexpected_error_text() -> str:
    """The message shown for an error the app did not expect."""
    return QCoreApplication.translate(
        "errors",
        "Något gick fel som faltapp inte räknade med. Allt som redan var sparat finns kvar. "
        "Försök igen; om felet kommer tillbaka, visa detaljerna för den som sköter faltapp.",
    )


def is_expected(error: BaseException) -> bool:
    """True for errors whose message was written for the user (store, validation, reports)."""
    if isinstance(error, StoreError | ValidationError):
        return True
    # A ReportError can only exist once reports/output.py is loaded; importing it here would
    # load reportlab at start-up.
    output = sys.modules.get("faltapp.reports.output")
    return output is not None and isinstance(error, output.ReportError)


def message_for(error: BaseException) -> str:
    """One plain Swedish text for ``error``: its own message if expected, else the general one."""
    return str(error) if is_expected(error) else unexpected_error_text()


def show_unexpected_error(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook`` for the GUI: details on stderr, a dialog for the user."""
    details = "".join(traceback.format_exception(kind, error, tb))
    print(details, file=sys.stderr, flush=True)
    if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "faltapp", unexpected_error_text(),
                      QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    box.exec()


def install() -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to the dialog."""
    sys.excepthook = show_unexpected_error
