"""Desktop start-up: logging and crash handler, Chinese translations, the database, the main window."""

from __future__ import annotations

import sys

from credit_desk import __version__
from credit_desk.paths import db_url
from credit_desk.ui.qt_compat import protect_none

protect_none()  # PySide6 6.12 on CPython 3.11: before the first Qt call

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def run_gui(db: str | None = None) -> int:
    """Start the app on ``db`` (path or URL; default: the embedded SQLite database in the user data folder)."""
    from credit_desk.store.db import StoreError
    from credit_desk.ui import errors, startup
    from credit_desk.ui.main_window import MainWindow

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
    ws = safe_start.open_or_offer_restore(url)
    if ws is None:
        return 2
    officer = safe_start.log_in()
    if officer is None:
        return 0
    try:
        from credit_desk.services.officers import record_officer

        record_officer(ws, officer)
    except StoreError as exc:
        errors.environment_failure(None, QCoreApplication.translate("App", "Cannot open the database"), exc.message_cn)
        return 2
    try:
        office = startup.ensure_office_profile(ws, None)
    except StoreError as exc:
        title = QCoreApplication.translate("App", "Cannot read the office profile")
        errors.environment_failure(None, title, exc.message_cn)
        office = None
    window = MainWindow(ws, office=office)
    window.officer = officer
    guard.window = window  # a second start brings this window forward
    from credit_desk.ui.idle_lock import IdleLock

    window.idle_lock = IdleLock(window)
    window.show()
    QTimer.singleShot(500, lambda: safe_start.start_daily_backup(ws, window))
    QTimer.singleShot(0, window.offer_pending_draft)
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone(5000)  # let running workers finish before Qt goes away
        del keep
