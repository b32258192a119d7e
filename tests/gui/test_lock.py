"""Log-in, idle auto-lock and the Backups and security dialog, driven as an officer would (issue 5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from credit_desk.services import backup as backup_service
from credit_desk.services import officers as officer_service
from credit_desk.store import local_settings
from credit_desk.ui import errors, safe_start
from credit_desk.ui.idle_lock import IdleLock, LockCover
from credit_desk.ui.login_dialog import LoginDialog
from credit_desk.ui.main_window import MainWindow
from credit_desk.ui.security_dialog import SecurityDialog

pytestmark = pytest.mark.gui

PASSWORD = "qingshan26"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch):
    monkeypatch.setattr(local_settings, "settings_file", lambda: tmp_path / "workstation.json")


@pytest.fixture
def window(qtbot, workspace):
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    lock = getattr(w, "idle_lock", None)
    if lock is not None:
        lock.uninstall()


def log_in_with(qtbot, dialog: LoginDialog, password: str) -> None:
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.findChild(type(dialog.buttons.buttons()[0]), "loginButton"), _left())


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_desk_locks_when_idle_and_only_the_right_password_opens_it(qtbot, window):
    officer_service.set_officer("李明", PASSWORD)
    window.officer = "李明"
    lock = window.idle_lock = IdleLock(window, interval_ms=150)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    cover = window.findChild(LockCover)
    assert cover is not None and cover.isVisible()
    assert cover.geometry() == window.rect()  # nothing of the register stays readable
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible() and dialog.officer_box.currentText() == "李明"

    log_in_with(qtbot, dialog, "wrong-one")
    assert lock.locked and dialog.error.isVisible() and dialog.error.text()
    log_in_with(qtbot, dialog, PASSWORD)
    qtbot.waitUntil(lambda: not lock.locked)
    assert window.findChild(LockCover) is None or not window.findChild(LockCover).isVisible()
    assert window.officer == "李明"
    assert lock.timer.isActive()  # counting again


def test_typing_and_clicking_keep_the_desk_open(qtbot, window):
    officer_service.set_officer("李明", PASSWORD)
    lock = window.idle_lock = IdleLock(window, interval_ms=400)
    for _ in range(8):
        qtbot.keyClick(window.register, "a")
        qtbot.wait(100)
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)  # and once the officer stops, it locks


def test_without_a_password_there_is_nothing_to_lock_with(qtbot, window):
    officer_service.set_officer("李明", None)
    lock = window.idle_lock = IdleLock(window, interval_ms=50)
    qtbot.wait(250)
    assert not lock.locked and window.findChild(LockCover) is None


def test_another_officer_may_log_in_at_the_lock_and_is_recorded(qtbot, window):
    officer_service.set_officer("李明", PASSWORD)
    officer_service.set_officer("王芳", "wangfang1")
    window.officer = "李明"
    lock = window.idle_lock = IdleLock(window, interval_ms=100)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    lock.dialog.officer_box.setCurrentText("王芳")
    log_in_with(qtbot, lock.dialog, "wangfang1")
    qtbot.waitUntil(lambda: not lock.locked)
    assert window.officer == "王芳"
    label = window.findChild(QLabel, "officerLabel")  # who is at work is always in sight
    assert label.isVisible() and label.text() == window.tr("Officer: %1").replace("%1", "王芳")


def test_log_in_at_start_names_the_officer(qtbot):
    officer_service.set_officer("李明", PASSWORD)

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible())
        log_in_with(qtbot, dialog, PASSWORD)

    QTimer.singleShot(100, answer)
    assert safe_start.log_in() == "李明"


def test_no_password_means_no_dialog_and_the_officer_is_named(qtbot):
    officer_service.set_officer("李明", None)
    assert safe_start.log_in() == "李明"


# --- Settings → Backups and security -------------------------------------------------------------


@pytest.fixture
def security(qtbot, window):
    window.officer = "李明"
    window.settings_menu.actions()  # the entry is in the Settings menu
    action = window.findChild(type(window.security_action), "securityAction")
    assert action in window.settings_menu.actions()
    action.trigger()
    dialog = window.findChild(SecurityDialog)
    assert dialog is not None and dialog.isVisible()
    yield dialog
    dialog.close()


def test_setting_a_password_in_the_dialog(qtbot, security):
    qtbot.keyClicks(security.password_edit, PASSWORD)
    qtbot.keyClicks(security.repeat_edit, PASSWORD + "x")
    security.minutes.setValue(5)
    security.buttons.button(security.buttons.StandardButton.Save).click()
    assert security.password_error.isVisible() and security.isVisible()
    assert not officer_service.login_required()

    security.repeat_edit.clear()
    qtbot.keyClicks(security.repeat_edit, PASSWORD)
    security.buttons.button(security.buttons.StandardButton.Save).click()
    assert not security.isVisible()
    assert officer_service.verify_login("李明", PASSWORD) and officer_service.login_required()
    assert officer_service.auto_lock_minutes() == 5


def test_a_second_officer_is_added_without_touching_the_first(qtbot, security, window):
    from qt_helpers import type_cjk

    qtbot.keyClicks(security.password_edit, PASSWORD)
    qtbot.keyClicks(security.repeat_edit, PASSWORD)
    security.buttons.button(security.buttons.StandardButton.Save).click()  # 李明 sets his password
    assert officer_service.verify_login("李明", PASSWORD)
    window.security_action.trigger()
    dialog = [d for d in window.findChildren(SecurityDialog) if d.isVisible()][-1]
    assert dialog.officers_label.text() == "李明"
    qtbot.mouseClick(dialog.add_officer, Qt.MouseButton.LeftButton)
    assert dialog.name_edit.text() == "" and not dialog.no_password.isEnabled()
    type_cjk(dialog.name_edit, "李明")
    qtbot.keyClicks(dialog.password_edit, "another-pass-123")
    qtbot.keyClicks(dialog.repeat_edit, "another-pass-123")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.name_error.isVisible()  # no silent overwrite of the existing account
    assert dialog.name_error.text() == dialog.tr("There is already an officer of this name.")
    dialog.name_edit.clear()
    type_cjk(dialog.name_edit, "张华")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert sorted(o.name for o in officer_service.officers()) == sorted(["李明", "张华"])
    assert officer_service.verify_login("李明", PASSWORD) and officer_service.verify_login("张华", "another-pass-123")
    assert window.officer == "李明"  # the officer at work is still the one who added


def test_a_missing_backup_folder_is_told_beside_the_field(qtbot, security, tmp_path):
    security.folder_edit.setText(str(tmp_path / "no-usb-stick"))
    security.no_password.setChecked(True)
    security.buttons.button(security.buttons.StandardButton.Save).click()
    assert security.isVisible() and security.folder_error.isVisible()
    assert "备份文件夹不存在" in security.folder_error.text()


def test_back_up_now_writes_a_verified_backup_into_the_chosen_folder(qtbot, security, tmp_path, window):
    stick = tmp_path / "usb"
    stick.mkdir()
    security.folder_edit.setText(str(stick))
    qtbot.mouseClick(security.backup_button, _left())
    qtbot.waitUntil(lambda: security.backup_list.count() == 1, timeout=10000)
    [made] = backup_service.list_backups(window.ws.db.url)
    assert made.path.parent == stick.resolve()
    assert [kind for kind, _, _ in errors.shown] == ["inform"]


def test_restore_from_the_dialog_brings_back_the_backup(qtbot, security, window, samr_case):
    from credit_desk.services import cases as case_service

    case_service.save_case(window.ws, samr_case.model_copy(update={"id": None}))
    info = backup_service.backup_now(window.ws.db.url)
    case_service.save_case(window.ws, samr_case.model_copy(update={"id": None}))
    security.refresh_backups()
    assert security.backup_list.count() == 1
    errors.answers[security.tr("Restore from backup")] = True
    with qtbot.waitSignal(security.restored, timeout=10000):
        qtbot.mouseClick(security.restore_button, _left())
    from sqlalchemy import func, select

    from credit_desk.store import tables as t

    QThreadPool.globalInstance().waitForDone()  # everything shown is read again in workers
    qtbot.wait(50)
    with window.ws.db.session() as s:
        assert s.scalar(select(func.count()).select_from(t.Case)) == 1
    assert info.path.exists()
    kept = list(backup_service.database_file(window.ws.db.url).parent.glob("replaced-*"))
    assert len(kept) == 1
    assert any(kind == "inform" and str(kept[0]) in text for kind, _, text in errors.shown)


def test_restoring_the_offices_backup_on_a_new_computer_leaves_view_only(qtbot, security, window, samr_case):
    from credit_desk.services.office import save_office

    assert window.office is None and not window.new_case_action.isEnabled()  # no office profile: view only
    save_office(window.ws, samr_case.office)  # stands for the office's backup brought on a USB stick
    backup_service.backup_now(window.ws.db.url)
    security.refresh_backups()
    errors.answers[security.tr("Restore from backup")] = True
    with qtbot.waitSignal(security.restored, timeout=10000):
        qtbot.mouseClick(security.restore_button, _left())
    qtbot.waitUntil(window.new_case_action.isEnabled, timeout=5000)
    assert window.office is not None and window.office.deciding_body == samr_case.office.deciding_body
    assert window.read_only_label.text() == ""
    QThreadPool.globalInstance().waitForDone()  # the tabs re-read in workers: let them report before teardown
    qtbot.wait(50)
