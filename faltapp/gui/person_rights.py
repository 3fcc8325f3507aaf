"""The person window's Registerutdrag… and Radera person… (issue 9 item 3).

Registerutdrag saves one PDF with everything stored about the person where the user chooses
(a job; the making is access-logged). Radera person asks first, naming the person and what
goes with them, then erases in one transaction through the task runner (a cancel erases
nothing); the window closes when it is done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from faltapp.gui.tasks import TaskRunner
    from faltapp.store.database import Database


def save_registerutdrag(parent: QWidget, db: Database, runner: TaskRunner, person_id: str,
                        say: Callable[[str], None], path: Path | None = None) -> None:
    """Ask where (unless ``path``), then make and save the PDF as a job."""
    from faltapp.gui.report_actions import ask_save_path, report_folder
    from faltapp.reports.output import save_pdf
    from faltapp.reports.registerutdrag import registerutdrag_pdf

    translate = QCoreApplication.translate
    target = path or ask_save_path(
        parent, translate("PersonRights", "Spara registerutdrag"),
        report_folder() / "registerutdrag.pdf", "pdf")
    if target is None:
        return

    def job() -> Iterator[object]:
        data = yield from registerutdrag_pdf(db, person_id)
        save_pdf(data, target)
        return target

    runner.run(job(), title=translate("PersonRights", "Registerutdrag"), window=parent,
               on_done=lambda saved: say(translate(
                   "PersonRights", "Registerutdraget är sparat i {path}.").format(path=saved)))


def erase_after_asking(parent: QWidget, db: Database, runner: TaskRunner, person_id: str,
                       alias: str, done: Callable[[], None]) -> bool:
    """Ask, then erase the person with their contacts and follow-ups; True if started."""
    from faltapp.store.erasure import erase_person_job

    translate = QCoreApplication.translate
    answer = QMessageBox.warning(
        parent, translate("PersonRights", "Radera person"),
        translate("PersonRights", "Radera {alias} för gott, med alla kontakter och "
                                  "uppföljningar som hör till personen? Det går inte att "
                                  "ångra; raderingen skrivs i loggen.").format(alias=alias),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    runner.run(erase_person_job(db, person_id), title=translate("PersonRights", "Raderar"),
               window=parent, on_done=lambda _erased: done())
    return True
