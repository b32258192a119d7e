"""Desktop start-up: logging and crash handler, Chinese translations, the database, the main window."""

from __future__ import annotations

import logging
import sys
import time

from credit_desk import __version__
from credit_desk.paths import db_url
from credit_desk.ui.qt_compat import protect_none

protect_none()  # PySide6 6.12 on CPython 3.11: before the first Qt call

from collections.abc import Callable  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

if TYPE_CHECKING:
    from credit_desk.domain.model import Office
    from credit_desk.services.workspace import Workspace
    from credit_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def run_gui(db: str | None = None) -> int:
    """Start the app on ``db`` (path or URL; default: the embedded SQLite database in the user data folder).

    Shell first (issue 3): when ``store.quick_read`` finds an ordinary database (SQLite, current schema, an
    office profile, no pending draft), the log-in (if a password is set) comes first, then the window with the
    register's first page, and the workspace opens right after the first frame (:func:`finish_start`).
    Anything else takes the full start: open with the restore offer, log-in, first-run dialog, window.
    """
    from credit_desk.ui import startup

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Credit Desk")
    app.setApplicationDisplayName("信用认定工作台")
    app.setApplicationVersion(__version__)
    keep = [startup.setup_logging(), startup.install_crash_handler()]  # alive for the app's life
    startup.install_translations(app)
    # --- one instance per database, damaged database → restore offer, log-in (issue 5) ---
    from credit_desk.paths import default_db_url
    from credit_desk.ui import safe_start

    url = db_url(db) if db else default_db_url()
    guard = safe_start.claim_database(url)
    if guard is None:
        return 3
    keep.append(guard)
    first = safe_start.first_screen(url)
    if first is None:
        window = _full_start(url)
        if isinstance(window, int):
            return window
    else:
        officer = safe_start.log_in()  # before any personal data is on screen
        if officer is None:
            return 0
        from credit_desk.ui.main_window import MainWindow

        window = MainWindow(None, first_screen=first, db_url=url)
        window.officer = officer
        startup.after_first_frame(window, lambda: finish_start(window, url))  # watching before the first paint
        window.show()
    guard.window = window  # a second start brings this window forward
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone(5000)  # let running workers finish before Qt goes away
        del keep


def _full_start(url: str) -> MainWindow | int:
    """Today's order: open (restore offer), log-in, officer recorded, office profile (first run), window."""
    from credit_desk.ui import safe_start
    from credit_desk.ui.main_window import MainWindow

    ws = safe_start.open_or_offer_restore(url)
    if ws is None:
        return 2
    officer = safe_start.log_in()
    if officer is None:
        return 0
    office = _officer_and_office(ws, officer, None)
    if isinstance(office, int):
        return office
    window = MainWindow(ws, office=office)
    window.officer = officer
    window.show()
    _after_ready(window)
    return window


def finish_start(window: MainWindow, url: str, *, quit_with: Callable[[int], None] = QCoreApplication.exit) -> None:
    """After the first frame: the full workspace opens in a worker while the window stays responsive.

    SQLAlchemy, SQLModel, pydantic and the services (about half a second to import), the catalogs, the
    officer recorded and the office profile read: all off the GUI thread (:func:`_open_off_the_gui_thread`),
    so the shown register scrolls, the search takes typing and the menus open meanwhile; then
    :func:`_attach` on the GUI thread. Anything unusual — the file damaged after all, a write refused, no
    office profile — is handled on the GUI thread exactly as the full start does it (restore offer, message,
    first-run dialog). When the database cannot be opened (or the officer cannot be recorded), the window
    goes and ``quit_with`` gets run_gui's exit code (2), as the full start would have returned it.
    """
    import shiboken6

    from credit_desk.ui.background import run_in_background

    started = time.perf_counter()
    watch = _PauseWatch(window)
    window.statusBar().showMessage(QCoreApplication.translate("App", "Opening the database…"))
    officer = window.officer

    def opened(result: tuple[Workspace, Office | None]) -> None:
        ws, office = result
        if not shiboken6.isValid(window):  # the window went while the workspace opened: nothing to attach to
            ws.db.dispose()
            return
        if office is None:  # no profile after all: the first-run dialog, as on the full start
            office = _officer_and_office(ws, officer, window, record=False)
        _attach(window, ws, office, quit_with)
        log.info("start-up: workspace ready %d ms after the first frame; the window's longest pause "
                 "meanwhile %d ms", (time.perf_counter() - started) * 1000, watch.stop())

    def failed(exc: BaseException, tb: str) -> None:
        if not shiboken6.isValid(window):
            return
        watch.stop()
        log.info("start-up: the background open failed (%s); opening on the GUI thread", type(exc).__name__)
        finish_start_here(window, url, quit_with=quit_with)  # same failure again, with the full start's answers

    run_in_background(lambda: _open_off_the_gui_thread(url, officer), on_done=opened, on_error=failed)


