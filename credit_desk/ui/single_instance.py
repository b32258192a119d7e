"""One Credit Desk per database (issue 5 item 5): refuse a second start and bring the running one forward.

Two parts: the OS file lock of ``store.instance_lock`` decides (dropped by the OS when a process dies,
so a crash never blocks the next start), and a ``QLocalServer`` named after the database lets the
second start ask the first to raise its window. ``QLocalServer`` is a local socket (a Unix domain socket
in the user's runtime folder, a named pipe on Windows): no network.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from credit_desk.store.instance_lock import InstanceLock, instance_key

log = logging.getLogger(__name__)

RAISE_REQUEST = b"raise\n"
CONNECT_TIMEOUT_MS = 1000


class InstanceGuard(QObject):
    """Held by the running app for its life; emits ``activation_requested`` when a second start knocks."""

    activation_requested = Signal()

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.name = instance_key(url)
        self._lock = InstanceLock.for_url(url)
        self._server: QLocalServer | None = None
        self.window: QWidget | None = None

    def claim(self) -> bool:
        """Take the database for this process; False when another Credit Desk has it."""
        try:
            if not self._lock.acquire():
                return False
        except OSError as exc:  # cannot create the lock file: opening the database reports why
            log.warning("instance lock not available: %s", exc)
            return True
        QLocalServer.removeServer(self.name)  # a socket file left by a killed process
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.name):
            server.newConnection.connect(self._knock)
            self._server = server
        else:
            log.warning("instance server not listening: %s", server.errorString())
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.release()

    def _knock(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.disconnected.connect(conn.deleteLater)
            conn.readyRead.connect(lambda c=conn: self._read(c))
            if conn.bytesAvailable():
                self._read(conn)

    def _read(self, conn: QLocalSocket) -> None:
        if bytes(conn.readAll().data()).startswith(RAISE_REQUEST.strip()):
            log.info("a second start asked this window to come forward")
            self.activation_requested.emit()
            if self.window is not None:
                bring_forward(self.window)
        conn.disconnectFromServer()


def bring_forward(window: QWidget) -> None:
    """Show the window on top: restored if minimized, raised, focused."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def ask_running_instance_to_show(url: str) -> bool:
    """The second start: ask the running Credit Desk on ``url`` to bring its window forward."""
    sock = QLocalSocket()
    sock.connectToServer(instance_key(url))
    if not sock.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    sock.write(RAISE_REQUEST)
    sock.flush()
    sock.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    sock.disconnectFromServer()
    return True
