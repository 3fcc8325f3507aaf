""" "Skriv ut…" and "Spara som PDF…" for every report, shared by the main window, the week
view and the shift editor.

Every PDF is made by the window's one :class:`~faltapp.gui.tasks.TaskRunner` (progress,
Cancel, never on the GUI thread). Printing renders the bytes from memory
(:mod:`faltapp.gui.pdf_printing`); saving asks for a file name first and writes only there,
atomically (:func:`faltapp.reports.output.save_pdf`). The report functions are imported
inside the jobs: the week, lägesbild and promise reports load only when asked for.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from faltapp.core.jobs import Job
from faltapp.core.weeks import IsoWeek
from faltapp.gui.tasks import TaskRunner

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from faltapp.store.database import Database

WALK_KIND = "tatortsvandring"
Maker = Callable[[], Job[bytes] | bytes]
"""Makes one document (a job, or the bytes at once); called on the worker thread, where the
report's module is imported."""
_FOLDER_KEY = "reports/folder"


def ask_save_path(parent: QWidget, title: str, suggested: Path, kind: str) -> Path | None:
    """Qt's save dialog at ``suggested``; ``kind`` "pdf" or "csv". None when cancelled."""
    pattern = (
        translate("ReportActions", "PDF-dokument (*.pdf)")
        if kind == "pdf"
        else translate("ReportActions", "CSV-fil (*.csv)")
    )
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), pattern)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")


def report_folder() -> Path:
    """Where the save dialog starts: the folder last saved to, else Documents."""
    saved = QSettings().value(_FOLDER_KEY)
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or Path.home()
    )


def choose_printer(parent: QWidget, title: str, pages: int) -> QPrinter | None:
    """Qt's print dialog (:func:`faltapp.gui.pdf_printing.choose_printer`), loaded with
    pdfium and QtPrintSupport only when the user first prints."""
    from faltapp.gui import pdf_printing

    return pdf_printing.choose_printer(parent, title, pages)


def _make_all(makers: Sequence[Maker]) -> Job[list[bytes]]:
    """Run each document's job in turn (their progress passes through); a maker may also
    return plain bytes (the CSV). A report module this build does not have yet is said
    plainly instead of with a traceback."""
    from faltapp.reports.output import ReportError

    documents = []
    for make in makers:
        try:
            made = make()
        except ImportError as error:
            if not (error.name or "").startswith("faltapp.reports"):
                raise
            raise ReportError(
                translate(
                    "ReportActions",
                    "Den här rapporten finns inte i den här versionen av faltapp än.",
                )
            ) from error
        documents.append(made if isinstance(made, bytes) else (yield from made))
    return documents


