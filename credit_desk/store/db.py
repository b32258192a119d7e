"""Opening the database: engine, migrations to the current schema, sessions, and environment errors.

One officer action is one transaction: ``with db.session() as s: ...`` commits at the end of the
block, or rolls everything back when it raises. Failures of the environment (a damaged file, a
locked database, a read-only folder, a full disk) become :class:`StoreError` with a Chinese message
the application shows in a dialog; anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from credit_desk import paths
from credit_desk.store import dialect
from credit_desk.store.dialect import ErrorKind
from credit_desk.store.quick_read import file_head_revision  # no alembic, no SQLAlchemy: shared with the quick start

if TYPE_CHECKING:  # alembic costs ~150 ms to import: only when a migration is due (see _check_and_migrate)
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


class StoreError(Exception):
    """A failure of the environment (file, folder, server), with a message for the officer."""

    def __init__(self, message_cn: str, kind: ErrorKind | None = None) -> None:
        super().__init__(message_cn)
        self.message_cn = message_cn
        #: what failed, when known (the start-up offers a backup only for a damaged file)
        self.kind = kind


def _describe(url: str) -> str:
    """The database as the officer knows it: the file path, or the server URL without password."""
    return dialect.sqlite_file(url) or make_url(url).render_as_string(hide_password=True)


_MESSAGES = {
    ErrorKind.CORRUPT: "数据库文件已损坏或不是 Credit Desk 数据库：{where}",
    ErrorKind.LOCKED: "数据库正被其他程序或另一个 Credit Desk 窗口占用，请稍后再试：{where}",
    ErrorKind.READ_ONLY: "数据库文件或其所在文件夹是只读的，无法写入：{where}",
    ErrorKind.CANNOT_OPEN: "无法打开数据库文件（文件夹不存在、不可写或文件被占用）：{where}",
    ErrorKind.DISK_FULL: "磁盘空间已满，数据未能保存：{where}",
    ErrorKind.IO: "读写数据库文件时发生磁盘错误：{where}",
    ErrorKind.CONNECTION: "无法连接数据库服务器：{where}",
}


#: what to install for a PostgreSQL database (pyproject's optional dependency ``postgres``)
POSTGRES_EXTRA = "pip install 'credit-desk[postgres]'"
URL_HINT = "应为数据库文件路径，或 PostgreSQL 地址（postgresql+psycopg://用户名:密码@服务器:端口/数据库名）"


def _driver_missing(url: str, exc: ImportError) -> StoreError:
    """The message for a database URL whose driver is not installed (or cannot be loaded)."""
    where = _describe(url)
    if make_url(url).get_backend_name() == "postgresql":
        return StoreError(
            f"未安装 PostgreSQL 数据库驱动（psycopg），无法连接：{where}\n"
            f"请在安装 Credit Desk 的 Python 环境中安装：{POSTGRES_EXTRA}",
            ErrorKind.CONNECTION,
        )
    return StoreError(f"未安装该数据库的驱动（{exc.name or exc}），无法连接：{where}\n"
                      "Credit Desk 支持 SQLite 数据库文件和 PostgreSQL 数据库服务器。", ErrorKind.CONNECTION)


def _folder_read_only(folder: Path) -> bool:
    return folder.is_dir() and not os.access(folder, os.W_OK)


def store_error_for(exc: BaseException, url: str) -> StoreError | None:
    """The :class:`StoreError` for an environment failure, or None if ``exc`` is not one (a bug)."""
    kind = dialect.classify_error(exc)
    if kind is ErrorKind.OTHER:
        return None
    file = dialect.sqlite_file(url)
    if kind is ErrorKind.CANNOT_OPEN and file and _folder_read_only(Path(file).parent):
        kind = ErrorKind.READ_ONLY
    return StoreError(_MESSAGES[kind].format(where=_describe(url)), kind)


class Database:
    """An open database: the engine and a session factory."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any exception.

        Raises:
            StoreError: the database is locked, read-only, full, or damaged.
        """
        s = self._sessions()
        try:
            yield s
            s.commit()
        except DBAPIError as exc:
            s.rollback()
            err = store_error_for(exc, self.url)
            if err is None:
                raise
            raise err from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def dispose(self) -> None:
        """Close every pooled connection (before a backup/restore, or at exit)."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.dispose()

    def __repr__(self) -> str:
        return f"Database({_describe(self.url)!r})"


def alembic_config(connection: Connection | None = None) -> Config:
    """An alembic configuration built in code (no alembic.ini, independent of the working directory)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The schema version this program writes."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def _stored_revision(conn: Connection) -> str | None:
    """The revision stored in the database without alembic; None when there is no version table."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    row = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return row[0] if row else ""


