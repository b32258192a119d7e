"""Backups of the SQLite database file: make, verify, list, rotate, restore (issue 5 item 3).

A backup is made with SQLite's online backup API (``sqlite3.Connection.backup``) from the live file: it
copies a consistent snapshot even while the app holds the database open in WAL mode, which a plain
file copy does not (committed pages may still sit in ``-wal``). Every backup is written to a hidden
``.partial`` file, verified (``PRAGMA integrity_check``, it opens, it carries a schema revision this
program knows) and only then renamed to its final name, so a backup folder never holds a half-written
file under a real name. A restore verifies the backup before it touches anything, copies it next to the
database, verifies the copy, moves the replaced database (with its ``-wal``/``-shm``) aside into a
timestamped folder, and renames the copy into place.

SQLite only: a county sharing a PostgreSQL server backs it up with the server's own tools (pg_dump).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

PREFIX = "credit_desk-"
SUFFIX = ".sqlite3"
#: ``credit_desk-20261123T080102Z-daily.sqlite3``: UTC time of the backup and why it was made.
_NAME = re.compile(r"^credit_desk-(\d{8}T\d{6})(\d{0,6})Z-([a-z0-9_]+)\.sqlite3$")
REASONS = ("daily", "manual", "migration")
KEEP_DAILY = 7
KEEP_WEEKLY = 4
PAGES_PER_STEP = 256  # pages copied between progress reports (4 KiB pages: 1 MiB)

#: ``progress(done_pages, total_pages)``; raise from it to abort (the partial file is removed).
Progress = Callable[[int, int], None]


class BackupError(Exception):
    """A backup or restore that could not be done, with the Chinese message for the officer."""

    def __init__(self, message_cn: str) -> None:
        super().__init__(message_cn)
        self.message_cn = message_cn


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # UTC
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_name(made_at: datetime, reason: str) -> str:
    stamp = made_at.astimezone(UTC).strftime("%Y%m%dT%H%M%S%f")
    return f"{PREFIX}{stamp}Z-{reason}{SUFFIX}"


def parse_name(path: Path) -> BackupInfo | None:
    """The backup a file name describes, or None when the file is not one of ours."""
    m = _NAME.match(path.name)
    if not m:
        return None
    made = datetime.strptime(m.group(1) + (m.group(2) or "0").ljust(6, "0"), "%Y%m%dT%H%M%S%f")
    return BackupInfo(path=path, made_at=made.replace(tzinfo=UTC), reason=m.group(3))


def list_backups(folder: Path) -> list[BackupInfo]:
    """Our backups in ``folder``, newest first (an unreadable or missing folder has none)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [info for p in entries if p.is_file() and (info := parse_name(p)) is not None]
    return sorted(found, key=lambda b: b.made_at, reverse=True)


# --- verification --------------------------------------------------------------------------------


def known_revisions() -> set[str]:
    """Schema revisions this program can open (migration file names ``NNNN_*.py``; no alembic import)."""
    versions = Path(__file__).resolve().parent / "migrations" / "versions"
    return {p.name.split("_", 1)[0] for p in versions.glob("[0-9]*_*.py")}


def verify_backup(path: Path) -> str:
    """Check that ``path`` is a whole, readable Credit Desk database; return its schema revision.

    Raises:
        BackupError: missing, unreadable, damaged, not ours, or from a newer program (Chinese message).
    """
    if not path.is_file():
        raise BackupError(f"备份文件不存在：{path}")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"无法打开备份文件：{path}（{exc}）") from exc
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            raise BackupError(f"备份文件已损坏，未做任何恢复：{path}（完整性检查：{'；'.join(rows[:3])}）")
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            row = None
        revision = row[0] if row else ""
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"备份文件已损坏或不是 Credit Desk 数据库，未做任何恢复：{path}（{exc}）") from exc
    finally:
        conn.close()
    if not revision:
        raise BackupError(f"该文件不是 Credit Desk 数据库备份（没有数据结构版本），未做任何恢复：{path}")
    if revision not in known_revisions():
        raise BackupError(f"备份由更新版本的 Credit Desk 创建（数据结构版本 {revision}），请升级软件后再恢复：{path}")
    return revision


# --- making backups ------------------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not supported (Windows): the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def copy_database(source: Path, target: Path, *, progress: Progress | None = None) -> None:
    """Consistent copy of the live database ``source`` into a new file ``target`` (backup API), synced."""
    src = sqlite3.connect(source)  # not read-only: a WAL reader may need to create the -shm
    try:
        dst = sqlite3.connect(target)
        try:
            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            dst.close()
    finally:
        src.close()
    _fsync_file(target)


def _disk_message(exc: OSError | sqlite3.Error, folder: Path) -> str:
    text = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno == 28) or "disk is full" in text or "no space" in text:
        return f"备份文件夹所在磁盘空间已满，备份未完成：{folder}"
    if isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text or "permission" in text:
        return f"备份文件夹是只读的或没有写入权限，备份未完成：{folder}"
    return f"无法写入备份文件夹，备份未完成：{folder}（{exc}）"


