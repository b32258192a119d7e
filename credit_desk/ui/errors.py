"""Three tiers of errors (STYLE practice 7, after qutebrowser).

1. Recoverable (bad input, a refused step): an inline message or the status bar — ``show_status``.
2. Environment failure (database locked, disk full, file in use): a clear dialog — ``environment_failure``;
   the store raises ``StoreError`` with the Chinese text to show.
3. Bug: the crash dialog with the log path, after every registered draft saver ran — ``report``.

``INTERACTIVE = False`` (set by the tests) records dialogs in ``shown`` instead of opening them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

log = logging.getLogger(__name__)

INTERACTIVE = True
#: (kind, title, text) of dialogs that would have been shown while INTERACTIVE is False.
shown: list[tuple[str, str, str]] = []
#: Functions that save whatever the officer is typing; run before the crash dialog appears.
draft_savers: list[Callable[[], None]] = []
#: Where the log file is, to point the officer (and support) at it.
log_file: Path | None = None


def show_status(widget: QWidget | None, message: str, timeout_ms: int = 8000) -> None:
    """Tier 1: a message in the status bar of the window that holds ``widget``."""
    window = widget.window() if widget is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, timeout_ms)
    log.info("status: %s", message)


def environment_failure(parent: QWidget | None, title: str, message: str) -> None:
    """Tier 2: the environment failed (not the officer's input, not a bug)."""
    log.warning("%s: %s", title, message)
    if not INTERACTIVE:
        shown.append(("environment", title, message))
        return
    QMessageBox.critical(parent, title, message)


def save_drafts() -> None:
    """Run every draft saver; a failing saver never stops the others."""
    for saver in list(draft_savers):
        try:
            saver()
        except Exception:  # the crash path must not crash
            log.exception("draft saver failed")


def report(exc: BaseException, tb: str, parent: QWidget | None = None) -> None:
    """Tier 3: a bug. Save drafts first, log the traceback, then tell the officer where the log is."""
    save_drafts()
    log.error("unexpected error:\n%s", tb)
    where = f"\n\n详细信息已写入日志文件：\n{log_file}" if log_file else ""
    text = (
        "程序发生了意外错误。您正在填写的内容已自动保存，重新打开后可以继续。"
        f"\n\n错误：{type(exc).__name__}: {exc}{where}"
    )
    if not INTERACTIVE:
        shown.append(("crash", "程序错误", text))
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "程序错误", text, QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(tb)
    box.exec()


#: Answers tests give to ``ask`` while INTERACTIVE is False (title → answer); default answer otherwise.
answers: dict[str, bool] = {}


def inform(parent: QWidget | None, title: str, message: str) -> None:
    """Tier 1 when the message is too long for the status bar (e.g. every bad field of an import)."""
    log.info("%s: %s", title, message)
    if not INTERACTIVE:
        shown.append(("inform", title, message))
        return
    QMessageBox.information(parent, title, message)


def ask(parent: QWidget | None, title: str, question: str, *, default: bool = True) -> bool:
    """A yes/no question; in tests the answer comes from ``answers`` (or ``default``)."""
    if not INTERACTIVE:
        shown.append(("ask", title, question))
        return answers.get(title, default)
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    preset = QMessageBox.StandardButton.Yes if default else QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, question, buttons, preset) == QMessageBox.StandardButton.Yes
