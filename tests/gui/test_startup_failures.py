"""The guarded start (issue 5): a damaged database offers the latest good backup; a second instance is refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import func, select

from credit_desk.services import backup as backup_service
from credit_desk.services import cases as case_service
from credit_desk.services.workspace import open_workspace
from credit_desk.store import local_settings
from credit_desk.store import tables as t
from credit_desk.ui import errors, safe_start

pytestmark = pytest.mark.gui

OFFER = "Restore the latest good backup?"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch):
    monkeypatch.setattr(local_settings, "settings_file", lambda: tmp_path / "workstation.json")


@pytest.fixture
def backed_up(tmp_path, samr_case):
    """A database with two cases and a verified backup of it, then a third case saved after the backup."""
    url = f"sqlite:///{tmp_path / 'data' / 'cd.sqlite3'}"
    ws = open_workspace(url)
    for _ in range(2):
        case_service.save_case(ws, samr_case.model_copy(update={"id": None}))
    backup_service.backup_now(url)
    case_service.save_case(ws, samr_case.model_copy(update={"id": None}))
    ws.db.dispose()
    return url


def damage(url: str) -> None:
    path = backup_service.database_file(url)
    data = bytearray(path.read_bytes())
    data[:100] = b"\x00garbage" * 12 + b"\x00" * 4  # the SQLite header is gone
    path.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)


def cases_in(ws) -> int:
    with ws.db.session() as s:
        return s.scalar(select(func.count()).select_from(t.Case))


def test_a_corrupt_database_at_start_offers_the_latest_good_backup_and_restores_it(qtbot, backed_up):
    damage(backed_up)
    errors.answers[safe_start._tr(OFFER)] = True
    ws = safe_start.open_or_offer_restore(backed_up)
    try:
        kinds = [(kind, title) for kind, title, _ in errors.shown]
        assert ("ask", safe_start._tr(OFFER)) in kinds
        question = next(text for kind, _, text in errors.shown if kind == "ask")
        assert "数据库文件已损坏" in question and "credit_desk-" in question and "不会删除" in question
        assert ws is not None and cases_in(ws) == 2  # the state of the backup
        told = next(text for kind, _, text in errors.shown if kind == "inform")
        assert "已从备份恢复数据库" in told and "另存" in told
    finally:
        if ws is not None:
            ws.db.dispose()
    folder = backup_service.database_file(backed_up).parent
    kept = list(folder.glob("replaced-*/cd.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes()[:8] == b"\x00garbage"  # the damaged file, kept aside


def test_declining_the_offer_leaves_the_damaged_file_alone(qtbot, backed_up):
    damage(backed_up)
    before = backup_service.database_file(backed_up).read_bytes()
    errors.answers[safe_start._tr(OFFER)] = False
    assert safe_start.open_or_offer_restore(backed_up) is None
    assert backup_service.database_file(backed_up).read_bytes() == before


def test_a_corrupt_database_without_a_backup_says_so(qtbot, tmp_path):
    path = tmp_path / "cd.sqlite3"
    path.write_bytes(b"not a database at all " * 300)
    assert safe_start.open_or_offer_restore(f"sqlite:///{path}") is None
    [(kind, _title, text)] = errors.shown
    assert kind == "environment" and "损坏" in text and "没有找到可用的备份" in text


def test_a_locked_database_is_not_offered_a_restore(qtbot, backed_up, monkeypatch):
    """Only a damaged file gets the offer; a database held by another program gets its own message."""
    from credit_desk.store.db import StoreError
    from credit_desk.store.dialect import ErrorKind

    def locked(_url):  # what open_workspace raises after the busy timeout (see tests/unit/store/test_backup.py)
        raise StoreError("数据库正被其他程序或另一个 Credit Desk 窗口占用，请稍后再试：cd.sqlite3", ErrorKind.LOCKED)

    monkeypatch.setattr(safe_start, "open_workspace", locked)
    assert safe_start.open_or_offer_restore(backed_up) is None
    assert [kind for kind, _, _ in errors.shown] == ["environment"]
    assert "占用" in errors.shown[0][2] and "备份" not in errors.shown[0][2]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen platform: no window stacking
def test_a_second_instance_is_refused_and_the_running_one_comes_forward(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'cd.sqlite3'}"
    first = safe_start.claim_database(url)
    assert first is not None
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setWindowTitle("running")
    window.show()
    window.showMinimized()
    first.window = window
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            second = safe_start.claim_database(url)
            assert second is None
        [(kind, title, text)] = errors.shown
        assert kind == "environment" and title == safe_start._tr("Credit Desk is already running")
        assert "已经在运行" in text and "调到最前面" in text
        qtbot.waitUntil(lambda: not window.windowState() & Qt.WindowState.WindowMinimized)
        assert window.isVisible()
    finally:
        first.release()
    third = safe_start.claim_database(url)  # released (as when the first app quits): a new start works
    assert third is not None
    third.release()


def test_the_instance_lock_is_dropped_when_its_process_dies(tmp_path):
    """A crashed Credit Desk never blocks the next start (an OS lock, not a marker file)."""
    import subprocess
    import sys

    from credit_desk.store.instance_lock import InstanceLock

    url = f"sqlite:///{tmp_path / 'cd.sqlite3'}"
    code = (
        "import sys, time; from credit_desk.store.instance_lock import InstanceLock\n"
        f"lk = InstanceLock.for_url({url!r}); assert lk.acquire(); print('held', flush=True); time.sleep(30)"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        assert not InstanceLock.for_url(url).acquire()
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    lock = InstanceLock.for_url(url)
    assert lock.acquire()
    lock.release()
