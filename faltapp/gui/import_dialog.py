"""Team → Importera…: choose export files, see what each would change, then import (issue 8).

Every file is checked and previewed first, as a job (one file after another, cancellable):
from whom, how many records are new, updated, unchanged or in conflict, or the Swedish reason
a file is refused (in red), or "redan importerad". Importera (the default button) reads in
the files that can be read, through the task runner; each row then shows what happened, and
"Visa konflikter" opens the conflict review when there were any. The user's files are left
where they are; a refused file is only shown, not read in (``faltapp import`` and the inbox
log it and copy it to the quarantine folder). A cancelled or failed import checks the files
again, so the table shows what was read in before it stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.jobs import Job, Progress

if TYPE_CHECKING:
    from faltapp.gui.tasks import TaskRunner
    from faltapp.store.database import Database
    from faltapp.sync.importer import Preview

Index = QModelIndex | QPersistentModelIndex
REFUSED_COLOUR = QColor("#b3261e")


@dataclass(frozen=True, slots=True)
class FileRow:
    """One chosen file: its preview, or why it is refused; then what importing did."""

    path: Path
    preview: Preview | None = None
    problem: str = ""
    done: str = ""

    @property
    def written_order(self) -> tuple[str, int]:
        """(device, export number): the order its device wrote it in."""
        return (self.preview.device_id, self.preview.counter) if self.preview else ("", 0)

    @property
    def importable(self) -> bool:
        """Checked, not seen before, and not yet imported in this dialog."""
        return self.preview is not None and not self.preview.already and not self.done


def preview_files(db: Database, paths: Sequence[Path]) -> Job[list[FileRow]]:
    """Check and preview each file; a refusal becomes the row's problem (nothing written)."""
    from faltapp.store.errors import StoreError
    from faltapp.sync.importer import preview_job

    rows = []
    for number, path in enumerate(paths):
        yield Progress(number, len(paths), path.name)
        try:
            rows.append(FileRow(path, (yield from preview_job(db, path))))
        except StoreError as refusal:
            rows.append(FileRow(path, problem=str(refusal)))
    yield Progress(len(paths), len(paths))
    return rows


def import_files(db: Database, rows: Sequence[FileRow]) -> Job[list[FileRow]]:
    """Import every importable row, leaving the files where they are; rows with the outcome.

    Each device's files go in the order it wrote them, whatever the order chosen: a later
    export read first would make the earlier one "an older export".
    """
    from faltapp.store.errors import StoreError
    from faltapp.sync.importer import BatchBackup, import_job

    out = list(rows)
    batch = BatchBackup()
    order = sorted((i for i, row in enumerate(rows) if row.importable),
                   key=lambda i: rows[i].written_order)
    for step, i in enumerate(order):
        row = rows[i]
        yield Progress(step, len(order), row.path.name)
        try:
            result = yield from import_job(db, row.path, move=False, backup=batch.needed)
            batch.saw(result)
            out[i] = replace(row, preview=result.preview, done=result.line())
        except StoreError as refusal:
            out[i] = replace(row, problem=str(refusal), done="–")
    return out


