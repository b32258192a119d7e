"""Desktop start-up: logging and crash handler, Chinese translations, the database, the main window."""

from __future__ import annotations

import sys

from credit_desk import __version__
from credit_desk.paths import db_url
from credit_desk.ui.qt_compat import protect_none

protect_none()  # PySide6 6.12 on CPython 3.11: before the first Qt call

from collections.abc import Callable  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

if TYPE_CHECKING:
    from credit_desk.domain.model import Office
    from credit_desk.services.workspace import Workspace
    from credit_desk.ui.main_window import MainWindow


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
    """After the first frame: the full workspace open, then everything that needs it, as the full start does.

    When the database cannot be opened after all (or the officer cannot be recorded), the window goes and
    ``quit_with`` gets run_gui's exit code (2), as the full start would have returned it.
    """
    from credit_desk.ui import safe_start

    ws = safe_start.open_or_offer_restore(url)  # a damage found only now still gets the restore offer
    office = 2 if ws is None else _officer_and_office(ws, window.officer, window)
    if isinstance(office, int):
        window.hide()
        quit_with(office)
        return
    window.attach_workspace(ws, office)
    _after_ready(window)


def _officer_and_office(ws: Workspace, officer: str, parent: QWidget | None) -> Office | int | None:
    """Record the officer and read (or, on the first run, ask for) the office profile; an int is an exit code."""
    from credit_desk.services.officers import record_officer
    from credit_desk.store.db import StoreError
    from credit_desk.ui import errors, startup

    try:
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
