"""The publication register query: every published case in one select, no per-case loading.

One row per ``publication`` joined with its case, subject, office and (optional) decision. The
values come back raw (full name and identifiers): masking for the public (R-14) is the service's
job, because it depends on the consent or legal basis recorded on the case. Loading whole cases
through ``store.cases.load_case`` would cost a dozen queries per case; this stays one query for
thousands of rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from credit_desk.store import tables as t


@dataclass(frozen=True, slots=True)
class PublicationRecord:
    """A publication with what is needed to mask, re-check (R-14) and show it."""

    case_id: int
    reference: str
    deciding_body: str
    subject_kind: str
    subject_name: str
    uscc: str
    id_number: str
    legal_representative: str
    address: str
    trade_secret_notes: str
    publication_consent: bool
    publication_legal_basis: str
    standard_code: str
    criterion_code: str
    conduct_summary: str
    decision_number: str
    decision_date: date | None
    effective_date: date | None
    start_date: date
    end_date: date | None
    channels: list[str]
    public_text: str
    unmasked_reason: str
    withdrawn_date: date | None
    withdrawal_reason: str


_COLUMNS = (
    t.Case.id,
    t.Case.reference,
    t.Office.deciding_body,
    t.Subject.kind,
    t.Subject.name,
    t.Subject.uscc,
    t.Subject.id_number,
    t.Subject.legal_representative,
    t.Subject.address,
    t.Subject.trade_secret_notes,
    t.Case.publication_consent,
    t.Case.publication_legal_basis,
    t.Case.standard_code,
    t.Case.criterion_code,
    t.Case.conduct_summary,
    t.Decision.number,
    t.Decision.decision_date,
    t.Decision.effective_date,
    t.Publication.start_date,
    t.Publication.end_date,
    t.Publication.channels,
    t.Publication.public_text,
    t.Publication.unmasked_reason,
    t.Publication.withdrawn_date,
    t.Publication.withdrawal_reason,
)


def _term_matches(term: str) -> Any:
    """A publication matches a term if the party's name or identifiers, the case reference or the
    decision number contain it (the officer searches by what the files say, not by the masked text)."""

    def like(column: Any) -> Any:
        return column.icontains(term, autoescape=True)

    return or_(
        like(t.Subject.name),
        like(t.Subject.uscc),
        like(t.Subject.id_number),
        like(t.Case.reference),
        like(t.Decision.number),
    )


def list_publications(
    session: Session,
    *,
    include_withdrawn: bool = True,
    withdrawn_only: bool = False,
    text: str = "",
    today: date | None = None,
) -> list[PublicationRecord]:
    """Publications, newest start first.

    Args:
        include_withdrawn: keep publications already taken down (on or before ``today``).
        withdrawn_only: only those taken down (wins over ``include_withdrawn``).
        text: whitespace-separated terms, each must match (see ``_term_matches``).
        today: the day that decides whether a withdrawal has happened (default: today).
    """
    day = today or date.today()
    withdrawn = and_(t.Publication.withdrawn_date.is_not(None), t.Publication.withdrawn_date <= day)
    stmt = (
        select(*_COLUMNS)
        .select_from(t.Publication)
        .join(t.Case, t.Case.id == t.Publication.case_id)
        .join(t.Subject, t.Subject.id == t.Case.subject_id)
        .join(t.Office, t.Office.id == t.Case.office_id)
        .outerjoin(t.Decision, t.Decision.case_id == t.Case.id)
    )
    conditions = [_term_matches(term) for term in text.split()]
    if withdrawn_only:
        conditions.append(withdrawn)
    elif not include_withdrawn:
        conditions.append(~withdrawn)
    if conditions:
        stmt = stmt.where(and_(*conditions))
    stmt = stmt.order_by(t.Publication.start_date.desc(), t.Case.id.desc())
    return [_record(r) for r in session.execute(stmt)]


_FIELDS = tuple(PublicationRecord.__dataclass_fields__)


def _record(row: Any) -> PublicationRecord:
    """A record from a row of ``_COLUMNS`` (same order as the dataclass fields)."""
    values = dict(zip(_FIELDS, row, strict=True))
    values["decision_number"] = values["decision_number"] or ""  # a case may be published before D-03 is stored
    values["channels"] = list(values["channels"] or [])
    return PublicationRecord(**values)
