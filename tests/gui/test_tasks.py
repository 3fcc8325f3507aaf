"""The task runner: work off the GUI thread, a late progress dialog, Cancel, Swedish errors."""

from __future__ import annotations

import threading
import time
from collections.abc import Generator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.jobs import Progress
from faltapp.core.problems import Problem, ValidationError
from faltapp.gui.errors import unexpected_error_text
from faltapp.gui.tasks import DIALOG_DELAY_MS, TaskRunner
from faltapp.store.errors import DatabaseMissing


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    widget.resize(400, 300)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def counting(steps: int, cleaned: threading.Event,
             seconds: float = 0.05) -> Generator[Progress, None, str]:
    """A job of ``steps`` units, each taking ``seconds``; its cleanup sets ``cleaned``."""
    try:
        for done in range(steps):
            time.sleep(seconds)
            yield Progress(done + 1, steps, f"Post {done + 1}")
        return "klar"
    finally:
        cleaned.set()


def progress_dialog(window: QWidget) -> QProgressDialog | None:
    dialogs = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    return dialogs[0] if dialogs else None


def message_boxes(window: QWidget) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def test_a_fast_job_returns_on_the_gui_thread_without_a_dialog(
        qtbot: QtBot, window: QWidget) -> None:
    results: list[tuple[object, threading.Thread]] = []
    worker: list[threading.Thread] = []

    def job() -> int:
        worker.append(threading.current_thread())
        return 42

    TaskRunner(window).run(job, title="Räknar", label="Räknar…",
                           on_done=lambda r: results.append((r, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(results))
    assert results == [(42, threading.main_thread())]
    assert worker[0] is not threading.main_thread()
    qtbot.wait(DIALOG_DELAY_MS + 150)
    assert progress_dialog(window) is None and message_boxes(window) == []


def test_a_slow_job_shows_its_progress_after_half_a_second(
        qtbot: QtBot, window: QWidget) -> None:
    cleaned = threading.Event()
    results: list[str] = []
    started = time.perf_counter()
    TaskRunner(window).run(counting(30, cleaned), title="Importerar", label="Läser filen…",
                           on_done=results.append)
    qtbot.wait(DIALOG_DELAY_MS // 2)
    assert progress_dialog(window) is None
    qtbot.waitUntil(lambda: progress_dialog(window) is not None)
    assert time.perf_counter() - started >= DIALOG_DELAY_MS / 1000 - 0.05
    dialog = progress_dialog(window)
    assert dialog.windowTitle() == "Importerar" and dialog.isModal()
    qtbot.waitUntil(lambda: dialog.maximum() == 30 and dialog.value() >= 12)
    assert dialog.labelText().startswith("Läser filen…\nPost ")
    assert dialog.findChild(QPushButton).text() == "Avbryt"
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == ["klar"] and cleaned.is_set()
    assert progress_dialog(window) is None


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return], ids=["esc", "enter"])
def test_cancel_from_the_keyboard_stops_a_generator_job_and_its_cleanup_runs(
        qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    cleaned = threading.Event()
    outcome: list[str] = []
    runner = TaskRunner(window)
    runner.run(counting(1000, cleaned), title="Exporterar", label="Skriver…",
               on_done=lambda _: outcome.append("done"), on_error=lambda _: outcome.append("err"),
               on_cancel=lambda: outcome.append("cancelled"))
    qtbot.waitUntil(lambda: progress_dialog(window) is not None)
    dialog = progress_dialog(window)
    button = dialog.findChild(QPushButton)
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["cancelled"]
    assert cleaned.is_set()
    assert not runner.busy()
    assert progress_dialog(window) is None and message_boxes(window) == []


def test_a_cancelled_plain_call_has_its_late_result_discarded(
        qtbot: QtBot, window: QWidget) -> None:
    release = threading.Event()
    outcome: list[object] = []
    task = TaskRunner(window).run(
        lambda: release.wait(5) and "öppnad", title="Låser upp", label="Låser upp…",
        on_done=outcome.append, on_cancel=lambda: outcome.append("cancelled"),
        discard=lambda result: outcome.append(("discarded", result)))
    qtbot.waitUntil(lambda: progress_dialog(window) is not None)
    qtbot.waitUntil(progress_dialog(window).isActiveWindow)
    qtbot.keyClick(progress_dialog(window), Qt.Key.Key_Escape)
    assert outcome == ["cancelled"] and task.finished
    assert progress_dialog(window) is None
    release.set()
    qtbot.waitUntil(lambda: len(outcome) == 2)
    assert outcome == ["cancelled", ("discarded", "öppnad")]


def test_store_and_validation_errors_are_shown_by_their_swedish_message(
        qtbot: QtBot, window: QWidget) -> None:
    runner = TaskRunner(window)

    def missing() -> None:
        raise DatabaseMissing(Path("/finns/inte.db"))

    runner.run(missing, title="Öppna")
    qtbot.waitUntil(lambda: bool(message_boxes(window)))
    box = message_boxes(window)[0]
    assert box.text() == "Databasen /finns/inte.db finns inte."
    assert box.windowTitle() == "Öppna" and box.detailedText() == ""
    box.close()

    def invalid() -> None:
        raise ValidationError([Problem("end", "Passet måste sluta efter att det börjar.")])

    shown: list[BaseException] = []
    runner.run(invalid, title="Spara", on_error=shown.append)
    qtbot.waitUntil(lambda: bool(shown))
    assert str(shown[0]) == "Passet måste sluta efter att det börjar."
    assert message_boxes(window) == []


def test_an_unexpected_error_says_so_in_swedish_with_the_details(
        qtbot: QtBot, window: QWidget, capsys: pytest.CaptureFixture[str]) -> None:
    def broken() -> None:
        raise RuntimeError("disken försvann")

    TaskRunner(window).run(broken, title="Säkerhetskopia")
    qtbot.waitUntil(lambda: bool(message_boxes(window)))
    box = message_boxes(window)[0]
    assert box.text() == unexpected_error_text()
    assert "RuntimeError: disken försvann" in box.detailedText()
    assert "RuntimeError: disken försvann" in capsys.readouterr().err
    box.close()


def test_the_event_loop_keeps_running_while_a_job_computes(
        qtbot: QtBot, window: QWidget) -> None:
    ticks: list[float] = []
    timer = QTimer(window, interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def compute() -> int:  # pure Python: holds the GIL except between short slices
        end, total = time.perf_counter() + 1.0, 0
        while time.perf_counter() < end:
            total += sum(range(1000))
        return total

    results: list[int] = []
    timer.start()
    TaskRunner(window).run(compute, title="Räknar", label="Räknar…", on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    timer.stop()
    gaps = [b - a for a, b in pairwise(ticks)]
    assert len(ticks) >= 20, ticks
    assert max(gaps) < 0.3, max(gaps)
