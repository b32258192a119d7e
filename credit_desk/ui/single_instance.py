"""One Credit Desk per database (issue 5 item 5): refuse a second start and bring the running one forward.

Two parts: the OS file lock of ``store.instance_lock`` decides (dropped by the OS when a process dies,
so a crash never blocks the next start), and a small request file next to the lock lets the second start
ask the first to raise its window: the running app watches it with ``QFileSystemWatcher`` and the second
start writes into it. No socket of any kind is opened (issue 5 item 7), and QtNetwork is not needed.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal
from PySide6.QtWidgets import QWidget

from credit_desk.store.instance_lock import InstanceLock, lock_path_for

log = logging.getLogger(__name__)

RAISE_REQUEST = "raise"


def request_path(url: str) -> Path:
    """The file a second start writes to: beside the lock (``cd.sqlite3.lock`` → ``cd.sqlite3.raise``)."""
    lock = lock_path_for(url)
    return lock.with_name(lock.name.removesuffix(".lock") + ".raise")


class InstanceGuard(QObject):
    """Held by the running app for its life; emits ``activation_requested`` when a second start knocks."""

    activation_requested = Signal()

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self._lock = InstanceLock.for_url(url)
        self._request = request_path(url)
        self._watcher: QFileSystemWatcher | None = None
        self._seen = ""
        self.window: QWidget | None = None

    def claim(self) -> bool:
        """Take the database for this process; False when another Credit Desk has it."""
        try:
            if not self._lock.acquire():
                return False
        except OSError as exc:  # cannot create the lock file: opening the database reports why
            log.warning("instance lock not available: %s", exc)
            return True
        try:
            self._request.write_text("", encoding="utf-8")  # a request left by a killed process is dropped
        except OSError as exc:
            log.warning("instance request file not available: %s", exc)
            return True
        watcher = QFileSystemWatcher([str(self._request)], self)
        watcher.fileChanged.connect(self._knock)
        self._watcher = watcher
        return True

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.removePaths(self._watcher.files())
            self._watcher = None
            self._request.unlink(missing_ok=True)
        self._lock.release()

    def _knock(self, path: str) -> None:
        if self._watcher is not None and path not in self._watcher.files() and Path(path).exists():
            self._watcher.addPath(path)  # replaced rather than rewritten: watch the new file
        try:
            text = Path(path).read_text(encoding="utf-8").strip()
        except OSError:
            return
        if not text.startswith(RAISE_REQUEST) or text == self._seen:
            return
        self._seen = text
        log.info("a second start asked this window to come forward")
        self.activation_requested.emit()
        if self.window is not None:
            bring_forward(self.window)


def bring_forward(window: QWidget) -> None:
    """Show the window on top: restored if minimized, raised, focused."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def ask_running_instance_to_show(url: str) -> bool:
    """The second start: ask the running Credit Desk on ``url`` to bring its window forward."""
    request = request_path(url)
    if not request.exists():
        return False
    try:
        with open(request, "w", encoding="utf-8") as fh:  # rewritten in place: the watcher sees a change
            fh.write(f"{RAISE_REQUEST} {os.getpid()} {time.time_ns()}\n")
    except OSError:
        return False
    return True