class ImportPreviewModel(QAbstractTableModel):
    """The chosen files, one row each: file, from whom, the four counts, status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FileRow] = []
        self._headers = [self.tr("Fil"), self.tr("Från"), self.tr("Nya"),
                         self.tr("Uppdaterade"), self.tr("Oförändrade"), self.tr("Konflikter"),
                         self.tr("Status")]

    def set_rows(self, rows: list[FileRow]) -> None:
        """Show ``rows`` instead."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(row)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6 and row.problem:
            return QBrush(REFUSED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= index.column() <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cells(self, row: FileRow) -> list[str]:
        p = row.preview
        counts = ([str(p.new), str(p.updated), str(p.unchanged), str(p.conflicts)]
                  if p is not None and not p.already else ["", "", "", ""])
        if row.done:
            status = row.problem or row.done
        elif row.problem:
            status = row.problem
        elif p is not None and p.already:
            status = self.tr("redan importerad")
        else:
            status = self.tr("Kan läsas in")
        return [row.path.name, p.device_name if p else "", *counts, status]


class ImportDialog(QDialog):
    """Files, their preview, Importera; ``open_conflicts`` shows the conflict review."""

    def __init__(self, db: Database, runner: TaskRunner,
                 open_conflicts: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importera från teamet"))
        self._db = db
        self._runner = runner
        self._open_conflicts = open_conflicts
        intro = QLabel(self.tr("Välj exportfiler från teamet (.faltapp). Först visas vad varje "
                               "fil skulle ändra; inget läses in förrän du väljer Importera."))
        intro.setWordWrap(True)
        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Valda filer"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.choose_button = QPushButton(self.tr("&Välj filer…"))
        self.choose_button.clicked.connect(self.choose_files)
        self.conflicts_button = QPushButton(self.tr("Visa &konflikter"))
        self.conflicts_button.setEnabled(False)
        self.conflicts_button.clicked.connect(self._show_conflicts)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Importera"))
        self.import_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.import_now)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(900, 380)

    def refresh(self) -> None:
        """Nothing to read again: the rows are this dialog's own (for ``_show_once``)."""

    def choose_files(self) -> None:
        """Ask for .faltapp files and preview them."""
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Välj exportfiler"), "",
            self.tr("faltapp-exporter (*.faltapp);;Alla filer (*)"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: Sequence[Path]) -> None:
        """Preview ``paths`` (as a job, cancellable) and list them."""
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Kontrollerar filerna…"))
        self._runner.run(preview_files(self._db, list(paths)), title=self.tr("Kontrollerar"),
                         window=self, on_done=self.show_rows,
                         on_cancel=lambda: self._stopped(self.tr("Kontrollen avbröts.")),
                         on_error=self._preview_failed)

    def _preview_failed(self, error: BaseException) -> None:
        from faltapp.gui import errors

        self._stopped(errors.message_for(error))

    def _stopped(self, why: str) -> None:
        """A preview stopped: the rows shown before stay, with what they allowed."""
        self.import_button.setEnabled(any(r.importable for r in self.model.rows))
        self.status.setText(why)

    def show_rows(self, rows: list[FileRow]) -> None:
        """List ``rows`` (previews made already, e.g. by the inbox); Importera if any can be."""
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        ready = [r for r in rows if r.importable]
        self.import_button.setEnabled(bool(ready))
        self.status.setText(
            self.tr("{n} av {total} filer kan läsas in.").format(n=len(ready), total=len(rows))
            if rows else "")
        self.table.setFocus()
        if rows:
            self.table.selectRow(0)

    def import_now(self) -> None:
        """Import the files that can be read, through the task runner."""
        self.import_button.setEnabled(False)
        paths = [row.path for row in self.model.rows]
        self._runner.run(import_files(self._db, self.model.rows), title=self.tr("Importerar"),
                         window=self, on_done=self._imported,
                         on_cancel=lambda: self.add_files(paths),
                         on_error=lambda error: self._import_failed(error, paths))

    def _import_failed(self, error: BaseException, paths: list[Path]) -> None:
        """Say why (a message box), then check the files again: some may be read in."""
        self._runner.show_error(self.tr("Importera"), error, "", self)
        self.add_files(paths)

    def _imported(self, rows: list[FileRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        conflicts = sum(r.preview.conflicts for r in rows
                        if r.done and not r.problem and r.preview is not None)
        self.conflicts_button.setEnabled(conflicts > 0 and self._open_conflicts is not None)
        done = [r for r in rows if r.done and not r.problem]
        self.status.setText(
            self.tr("{n} filer lästes in; {c} poster är i konflikt och väntar på granskning.")
            .format(n=len(done), c=conflicts) if conflicts else
            self.tr("{n} filer lästes in.").format(n=len(done)))

    def _show_conflicts(self) -> None:
        if self._open_conflicts is not None:
            self._open_conflicts()

    def rows(self) -> Iterator[FileRow]:
        """The rows shown (tests, the inbox)."""
        return iter(self.model.rows)
