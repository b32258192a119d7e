"""Opening the database: pragmas, migrations, schema version, environment errors as StoreError."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, Table, inspect, select, text

from credit_desk.store import tables as t
from credit_desk.store.db import Database, StoreError, head_revision, open_database, schema_version


def _pragma(db: Database, name: str) -> object:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    assert _pragma(sqlite_db, "journal_mode") == "wal"
    assert _pragma(sqlite_db, "foreign_keys") == 1
    assert _pragma(sqlite_db, "synchronous") == 2  # FULL
    assert _pragma(sqlite_db, "busy_timeout") == 5000


def test_migrates_empty_file_to_head(sqlite_db: Database, db_path: Path) -> None:
    assert db_path.exists()
    assert schema_version(sqlite_db) == head_revision() == "0006"
    names = set(inspect(sqlite_db.engine).get_table_names())
    assert {tb.name for tb in t.metadata.sorted_tables} | {"alembic_version"} == names


def test_migrated_schema_matches_table_models(db: Database) -> None:
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, t.metadata) == []


def test_schema_comparison_sees_a_difference(db: Database) -> None:
    """Control for the test above: a column the migrations lack is reported."""
    extra = MetaData()
    for table in t.metadata.sorted_tables:
        table.to_metadata(extra)
    Table("cases", extra, Column("not_migrated", Integer), extend_existing=True)
    with db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), extra)
    assert [d[0] for d in diffs] == ["add_column"]


def test_reopen_keeps_data_and_skips_migration(db_path: Path) -> None:
    calls: list[tuple[str, str]] = []

    def note(current: str, head: str) -> None:
        calls.append((current, head))

    with open_database(str(db_path), before_migrate=note) as sqlite_db, sqlite_db.session() as s:
        s.add(t.Officer(name="王五"))
    assert calls == [("", head_revision())]
    with open_database(str(db_path), before_migrate=note) as sqlite_db, sqlite_db.session() as s:
        assert s.scalars(select(t.Officer.name)).all() == ["王五"]
    assert len(calls) == 1


def test_migrate_false_leaves_schema(db_path: Path) -> None:
    with open_database(str(db_path), migrate=False) as sqlite_db:
        assert schema_version(sqlite_db) == ""
        assert inspect(sqlite_db.engine).get_table_names() == []


def test_default_url_is_in_the_data_dir(tmp_path: Path) -> None:
    with open_database() as sqlite_db:
        assert sqlite_db.url == "sqlite:///" + str((tmp_path / "userdata" / "credit_desk.sqlite3").resolve())
        assert schema_version(sqlite_db) == head_revision()


def test_creates_parent_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "c.sqlite3"
    with open_database(str(path)):
        assert path.exists()


def test_session_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(t.Officer(name="张三"))
        s.flush()
        raise RuntimeError("boom")
    with db.session() as s:
        assert s.scalars(select(t.Officer)).all() == []


def test_foreign_keys_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.session() as s:
        s.execute(text("INSERT INTO case_provision (case_id, position, provision_code) VALUES (999, 0, 'X')"))


def test_garbage_file_is_refused_in_chinese(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(os.urandom(64) + b"this is not a database" * 200)
    with pytest.raises(StoreError) as info:
        open_database(str(db_path))
    assert "数据库文件已损坏或不是 Credit Desk 数据库" in info.value.message_cn
    assert str(db_path) in str(info.value)


def test_other_programs_database_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="不是 Credit Desk 数据库"):
        open_database(str(db_path))


def test_newer_schema_is_refused(sqlite_db: Database, db_path: Path) -> None:
    with sqlite_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    sqlite_db.dispose()
    with pytest.raises(StoreError, match="更新版本"):
        open_database(str(db_path))


def test_read_only_database_is_refused(db_path: Path) -> None:
    """A file that may only be read (SQLite read-only mode: independent of running as root)."""
    db_path.parent.mkdir(parents=True)
    sqlite3.connect(db_path).close()  # an empty, valid, unmigrated database
    url = f"sqlite:///file:{db_path}?mode=ro&uri=true"
    with pytest.raises(StoreError) as info:
        open_database(url)
    assert "只读" in info.value.message_cn


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreError) as info:
            open_database(str(folder / "credit_desk.sqlite3"))
        assert "只读" in info.value.message_cn
    finally:
        folder.chmod(0o755)


def test_uncreatable_folder_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="无法创建数据库所在的文件夹"):
        open_database(str(blocker / "sub" / "credit_desk.sqlite3"))


def test_locked_database_is_reported(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE pending (id INTEGER)")
    try:
        with pytest.raises(StoreError, match="占用"):
            open_database(str(db_path), timeout=0.1)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_import_does_not_load_qt() -> None:
    code = (
        "import sys, credit_desk.store, credit_desk.store.cases, credit_desk.store.catalog_store;"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_file_head_matches_alembic_head():
    """The fast start-up path compares against file names; they must name alembic's head."""
    from credit_desk.store.db import file_head_revision, head_revision

    assert file_head_revision() == head_revision()


def test_opening_a_current_database_does_not_import_alembic(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'cd.sqlite3'}"
    code = (
        "import sys; from credit_desk.store.db import open_database; open_database(sys.argv[1]).dispose();"
        "sys.modules.pop('alembic', None); [sys.modules.pop(m) for m in list(sys.modules) if m.startswith('alembic')];"
        "open_database(sys.argv[1]).dispose(); assert 'alembic' not in sys.modules"
    )
    res = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