def _current_revision(conn: Connection) -> str:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision() or ""


def schema_version(db: Database) -> str:
    """The schema version (alembic revision) of an open database, "" if it has none yet."""
    with db.engine.connect() as conn:
        return _current_revision(conn)


def open_database(
    url: str | None = None,
    *,
    migrate: bool = True,
    timeout: float = dialect.DEFAULT_BUSY_TIMEOUT,
    before_migrate: Callable[[str, str], None] | None = None,
) -> Database:
    """Open (and create) the database and bring its schema to the current version.

    Args:
        url: an SQLAlchemy URL or a file path; default ``paths.default_db_url()`` (the user data dir).
        migrate: run pending migrations; without it the schema is left as found.
        timeout: seconds to wait for another writer before reporting the database as locked.
        before_migrate: called with (current revision, head revision) before a pending upgrade
            runs; current is "" for a new, empty database; not called when the schema is current.
            Default: an SQLite file is backed up first (``store.backup.backup_before_migration``).

    Raises:
        StoreError: the file is damaged or not a Credit Desk database, the folder is read-only,
            the database is locked, the server unreachable, the schema is newer than this program,
            the URL is not understood, or its driver (psycopg for PostgreSQL) is not installed.
    """
    url = paths.db_url(url) if url else paths.default_db_url()
    try:
        file = dialect.sqlite_file(url)
    except ArgumentError as exc:  # not a URL SQLAlchemy can parse
        raise StoreError(f"无法识别的数据库地址，{URL_HINT}") from exc
    if file:
        try:
            Path(file).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"无法创建数据库所在的文件夹：{Path(file).parent}（{exc.strerror}）") from exc
    try:
        engine = create_engine(url, **dialect.engine_options(url, timeout=timeout))
    except ImportError as exc:  # the driver (psycopg for PostgreSQL) is an optional dependency
        raise _driver_missing(url, exc) from exc
    except NoSuchModuleError as exc:  # an engine SQLAlchemy does not know (``foo://``)
        raise StoreError(f"无法识别的数据库地址：{_describe(url)}\n{URL_HINT}") from exc
    dialect.configure_engine(engine, timeout=timeout)
    db = Database(engine, url)
    try:
        _check_and_migrate(db, migrate=migrate, before_migrate=before_migrate)
    except BaseException as exc:
        engine.dispose()
        if isinstance(exc, StoreError):
            raise
        if isinstance(exc, DBAPIError):
            err = store_error_for(exc, url)
            if err is None and isinstance(exc, OperationalError):
                err = StoreError(f"无法打开数据库：{_describe(url)}（{exc.orig}）")
            if err is not None:
                raise err from exc
        raise
    return db


def _default_before_migrate(db: Database) -> Callable[[str, str], None]:
    """Back an SQLite file up before its schema is upgraded (issue 5); a failed backup stops the upgrade."""
    file = dialect.sqlite_file(db.url)

    def backup_first(current: str, head: str) -> None:
        if not file:
            return  # PostgreSQL: the server's own backups (pg_dump) apply
        from credit_desk.store.backup import BackupError, backup_before_migration

        try:
            backup_before_migration(Path(file), current, head)
        except BackupError as exc:
            raise StoreError(f"升级数据库前的备份未能完成，数据库未升级：{exc.message_cn}") from exc

    return backup_first


def _check_and_migrate(db: Database, *, migrate: bool, before_migrate: Callable[[str, str], None] | None) -> None:
    with db.engine.connect() as conn:
        if _stored_revision(conn) == file_head_revision():
            return  # the usual start: schema current, no need to load alembic
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    head = head_revision()
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        current = _current_revision(conn) if VERSION_TABLE in tables else ""
    where = _describe(db.url)
    if tables and VERSION_TABLE not in tables:
        if dialect.sqlite_file(db.url):
            raise StoreError(
                f"数据库文件已损坏或不是 Credit Desk 数据库：{where}（含有其他程序的数据表）", ErrorKind.CORRUPT
            )
        raise StoreError(f"该数据库中已有其他程序的数据表，请为 Credit Desk 单独建立数据库：{where}")
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current and current not in known:
        raise StoreError(
            f"数据库由更新版本的 Credit Desk 创建（数据结构版本 {current}，本程序支持到 {head}），"
            f"请升级软件后再打开：{where}"
        )
    if not migrate or current == head:
        return
    if before_migrate is None:
        before_migrate = _default_before_migrate(db)
    before_migrate(current, head)
    with db.engine.begin() as conn:
        try:
            command.upgrade(alembic_config(conn), "head")
        except CommandError as exc:
            raise StoreError(f"数据库升级失败：{where}（{exc}）") from exc
