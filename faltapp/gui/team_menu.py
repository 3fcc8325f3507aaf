"""The main window's Team menu: what working as a team needs (issue 8).

Konflikter… (records two laptops changed at the same time), Enheter i teamet… (the
roster), Exportera…, Importera… and Inkorg…; each window opens lazily, so start-up pays
nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from faltapp.gui.main_window import MainWindow


def add_team_menu(window: MainWindow) -> QAction:
    """Add the Team menu to ``window``'s menu bar; returns its Konflikter action."""
    translate = QCoreApplication.translate
    menu = window.menuBar().addMenu(translate("TeamMenu", "Tea&m"))

    def action(text: str, slot: Any, keys: str = "", tip: str = "") -> QAction:
        made = QAction(text, window)
        if keys:
            made.setShortcut(QKeySequence(keys))
        if tip:
            made.setToolTip(tip)
        made.triggered.connect(lambda _=False: slot(window))
        menu.addAction(made)
        return made

    conflicts = action(translate("TeamMenu", "&Konflikter…"), open_conflicts, "Ctrl+Shift+K",
                       translate("TeamMenu", "Poster som ändrats på två datorer samtidigt "
                                      "(Ctrl+Shift+K)"))
    action(translate("TeamMenu", "&Enheter i teamet…"), open_roster)
    menu.addSeparator()
    setup = {
        "create": action(translate("TeamMenu", "&Skapa team…"), lambda w: open_setup(w, "create")),
        "join": action(translate("TeamMenu", "&Gå med i team…"), lambda w: open_setup(w, "join")),
        "card": action(translate("TeamMenu", "Spara &teamkort…"), lambda w: open_setup(w, "card")),
        "approve": action(translate("TeamMenu", "Godkänn e&nhet…"),
                          lambda w: open_setup(w, "approve")),
    }
    menu.aboutToShow.connect(lambda: _enable_setup(window, setup))
    menu.addSeparator()
    action(translate("TeamMenu", "E&xportera…"), open_export, "Ctrl+Shift+E",
           translate("TeamMenu", "Spara en krypterad exportfil till teamet (Ctrl+Shift+E)"))
    action(translate("TeamMenu", "&Importera…"), open_import, "Ctrl+Shift+I",
           translate("TeamMenu", "Läs in exportfiler från teamet (Ctrl+Shift+I)"))
    action(translate("TeamMenu", "Ink&org…"), open_inbox, "",
           translate("TeamMenu", "En mapp där teamets exportfiler läses in av sig själva"))
    return conflicts


def open_inbox(window: MainWindow) -> Any:
    """Show the inbox settings (the watcher starts with the window; here if it has not)."""
    from faltapp.gui.inbox_watcher import InboxDialog, start_inbox

    if getattr(window, "inbox", None) is None:
        window.inbox = start_inbox(window)
    return _show_once(window, "inbox_dialog",
                      lambda _db, _events, parent: InboxDialog(window, parent))


def _enable_setup(window: MainWindow, actions: dict[str, QAction]) -> None:
    """Creating or joining only outside a team; the card and approving only for a leader."""
    in_team = window.db.team.team() is not None
    leader = in_team and window.db.team.is_leader()
    actions["create"].setEnabled(not in_team)
    actions["join"].setEnabled(not in_team)
    actions["card"].setEnabled(leader)
    actions["approve"].setEnabled(leader)


def open_setup(window: MainWindow, which: str) -> Any:
    """Show one of the team set-up dialogs (a new one each time: each is one errand)."""
    from faltapp.gui import team_setup

    make = {"create": team_setup.CreateTeamDialog, "join": team_setup.JoinTeamDialog,
            "approve": team_setup.ApproveDialog, "card": team_setup.CreateTeamDialog}[which]
    dialog = make(window.db, window)
    if which == "card":
        dialog.save_card()
        dialog.deleteLater()
        return None
    dialog.show()
    return dialog


def open_export(window: MainWindow) -> None:
    """Show the export dialog."""
    from faltapp.gui.export_dialog import ExportDialog

    _show_once(window, "export_dialog", lambda db, _events, parent: ExportDialog(
        db, window.runner, parent))


def open_import(window: MainWindow, *, choose: bool = True) -> Any:
    """Show the import dialog; ``choose`` asks for files at once."""
    from faltapp.gui.import_dialog import ImportDialog

    dialog = _show_once(window, "import_dialog", lambda db, _events, parent: ImportDialog(
        db, window.runner, lambda: open_conflicts(window), parent))
    if choose and not dialog.model.rows:
        dialog.choose_files()
    return dialog


def open_conflicts(window: MainWindow) -> None:
    """Show the window's conflict review, keyboard in its list."""
    from faltapp.gui.conflict_dialog import ConflictDialog

    dialog = _show_once(window, "conflict_dialog", ConflictDialog)
    dialog.list.setFocus()


def open_roster(window: MainWindow) -> None:
    """Show the team's roster."""
    from faltapp.gui.roster_dialog import RosterDialog

    _show_once(window, "roster_dialog", RosterDialog)


def _show_once(window: MainWindow, name: str, make: Any) -> Any:
    """The window's one dialog ``name`` (made by ``make`` on first use), refreshed, in front."""
    dialog = getattr(window, name, None)
    if dialog is None:
        dialog = make(window.db, window.events, window)
        setattr(window, name, dialog)
    dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
