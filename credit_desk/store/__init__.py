"""Persistence: SQLModel tables, engine and sessions, migrations, catalogs and cases in the database.

Knows nothing of Qt; imports only ``credit_desk.domain`` and ``credit_desk.paths`` from the project.
"""

from typing import Any

__all__ = ["Database", "StoreError", "open_database", "schema_version"]


def __getattr__(name: str) -> Any:
    """The names above on first use: importing ``credit_desk.store.quick_read`` must not load SQLAlchemy."""
    if name in __all__:
        from credit_desk.store import db

        return getattr(db, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
