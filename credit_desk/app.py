"""Desktop start-up: Qt application, Chinese translations, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from credit_desk import __version__
from credit_desk.paths import db_url


def install_translations(app: QApplication) -> list[QTranslator]:
    """Chinese by default: Qt's own dialogs (qtbase_zh_CN) speak Chinese."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    tr = QTranslator(app)
    if tr.load(QLocale(), "qtbase", "_", qt_dir):
        app.installTranslator(tr)
        translators.append(tr)
    return translators


def run_gui(db: str | None = None) -> int:
    """Start the app on ``db`` (path or URL; default: the embedded SQLite database)."""
    from credit_desk.services.workspace import open_workspace
    from credit_desk.store.db import StoreError
    from credit_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Credit Desk")
    app.setApplicationDisplayName("信用认定工作台")
    app.setApplicationVersion(__version__)
    install_translations(app)
    try:
        ws = open_workspace(db_url(db) if db else None)
    except StoreError as exc:
        QMessageBox.critical(None, "无法打开数据库", str(exc))
        return 2
    window = MainWindow(ws)
    window.show()
    return app.exec()
