"""The usage log (R-17): append, read with filters, and check the hash chain.

Why a hash chain: the database refuses UPDATE and DELETE on ``usage_log`` (triggers, schema 0004),
but whoever holds the file can drop the triggers. Each entry therefore stores the SHA-256 of the
previous entry and its own SHA-256 over a canonical serialisation of its fields, including its id
(ids run 1, 2, 3…). Editing an entry, removing one or slipping one in then shows in
:func:`verify_chain`, which names the entry. The head row (``usage_log_head``) names the last entry,
so cutting entries off the end shows too.

Appends hold the write lock (``BEGIN IMMEDIATE`` on SQLite, a table lock on PostgreSQL) so two
appenders never chain onto the same entry; the unique ``prev_hash`` makes a fork impossible anyway.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from credit_desk.store import dialect
from credit_desk.store import tables as t

__all__ = [
    "GENESIS",
    "ChainProblem",
    "ChainReport",
    "LogEntry",
    "LogFilter",
    "append",
    "count_entries",
    "entry_hash",
    "query",
    "verify_chain",
]

#: The "previous hash" of the first entry.
GENESIS = "0" * 64
_TABLE = t.UsageLogEntry.__tablename__
_HEAD_ID = 1


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One entry as stored. ``at`` is UTC."""

    id: int
    at: datetime
    officer: str
    action: str
    object: str
    purpose: str
    details: str
    prev_hash: str
    hash: str


