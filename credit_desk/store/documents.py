"""Issued letters: document numbers and frozen documents (R-16).

Why numbers come from a ``document_sequence`` row in the *same* transaction that inserts the
``document``: a number is then used exactly when its letter exists. A rolled-back issue (a rule
refused, the PDF failed) rolls the sequence back too, so numbers are never skipped; two issuers never
read the same value, so numbers are never reused. The sequence row is *updated first* and read after:
the ``UPDATE`` takes the row lock on PostgreSQL (a second issuer waits until the first commits) and the
write lock on SQLite, where the issuing session should also begin with :func:`begin_write`
(``BEGIN IMMEDIATE``, see ``dialect``). No engine-specific SQL lives here.

Why issued rows are frozen: a letter that went out is a legal act; a correction is a *new* letter that
names the one it supersedes, and both stay printable. Mapper and session hooks refuse any ``UPDATE``
or ``DELETE`` of a ``document`` row through the ORM.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import ORMExecuteState, Session

from credit_desk.domain.rules.citations import RULES
from credit_desk.store import dialect
from credit_desk.store import tables as t

__all__ = [
    "DocumentFrozen",
    "DocumentNotFound",
    "IssuedDocument",
    "RenderedDoc",
    "begin_write",
    "documents_of_case",
    "issue",
    "load_document",
    "next_number",
    "supersede",
    "superseded_by",
    "verify_document",
]


class DocumentFrozen(Exception):
    """An attempt to change or delete an issued letter (R-16: a correction supersedes, never edits)."""

    rule = "R-16"
    citation = RULES["R-16"].citation

    def __init__(self, message_cn: str = "已出具的文书不得修改或删除；如需更正，请出具更正文书替代原文书。") -> None:
        super().__init__(f"{message_cn}（{self.rule}）")
        self.message_cn = message_cn


class DocumentNotFound(LookupError):
    def __init__(self, document_id: int) -> None:
        super().__init__(f"文书不存在（编号 {document_id}）。")
        self.document_id = document_id


@dataclass(frozen=True, slots=True)
class RenderedDoc:
    """What the render callback returns for a number: the PDF and the field snapshot it was made from."""

    pdf: bytes
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class IssuedDocument:
    """A stored, issued letter (a copy of the frozen row)."""

    id: int
    case_id: int
    doc_type: str
    number: str
    issue_date: date
    fields: dict[str, Any]
    pdf: bytes
    sha256: str
    supersedes_id: int | None
    created_at: datetime


# --- immutability -------------------------------------------------------------------------------


@event.listens_for(t.Document, "before_update")
def _refuse_update(_mapper: Any, _connection: Any, _target: t.Document) -> None:
    raise DocumentFrozen()


@event.listens_for(t.Document, "before_delete")
def _refuse_delete(_mapper: Any, _connection: Any, _target: t.Document) -> None:
    raise DocumentFrozen()


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_change(state: ORMExecuteState) -> None:
    """Bulk ``update(Document)`` / ``delete(Document)`` bypass the mapper hooks; refuse them here."""
    if not (state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) == t.Document.__tablename__:
        raise DocumentFrozen()


# --- numbers ------------------------------------------------------------------------------------


def begin_write(session: Session) -> None:
    """Start ``session``'s transaction holding the write lock (SQLite ``BEGIN IMMEDIATE``).

    Call it first thing in an issuing transaction; if the session already has its connection the
    call changes nothing (the ``UPDATE`` in :func:`next_number` still serialises issuers).
    """
    if not session.in_transaction():
        session.connection(execution_options=dialect.write_transaction_options())


def _sequence(office_id: int, doc_type: str, year: int) -> Any:
    s = t.DocumentSequence
    return (s.office_id == office_id) & (s.doc_type == doc_type) & (s.year == year)


def next_number(session: Session, *, office_id: int, doc_type: str, year: int) -> int:
    """The next sequence value of (office, letter type, year), starting at 1 each year.

    Only meaningful inside the transaction that also stores the letter: commit uses the number,
    rollback gives it back.
    """
    s = t.DocumentSequence
    where = _sequence(office_id, doc_type, year)
    bumped = session.execute(update(s).where(where).values(last_value=s.last_value + 1))
    if bumped.rowcount == 0:  # type: ignore[attr-defined]
        try:
            with session.begin_nested():  # another issuer may create the row at the same moment
                session.execute(insert(s).values(office_id=office_id, doc_type=doc_type, year=year, last_value=1))
            return 1
        except IntegrityError:
            session.execute(update(s).where(where).values(last_value=s.last_value + 1))
    value = session.scalar(select(s.last_value).where(where))
    assert value is not None
    return int(value)


# --- issuing ------------------------------------------------------------------------------------


def _json_safe(value: Any) -> Any:
    """The snapshot as plain JSON (dates as ISO text, enums as values) so it reads back identically."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=_default))


