"""Shell first (issue 3): the first frame from ``store.quick_read``, the workspace right behind it.

``quick_read`` reads the office profile, the register's first page and its count with the standard
library's ``sqlite3``; these tests keep its page equal to the register service's, make sure every
unusual database falls back to the full start, and drive the main window from the start-up page to
live (same rows, then selectable and searchable) as ``app.run_gui`` does.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from case_factory import OFFICE, insert_cases
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QPushButton, QTabWidget
from qt_helpers import type_cjk

from credit_desk import app as desk_app
from credit_desk.domain.model import Office, SubjectKind
from credit_desk.services import backup as backup_service
from credit_desk.services import officers as officer_service
from credit_desk.services.drafting import save_draft
from credit_desk.services.office import default_number_patterns, save_office
from credit_desk.services.register import PAGE_SIZE, CaseRegister, RegisterQuery
from credit_desk.services.workspace import Workspace, open_workspace
from credit_desk.store import local_settings, quick_read
from credit_desk.store.db import head_revision
from credit_desk.store.profile import PROFILE_MARK
from credit_desk.ui import errors, safe_start
from credit_desk.ui.main_window import MainWindow
from credit_desk.ui.register_model import CASE_ID_ROLE, COL_PARTY

pytestmark = pytest.mark.gui

OFFER = "Restore the latest good backup?"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch):
    monkeypatch.setattr(local_settings, "settings_file", lambda: tmp_path / "workstation.json")


def _with_office(ws: Workspace) -> None:
    save_office(ws, Office.model_validate({**OFFICE, "number_patterns": default_number_patterns()}))


@pytest.fixture(scope="module")
def big_db(tmp_path_factory) -> str:
    """10,000 cases and an office profile (built once: the tests below only read it)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('quick') / 'big.sqlite3'}"
    ws = open_workspace(url)
    insert_cases(ws.db, 10_000, seed=3)
    _with_office(ws)
    ws.db.dispose()
    return url


@pytest.fixture
def small_db(tmp_path) -> str:
    """A few cases and an office profile, in this test's own folder (tests may damage it)."""
    url = f"sqlite:///{tmp_path / 'data' / 'cd.sqlite3'}"
    ws = open_workspace(url)
    insert_cases(ws.db, 30, seed=5)
    _with_office(ws)
    ws.db.dispose()
    return url


# --- quick_read -------------------------------------------------------------------------------------


def test_the_quick_first_page_and_count_equal_the_register_service_on_10000_cases(big_db):
    first = quick_read.read_first_screen(big_db)
    assert first is not None
    ws = open_workspace(big_db)
    try:
        live = CaseRegister(ws).search(RegisterQuery())
        standards = [(s.code, s.name) for s in ws.catalogs.standards.values()]
    finally:
        ws.db.dispose()
    assert first.total == live.total == 10_000
    assert len(first.lines) == len(live.lines) == PAGE_SIZE == quick_read.PAGE_SIZE
    assert [vars(line) for line in first.lines] == [vars(line) for line in live.lines]  # every field, same order
    assert first.office_name == OFFICE["deciding_body"]
    assert first.standards == standards


def test_its_constants_are_the_ones_the_store_and_the_model_use():
    assert quick_read.PROFILE_MARK == PROFILE_MARK
    assert SubjectKind.NATURAL_PERSON.value == quick_read._NATURAL_PERSON
    assert quick_read.file_head_revision() == head_revision()
    assert safe_start.OFFICERS_KEY == officer_service.OFFICERS_KEY
    assert quick_read.plain_sqlite_file("sqlite:////data/cd.sqlite3") == "/data/cd.sqlite3"
    for other in ("postgresql+psycopg://u@h/db", "sqlite://", "sqlite:///:memory:", "sqlite:///file:/x?mode=ro&uri=true",
                  "sqlite:////data/a%20b.sqlite3"):
        assert quick_read.plain_sqlite_file(other) is None  # SQLAlchemy decides those


