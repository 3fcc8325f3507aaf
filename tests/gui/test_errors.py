"""An unexpected error in a slot shows a plain Swedish dialog and keeps what was saved."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from faltapp.gui import errors


def test_unexpected_error_shows_a_swedish_dialog_with_details(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    try:
        raise RuntimeError("disk borta")
    except RuntimeError:
        errors.show_unexpected_error(*sys.exc_info())
    assert len(shown) == 1
    assert "Allt som redan var sparat finns kvar" in shown[0].text()
    assert "RuntimeError: disk borta" in shown[0].detailedText()
    assert "RuntimeError: disk borta" in capsys.readouterr().err


def test_install_routes_uncaught_exceptions_to_the_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    errors.install()
    assert sys.excepthook is errors.show_unexpected_error


def test_a_report_error_is_shown_as_its_own_sentence_not_as_unexpected() -> None:
    from faltapp.reports.output import ReportError

    error = ReportError("Disken är full: vecka-2026-W11.pdf sparades inte.")
    assert errors.is_expected(error)
    assert errors.message_for(error) == "Disken är full: vecka-2026-W11.pdf sparades inte."
    assert not errors.is_expected(RuntimeError("x"))