def _default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def _issued(row: t.Document) -> IssuedDocument:
    assert row.id is not None
    return IssuedDocument(
        id=row.id,
        case_id=row.case_id,
        doc_type=row.doc_type,
        number=row.number,
        issue_date=row.issue_date,
        fields=dict(row.fields or {}),
        pdf=bytes(row.pdf),
        sha256=row.sha256,
        supersedes_id=row.supersedes_id,
        created_at=row.created_at,
    )


def issue(
    session: Session,
    *,
    case_id: int,
    office_id: int,
    doc_type: str,
    issue_date: date,
    render: Callable[[str], RenderedDoc],
    format_number: Callable[[int], str] = str,
    year: int | None = None,
    supersedes_id: int | None = None,
) -> IssuedDocument:
    """Take the next number, render the letter with it and store the frozen document.

    ``format_number`` turns the sequence value into the printed number (the office's pattern);
    ``year`` is the sequence year, by default the issue date's. Whatever ``render`` raises propagates
    and, with the caller's rollback, leaves the number unused.
    """
    seq = next_number(session, office_id=office_id, doc_type=doc_type, year=year or issue_date.year)
    number = format_number(seq)
    rendered = render(number)
    pdf = bytes(rendered.pdf)
    row = t.Document(
        case_id=case_id,
        doc_type=doc_type,
        number=number,
        issue_date=issue_date,
        fields=_json_safe(dict(rendered.fields)),
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        supersedes_id=supersedes_id,
    )
    session.add(row)
    session.flush()
    return _issued(row)


def _row(session: Session, document_id: int) -> t.Document:
    row = session.get(t.Document, document_id)
    if row is None:
        raise DocumentNotFound(document_id)
    return row


def load_document(session: Session, document_id: int) -> IssuedDocument:
    """One issued letter, e.g. to print it again (superseded letters stay printable).

    Raises:
        DocumentNotFound: no such document.
    """
    return _issued(_row(session, document_id))


def superseded_by(session: Session, document_id: int) -> int | None:
    """The id of the correction that supersedes ``document_id``, or None while it stands."""
    return session.scalar(select(t.Document.id).where(t.Document.supersedes_id == document_id))


def supersede(
    session: Session,
    old_document_id: int,
    *,
    office_id: int,
    issue_date: date,
    render: Callable[[str], RenderedDoc],
    format_number: Callable[[int], str] = str,
    year: int | None = None,
) -> IssuedDocument:
    """Issue a correction of ``old_document_id``: a new letter of the same type and case, with a new
    number, that names the old one; the old row stays exactly as it was (R-16).

    Raises:
        DocumentNotFound: no such document.
        DocumentFrozen: the letter was already superseded (correct the newest one instead).
    """
    old = _row(session, old_document_id)
    newer = superseded_by(session, old_document_id)
    if newer is not None:
        raise DocumentFrozen(f"该文书（{old.number}）已被更正文书替代，请对最新的文书进行更正。")
    return issue(
        session,
        case_id=old.case_id,
        office_id=office_id,
        doc_type=old.doc_type,
        issue_date=issue_date,
        render=render,
        format_number=format_number,
        year=year,
        supersedes_id=old.id,
    )


def documents_of_case(session: Session, case_id: int) -> list[IssuedDocument]:
    """Every letter issued for a case, superseded ones included, in issuing order."""
    rows = session.scalars(select(t.Document).where(t.Document.case_id == case_id).order_by(t.Document.id))
    return [_issued(r) for r in rows]


def verify_document(doc: IssuedDocument | t.Document) -> bool:
    """Whether the stored PDF bytes still hash to the stored SHA-256 (tampering shows here)."""
    return hashlib.sha256(bytes(doc.pdf)).hexdigest() == doc.sha256
