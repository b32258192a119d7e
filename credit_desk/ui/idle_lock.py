"""Idle auto-lock (issue 5 item 6): after N minutes without keyboard or mouse, the desk locks.

An event filter on the application restarts a single-shot ``QTimer`` on every key, click, wheel and
mouse move, in any window. When it fires (and a password is set: without one there is nothing to lock
with), every other window of the app is hidden, the main window is covered so no personal data stays
on screen, and the log-in dialog opens over it. Another officer may log in: the main window's
``officer`` then names them. "Quit" in the locked dialog closes the app (drafts save themselves).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from credit_desk.services import officers as officer_service
from credit_desk.ui.login_dialog import LoginDialog

log = logging.getLogger(__name__)

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockCover(QWidget):
    """What the locked main window shows instead of its content."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # paint the style-sheet background
        self.setStyleSheet("#lockCover { background: #e8ecf1; }")
        label = QLabel(self.tr("Credit Desk is locked."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        label.setStyleSheet("font-size: 18pt; color: #445;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 120, 0, 0)
        layout.addWidget(label)


class IdleLock(QObject):
    """Locks ``window`` after ``minutes()`` idle minutes; ``interval_ms`` overrides it (tests)."""

    def __init__(self, window: QMainWindow, *, minutes: Callable[[], int] = officer_service.auto_lock_minutes,
                 interval_ms: int | None = None, on_unlock: Callable[[str], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._minutes = minutes
        self._interval_ms = interval_ms
        self._on_unlock = on_unlock
        self.locked = False
        self.dialog: LoginDialog | None = None
        self._cover: LockCover | None = None
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.restart()

    def interval_ms(self) -> int:
        if self._interval_ms is not None:
            return self._interval_ms
        return self._minutes() * 60_000

    def restart(self) -> None:
        """Count the idle time from now (also after the officer changed the minutes)."""
        interval = self.interval_ms()
        if interval <= 0 or self.locked:
            self.timer.stop()
            return
        self.timer.start(interval)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in _ACTIVITY:
            self.timer.start()  # same interval, from now
        elif self._cover is not None and watched is self.window and event.type() == QEvent.Type.Resize:
            self._cover.setGeometry(self.window.rect())  # the cover follows the window
        return False

    def lock(self) -> None:
        if self.locked or not officer_service.login_required():
            return
        log.info("idle: locking the desk")
        self.locked = True
        self.timer.stop()
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w.isVisible() and w is not self.window and not w.isModal()]
        for w in self._hidden:
            w.hide()
        self._cover = LockCover(self.window)
        self._cover.setGeometry(self.window.rect())
        self._cover.show()
        self._cover.raise_()
        self.dialog = LoginDialog(self.window, locked=True, current=getattr(self.window, "officer", None))
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self._quit)
        self.dialog.open()

    def _unlocked(self) -> None:
        assert self.dialog is not None
        officer = self.dialog.officer or ""
        self.dialog.deleteLater()
        self.dialog = None
        if self._cover is not None:
            self._cover.hide()
            self._cover.deleteLater()
            self._cover = None
        for w in self._hidden:
            w.show()
        self._hidden = []
        self.locked = False
        if hasattr(self.window, "officer"):
            self.window.officer = officer
        if self._on_unlock is not None:
            self._on_unlock(officer)
        log.info("unlocked by %s", officer)
        self.restart()

    def _quit(self) -> None:
        self.dialog = None
        self.window.close()

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()
