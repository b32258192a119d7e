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


def snapshot_read_options(dialect_name: str) -> dict[str, Any]:
    """Execution options for a read that must see one state across many statements (the integrity check
    reads the whole usage-log chain, then its head row, while the officer goes on working).

    SQLite needs none: the explicit deferred ``BEGIN`` (:func:`configure_engine`) reads one WAL snapshot
    from its first SELECT until it ends, whatever is committed meanwhile. PostgreSQL's default READ
    COMMITTED gives each statement a fresh view; REPEATABLE READ keeps the first one.
    """
    return {} if dialect_name == "sqlite" else {"isolation_level": "REPEATABLE READ"}


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


# --- append-only tables and integrity checks (usage log, R-17; ``verify``) -------------------------

APPEND_ONLY_MESSAGE = "usage_log is append-only (R-17)"


def append_only_ddl(dialect_name: str, table: str) -> list[str]:
    """Statements that make ``table`` refuse UPDATE and DELETE inside the database itself.

    Why in the database and not only in the ORM: an officer or a script with a plain SQL client must
    not be able to rewrite the usage log either (R-17); dropping the triggers takes a deliberate act,
    and the hash chain then still shows the change (``verify``). PostgreSQL also refuses TRUNCATE.
    """
    if dialect_name == "sqlite":
        return [
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END",
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END",
        ]
    if dialect_name == "postgresql":
        return [
            f"CREATE OR REPLACE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}'; END $$",
            f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()",
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_append_only()",
        ]
    return []


def drop_append_only_ddl(dialect_name: str, table: str) -> list[str]:
    """The reverse of :func:`append_only_ddl` (migration downgrade)."""
    if dialect_name == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {table}_no_update", f"DROP TRIGGER IF EXISTS {table}_no_delete"]
    if dialect_name == "postgresql":
        return [
            f"DROP TRIGGER IF EXISTS {table}_no_change ON {table}",
            f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}",
            f"DROP FUNCTION IF EXISTS {table}_append_only()",
        ]
    return []


def lock_for_append(connection: Any, table: str) -> None:
    """Serialise appenders of a hash-chained table for the rest of the transaction.

    SQLite: the caller's transaction already holds the write lock (``BEGIN IMMEDIATE``). PostgreSQL:
    two appenders must not read the same last hash, so the table is locked against other writers
    (readers still read).
    """
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")


def integrity_problems(connection: Any, *, thorough: bool = False) -> list[str]:
    """What the engine's own consistency check finds wrong with the file.

    SQLite: ``quick_check`` (every page and record, in linear time: 0.2 s for 200,000 log entries), or
    with ``thorough`` the full ``integrity_check``, which also matches every index against its table
    (about 8× slower). PostgreSQL checks its pages itself (checksums, WAL): nothing to run, so [].
    """
    if connection.dialect.name != "sqlite":
        return []
    pragma = "integrity_check" if thorough else "quick_check"
    rows = [str(r[0]) for r in connection.exec_driver_sql(f"PRAGMA {pragma}").fetchall()]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(connection: Any) -> list[str]:
    """Rows whose parent is missing (SQLite ``foreign_key_check``; PostgreSQL enforces keys always)."""
    if connection.dialect.name != "sqlite":
        return []
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return [f"{table}#{rowid} → {parent}" for table, rowid, parent, _fk in rows]
