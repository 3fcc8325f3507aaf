"""The main window's Team menu: what working as a team needs (issue 8).

Konflikter… (records two laptops changed at the same time), Enheter i teamet… (the
roster), Skapa team… / Gå med i team… / Spara teamkort… / Godkänn enhet… (enrolment: what
does not apply is disabled with a tooltip saying why, updated when the team changes),
Exportera…, Importera… and Inkorg…; each window opens lazily, so start-up pays nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from faltapp.gui.main_window import MainWindow

TEAM_TABLES = ("team", "team_device")


def add_team_menu(window: MainWindow) -> QAction:
    """Add the Team menu to ``window``'s menu bar; returns its Konflikter action."""
    translate = QCoreApplication.translate
    menu = window.menuBar().addMenu(translate("TeamMenu", "Tea&m"))
    menu.setToolTipsVisible(True)  # a disabled action's tooltip says why

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
    _enable_setup(window, setup)
    window.events.changed.connect(
        lambda changes: _enable_setup(window, setup) if changes.touches(*TEAM_TABLES) else None)
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
    """Creating only outside a team; joining also while waiting for approval (the request
    again); the card and approving only for a leader. A disabled action's tooltip says why."""
    translate = QCoreApplication.translate
    team = window.db.team.team()
    me = window.db.team.device(window.db.device_id) if team else None
    leader = me is not None and me.is_leader
    member_of = (translate("TeamMenu", "Den här datorn hör redan till teamet {name}.")
                 .format(name=team.name) if team else "")
    only_leader = (translate("TeamMenu", "Bara en teamledare kan göra det.") if team else
                   translate("TeamMenu", "Den här datorn hör inte till något team än."))
    states = {
        "create": (team is None, translate(
            "TeamMenu", "Gör den här datorn till ledare för ett nytt team"), member_of),
        "join": (team is None or me is None, translate(
            "TeamMenu", "Gå med i ett team med teamkortet från ledaren"), member_of),
        "card": (leader, translate(
            "TeamMenu", "Teamkortet ger du till den som ska gå med"), only_leader),
        "approve": (leader, translate(
            "TeamMenu", "Godkänn en förfrågan medan ni jämför fingeravtrycket"), only_leader),
    }
    for name, (enabled, tip, why_not) in states.items():
        actions[name].setEnabled(enabled)
        actions[name].setToolTip(tip if enabled else why_not)


def open_setup(window: MainWindow, which: str) -> Any:
    """Show one of the team set-up dialogs (a new one each time: each is one errand); the
    card is saved straight away."""
    from faltapp.gui import team_approve, team_setup

    if which == "card":
        return team_setup.save_card(window, window.db)
    make = {"create": team_setup.CreateTeamDialog, "join": team_setup.JoinTeamDialog,
            "approve": team_approve.ApproveDialog}[which]
    dialog = make(window.db, window)
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
