"""Everything that depends on the database engine: SQLite pragmas, transaction control, error kinds.

The rest of ``store`` is portable SQL (SQLite for the single workstation, PostgreSQL when a county
shares one database); anything that only one engine needs lives here, so it is easy to audit.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url

DEFAULT_BUSY_TIMEOUT = 5.0  # seconds a writer waits for another writer before "database is locked"

#: Connection execution option: this transaction will write (e.g. take a document number), so SQLite
#: starts it with ``BEGIN IMMEDIATE``. A deferred transaction that read first and writes later fails at
#: once with SQLITE_BUSY_SNAPSHOT in WAL mode when another writer committed meanwhile (no busy wait);
#: taking the write lock at BEGIN makes concurrent writers queue instead. PostgreSQL ignores it (row
#: locks from ``UPDATE`` serialise there).
WRITE_TRANSACTION = "credit_desk_write_transaction"


def write_transaction_options() -> dict[str, Any]:
    """Execution options for a session's connection whose transaction must hold the write lock from its start."""
    return {WRITE_TRANSACTION: True}


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_file(url: str) -> str | None:
    """The file path of an SQLite URL, or None for an in-memory database or another engine."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        return None
    path = u.database or ""
    if path.startswith("file:"):  # sqlite:///file:/path?mode=ro&uri=true
        path = path[len("file:") :].split("?", 1)[0]
    if not path or path == ":memory:" or "mode=memory" in str(u):
        return None
    return path


def engine_options(url: str, *, timeout: float = DEFAULT_BUSY_TIMEOUT) -> dict[str, Any]:
    """Keyword arguments for ``create_engine``."""
    if is_sqlite(url):
        return {"connect_args": {"timeout": timeout}}
    return {"pool_pre_ping": True}


def configure_engine(engine: Engine, *, timeout: float = DEFAULT_BUSY_TIMEOUT) -> None:
    """Install the per-connection setup an engine needs (SQLite only; PostgreSQL needs nothing).

    SQLite:
    - ``journal_mode=WAL``: readers never block the writer; the mode is stored in the file.
    - ``synchronous=FULL``: with WAL, a committed transaction survives a power cut (NORMAL would not).
    - ``foreign_keys=ON``: off by default in SQLite, per connection.
    - ``busy_timeout``: wait for another writer instead of failing at once.
    - The driver's own transaction handling is replaced by an explicit ``BEGIN`` so that DDL
      (migrations) and savepoints are transactional, as on PostgreSQL (SQLAlchemy's documented
      recipe for pysqlite); ``BEGIN IMMEDIATE`` when the connection carries :data:`WRITE_TRANSACTION`.
    """
    if engine.dialect.name != "sqlite":
        return
    busy_ms = int(timeout * 1000)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # the driver never opens transactions by itself
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {busy_ms}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(WRITE_TRANSACTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def migration_options(dialect_name: str) -> dict[str, Any]:
    """Extra ``context.configure`` options for alembic: SQLite alters tables by copying them."""
    return {"render_as_batch": dialect_name == "sqlite"}


class ErrorKind(StrEnum):
    """What went wrong in the environment, independent of the engine's wording."""

    CORRUPT = "corrupt"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    CANNOT_OPEN = "cannot_open"
    DISK_FULL = "disk_full"
    IO = "io"
    CONNECTION = "connection"
    OTHER = "other"


_SQLITE_PATTERNS: tuple[tuple[str, ErrorKind], ...] = (
    ("file is not a database", ErrorKind.CORRUPT),
    ("file is encrypted", ErrorKind.CORRUPT),
    ("malformed", ErrorKind.CORRUPT),
    ("database is locked", ErrorKind.LOCKED),
    ("database table is locked", ErrorKind.LOCKED),
    ("readonly database", ErrorKind.READ_ONLY),
    ("read-only", ErrorKind.READ_ONLY),
    ("unable to open database file", ErrorKind.CANNOT_OPEN),
    ("database or disk is full", ErrorKind.DISK_FULL),
    ("disk i/o error", ErrorKind.IO),
)

_POSTGRES_PATTERNS: tuple[tuple[str, ErrorKind], ...] = (
    ("connection refused", ErrorKind.CONNECTION),
    ("could not connect", ErrorKind.CONNECTION),
    ("could not translate host name", ErrorKind.CONNECTION),
    ("password authentication failed", ErrorKind.CONNECTION),
    ("server closed the connection", ErrorKind.CONNECTION),
    ("connection timeout", ErrorKind.CONNECTION),
    ("read-only transaction", ErrorKind.READ_ONLY),
    ("no space left on device", ErrorKind.DISK_FULL),
    ("lock timeout", ErrorKind.LOCKED),
)


def classify_error(exc: BaseException) -> ErrorKind:
    """The environment failure behind a driver error, from its message (drivers have no codes we share)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    for needle, kind in (*_SQLITE_PATTERNS, *_POSTGRES_PATTERNS):
        if needle in text:
            return kind
    return ErrorKind.OTHER
