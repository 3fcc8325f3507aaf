"""One running faltapp per database: a second start brings the first window to the front.

The first start listens on a local socket named for the user and the database file (only
this user may connect). A second start with the same database connects, asks the first to
come forward, and ends before asking for any passphrase. A socket left by a crashed start
answers nobody: it is removed and the new start takes over.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 500
MESSAGE = b"raise\n"


def server_name(db_path: Path) -> str:
    """``faltapp-<hash>``: per user and per database file, no path in the name."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{Path(db_path).absolute()}".encode()).hexdigest()
    return f"faltapp-{digest[:24]}"


def ask_running_to_raise(db_path: Path) -> bool:
    """True if another faltapp has this database open and was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(MESSAGE)
    socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """The first start's listener; ``raise_requested`` fires when a second start knocks."""

    raise_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._knocked)
        name = server_name(db_path)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a crashed start's socket: nobody answers it
            self.server.listen(name)

    @property
    def listening(self) -> bool:
        """True while this start owns the database's name."""
        return self.server.isListening()

    def _knocked(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            # The message is one short line written at once: read it here, then let go.
            arrived = connection.bytesAvailable() or connection.waitForReadyRead(WAIT_MS)
            if arrived and bytes(connection.readAll().data()).startswith(MESSAGE.strip()):
                self.raise_requested.emit()
            connection.abort()
            connection.deleteLater()

    def close(self) -> None:
        """Stop listening (the app is quitting)."""
        self.server.close()
