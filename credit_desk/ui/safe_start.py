"""The guarded start (issue 5 items 3, 5, 6): one instance, a damaged database, the log-in, the daily backup.

``app.run_gui`` calls these in order: :func:`claim_database` (a second Credit Desk on the same database is
refused and the running one comes forward), :func:`open_or_offer_restore` (a damaged or unreadable
file: offer the newest backup that passes verification), :func:`log_in` (only when a password is set),
then :func:`start_daily_backup` in the background once the window shows.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QDialog, QWidget

from credit_desk.store import local_settings, quick_read
from credit_desk.ui import errors
from credit_desk.ui.background import Task, db_lock, run_in_background, run_with_progress
from credit_desk.ui.single_instance import InstanceGuard, ask_running_instance_to_show

if TYPE_CHECKING:  # SQLAlchemy and the services load behind the first frame on the quick start (issue 3)
    from credit_desk.services.workspace import Workspace

log = logging.getLogger(__name__)

#: ``services.officers.OFFICERS_KEY``: where the workstation settings keep the officers (a test keeps them equal)
OFFICERS_KEY = "officers"


def restorable() -> set:
    """Failures a backup can cure: the file is damaged, not ours, or cannot be read."""
    from credit_desk.store.dialect import ErrorKind

    return {ErrorKind.CORRUPT, ErrorKind.IO}


def first_screen(url: str) -> quick_read.FirstScreen | None:
    """The register's start-up page when the database is ordinary (see ``store.quick_read``), else None."""
    screen = quick_read.read_first_screen(url)
    log.info("start-up: %s", "quick first screen" if screen is not None else "full open first")
    return screen


def _tr(text: str) -> str:
    """A SafeStart string as shown (tests look titles up with it; lupdate reads the literal calls below)."""
    return QCoreApplication.translate("SafeStart", text)


def claim_database(url: str) -> InstanceGuard | None:
    """This process's hold on the database; None (after telling the officer) when another instance has it."""
    guard = InstanceGuard(url, QCoreApplication.instance())
    if guard.claim():
        return guard
    guard.deleteLater()
    came_forward = ask_running_instance_to_show(url)
    from credit_desk.store.dialect import sqlite_file

    where = sqlite_file(url) or url
    message = f"信用认定工作台已经在运行，并且正在使用这个数据库：{where}\n\n同一个数据库只能由一个窗口使用。"
    message += "已把正在运行的窗口调到最前面。" if came_forward else "请切换到已经打开的窗口。"
    title = QCoreApplication.translate("SafeStart", "Credit Desk is already running")
    errors.environment_failure(None, title, message)
    return None


def run_blocking(parent: QWidget | None, title: str, fn: Callable[[Task], Any]) -> tuple[str, Any]:
    """Run ``fn`` off the GUI thread with progress and Cancel, and wait for it (before the main loop runs).

    Returns ("done", result), ("error", exception) or ("cancelled", None).
    """
    loop = QEventLoop()
    outcome: list[tuple[str, Any]] = []

    def finish(kind: str) -> Callable[..., None]:
        def inner(*args: Any) -> None:
            outcome.append((kind, args[0] if args else None))
            loop.quit()

        return inner

    run_with_progress(parent, title, fn, on_done=finish("done"), on_error=finish("error"),
                      on_cancelled=finish("cancelled"))
    if not outcome:
        loop.exec()
    return outcome[0]


def open_workspace(url: str) -> Workspace:
    """``services.workspace.open_workspace``, imported on first use: SQLAlchemy loads behind the first frame."""
    from credit_desk.services.workspace import open_workspace as open_full

    return open_full(url)


def open_or_offer_restore(url: str) -> Workspace | None:
    """Open the workspace; if the file is damaged, offer the newest good backup. None: nothing to open."""
    from credit_desk.store.db import StoreError

    try:
        return open_workspace(url)
    except StoreError as exc:
        failure = exc
    from credit_desk.services import backup as backup_service  # only a failed open needs the backups

    title = QCoreApplication.translate("SafeStart", "Cannot open the database")
    can_restore = failure.kind in restorable()
    backup = backup_service.latest_good_backup(url) if can_restore else None
    if backup is None:
        extra = "\n\n没有找到可用的备份。" if can_restore else ""
        errors.environment_failure(None, title, failure.message_cn + extra)
        return None
    made = backup.made_at.astimezone()
    question = (
        f"{failure.message_cn}\n\n找到最近一份通过校验的备份：{made:%Y年%m月%d日 %H:%M}（{backup.path.name}）。\n"
        "是否用这份备份恢复数据库？当前的数据库文件会移到旁边的文件夹中保留，不会删除。"
        "备份之后录入的内容需要重新录入。"
    )
    offer = QCoreApplication.translate("SafeStart", "Restore the latest good backup?")
    if not errors.ask(None, offer, question, default=True):
        return None
    log.warning("restoring %s from %s after: %s", url, backup.path, failure.message_cn)

    def work(task: Task):
        def progress(done: int, total: int) -> None:
            task.check_cancelled()
            task.progress(done, total, QCoreApplication.translate("SafeStart", "Restoring the database…"))

        return backup_service.restore_database(url, backup.path, progress=progress)

    kind, value = run_blocking(None, QCoreApplication.translate("SafeStart", "Restoring the database…"), work)
    if kind == "cancelled":
        errors.environment_failure(None, title, "恢复已取消，数据库保持原样。")
        return None
    if kind == "error":
        message = getattr(value, "message_cn", None) or f"{type(value).__name__}: {value}"
        errors.environment_failure(None, title, f"恢复失败：{message}")
        return None
    aside = value.kept_aside
    errors.inform(None, QCoreApplication.translate("SafeStart", "Restore from backup"),
                  f"已从备份恢复数据库：{backup.path.name}" + (f"\n损坏的数据库已另存在：{aside}" if aside else ""))
    try:
        return open_workspace(url)
    except StoreError as exc:
        errors.environment_failure(None, title, exc.message_cn)
        return None


def log_in(parent: QWidget | None = None) -> str | None:
    """The officer who works now: the log-in dialog when a password is set, else the default officer.

    None when the officer cancelled the log-in (the app then quits). Without a password this reads only
    the workstation settings file (``services.officers`` with argon2 and SQLAlchemy loads for the dialog).
    """
    accounts = local_settings.load().get(OFFICERS_KEY, {})
    accounts = accounts if isinstance(accounts, dict) else {}
    # services.officers.login_required / default_officer, without their imports (a test keeps them equal)
    if not any(isinstance(entry, dict) and entry.get("hash") for entry in accounts.values()):
        return next(iter(accounts)) if len(accounts) == 1 else getpass.getuser()
    from credit_desk.ui.login_dialog import LoginDialog

    dialog = LoginDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.officer


def start_daily_backup(ws: Workspace, parent: QWidget | None = None) -> None:
    """The automatic daily backup, in the background; a failure is told, never fatal."""
    from credit_desk.services import backup as backup_service  # loaded after the first frame, not before

    url = ws.db.url

    def work():
        with db_lock:
            return backup_service.daily_backup_if_due(url)

    def done(info) -> None:
        if info is not None:
            text = QCoreApplication.translate("SafeStart", "Daily backup written: %1")
            errors.show_status(parent, text.replace("%1", str(info.path)))

    def failed(exc: BaseException, tb: str) -> None:
        message = getattr(exc, "message_cn", None)
        if message is None:
            errors.report(exc, tb, parent)
            return
        errors.environment_failure(parent, QCoreApplication.translate("SafeStart", "Daily backup failed"), message)

    run_in_background(work, on_done=done, on_error=failed)