def canonical_time(at: datetime | str) -> str:
    """The entry time as hashed: UTC, ``YYYY-MM-DD HH:MM:SS.ffffff`` (what SQLite stores, and the same
    text for a PostgreSQL ``timestamptz``), so the hash does not depend on the engine."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(sep=" ", timespec="microseconds")


def _canonical(entry_id: int, at: str, officer: str, action: str, obj: str, purpose: str, details: str,
               prev_hash: str) -> bytes:
    """Length-prefixed fields: unambiguous whatever the officer typed (no separator can be forged)."""
    parts = (str(entry_id), at, officer, action, obj, purpose, details, prev_hash)
    return "".join(f"{len(p)}:{p};" for p in parts).encode("utf-8")


def entry_hash(entry_id: int, at: datetime | str, officer: str, action: str, obj: str, purpose: str,
               details: str, prev_hash: str) -> str:
    """The SHA-256 (hex) an entry with these fields must carry."""
    canon = _canonical(entry_id, canonical_time(at), officer, action, obj, purpose, details, prev_hash)
    return hashlib.sha256(canon).hexdigest()


def _last(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(t.UsageLogEntry.id, t.UsageLogEntry.hash).order_by(t.UsageLogEntry.id.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def append(
    session: Session,
    *,
    officer: str,
    action: str,
    object: str,  # the column's name
    purpose: str = "",
    details: str = "",
    at: datetime | None = None,
) -> LogEntry:
    """Add one entry at the end of the chain, inside the caller's transaction.

    The caller should have begun the transaction with the write lock (``documents.begin_write``); the
    lock here covers PostgreSQL.
    """
    dialect.lock_for_append(session.connection(), _TABLE)
    last_id, last_hash = _last(session)
    at = (at or datetime.now(UTC)).astimezone(UTC)
    new_id = last_id + 1
    digest = entry_hash(new_id, at, officer, action, object, purpose, details, last_hash)
    row = t.UsageLogEntry(id=new_id, at=at, officer=officer, action=action, object=object, purpose=purpose,
                          details=details, prev_hash=last_hash, hash=digest)
    session.add(row)
    head = session.get(t.UsageLogHead, _HEAD_ID)
    if head is None:
        session.add(t.UsageLogHead(id=_HEAD_ID, last_id=new_id, last_hash=digest))
    else:
        head.last_id, head.last_hash = new_id, digest
    session.flush()
    return LogEntry(new_id, at, officer, action, object, purpose, details, last_hash, digest)


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LogFilter:
    """What the viewer shows: a time range (UTC, ``until`` exclusive), an officer, an action, and a
    text found in the object, purpose or details."""

    since: datetime | None = None
    until: datetime | None = None
    officer: str = ""
    action: str = ""
    text: str = ""


def _where(f: LogFilter) -> list[Any]:
    e = t.UsageLogEntry
    conds: list[Any] = []
    if f.since is not None:
        conds.append(e.at >= f.since.astimezone(UTC))
    if f.until is not None:
        conds.append(e.at < f.until.astimezone(UTC))
    if f.officer:
        conds.append(e.officer == f.officer)
    if f.action:
        conds.append(e.action == f.action)
    if f.text:
        like = f"%{f.text}%"
        conds.append(or_(e.object.like(like), e.purpose.like(like), e.details.like(like)))
    return conds


def _entry(row: Any) -> LogEntry:
    at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
    return LogEntry(row.id, at, row.officer, row.action, row.object, row.purpose, row.details, row.prev_hash,
                    row.hash)


def query(session: Session, f: LogFilter | None = None, *, limit: int | None = None, offset: int = 0,
          newest_first: bool = True) -> list[LogEntry]:
    """Entries matching ``f``, newest first by default (what the viewer shows)."""
    e = t.UsageLogEntry
    stmt = select(e).where(*_where(f or LogFilter()))
    stmt = stmt.order_by(e.id.desc() if newest_first else e.id).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_entry(r) for r in session.scalars(stmt)]


def iter_entries(session: Session, f: LogFilter | None = None, *, batch: int = 5000) -> Iterator[LogEntry]:
    """Every matching entry, oldest first, fetched in batches (exports of a large log)."""
    e = t.UsageLogEntry
    last = 0
    while True:
        rows = session.scalars(select(e).where(e.id > last, *_where(f or LogFilter())).order_by(e.id).limit(batch))
        chunk = [_entry(r) for r in rows]
        if not chunk:
            return
        yield from chunk
        last = chunk[-1].id


def count_entries(session: Session, f: LogFilter | None = None) -> int:
    return int(session.scalar(select(func.count()).select_from(t.UsageLogEntry).where(*_where(f or LogFilter())))
               or 0)


def officers_and_actions(session: Session) -> tuple[list[str], list[str]]:
    """The distinct officers and actions in the log (the viewer's filter choices)."""
    e = t.UsageLogEntry
    officers = sorted(str(x) for x in session.scalars(select(e.officer).distinct()))
    actions = sorted(str(x) for x in session.scalars(select(e.action).distinct()))
    return officers, actions


# --- the chain ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """One thing wrong in the chain: the entry concerned (its id, 0 for the log as a whole) and why."""

    entry_id: int
    message_cn: str


@dataclass(frozen=True, slots=True)
class ChainReport:
    entries: int
    head_id: int
    head_hash: str
    problems: list[ChainProblem]

    @property
    def ok(self) -> bool:
        return not self.problems


_COLUMNS = "id, at, officer, action, object, purpose, details, prev_hash, hash"


def verify_chain(session: Session, *, progress: Callable[[int, int], None] | None = None,
                 batch: int = 20000, max_problems: int = 1000) -> ChainReport:
    """Re-hash every entry in id order and check each link, the id sequence and the head row.

    Reads through the driver in batches (a million entries take a few seconds, see docs/benchmarks.md);
    ``progress(done, total)`` is called after each batch. Problems beyond ``max_problems`` are counted
    in one summary line, not listed.
    """
    conn = session.connection()
    total = int(conn.exec_driver_sql(f"SELECT count(*) FROM {_TABLE}").scalar() or 0)
    problems: list[ChainProblem] = []
    extra = 0

    def note(entry_id: int, message: str) -> None:
        nonlocal extra
        if len(problems) < max_problems:
            problems.append(ChainProblem(entry_id, message))
        else:
            extra += 1

    expected_id, prev_hash, prev_id, done = 1, GENESIS, 0, 0
    sha256 = hashlib.sha256
    last_seen = 0
    cursor = conn.connection.cursor()  # the driver's own cursor: plain tuples, a million of them
    try:
        while True:
            where = f"id > {int(last_seen)} ORDER BY id LIMIT {int(batch)}"
            cursor.execute(f"SELECT {_COLUMNS} FROM {_TABLE} WHERE {where}")
            rows = cursor.fetchall()
            if not rows:
                break
            for entry_id, at, officer, action, obj, purpose, details, stored_prev, stored_hash in rows:
                if entry_id != expected_id:
                    gap = f"{expected_id}" if entry_id == expected_id + 1 else f"{expected_id}–{entry_id - 1}"
                    note(entry_id, f"使用记录第 {gap} 条缺失（已被删除）。")
                if stored_prev != prev_hash:
                    where = f"第 {prev_id} 条" if prev_id else "日志开头"
                    note(entry_id, f"使用记录第 {entry_id} 条所链接的前一条哈希与{where}不符："
                                   f"{where}被改动，或两者之间有记录被插入或删除。")
                if type(at) is str and len(at) == 26 and at[10] == " ":
                    when = at  # SQLite's text is already the canonical form (the fast path: no parsing)
                else:
                    try:
                        when = canonical_time(at)
                    except (TypeError, ValueError):  # overwritten with something that is no time
                        when = repr(at)
                # _canonical inlined: this loop runs a million times in an inspection
                eid, o, a, ob, pu, de, pr = str(entry_id), officer or "", action or "", obj or "", purpose or "", \
                    details or "", stored_prev or ""
                canon = (f"{len(eid)}:{eid};{len(when)}:{when};{len(o)}:{o};{len(a)}:{a};{len(ob)}:{ob};"
                         f"{len(pu)}:{pu};{len(de)}:{de};{len(pr)}:{pr};")
                if sha256(canon.encode()).hexdigest() != stored_hash:
                    note(entry_id, f"使用记录第 {entry_id} 条的内容与其哈希不符（记录被修改或被伪造插入）。")
                prev_hash, prev_id, expected_id = stored_hash, entry_id, entry_id + 1
            done += len(rows)
            last_seen = rows[-1][0]
            if progress is not None:
                progress(done, total)
    finally:
        cursor.close()
    head = conn.exec_driver_sql("SELECT last_id, last_hash FROM usage_log_head WHERE id = 1").first()
    head_id, head_hash = (int(head[0]), str(head[1])) if head else (0, GENESIS)
    if (head_id, head_hash) != (prev_id, prev_hash):
        if head_id > prev_id:
            note(head_id, f"使用记录最后应为第 {head_id} 条，现只到第 {prev_id} 条：末尾的记录已被删除。")
        else:
            note(prev_id, f"使用记录末尾的第 {prev_id} 条与记录头（第 {head_id} 条）不符：末尾有记录被插入或改动。")
    if extra:
        problems.append(ChainProblem(0, f"另有 {extra} 处问题未逐条列出。"))
    return ChainReport(entries=done, head_id=head_id, head_hash=head_hash, problems=problems)
