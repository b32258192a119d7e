"""What ``app.py`` calls before the main window: logging, the crash handler, translations, the first run.

Order matters: logging first (so everything after is recorded and the crash dialog can name the file),
then the crash handler (so a bug during start-up still reaches the officer), then translations, and
the office profile once the workspace is open.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QObject,
    QThread,
    QTimer,
    QtMsgType,
    QTranslator,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from credit_desk import logs, paths
from credit_desk.ui import errors

if TYPE_CHECKING:  # the shell-first start shows the window before pydantic and SQLAlchemy load (issue 3)
    from credit_desk.domain.model import Office
    from credit_desk.services.workspace import Workspace

APP_TRANSLATION = "credit_desk_zh_CN.qm"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# Qt messages that say nothing about the app (platform noise); logged at debug level only.
_QT_NOISE = (
    "This plugin does not support propagateSizeHints",
    "QFont::setPointSizeF: Point size <= 0",
)


# --- logging ------------------------------------------------------------------------------------


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route one Qt message into the ``credit_desk.qt`` logger at the matching level."""
    level = _QT_LEVELS.get(mode, logging.WARNING)
    if message.startswith(_QT_NOISE):
        level = logging.DEBUG
    category = getattr(context, "category", None)
    where = f"[{category}] " if category and category != "default" else ""
    logs.qt.log(level, "%s%s", where, message)


@dataclass
class LoggingSetup:
    """The log file and how to undo :func:`setup_logging` (tests; the app keeps it for its life)."""

    log_file: Path | None
    _logs: logs.LogSetup
    _previous_qt_handler: Callable[..., Any] | None

    def close(self) -> None:
        qInstallMessageHandler(self._previous_qt_handler)
        self._logs.close()
        if errors.log_file == self.log_file:
            errors.log_file = None


def setup_logging(*, directory: Path | None = None, level: int = logging.INFO, console: bool = False,
                  capture_warnings: bool = True) -> LoggingSetup:
    """Rotating log file in ``<data dir>/logs``, Qt's messages routed into it, the crash dialog told where."""
    setup = logs.configure(directory=directory, level=level, console=console, capture_warnings=capture_warnings)
    previous = qInstallMessageHandler(qt_message_handler)
    errors.log_file = setup.path
    return LoggingSetup(log_file=setup.path, _logs=setup, _previous_qt_handler=previous)


# --- crash handler ------------------------------------------------------------------------------


class CrashHandler(QObject):
    """Uncaught exceptions (GUI thread, Qt slots, other threads) → drafts saved → the crash dialog.

    ``sys.excepthook`` catches exceptions raised in Qt slots and in the GUI thread; ``threading.excepthook``
    catches those of Python threads, which are handed to the GUI thread through a queued signal (a
    dialog can only open there). ``faulthandler`` writes the stacks of a hard crash to the fault log.
    """

    _from_thread = Signal(object, str)

    def __init__(self, *, fault_directory: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fault_log: Path | None = None
        self._fault_directory = fault_directory
        self._fault_file: TextIO | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._fault_was_enabled = faulthandler.is_enabled()
        self._reporting = False
        self._from_thread.connect(self._report)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        opened = logs.open_fault_log(self._fault_directory)
        if opened is not None:
            self.fault_log, self._fault_file = opened
            faulthandler.enable(file=self._fault_file, all_threads=True)

    def uninstall(self) -> None:
        """Put back the hooks found at construction (tests; the app never uninstalls)."""
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None
            if self._fault_was_enabled:
                faulthandler.enable(file=sys.__stderr__ or sys.stderr)

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            logs.crash.info("interrupted")
            QCoreApplication.exit(130)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        self._dispatch(exc, text)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        text = f"in thread {name}:\n" + "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        self._dispatch(args.exc_value, text)

    def _dispatch(self, exc: BaseException, text: str) -> None:
        app = QCoreApplication.instance()
        if app is None:  # before the QApplication or after it is gone: log and print only
            logs.crash.error("uncaught exception:\n%s", text)
            self._previous_hook(type(exc), exc, exc.__traceback__)
        elif QThread.currentThread() == app.thread():
            self._report(exc, text)
        else:
            self._from_thread.emit(exc, text)

    def _report(self, exc: BaseException, text: str) -> None:
        if self._reporting:  # a bug while showing a bug: never loop
            logs.crash.error("uncaught exception while reporting another:\n%s", text)
            return
        self._reporting = True
        try:
            errors.report(exc, text, QApplication.activeWindow())
        except Exception:
            logs.crash.exception("the crash dialog failed")
        finally:
            self._reporting = False


def install_crash_handler(*, fault_directory: Path | None = None) -> CrashHandler:
    """Install the crash path for the life of the app (keep the returned object referenced)."""
    handler = CrashHandler(fault_directory=fault_directory, parent=QCoreApplication.instance())
    handler.install()
    logs.init.info("crash handler installed; fault log: %s", handler.fault_log)
    return handler


# --- translations -------------------------------------------------------------------------------


def install_translations(app: QCoreApplication, *, i18n_dir: Path | None = None) -> list[QTranslator]:
    """Chinese UI: zh_CN as the default locale, Qt's own strings (qtbase_zh_CN), then the app's .qm.

    A missing .qm is logged, not fatal: the app then speaks its English source strings.
    """
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        logs.init.warning("Qt translation qtbase_zh_CN not found in %s", qt_dir)
    qm = (i18n_dir or paths.resource("i18n")) / APP_TRANSLATION
    own = QTranslator(app)
    if qm.exists() and own.load(str(qm)):
        app.installTranslator(own)
        installed.append(own)
    else:
        logs.init.warning("app translation not found: %s", qm)
    return installed


# --- first run ----------------------------------------------------------------------------------


def ensure_office_profile(ws: Workspace, parent: QWidget | None = None) -> Office | None:
    """The office profile, asking for it on the first run; None if the officer cancels.

    Without a profile the app stays usable read-only (catalogs, register); issuing letters needs it.
    """
    from credit_desk.services import office as office_service

    office = office_service.load_office(ws)
    if office is not None:
        return office
    logs.init.info("no office profile yet: first-run dialog")
    return edit_office_profile(ws, parent)


def edit_office_profile(ws: Workspace, parent: QWidget | None = None) -> Office | None:
    """Open the office dialog on the current profile; the saved profile, or None if cancelled."""
    from credit_desk.ui.office_dialog import edit_office  # the dialog is only needed on the first run

    return edit_office(ws, parent)


# --- shell first (issue 3) ------------------------------------------------------------------------


class _FirstFrame(QObject):
    """Calls ``then`` once after ``window`` painted its first frame (or after ``wait_ms`` without one)."""

    def __init__(self, window: QWidget, then: Callable[[], None], wait_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(wait_ms, self, self._go)  # minimised or no display: do not wait for ever

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._go)  # after this paint is flushed to the screen
        return False

    def _go(self) -> None:
        if self._then is None:
            return
        then, self._then = self._then, None
        self._window.removeEventFilter(self)
        then()


def after_first_frame(window: QWidget, then: Callable[[], None], *, wait_ms: int = 1000) -> None:
    """Run ``then`` on the GUI thread once ``window`` is on screen.

    A zero timer alone is not enough: on X11 the expose (and so the first paint) arrives after the event
    loop has already run a zero timer, and the blocking workspace open would then delay the first frame.
    """
    _FirstFrame(window, then, wait_ms)