def _open_off_the_gui_thread(url: str, officer: str) -> tuple[Workspace, Office | None]:
    """In a worker: the imports, the workspace, the officer recorded, the office profile read (no Qt here)."""
    from credit_desk.services import office as office_service
    from credit_desk.services.officers import record_officer
    from credit_desk.services.workspace import open_workspace
    from credit_desk.ui.background import db_lock

    with db_lock:
        ws = open_workspace(url)
        try:
            record_officer(ws, officer)
            office = office_service.load_office(ws)
        except BaseException:
            ws.db.dispose()
            raise
    # what attaching on the GUI thread asks for next: imported here, not there (pure Python, no widgets)
    import credit_desk.services.dashboard
    import credit_desk.services.publication
    import credit_desk.services.register  # noqa: F401

    return ws, office


def finish_start_here(window: MainWindow, url: str, *,
                      quit_with: Callable[[int], None] = QCoreApplication.exit) -> None:
    """The workspace opened on the GUI thread, with the restore offer and every message of the full start."""
    from credit_desk.ui import safe_start

    ws = safe_start.open_or_offer_restore(url)  # a damage found only now still gets the restore offer
    office = 2 if ws is None else _officer_and_office(ws, window.officer, window)
    _attach(window, ws, office, quit_with)


def _attach(window: MainWindow, ws: Workspace | None, office: Office | int | None,
            quit_with: Callable[[int], None]) -> None:
    window.statusBar().clearMessage()
    if ws is None or isinstance(office, int):
        window.hide()
        quit_with(office if isinstance(office, int) else 2)
        return
    window.attach_workspace(ws, office)
    _after_ready(window)


class _PauseWatch(QObject):
    """The GUI thread's longest pause while the workspace opens (logged; ``docs/benchmarks.md``)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest, self._last = max(self.longest, now - self._last), now

    def stop(self) -> int:
        """Stop watching; the longest pause in milliseconds."""
        if self._timer.isActive():
            self._tick()
            self._timer.stop()
            self.deleteLater()
        return round(self.longest * 1000)


def _officer_and_office(ws: Workspace, officer: str, parent: QWidget | None, *,
                        record: bool = True) -> Office | int | None:
    """Record the officer and read (or, on the first run, ask for) the office profile; an int is an exit code."""
    from credit_desk.services.officers import record_officer
    from credit_desk.store.db import StoreError
    from credit_desk.ui import errors, startup

    try:
        if record:
            record_officer(ws, officer)
    except StoreError as exc:
        errors.environment_failure(parent, QCoreApplication.translate("App", "Cannot open the database"),
                                   exc.message_cn)
        return 2
    try:
        return startup.ensure_office_profile(ws, parent)
    except StoreError as exc:
        title = QCoreApplication.translate("App", "Cannot read the office profile")
        errors.environment_failure(parent, title, exc.message_cn)
        return None


def _after_ready(window: MainWindow) -> None:
    """Idle lock, daily backup, the unfinished-draft offer: once the window has its workspace."""
    from credit_desk.ui import safe_start
    from credit_desk.ui.idle_lock import IdleLock

    window.idle_lock = IdleLock(window)
    ws = window.ws
    QTimer.singleShot(500, window, lambda: safe_start.start_daily_backup(ws, window))
    QTimer.singleShot(0, window, window.offer_pending_draft)
