"""Take the user guide's pictures from the real app, on demo data, so they never go stale.

    xvfb-run -a -s '-screen 0 1280x800x24' env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/guide_screenshots.py [--lang sv|en|both]

Makes a demo team in a temporary folder (a leader and a field secretary, a few weeks of
shifts, one conflict), opens each window the guide shows and saves it as
``docs/guide/img/<lang>-<name>.png``. The windows are the app's own, sized as on a small
laptop (1024×600 fits).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "guide" / "img"


def settle(app: object, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]


def save(widget: object, lang: str, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{lang}-{name}.png"))  # type: ignore[attr-defined]
    print(f"{lang}-{name}.png")


def build_team(folder: Path) -> tuple[object, object, object]:
    """A leader and a member with demo shifts, one exchange, one conflict; and the Team."""
    from faltapp.core.entities import Category, Place, Shift
    from faltapp.demo import DemoSpec, generate
    from tests.sync.devices import Team, edit_shift, imported

    team = Team(folder)
    leader = team.leader()
    asa = team.member(leader, "asa")
    end = date.today() - timedelta(days=1)
    asa.save_many(generate(DemoSpec(workers=2, years=1, seed=4, end=end), asa.all(Place),
                           asa.all(Category)))
    imported(leader, team.export(asa))
    imported(asa, team.export(leader))
    newest = max(asa.all(Shift), key=lambda s: (s.date, s.start))
    edit_shift(asa, newest.id, "Lugnt vid busstationen, en orossamtal.")
    edit_shift(leader, newest.id, "Polisen kom vid 23; gruppen skingrades.")
    imported(leader, team.export(asa))
    edit_shift(asa, newest.id, "Lugnt vid busstationen; en orossamtal, polisen informerad.")
    team.export(asa)  # waits on the stick: the import dialog's picture previews it
    return team, leader, asa


def shoot(lang: str, folder: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from faltapp.core.entities import Contact, Shift
    from faltapp.core.weeks import IsoWeek
    from faltapp.gui import i18n

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(folder / "settings"))  # never the user's own settings
    app = QApplication.instance() or QApplication([])
    i18n.install_translators(app, lang)
    team, leader, asa = build_team(folder)
    try:
        from faltapp.gui import team_menu
        from faltapp.gui.editor import open_shift_editor
        from faltapp.gui.main_window import MainWindow
        from faltapp.gui.settings_dialog import SettingsDialog
        from faltapp.gui.tasks import TaskRunner

        window = MainWindow(asa)
        window.resize(1024, 600)
        window.show()
        settle(app)
        save(window, lang, "shifts")
        newest = max(asa.all(Shift), key=lambda s: (s.date, s.start))
        with_contacts = {c.shift_id for c in asa.all(Contact)}
        busy = max((s for s in asa.all(Shift) if s.id in with_contacts),
                   key=lambda s: (s.date, s.start))
        owner = QWidget()
        for section in ("basics", "contacts", "summary"):
            editor = open_shift_editor(owner, asa, TaskRunner(owner), busy.id, section=section)
            editor.resize(1024, 600)
            settle(app)
            save(editor, lang, f"editor-{section}")
            editor.close()
        team_menu.open_export(window)
        settle(app)
        save(window.export_dialog, lang, "export")
        window.export_dialog.close()
        lead = MainWindow(leader)
        lead.resize(1024, 600)
        lead.show()
        lead.show_week()
        lead.week_view.set_week(IsoWeek.of(newest.date))
        settle(app, 60)
        save(lead, lang, "week")
        team_menu.open_conflicts(lead)
        settle(app)
        save(lead.conflict_dialog, lang, "conflicts")
        lead.conflict_dialog.close()
        team_menu.open_roster(lead)
        settle(app)
        save(lead.roster_dialog, lang, "roster")
        lead.roster_dialog.close()
        dialog = team_menu.open_import(lead, choose=False)
        dialog.add_files(sorted((folder / "out").glob("*-asa.faltapp"))[-1:])
        settle(app, 200)
        save(dialog, lang, "import")
        dialog.close()
        settings = SettingsDialog(leader, lead.runner, lead)
        settings.tabs.setCurrentWidget(settings.retention)
        settings.resize(1000, 560)
        settings.show()
        settle(app)
        save(settings, lang, "gallring")
        settings.close()
        for widget in (window, lead):
            widget.close()
        settle(app)
    finally:
        team.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("sv", "en", "both"), default="both")
    args = parser.parse_args()
    if args.lang == "both":  # one process per language: translators are per application
        return max(subprocess.call([sys.executable, __file__, "--lang", lang])
                   for lang in ("sv", "en"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix=f"faltapp-guide-{args.lang}-"))
    try:
        shoot(args.lang, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
