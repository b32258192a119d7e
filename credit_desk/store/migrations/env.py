"""Alembic environment for Credit Desk.

The application runs migrations in code (``store.db.open_database``) and hands over its own
connection in ``config.attributes["connection"]``; developers may also run the ``alembic`` command
with ``credit_desk/store/alembic.ini`` and a URL (``-x url=...`` or ``CREDIT_DESK_DB``).
"""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from credit_desk import paths
from credit_desk.store import dialect
from credit_desk.store.tables import metadata

config = context.config
if config.config_file_name and "connection" not in config.attributes:  # the alembic command line
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def _url() -> str:
    return context.get_x_argument(as_dictionary=True).get("url") or paths.default_db_url()


def run_migrations_offline() -> None:
    """Write the SQL instead of running it (``alembic upgrade head --sql``), e.g. for a DBA."""
    url = _url()
    context.configure(
        url=url,
        target_metadata=metadata,
        literal_binds=True,
        **dialect.migration_options(url.split(":", 1)[0].split("+", 1)[0]),
    )
    with context.begin_transaction():
        context.run_migrations()


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        compare_type=True,
        **dialect.migration_options(connection.dialect.name),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = _url()
    engine = create_engine(url, **dialect.engine_options(url))
    dialect.configure_engine(engine)
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
