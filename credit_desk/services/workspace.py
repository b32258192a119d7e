"""The officer's workspace: the open database with its catalogs, calendar and settings.

The CLI and the GUI open one workspace and pass it to the use cases; nothing reaches for globals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from credit_desk.domain.calendar import DayOverride, WorkCalendar
from credit_desk.domain.catalog import Catalogs, load_catalogs
from credit_desk.paths import resource
from credit_desk.store import catalog_store
from credit_desk.store.db import Database, open_database


@lru_cache(maxsize=1)
def shipped_catalogs() -> Catalogs:
    """The catalogs as shipped in resources/catalogs (used when no database is involved)."""
    return load_catalogs(resource("catalogs"))


def shipped_settings() -> dict[str, Any]:
    return dict(shipped_catalogs().settings)


@dataclass
class Workspace:
    db: Database
    catalogs: Catalogs
    calendar: WorkCalendar
    settings: dict[str, Any]

    def reload(self) -> None:
        """Re-read catalogs, calendar and settings after the officer edited them."""
        with self.db.session() as s:
            self.catalogs = catalog_store.catalogs_from_db(s)
            self.calendar = calendar_from_db(s)
        self.settings = dict(self.catalogs.settings)


def calendar_from_db(session) -> WorkCalendar:
    """The working-day calendar with the office's holiday entries."""
    days, years = catalog_store.holiday_overrides(session)
    overrides = {d: DayOverride(workday=w, name=n) for d, (w, n) in days.items()}
    return WorkCalendar(overrides, covered_years=years)


def open_workspace(url: str | None = None) -> Workspace:
    """Open (and migrate) the database, load the seed catalogs on first use, and read them back.

    Raises:
        credit_desk.store.db.StoreError: the database cannot be opened (message in Chinese).
    """
    db = open_database(url)
    catalog_store.ensure_seed_catalogs(db)
    ws = Workspace(db=db, catalogs=shipped_catalogs(), calendar=WorkCalendar(), settings={})
    ws.reload()
    return ws
