"""Persistence: SQLModel tables, engine and sessions, migrations, catalogs and cases in the database.

Knows nothing of Qt; imports only ``credit_desk.domain`` and ``credit_desk.paths`` from the project.
"""

from credit_desk.store.db import Database, StoreError, open_database, schema_version

__all__ = ["Database", "StoreError", "open_database", "schema_version"]
