"""The Gallring tab of Inställningar: each rule's period and legal basis, a preview, a run.

A period is saved when the field is left (a whole number of days, at least 1: the field
cannot hold 0 or less). The preview counts what the next run culls; "Gallra nu…" asks first,
because culled content cannot be brought back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.retention import MAX_DAYS, RetentionRule
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database


def _plain(text: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class RetentionTab(QWidget):
    """Periods per kind of record, the preview and the run."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from faltapp.gui.i18n import current_language
        from faltapp.store import retention

        self._db = db
        self._runner = runner
        self._retention = retention
        self._lang = current_language()
        self.spins: dict[str, QSpinBox] = {}
        self._saved: dict[str, int] = {}
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(14)
        for row, rule in enumerate(retention.rules(db)):
            grid.addWidget(_plain(rule.label(self._lang), wrap=False), row, 0,
                           Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._period_widget(rule), row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_plain(rule.legal_basis(self._lang)), row, 2,
                           Qt.AlignmentFlag.AlignTop)
        rules = QWidget()
        rules.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rules)
        intro = _plain(self.tr("Uppgifter om enskilda tas bort för gott när gallringstiden har "
                               "gått, räknat från den sista anteckningen. faltapp gallrar en "
                               "gång om dagen när programmet startar. Socialnämndens "
                               "dokumenthanteringsplan avgör vilka tider som gäller."))
        self.status = _plain()
        self.preview_button = QPushButton(self.tr("&Förhandsvisa"))
        self.preview_button.clicked.connect(self.preview)
        self.run_button = QPushButton(self.tr("Gallra &nu…"))
        self.run_button.clicked.connect(self.run_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        first = next(iter(self.spins.values()), None)
        self.setFocusProxy(first or self.preview_button)
        self._show_last_run()

    def _period_widget(self, rule: RetentionRule) -> QWidget:
        if rule.days is None:
            return _plain(self.tr("Bevaras"), wrap=False)
        spin = QSpinBox()
        spin.setRange(1, MAX_DAYS)
        spin.setSuffix(self.tr(" dagar"))
        spin.setValue(rule.days)
        self._saved[rule.table] = rule.days
        spin.setAccessibleName(self.tr("Gallringstid i dagar: {kind}").format(
            kind=rule.label(self._lang)))
        spin.setToolTip(self.tr("Standard: {days} dagar").format(days=rule.default_days))
        spin.editingFinished.connect(lambda table=rule.table: self._save(table))
        self.spins[rule.table] = spin
        return spin

    def _save(self, table: str) -> None:
        days = self.spins[table].value()
        if self._saved[table] != days:  # leaving the field unchanged writes nothing
            self._saved[table] = days
            self._runner.run(lambda: self._retention.set_days(self._db, table, days),
                             on_done=lambda _: self._say(self.tr("Gallringstiden är sparad.")))

    def _show_last_run(self) -> None:
        last = self._retention.last_run(self._db)
        self.status.setText(self.tr("Senast gallrat: {day}").format(
            day=last.isoformat() if last else self.tr("aldrig")))

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def preview(self) -> None:
        """Count what the next run culls (a job: it reads every contact)."""
        from faltapp.gui.i18n import current_language

        retention, db = self._retention, self._db
        lang = current_language()

        def count() -> list[str]:
            due = retention.due_records(db, date.today())
            lines = []
            for rule in retention.rules(db):
                mine = [d for d in due if d.table == rule.table]
                if mine:
                    lines.append(self.tr("{kind}: {n}").format(kind=rule.label(lang),
                                                                n=len(mine)))
                elif rule.table == "access_log":
                    rows = retention.due_log_rows(db, date.today())
                    if rows:
                        lines.append(self.tr("{kind}: {n}").format(kind=rule.label(lang),
                                                                    n=rows))
            return lines

        self._runner.run(count, on_done=lambda lines: self._say(
            self.tr("Nästa gallring tar bort: {counts}").format(counts=", ".join(lines))
            if lines else self.tr("Inget att gallra just nu.")))

    def run_now(self) -> None:
        """Ask, then cull what is due."""
        from faltapp.gui.gallring import run_gallring

        answer = QMessageBox.question(
            self, self.tr("Gallra nu"),
            self.tr("Ta bort innehållet i alla uppgifter som passerat sin gallringstid? "
                    "Det går inte att ångra."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            run_gallring(self._db, self._runner, self._say, on_done=self._show_last_run)