def test_a_damaged_file_gives_no_quick_screen(small_db):
    path = backup_service.database_file(small_db)
    data = bytearray(path.read_bytes())
    data[:100] = b"\x00garbage" * 12 + b"\x00" * 4
    path.write_bytes(bytes(data))
    assert quick_read.read_first_screen(small_db) is None
    assert quick_read.read_first_screen(small_db.replace("cd.sqlite3", "missing.sqlite3")) is None
    Path(path).write_bytes(b"not a database at all")
    assert quick_read.read_first_screen(small_db) is None


def test_an_old_schema_gives_no_quick_screen(small_db):
    assert quick_read.read_first_screen(small_db) is not None
    with sqlite3.connect(backup_service.database_file(small_db)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0003'")
    conn.close()
    assert quick_read.read_first_screen(small_db) is None


def test_no_office_profile_gives_no_quick_screen(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    ws = open_workspace(url)
    insert_cases(ws.db, 3, seed=1)
    ws.db.dispose()
    assert quick_read.read_first_screen(url) is None


def test_a_pending_draft_gives_no_quick_screen(small_db, samr_case):
    ws = open_workspace(small_db)
    try:
        save_draft(ws, samr_case, page="party")
    finally:
        ws.db.dispose()
    assert quick_read.read_first_screen(small_db) is None


def test_a_locked_database_gives_no_quick_screen(small_db):
    holder = sqlite3.connect(backup_service.database_file(small_db))
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        assert quick_read.read_first_screen(small_db) is None
    finally:
        holder.close()
    assert quick_read.read_first_screen(small_db) is not None


def test_the_log_in_check_without_the_services_matches_them(tmp_path):
    assert safe_start.log_in() == officer_service.default_officer()  # nobody set up: the system user
    officer_service.set_officer("李明", None)
    assert not officer_service.login_required()
    assert safe_start.log_in() == officer_service.default_officer() == "李明"
    # with a password the log-in dialog comes first: tests/gui/test_lock.py test_log_in_at_start_names_the_officer


# --- the shell-first window -------------------------------------------------------------------------


def _shell(qtbot, url: str) -> MainWindow:
    first = safe_start.first_screen(url)
    assert first is not None
    window = MainWindow(None, first_screen=first, db_url=url)
    window.officer = "李明"
    window.resize(1366, 768)
    qtbot.addWidget(window)
    window.show()
    return window


def _settle(qtbot, window: MainWindow) -> None:
    """Let the daily backup that finish_start schedules (after 500 ms) run and finish, then close the database."""
    qtbot.wait(700)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    window.idle_lock.uninstall()
    window.ws.db.dispose()


def _parties(window: MainWindow) -> list[str]:
    model = window.register.model
    return [model.index(row, COL_PARTY).data() for row in range(model.rowCount())]


def test_the_shell_shows_the_register_before_the_workspace_opens_then_goes_live(qtbot, big_db, tmp_path):
    window = _shell(qtbot, big_db)
    register = window.register
    count = register.count_label.text()
    shown = _parties(window)
    assert len(shown) == PAGE_SIZE and count.endswith("10,000")
    assert not window.is_ready and window.ws is None
    assert window.tabs.count() == 1  # due dates and publication come with the workspace
    assert not window.new_case_action.isEnabled() and not window.verify_action.isEnabled()
    register.table.selectRow(0)
    assert register.current_case_id() is None  # nothing can be picked before the workspace is open

    with qtbot.waitSignal(window.ready, timeout=10_000):
        desk_app.finish_start(window, big_db)
    with qtbot.waitSignal(register.search_finished, timeout=10_000) as live:
        pass
    assert live.args == [10_000]
    assert _parties(window) == shown and register.count_label.text() == count  # same rows, no reset
    assert window.tabs.count() == 3 and window.findChild(QTabWidget, "mainTabs") is window.tabs
    assert window.new_case_action.isEnabled() and window.verify_action.isEnabled()
    assert window.office is not None and window.office.deciding_body == OFFICE["deciding_body"]
    assert window.settings_menu.actions()[0] is window.office_action
    register.table.selectRow(0)
    assert register.current_case_id() == register.model.index(0, 0).data(CASE_ID_ROLE)
    _settle(qtbot, window)


def test_the_window_stays_responsive_while_the_workspace_opens_and_a_case_opened_meanwhile_shows(
        qtbot, small_db, caplog):
    window = _shell(qtbot, small_db)
    register = window.register
    wanted = register.model.index(2, 0).data(CASE_ID_ROLE)
    party = _parties(window)[2]
    with caplog.at_level("INFO", logger="credit_desk.app"):
        desk_app.finish_start(window, small_db)
        # finish_start returned at once: the workspace opens in a worker, the window says so and takes input
        assert not window.is_ready
        assert window.statusBar().currentMessage() == desk_app.QCoreApplication.translate(
            "App", "Opening the database…")
        rect = register.table.visualRect(register.model.index(2, 1))
        qtbot.mouseClick(register.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(register.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        with qtbot.waitSignal(window.ready, timeout=10_000):
            pass
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(lambda: window._case_page is not None and window.case_page.case_id == wanted, timeout=10_000)
    qtbot.waitUntil(lambda: window.case_page.title.text() == party, timeout=10_000)
    ready = [r.getMessage() for r in caplog.records if "workspace ready" in r.getMessage()]
    assert len(ready) == 1 and "longest pause" in ready[0]
    _settle(qtbot, window)


def test_a_window_closed_while_the_workspace_opens_is_left_alone(qtbot, small_db, caplog):
    import shiboken6

    window = MainWindow(None, first_screen=safe_start.first_screen(small_db), db_url=small_db)  # not qtbot's
    window.show()
    with caplog.at_level("INFO", logger="credit_desk.app"):
        desk_app.finish_start(window, small_db)
        shiboken6.delete(window)  # the officer closed it at once (the app is quitting)
        QThreadPool.globalInstance().waitForDone()
        qtbot.wait(100)  # the worker's report arrives: nothing to attach to, no error, nothing shown
    assert errors.shown == []
    assert not any("workspace ready" in r.getMessage() for r in caplog.records)


def test_a_search_typed_in_the_shell_runs_once_the_workspace_is_open(qtbot, small_db):
    window = _shell(qtbot, small_db)
    register = window.register
    first_party = _parties(window)[0]
    type_cjk(register.search_edit, first_party)
    qtbot.wait(300)  # longer than the debounce: the search waits for the workspace
    assert register.model.rowCount() == 30
    with qtbot.waitSignal(register.search_finished, timeout=10_000):
        desk_app.finish_start(window, small_db)
    qtbot.waitUntil(lambda: 0 < register.model.rowCount() < 30, timeout=5000)
    assert all(first_party in party for party in _parties(window))
    _settle(qtbot, window)


def test_a_database_damaged_at_start_gets_the_restore_offer_not_the_shell(qtbot, small_db):
    backup_service.backup_now(small_db)
    path = backup_service.database_file(small_db)
    data = bytearray(path.read_bytes())
    data[:100] = b"\x00garbage" * 12 + b"\x00" * 4
    path.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    assert safe_start.first_screen(small_db) is None  # run_gui takes the full start ...
    errors.answers[safe_start._tr(OFFER)] = True
    ws = safe_start.open_or_offer_restore(small_db)  # ... which offers the backup, as before
    try:
        assert ("ask", safe_start._tr(OFFER)) in [(kind, title) for kind, title, _ in errors.shown]
        assert ws is not None
    finally:
        if ws is not None:
            ws.db.dispose()
    assert safe_start.first_screen(small_db) is not None  # restored: the next start is quick again


def test_damage_found_only_by_the_full_open_still_gets_the_restore_offer(qtbot, small_db):
    backup_service.backup_now(small_db)
    window = _shell(qtbot, small_db)
    path = backup_service.database_file(small_db)
    path.write_bytes(b"\x00garbage" * 512)  # damaged between the quick read and the full open
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    errors.answers[safe_start._tr(OFFER)] = True
    with qtbot.waitSignal(window.ready, timeout=10_000):
        desk_app.finish_start(window, small_db)
    assert ("ask", safe_start._tr(OFFER)) in [(kind, title) for kind, title, _ in errors.shown]
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 30, timeout=10_000)
    _settle(qtbot, window)


def test_the_workspace_opens_only_after_the_first_frame_is_painted(qtbot, small_db):
    from PySide6.QtCore import QEvent, QObject

    from credit_desk.ui import startup

    first = safe_start.first_screen(small_db)
    window = MainWindow(None, first_screen=first, db_url=small_db)
    qtbot.addWidget(window)
    order: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not order:
                order.append("painted")
            return False

    spy = Painted(window)
    window.installEventFilter(spy)
    startup.after_first_frame(window, lambda: order.append("opened"), wait_ms=5000)
    qtbot.wait(50)
    assert order == []  # not shown: nothing painted, nothing opened
    window.show()
    qtbot.waitUntil(lambda: "opened" in order, timeout=3000)
    qtbot.wait(50)
    assert order == ["painted", "opened"]  # once, after the paint


def test_damage_behind_the_shell_without_a_backup_is_told_and_the_window_goes(qtbot, small_db):
    window = _shell(qtbot, small_db)
    path = backup_service.database_file(small_db)
    path.write_bytes(b"\x00garbage" * 512)  # damaged between the quick read and the full open, no backup
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    exit_codes: list[int] = []
    desk_app.finish_start(window, small_db, quit_with=exit_codes.append)
    qtbot.waitUntil(lambda: exit_codes != [], timeout=10_000)  # the worker fails, the GUI thread answers
    assert exit_codes == [2]  # what run_gui returns, as on the full start
    told = [(kind, title, text) for kind, title, text in errors.shown]
    assert [(kind, title) for kind, title, _ in told] == [("environment", safe_start._tr("Cannot open the database"))]
    assert "没有找到可用的备份" in told[0][2]
    assert not window.isVisible() and not window.is_ready


# --- through run_gui ---------------------------------------------------------------------------------


@pytest.fixture
def quiet_start(monkeypatch, tmp_path):
    """run_gui without its process-wide logging, crash hooks and translations (they would outlive this test)."""
    from credit_desk.ui import startup

    monkeypatch.setattr(startup, "setup_logging", lambda: None)
    monkeypatch.setattr(startup, "install_crash_handler", lambda: None)
    monkeypatch.setattr(startup, "install_translations", lambda app: [])
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            lock = getattr(widget, "idle_lock", None)
            if lock is not None:
                lock.uninstall()
            if widget.ws is not None:
                widget.ws.db.dispose()
            widget.close()
            widget.deleteLater()
    QApplication.processEvents()


def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_run_gui_asks_for_the_password_before_any_case_is_shown_then_starts_shell_first(qtbot, small_db,
                                                                                         quiet_start):
    from PySide6.QtCore import QCoreApplication, QTimer

    from credit_desk.ui.login_dialog import LoginDialog

    officer_service.set_officer("李明", "qingshan26")
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible())
        seen["windows at log-in"] = len(_main_windows())
        qtbot.keyClicks(dialog.password, "qingshan26")
        dialog.findChild(QPushButton, "loginButton").click()
        QTimer.singleShot(0, shown)

    def shown() -> None:
        window = _main_windows()[0]
        seen["rows before the workspace"] = window.register.model.rowCount()
        seen["ready then"] = window.is_ready
        window.register.search_finished.connect(lambda total: finish(window, total))

    def finish(window: MainWindow, total: int) -> None:
        seen["live total"] = total
        seen["officer"] = window.officer
        QTimer.singleShot(800, lambda: QCoreApplication.exit(0))  # after the daily backup has started

    QTimer.singleShot(100, answer)
    assert desk_app.run_gui(small_db) == 0
    assert seen == {"windows at log-in": 0, "rows before the workspace": 30, "ready then": False,
                    "live total": 30, "officer": "李明"}


def test_run_gui_ends_when_the_log_in_is_cancelled_and_shows_no_case(qtbot, small_db, quiet_start):
    from PySide6.QtCore import QTimer

    from credit_desk.ui.login_dialog import LoginDialog

    officer_service.set_officer("李明", "qingshan26")

    def cancel() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible())
        dialog.reject()

    QTimer.singleShot(100, cancel)
    assert desk_app.run_gui(small_db) == 0
    assert _main_windows() == []