class ReportActions(QObject):
    """Prints and saves reports for one window.

    ``say`` shows what was done (a status line); ``show_error`` shows a report's error text
    beside what caused it (the window decides where). ``ask_path`` and ``choose_printer`` are
    the two dialogs; tests replace them.
    """

    def __init__(
        self,
        window: QWidget,
        db: Database,
        runner: TaskRunner,
        say: Callable[[str], None],
        show_error: Callable[[str], None],
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._runner = runner
        self._say = say
        self._show_error = show_error
        self._today = today
        self.ask_path: Callable[[QWidget, str, Path, str], Path | None] = ask_save_path
        self.choose_printer: Callable[[QWidget, str, int], QPrinter | None] = choose_printer

    # -- what each report is --------------------------------------------------------------

    def shift_makers(self, shift_id: str, kind: str) -> list[Maker]:
        """The passrapport, and the protocol after it when the shift is a tätortsvandring."""
        db = self._db

        def shift() -> Job[bytes]:
            from faltapp.reports.shift_report import shift_pdf

            return shift_pdf(db, shift_id)

        def walk() -> Job[bytes]:
            from faltapp.reports.walk_report import walk_pdf

            return walk_pdf(db, shift_id)

        return [shift, walk] if kind == WALK_KIND else [shift]

    def week_maker(self, week: IsoWeek) -> Maker:
        """The veckosammanställning of ``week``."""
        db, today = self._db, self._today()

        def week_report() -> Job[bytes]:
            from faltapp.reports.week_report import week_pdf

            return week_pdf(db, week, today)

        return week_report

    # -- the actions ----------------------------------------------------------------------

    def print_shift(self, shift_id: str, kind: str) -> None:
        """Skriv ut… a shift (with its protocol when it is a tätortsvandring)."""
        self.print_documents(
            translate("ReportActions", "Skriv ut passrapport"), self.shift_makers(shift_id, kind)
        )

    def save_shift(self, shift_id: str, kind: str, day: date) -> None:
        """Spara som PDF… a shift: passrapport-2026-03-13.pdf (a walk: both in one file)."""
        stem = "tatortsvandring" if kind == WALK_KIND else "passrapport"
        self.save_document(
            translate("ReportActions", "Spara passrapport som PDF"),
            f"{stem}-{day.isoformat()}.pdf",
            self.shift_makers(shift_id, kind),
        )

    def print_week(self, week: IsoWeek) -> None:
        """Skriv ut… the week summary."""
        self.print_documents(
            translate("ReportActions", "Skriv ut veckosammanställning"), [self.week_maker(week)]
        )

    def save_week(self, week: IsoWeek) -> None:
        """Spara som PDF… the week summary: vecka-2026-W47.pdf."""
        self.save_document(
            translate("ReportActions", "Spara veckosammanställning som PDF"),
            f"vecka-{week}.pdf",
            [self.week_maker(week)],
        )

    def save_lagesbild_pdf(self, week: IsoWeek) -> None:
        """Lägesbild som PDF…: lagesbild-2026-W47.pdf."""
        db, today = self._db, self._today()

        def lagesbild() -> Job[bytes]:
            from faltapp.reports.lagesbild import lagesbild_pdf

            return lagesbild_pdf(db, week, today)

        self.save_document(
            translate("ReportActions", "Spara lägesbild som PDF"),
            f"lagesbild-{week}.pdf",
            [lagesbild],
        )

    def save_lagesbild_csv(self, week: IsoWeek) -> None:
        """Lägesbild som CSV…: lagesbild-2026-W47.csv (UTF-8 with BOM, for spreadsheets)."""
        db, today = self._db, self._today()

        def csv() -> bytes:
            from faltapp.reports.lagesbild import lagesbild_csv

            return lagesbild_csv(db, week, today)

        self.save_document(
            translate("ReportActions", "Spara lägesbild som CSV"),
            f"lagesbild-{week}.csv",
            [csv],
            kind="csv",
        )

    def save_promises(self, year: int) -> None:
        """Medborgarlöften…: the follow-up of the whole ``year``, medborgarloften-2026.pdf."""
        db = self._db

        def promises() -> Job[bytes]:
            from faltapp.reports.promise_report import promises_pdf

            return promises_pdf(db, date(year, 1, 1), date(year, 12, 31))

        self.save_document(
            translate("ReportActions", "Spara medborgarlöften som PDF"),
            f"medborgarloften-{year}.pdf",
            [promises],
        )

    # -- the two ways out -----------------------------------------------------------------

    def print_documents(self, title: str, makers: Sequence[Maker]) -> None:
        """Make the documents (with progress), ask for a printer, print them as one job."""
        self._runner.run(
            lambda: _make_all(makers),
            title=title,
            label=translate("ReportActions", "Rapporten görs…"),
            on_done=lambda documents: self._print(title, documents),
            on_error=lambda error: self._failed(title, error),
        )

    def _print(self, title: str, documents: list[bytes]) -> None:
        from faltapp.gui import pdf_printing

        printer = self.choose_printer(self._window, title, pdf_printing.page_count(documents))
        if printer is None:
            return
        self._db.access.log("print", None, title)
        self._runner.run(
            lambda: pdf_printing.print_job(printer, documents),
            title=title,
            label=translate("ReportActions", "Skriver ut…"),
            on_done=lambda pages: self._printed(printer, pages),
            on_error=lambda error: self._failed(title, error),
        )

    def _printed(self, printer: QPrinter, pages: int) -> None:
        where = printer.printerName() or printer.outputFileName()
        self._say(
            translate("ReportActions", "Skickat till {printer}: {pages} sid.").format(
                printer=where, pages=pages
            )
        )

    def save_document(
        self, title: str, name: str, makers: Sequence[Maker], kind: str = "pdf"
    ) -> None:
        """Ask where (suggesting ``name``), then make the documents and write them there as
        one file, atomically; the folder is remembered for next time."""
        path = self.ask_path(self._window, title, report_folder() / name, kind)
        if path is None:
            return
        QSettings().setValue(_FOLDER_KEY, str(path.parent))

        def job() -> Job[Path]:
            from faltapp.gui.pdf_printing import merge
            from faltapp.reports.output import save_pdf

            documents = yield from _make_all(makers)
            save_pdf(merge(documents), path)
            self._db.access.log("save_pdf", None, path.name)
            return path

        self._runner.run(
            job,
            title=title,
            label=translate("ReportActions", "Rapporten görs…"),
            on_done=lambda saved: self._say(
                translate("ReportActions", "Sparade {path}").format(path=saved)
            ),
            on_error=lambda error: self._failed(title, error),
        )

    def _failed(self, title: str, error: BaseException) -> None:
        """A report's own error (a folder, a disk, a missing shift) is shown where the user
        is; anything else gets the runner's general error dialog with details."""
        from faltapp.gui.pdf_printing import PrintError
        from faltapp.reports.output import ReportError

        if isinstance(error, ReportError | PrintError):
            self._show_error(str(error))
            return
        details = "".join(traceback.format_exception(error))
        self._runner.show_error(title, error, details, self._window)


def shift_kind_and_day(db: Any, shift_id: str) -> tuple[str, date] | None:
    """The kind and date of a listed shift (for the file name), or None if it is gone."""
    rows = db.shifts.rows([shift_id])
    return (rows[0].kind, date.fromisoformat(rows[0].date)) if rows else None
