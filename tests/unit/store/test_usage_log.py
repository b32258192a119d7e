"""The usage log (R-17): append-only in the database, hash-chained, and every tampering named by the chain check.

The tamper tests act as an attacker would: a plain ``sqlite3`` connection, triggers dropped first.
"""

from __future__ import annotations

import itertools
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from credit_desk.store import usage_log as log_store
from credit_desk.store.db import Database
from credit_desk.store.usage_log import GENESIS, LogFilter


def fill(db: Database, n: int = 5) -> list[log_store.LogEntry]:
    start = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)
    out = []
    with db.session() as s:
        for i in range(n):
            out.append(log_store.append(
                s, officer="李明" if i % 2 else "王芳", action="view" if i % 3 else "export",
                object=f"case:{i + 1}", purpose="异议核实" if i % 3 == 0 else "", details=f"第{i + 1}次",
                at=start + timedelta(hours=i),
            ))
    return out


def check(db: Database) -> log_store.ChainReport:
    with db.session() as s:
        return log_store.verify_chain(s)


def attacker(db_path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that has removed the append-only triggers."""
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER usage_log_no_update")
    con.execute("DROP TRIGGER usage_log_no_delete")
    return con


def test_entries_chain_onto_each_other(db: Database) -> None:
    entries = fill(db)
    assert [e.id for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
    report = check(db)
    assert report.ok and report.entries == 5
    assert (report.head_id, report.head_hash) == (5, entries[-1].hash)


def test_the_hash_covers_every_field(db: Database) -> None:
    e = fill(db, 1)[0]
    base = (e.id, e.at, e.officer, e.action, e.object, e.purpose, e.details, e.prev_hash)
    assert log_store.entry_hash(*base) == e.hash
    for i in range(len(base)):
        changed = list(base)
        changed[i] = changed[i] + timedelta(seconds=1) if isinstance(changed[i], datetime) else (
            changed[i] + 1 if isinstance(changed[i], int) else changed[i] + "x")
        assert log_store.entry_hash(*changed) != e.hash, f"field {i} is not hashed"


def test_the_database_refuses_update_and_delete(db: Database) -> None:
    fill(db, 2)
    for sql in ("UPDATE usage_log SET officer = 'x' WHERE id = 1", "DELETE FROM usage_log WHERE id = 2"):
        with pytest.raises(DBAPIError, match="append-only"), db.session() as s:
            s.execute(text(sql))
    assert check(db).ok


def test_plain_sqlite_client_is_refused_too(sqlite_db: Database, db_path: Path) -> None:
    fill(sqlite_db, 2)
    con = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("UPDATE usage_log SET purpose = '' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("DELETE FROM usage_log")
    con.close()


def test_two_entries_can_never_chain_onto_the_same_one(db: Database) -> None:
    first = fill(db, 1)[0]
    with pytest.raises(IntegrityError), db.session() as s:
        s.execute(text("INSERT INTO usage_log (id, at, officer, action, object, purpose, details, prev_hash, hash) "
                       "VALUES (99, :at, 'x', 'view', 'case:1', '', '', :prev, 'forged')"),
                  {"at": datetime.now(UTC), "prev": first.prev_hash})


def test_edited_entry_is_named(sqlite_db: Database, db_path: Path) -> None:
    fill(sqlite_db)
    con = attacker(db_path)
    con.execute("UPDATE usage_log SET purpose = '日常工作' WHERE id = 3")
    con.commit()
    con.close()
    report = check(sqlite_db)
    assert [p.entry_id for p in report.problems] == [3]
    assert "第 3 条" in report.problems[0].message_cn and "被修改" in report.problems[0].message_cn


def test_edit_with_recomputed_hash_breaks_the_next_link(sqlite_db: Database, db_path: Path) -> None:
    entries = fill(sqlite_db)
    e = entries[2]
    forged = log_store.entry_hash(e.id, e.at, "别人", e.action, e.object, e.purpose, e.details, e.prev_hash)
    con = attacker(db_path)
    con.execute("UPDATE usage_log SET officer = '别人', hash = ? WHERE id = 3", (forged,))
    con.commit()
    con.close()
    report = check(sqlite_db)
    assert [p.entry_id for p in report.problems] == [4]
    assert "第 3 条" in report.problems[0].message_cn


def test_deleted_entry_in_the_middle_is_named(sqlite_db: Database, db_path: Path) -> None:
    fill(sqlite_db)
    con = attacker(db_path)
    con.execute("DELETE FROM usage_log WHERE id = 2")
    con.commit()
    con.close()
    report = check(sqlite_db)
    messages = " ".join(p.message_cn for p in report.problems)
    assert {p.entry_id for p in report.problems} == {3}
    assert "第 2 条缺失" in messages


def test_entries_cut_off_at_the_end_are_noticed(sqlite_db: Database, db_path: Path) -> None:
    fill(sqlite_db)
    con = attacker(db_path)
    con.execute("DELETE FROM usage_log WHERE id >= 4")
    con.commit()
    con.close()
    report = check(sqlite_db)
    assert [p.entry_id for p in report.problems] == [5]
    assert "末尾的记录已被删除" in report.problems[0].message_cn


def test_inserted_entries_are_named(sqlite_db: Database, db_path: Path) -> None:
    entries = fill(sqlite_db)
    last = entries[-1]
    con = sqlite3.connect(db_path)  # inserting needs no trigger dropped
    at = "2026-11-02 09:00:00.000000"
    good = log_store.entry_hash(6, at, "李明", "view", "case:9", "", "", last.hash)
    con.execute("INSERT INTO usage_log (id, at, officer, action, object, purpose, details, prev_hash, hash) "
                "VALUES (6, ?, '李明', 'view', 'case:9', '', '', ?, ?)", (at, last.hash, good))
    con.execute("INSERT INTO usage_log (id, at, officer, action, object, purpose, details, prev_hash, hash) "
                "VALUES (7, ?, '李明', 'view', 'case:9', '', '', 'x', 'y')", (at,))
    con.commit()
    con.close()
    report = check(sqlite_db)
    ids = [p.entry_id for p in report.problems]
    assert 7 in ids, "an entry with a forged link and hash"
    assert any("记录头" in p.message_cn for p in report.problems), "a well-forged entry still misses the head row"


def test_query_filters_by_time_officer_action_and_text(db: Database) -> None:
    fill(db, 6)
    with db.session() as s:
        assert [e.id for e in log_store.query(s)] == [6, 5, 4, 3, 2, 1]
        assert [e.id for e in log_store.query(s, LogFilter(officer="李明"))] == [6, 4, 2]
        assert [e.id for e in log_store.query(s, LogFilter(action="export"))] == [4, 1]
        assert [e.id for e in log_store.query(s, LogFilter(text="异议"))] == [4, 1]
        window = LogFilter(since=datetime(2026, 11, 2, 2, 0, tzinfo=UTC), until=datetime(2026, 11, 2, 4, 0, tzinfo=UTC))
        assert [e.id for e in log_store.query(s, window)] == [3, 2]
        assert log_store.count_entries(s, LogFilter(officer="王芳")) == 3
        assert [e.id for e in log_store.iter_entries(s, batch=4)] == [1, 2, 3, 4, 5, 6]
        assert log_store.officers_and_actions(s) == (["李明", "王芳"], ["export", "view"])
        assert log_store.query(s, limit=1)[0].at.tzinfo is not None
