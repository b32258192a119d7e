"""Backup and restore as officer actions (issue 5 item 3): the GUI, the CLI and the start-up call these.

The file work is ``store.backup``; this module knows the workspace: which file the database is, where
its backups go (the officer's chosen folder, e.g. a USB stick, remembered per database on this
workstation), when the daily backup is due, and how to reopen the workspace after a restore.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from credit_desk.store import backup as store
from credit_desk.store.backup import BackupError, BackupInfo
from credit_desk.store.db import open_database
from credit_desk.store.dialect import sqlite_file

from .workspace import Workspace

DAILY = timedelta(days=1)

__all__ = [
    "BackupError",
    "BackupInfo",
    "RestoreResult",
    "backup_folder",
    "backup_now",
    "daily_backup_if_due",
    "database_file",
    "latest_good_backup",
    "list_backups",
    "restore_database",
    "restore_workspace",
    "set_backup_folder",
]


def database_file(url: str) -> Path:
    """The SQLite file behind ``url``.

    Raises:
        BackupError: the database is a server (PostgreSQL) or in memory: no file to back up here.
    """
    file = sqlite_file(url)
    if not file:
        raise BackupError("该数据库位于数据库服务器上，请使用服务器的备份工具（如 pg_dump）备份和恢复。")
    return Path(file)


def backup_folder(url: str) -> Path:
    """Where backups of this database go (the officer's choice, else ``backups/`` beside the file)."""
    return store.configured_folder(database_file(url))


def set_backup_folder(url: str, folder: Path | None) -> Path:
    """Remember the backup folder for this database; it must exist and be writable. Returns the folder used.

    Raises:
        BackupError: the folder does not exist or cannot be written (Chinese message).
    """
    db_file = database_file(url)
    if folder is not None and folder.expanduser().resolve() == store.default_folder(db_file).resolve():
        folder = None  # the default needs no setting; it is created when first used
    if folder is not None:
        folder = folder.expanduser().resolve()
        if not folder.is_dir():
            raise BackupError(f"备份文件夹不存在（U 盘是否已插好？）：{folder}")
        probe = folder / ".credit-desk-write-test"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise BackupError(f"备份文件夹不可写入：{folder}（{exc.strerror}）") from exc
    try:
        store.set_configured_folder(db_file, folder)
    except OSError as exc:
        raise BackupError(f"无法保存设置：{exc}") from exc
    return store.configured_folder(db_file)


def list_backups(url: str) -> list[BackupInfo]:
    return store.list_backups(backup_folder(url))


def latest_good_backup(url: str) -> BackupInfo | None:
    """The newest backup of this database that passes verification (what the start-up offers)."""
    try:
        found = store.latest_good_backup(backup_folder(url))
    except BackupError:
        return None
    return found[0] if found else None


def backup_now(
    url: str,
    folder: Path | None = None,
    *,
    reason: str = "manual",
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
    officer: str = "",
) -> BackupInfo:
    """Back the database up into ``folder`` (default: its backup folder), verify it, then rotate; the backup
    is recorded in the usage log (R-17) with the officer (the workstation account for the automatic ones).

    Raises:
        BackupError: nothing usable was written (the message says why: full, read-only, damaged …).
    """
    target = folder or backup_folder(url)
    info = store.make_backup(database_file(url), target, reason=reason, now=now, progress=progress)
    store.rotate(target)
    _log(url, officer, "backup", info.path, f"原因：{reason}")
    return info


def _log(url: str, officer: str, action: str, path: Path, details: str) -> None:
    """R-17: a backup or restore is a use of the whole register; it goes into the database's usage log.

    A backup that was written and verified stays valid even if the log cannot be written (the database
    may be full or locked); the failure is logged for the administrator rather than undoing the backup.
    """
    from credit_desk.store import documents as doc_store
    from credit_desk.store import usage_log as log_store

    from .usage_log import system_officer

    try:
        db = open_database(url)
        try:
            with db.session() as s:
                doc_store.begin_write(s)
                log_store.append(s, officer=officer or system_officer(), action=action, object=f"file:{path}",
                                 details=details)
        finally:
            db.dispose()
    except Exception:  # see the docstring: the backup itself is done
        logging.getLogger(__name__).exception("usage log entry for %s of %s not written", action, path)


def daily_backup_if_due(url: str, *, now: datetime | None = None) -> BackupInfo | None:
    """The automatic daily backup: made when the newest backup is older than a day (or there is none)."""
    if not sqlite_file(url):
        return None
    now = now or datetime.now(UTC)
    age = store.last_backup_age(backup_folder(url), now)
    if age is not None and age < DAILY:
        return None
    return backup_now(url, reason="daily", now=now)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    revision: str
    kept_aside: Path | None  # the folder holding the replaced database


def restore_database(url: str, backup: Path, *, progress: Callable[[int, int], None] | None = None,
                     officer: str = "") -> RestoreResult:
    """Replace the database file by ``backup`` (nobody may have it open: the CLI, or at start). The restore
    is recorded in the restored database's usage log (R-17), naming the backup and where the replaced
    database was kept.

    Raises:
        BackupError: the backup is damaged or not ours (nothing changed), or the folder is not writable.
    """
    revision = store.verify_backup(backup)
    aside = store.restore_backup(backup, database_file(url), progress=progress)
    _log(url, officer, "restore", backup, f"被替换的数据库另存于：{aside}" if aside else "")
    return RestoreResult(restored_from=backup, revision=revision, kept_aside=aside)


def restore_workspace(ws: Workspace, backup: Path, *,
                      progress: Callable[[int, int], None] | None = None, officer: str = "") -> RestoreResult:
    """Restore while the app runs: verify first, close the connections, replace, reopen and reload ``ws``.

    Raises:
        BackupError: nothing was replaced (the workspace stays open on the old database).
        credit_desk.store.db.StoreError: the restored database could not be reopened.
    """
    store.verify_backup(backup)  # refuse a bad backup before closing anything
    url = ws.db.url
    ws.db.dispose()
    try:
        result = restore_database(url, backup, progress=progress, officer=officer)
    finally:
        ws.db = open_database(url)  # the restored file, or the untouched old one; migrated if older
    ws.reload()
    return result
