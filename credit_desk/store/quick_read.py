"""The first screen without SQLAlchemy (issue 3, "shell first"): office profile, register's first page, count.

Importing SQLAlchemy, SQLModel and pydantic costs about half a second, several times what a bare Qt
window needs to appear. On an ordinary start (an SQLite file at the current schema, an office profile,
no unfinished wizard draft) this module reads what the first frame shows with the standard library's
``sqlite3`` in read-only mode, and the full workspace opens right after the window is on screen.

Anything unusual — not SQLite, a missing, damaged or locked file, another schema version, no seed
catalogs, no office profile, a pending draft, a value this module does not understand — makes
:func:`read_first_screen` return None, and the start takes the full path (restore offer, migrations,
first-run dialog, drafts offer) exactly as before. It never writes, and never raises for a bad file.

Only the standard library and ``credit_desk.domain.process`` are imported here (tests keep it so).
The query and the line format mirror ``store.register.list_cases``/``count_cases`` and
``services.register._line``; a test compares both on 10,000 cases.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from credit_desk.domain.process import STATE_LABELS, CaseState

#: Lines on the first page (``services.register.PAGE_SIZE``; a test keeps them equal).
PAGE_SIZE = 200
#: The key in ``office.number_patterns`` that marks the current profile (``store.profile.PROFILE_MARK``).
PROFILE_MARK = "@profile"
_CURRENT = "current"
_NATURAL_PERSON = "natural_person"  # domain.model.SubjectKind.NATURAL_PERSON (a test keeps them equal)
VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
#: Seconds to wait for a writer before giving up on the quick path (the full path then waits its own way).
_BUSY_TIMEOUT = 0.5

_LINES = """
SELECT cases.id, cases.reference, subject.name, subject.kind, subject.uscc, subject.id_number,
       cases.standard_code, cases.state, notice.number, decision.number, cases.updated_at
FROM cases JOIN subject ON subject.id = cases.subject_id
LEFT OUTER JOIN notice ON notice.case_id = cases.id
LEFT OUTER JOIN decision ON decision.case_id = cases.id
ORDER BY cases.updated_at DESC, cases.id DESC
LIMIT ? OFFSET 0
"""
_COUNT = """
SELECT count(cases.id)
FROM cases JOIN subject ON subject.id = cases.subject_id
LEFT OUTER JOIN notice ON notice.case_id = cases.id
LEFT OUTER JOIN decision ON decision.case_id = cases.id
"""


@dataclass(frozen=True)
class FirstLine:
    """One line of the register, ready to show (the officer's own data, unmasked); also
    ``services.register.RegisterLine``: the first screen and the live register use the same class."""

    id: int
    reference: str
    party: str
    natural_person: bool
    identifier: str
    standard_code: str
    standard_name: str
    state: CaseState
    state_label: str
    notice_number: str
    decision_number: str
    updated_at: datetime  # local time


@dataclass(frozen=True)
class FirstScreen:
    """What the first frame shows: the database, the office, the register's first page and its count."""

    url: str
    office_name: str
    total: int
    lines: list[FirstLine]
    #: (code, name) of every listing standard, in catalog order (the register's list filter)
    standards: list[tuple[str, str]]


def file_head_revision() -> str:
    """The newest revision by migration file name (``NNNN_*.py``, revision id ``NNNN``) — no alembic import.

    A test keeps this equal to alembic's own head, so the fast paths here and in ``store.db`` are safe.
    """
    names = sorted(p.name.split("_", 1)[0] for p in VERSIONS_DIR.glob("[0-9]*_*.py"))
    return names[-1] if names else ""


def plain_sqlite_file(url: str) -> str | None:
    """The file of a plain ``sqlite:///path`` URL (what ``paths.db_url`` makes), else None.

    None also for anything this parser does not handle exactly like SQLAlchemy's ``make_url``
    (query strings, escapes, URI file names, in-memory databases): the caller then asks SQLAlchemy.
    """
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    path = url[len(prefix):]
    if not path or path == ":memory:" or path.startswith("file:") or any(c in path for c in "?#%@"):
        return None
    return path


def _local(stored: str) -> datetime:
    """A stored UTC timestamp (naive means UTC, as in ``services.register._local``) in local time."""
    at = datetime.fromisoformat(stored)
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone()


def _line(row: tuple, standards: dict[str, str]) -> FirstLine:
    """A line from a row of ``_LINES``, formatted as ``services.register._line`` formats it."""
    case_id, reference, name, kind, uscc, id_number, code, state, notice, decision, updated = row
    person = kind == _NATURAL_PERSON
    state = CaseState(state)
    return FirstLine(
        id=case_id,
        reference=reference,
        party=name,
        natural_person=person,
        identifier=(id_number if person else uscc) or uscc or id_number,
        standard_code=code,
        standard_name=standards.get(code, code),
        state=state,
        state_label=STATE_LABELS[state],
        notice_number=notice or "",
        decision_number=decision or "",
        updated_at=_local(updated),
    )


def _office_name(conn: sqlite3.Connection) -> str | None:
    """The current profile's deciding body (as ``store.profile._profile_row`` finds it), or None."""
    for name, patterns in conn.execute("SELECT deciding_body, number_patterns FROM office ORDER BY id DESC"):
        marks = json.loads(patterns) if patterns else {}
        if isinstance(marks, dict) and marks.get(PROFILE_MARK) == _CURRENT:
            return name
    return None


def _read(conn: sqlite3.Connection, url: str) -> FirstScreen | None:
    stored = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(stored) != 1 or stored[0][0] != file_head_revision():
        return None  # another schema version: the full open migrates it (or refuses a newer one)
    if conn.execute("SELECT 1 FROM wizard_draft LIMIT 1").fetchone() is not None:
        return None  # an unfinished draft is offered by the full start
    office = _office_name(conn)
    if office is None:
        return None  # the first-run dialog needs the full start
    standards = conn.execute("SELECT code, name FROM listing_standard ORDER BY position, id").fetchall()
    if not standards:
        return None  # seed catalogs not loaded yet
    names = dict(standards)
    lines = [_line(row, names) for row in conn.execute(_LINES, (PAGE_SIZE,))]
    total = conn.execute(_COUNT).fetchone()[0]
    return FirstScreen(url=url, office_name=office, total=total, lines=lines, standards=standards)


def read_first_screen(url: str) -> FirstScreen | None:
    """The first screen of the database at ``url``, or None when the start must take the full path."""
    file = plain_sqlite_file(url)
    if file is None or not Path(file).is_file():
        return None
    try:
        uri = Path(file).resolve().as_uri() + "?mode=ro"  # read-only: this path never writes
        conn = sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT)
    except (sqlite3.Error, OSError):
        return None
    try:
        return _read(conn, url)
    except (sqlite3.Error, ValueError, TypeError, KeyError, OverflowError):
        return None  # damaged, locked, not ours, or a value we do not understand: the full start decides
    finally:
        conn.close()


__all__ = ["PAGE_SIZE", "FirstLine", "FirstScreen", "file_head_revision", "plain_sqlite_file", "read_first_screen"]
