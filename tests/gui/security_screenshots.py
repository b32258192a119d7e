"""Screenshots (Chinese) of the log-in dialog, the locked desk and Settings → Backups and security.

    .venv/bin/python tests/gui/security_screenshots.py OUT_DIR

Uses the compiled resources/i18n/credit_desk_zh_CN.qm. Not collected by pytest (no ``test_`` prefix).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CREDIT_DESK_DATA_DIR"] = tempfile.mkdtemp()
    from credit_desk.ui.qt_compat import protect_none

    protect_none()
    from PySide6.QtWidgets import QApplication

    from credit_desk.services import backup as backup_service
    from credit_desk.services import officers
    from credit_desk.services.workspace import open_workspace
    from credit_desk.ui import errors, startup
    from credit_desk.ui.idle_lock import IdleLock
    from credit_desk.ui.login_dialog import LoginDialog
    from credit_desk.ui.main_window import MainWindow
    from credit_desk.ui.security_dialog import SecurityDialog

    app = QApplication.instance() or QApplication(sys.argv)
    startup.install_translations(app)
    errors.INTERACTIVE = False
    out.mkdir(parents=True, exist_ok=True)
    ws = open_workspace(f"sqlite:///{Path(os.environ['CREDIT_DESK_DATA_DIR']) / 'cd.sqlite3'}")
    officers.set_officer("李明", "qingshan26")
    officers.set_officer("王芳", "wangfang1")
    backup_service.backup_now(ws.db.url, reason="daily")
    backup_service.backup_now(ws.db.url)

    login = LoginDialog(None)
    login.show()
    login.password.setText("xxxxxx")
    login.try_log_in()  # wrong: the message beside the field
    app.processEvents()
    login.grab().save(str(out / "login_dialog.png"))
    login.close()

    window = MainWindow(ws)
    window.officer = "李明"
    window.resize(1366, 728)
    window.show()
    lock = IdleLock(window, interval_ms=1)
    lock.lock()
    app.processEvents()
    shot = window.grab()
    from PySide6.QtGui import QPainter

    painter = QPainter(shot)
    dialog = lock.dialog
    pos = dialog.mapTo(window, dialog.rect().topLeft()) if dialog.parent() is window else None
    dialog_shot = dialog.grab()
    x = (shot.width() - dialog_shot.width()) // 2 if pos is None else pos.x()
    painter.drawPixmap(x, (shot.height() - dialog_shot.height()) // 2, dialog_shot)
    painter.end()
    shot.save(str(out / "locked_desk.png"))
    lock.uninstall()
    dialog.close()

    security = SecurityDialog(ws, window, officer="李明")
    security.show()
    app.processEvents()
    security.grab().save(str(out / "security_dialog.png"))
    security.close()
    window.close()
    ws.db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