def make_backup(
    db_file: Path,
    folder: Path,
    *,
    reason: str = "manual",
    now: datetime | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Back ``db_file`` up into ``folder``: copy, verify, then give it its final name.

    Raises:
        BackupError: the database is missing or damaged, the folder cannot be written or is full; no
            partial file is left behind.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not db_file.is_file():
        raise BackupError(f"数据库文件不存在，无法备份：{db_file}")
    made_at = now or datetime.now(UTC)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"无法创建备份文件夹（U 盘是否已插好？）：{folder}（{exc.strerror}）") from exc
    final = folder / backup_name(made_at, reason)
    partial = folder / f".{final.name}.partial"
    try:
        copy_database(db_file, partial, progress=progress)
        verify_backup(partial)
        os.replace(partial, final)
        _fsync_dir(folder)
    except BackupError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"备份后的校验未通过，备份未完成：{exc.message_cn}") from exc
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc).lower():
            raise BackupError(f"数据库文件已损坏，无法备份：{db_file}") from exc
        raise BackupError(_disk_message(exc, folder)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return BackupInfo(path=final, made_at=made_at, reason=reason)


# --- rotation ------------------------------------------------------------------------------------


def to_keep(backups: list[BackupInfo], *, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> set[Path]:
    """Which backups rotation keeps: the newest of each of the last ``daily`` days that have one, the
    newest of each of the last ``weekly`` ISO weeks before those, and always the newest pre-migration
    backup (the way back if an upgrade went wrong)."""
    newest = sorted(backups, key=lambda b: b.made_at, reverse=True)
    keep: set[Path] = set()
    days: list[object] = []
    covered: set[object] = set()  # weeks that already have a daily backup kept
    weeks: list[object] = []
    for b in newest:
        day = b.made_at.date()
        week = b.made_at.isocalendar()[:2]
        if day not in days and len(days) < daily:
            days.append(day)
            covered.add(week)
            keep.add(b.path)
            continue
        if day in days or week in covered:
            continue
        if week not in weeks and len(weeks) < weekly:
            weeks.append(week)
            keep.add(b.path)
    migration = [b for b in newest if b.reason == "migration"]
    if migration:
        keep.add(migration[0].path)
    return keep


def rotate(folder: Path) -> list[Path]:
    """Delete the backups rotation does not keep; return what was deleted."""
    backups = list_backups(folder)
    keep = to_keep(backups)
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError:
                pass  # a read-only stick: keep everything rather than fail the backup
    return removed


def last_backup_age(folder: Path, now: datetime | None = None) -> timedelta | None:
    backups = list_backups(folder)
    if not backups:
        return None
    return (now or datetime.now(UTC)) - backups[0].made_at


def latest_good_backup(folder: Path) -> tuple[BackupInfo, str] | None:
    """The newest backup that passes :func:`verify_backup`, with its revision; None if there is none."""
    for b in list_backups(folder):
        try:
            return b, verify_backup(b.path)
        except BackupError:
            continue
    return None


# --- restore -------------------------------------------------------------------------------------


def _companions(db_file: Path) -> list[Path]:
    return [db_file, db_file.with_name(db_file.name + "-wal"), db_file.with_name(db_file.name + "-shm"),
            db_file.with_name(db_file.name + "-journal")]


def restore_backup(backup: Path, db_file: Path, *, now: datetime | None = None,
                   progress: Progress | None = None) -> Path | None:
    """Replace ``db_file`` by ``backup``; the caller has closed every connection to ``db_file`` first.

    Returns:
        The folder the replaced database (and its -wal/-shm) was moved into, or None if there was none.

    Raises:
        BackupError: the backup is damaged or not ours (nothing was touched), or the folder cannot be
            written (the replaced database is put back).
    """
    verify_backup(backup)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = db_file.parent
    incoming = folder / f".{db_file.name}.restoring"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy_database(backup, incoming, progress=progress)
        verify_backup(incoming)
    except BackupError as exc:
        incoming.unlink(missing_ok=True)
        raise BackupError(f"备份复制后的校验未通过，未做任何恢复：{exc.message_cn}") from exc
    except (OSError, sqlite3.Error) as exc:
        incoming.unlink(missing_ok=True)
        raise BackupError(_disk_message(exc, folder).replace("备份未完成", "未做任何恢复")) from exc
    present = [p for p in _companions(db_file) if p.exists()]
    aside: Path | None = None
    moved: list[tuple[Path, Path]] = []
    try:
        if present:
            aside = folder / f"replaced-{stamp}"
            aside.mkdir()
            for p in present:
                os.replace(p, aside / p.name)
                moved.append((p, aside / p.name))
        os.replace(incoming, db_file)
        _fsync_dir(folder)
    except OSError as exc:
        for original, kept in reversed(moved):  # put the replaced database back as it was
            if kept.exists() and not original.exists():
                os.replace(kept, original)
        if aside is not None and aside.exists() and not any(aside.iterdir()):
            aside.rmdir()
        incoming.unlink(missing_ok=True)
        raise BackupError(f"恢复失败，原数据库保持不变：{db_file}（{exc.strerror or exc}）") from exc
    return aside


# --- where backups go ----------------------------------------------------------------------------

BACKUP_DIR_KEY = "backup_dir"


def default_folder(db_file: Path) -> Path:
    """``backups/`` beside the database file."""
    return db_file.parent / "backups"


def configured_folder(db_file: Path) -> Path:
    """The folder the officer chose for this database (e.g. a USB stick), else :func:`default_folder`."""
    from credit_desk.store import local_settings

    chosen = local_settings.database_value(db_file, BACKUP_DIR_KEY)
    return Path(chosen) if chosen else default_folder(db_file)


def set_configured_folder(db_file: Path, folder: Path | None) -> None:
    """Remember the backup folder for this database (None: back to the default)."""
    from credit_desk.store import local_settings

    local_settings.set_database_value(db_file, BACKUP_DIR_KEY, str(folder) if folder else None)


def backup_before_migration(db_file: Path, current: str, head: str) -> BackupInfo | None:
    """The backup taken before a schema upgrade (db.open_database's default ``before_migrate``).

    A new, empty database (``current`` == "") has nothing to lose: no backup.

    Raises:
        BackupError: the backup could not be made; the upgrade must not run then.
    """
    if not current:
        return None
    info = make_backup(db_file, configured_folder(db_file), reason="migration")
    rotate(info.path.parent)
    return info
