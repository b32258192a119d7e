"""The store's SQL is portable: the migrations and the register query build for PostgreSQL too.

With ``CREDIT_DESK_TEST_PG_URL`` set (e.g. a throwaway cluster, platform-notes §9) and psycopg
installed, the round trip and the register run against a real PostgreSQL server as well.
"""

from __future__ import annotations

import argparse
import io
import os
import re
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.dialects import postgresql

from credit_desk.domain.process import CaseState
from credit_desk.store import tables as t
from credit_desk.store.cases import count_cases, list_cases, load_case, save_case
from credit_desk.store.catalog_store import catalogs_from_db, load_catalogs_into_db
from credit_desk.store.db import alembic_config, open_database


def test_migrations_render_for_postgresql() -> None:
    out = io.StringIO()
    cfg = alembic_config()
    cfg.output_buffer = out
    cfg.cmd_opts = argparse.Namespace(x=["url=postgresql://credit@localhost/credit_desk"])
    command.upgrade(cfg, "head", sql=True)
    sql = out.getvalue()
    created = set(re.findall(r"CREATE TABLE (\w+)", sql))
    assert created == {tb.name for tb in t.metadata.sorted_tables} | {"alembic_version"}
    assert "TIMESTAMP WITH TIME ZONE" in sql and "BYTEA" in sql
    assert "PRAGMA" not in sql


class _CompilingSession:
    """Stands in for a session: compiles each statement for PostgreSQL instead of running it."""

    def __init__(self) -> None:
        self.sql: list[str] = []

    def _compile(self, stmt: Any) -> None:
        self.sql.append(str(stmt.compile(dialect=postgresql.dialect())))

    def execute(self, stmt: Any) -> list[Any]:
        self._compile(stmt)
        return []

    def scalar(self, stmt: Any) -> int:
        self._compile(stmt)
        return 0


def test_register_query_compiles_for_postgresql() -> None:
    s = _CompilingSession()
    list_cases(s, text="张 91350100", state=[CaseState.DRAFT], standard="SAMR-44")  # type: ignore[arg-type]
    count_cases(s, text="王")  # type: ignore[arg-type]
    assert len(s.sql) == 2
    assert all("ILIKE" in q and "ESCAPE" in q for q in s.sql)


PG_URL = os.environ.get("CREDIT_DESK_TEST_PG_URL", "")


@pytest.mark.skipif(not PG_URL, reason="set CREDIT_DESK_TEST_PG_URL to test against PostgreSQL")
def test_round_trip_on_postgresql(catalogs, make_full_case, make_minimal_case) -> None:
    db = open_database(PG_URL)
    try:
        with db.session() as s:
            load_catalogs_into_db(s, catalogs)
            full = make_full_case(name="𠈌某食品有限公司")
            full_id = save_case(s, full, state=CaseState.LISTED)
            draft_id = save_case(s, make_minimal_case("王"))
        with db.session() as s:
            assert catalogs_from_db(s) == catalogs
            assert load_case(s, full_id) == full.model_copy(update={"id": full_id})
            assert {r.id for r in list_cases(s, text="王")} >= {draft_id}
            assert full_id in {r.id for r in list_cases(s, text="𠈌", state=CaseState.LISTED)}
            assert full_id in {r.id for r in list_cases(s, text="某市监信列〔2026〕5号")}
    finally:
        with db.engine.begin() as conn:  # leave the server as found
            for table in reversed(t.metadata.sorted_tables):
                conn.execute(text(f'DROP TABLE IF EXISTS "{table.name}" CASCADE'))
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        db.dispose()
