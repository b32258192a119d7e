"""The drafting wizard's autosaved drafts: one ``wizard_draft`` row per wizard, rewritten on each save.

The store keeps the case JSON as given; services turn it back into a ``Case`` (and decide what to do
with a draft that no longer parses). Each function runs inside the caller's session, so a save is one
transaction and finishing a wizard can store the case and drop its draft together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from credit_desk.store import tables as t

__all__ = ["DraftRow", "delete_draft", "get_draft", "latest_draft", "list_drafts", "save_draft"]


@dataclass(frozen=True, slots=True)
class DraftRow:
    """One stored draft."""

    id: int
    case_id: int | None
    case_json: str
    page: str
    saved_at: datetime


def _as_row(r: t.WizardDraft) -> DraftRow:
    assert r.id is not None
    at = r.saved_at if r.saved_at.tzinfo is not None else r.saved_at.replace(tzinfo=UTC)
    return DraftRow(id=r.id, case_id=r.case_id, case_json=r.case_json, page=r.page, saved_at=at)


def save_draft(
    session: Session,
    *,
    case_json: str,
    page: str,
    draft_id: int | None = None,
    case_id: int | None = None,
    at: datetime | None = None,
) -> int:
    """Insert a draft (``draft_id`` None) or overwrite it; returns its id.

    A ``draft_id`` whose row is gone (discarded from another window) gets a new row rather than an
    error: what the officer typed is never dropped on the floor.
    """
    row = session.get(t.WizardDraft, draft_id) if draft_id is not None else None
    now = at or t.utcnow()
    if row is None:
        row = t.WizardDraft(case_id=case_id, case_json=case_json, page=page, saved_at=now)
        session.add(row)
    else:
        row.case_id, row.case_json, row.page, row.saved_at = case_id, case_json, page, now
    session.flush()
    assert row.id is not None
    return row.id


def get_draft(session: Session, draft_id: int) -> DraftRow | None:
    row = session.get(t.WizardDraft, draft_id)
    return _as_row(row) if row is not None else None


def list_drafts(session: Session) -> list[DraftRow]:
    """All drafts, newest first."""
    rows = session.scalars(select(t.WizardDraft).order_by(t.WizardDraft.saved_at.desc(), t.WizardDraft.id.desc()))
    return [_as_row(r) for r in rows]


def latest_draft(session: Session) -> DraftRow | None:
    """The most recently saved draft, or None."""
    row = session.scalars(
        select(t.WizardDraft).order_by(t.WizardDraft.saved_at.desc(), t.WizardDraft.id.desc()).limit(1)
    ).first()
    return _as_row(row) if row is not None else None


def delete_draft(session: Session, draft_id: int) -> None:
    """Remove a draft (finished or discarded); a missing row is not an error."""
    session.execute(delete(t.WizardDraft).where(t.WizardDraft.id == draft_id))
