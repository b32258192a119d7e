"""Cases in the database: save and load a whole ``domain.model.Case``, its state and its history.

The store keeps whatever shape-valid case it is given, including drafts that break legal rules
(the rules run in services and their findings are shown, not enforced here). ``load_case`` returns
exactly what ``save_case`` stored, with ``id`` set. Child rows (instruments, provisions, sanctions,
notice, objections, decision, confirmations) are rewritten on each save, in the case's order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from pydantic import BaseModel
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from credit_desk.domain import model as m
from credit_desk.domain.findings import Finding
from credit_desk.domain.process import STATE_LABELS, CaseState
from credit_desk.store import tables as t
from credit_desk.store.register import CaseRow, count_cases, list_cases

__all__ = [
    "CaseError",
    "CaseNotFound",
    "CaseRow",
    "EventRow",
    "case_history",
    "case_state",
    "count_cases",
    "delete_case",
    "list_cases",
    "load_case",
    "record_event",
    "save_case",
    "save_office",
    "set_state",
]

CREATE_ACTION = "create"
SAVE_ACTION = "save"


class CaseNotFound(LookupError):
    def __init__(self, case_id: int) -> None:
        super().__init__(f"案件不存在（编号 {case_id}），可能已被删除。")
        self.case_id = case_id


class CaseError(ValueError):
    """A store operation refused for a reason the officer can act on (Chinese message)."""


@dataclass(frozen=True, slots=True)
class EventRow:
    """One line of a case's history."""

    id: int
    at: datetime
    officer: str
    action: str
    from_state: CaseState | None
    to_state: CaseState | None
    findings: list[dict[str, Any]]
    step_date: date | None = None


def _plain(value: Any) -> Any:
    """Enum members as their plain string value (drivers such as psycopg dump enums by name)."""
    return value.value if isinstance(value, Enum) else value


def _row(part: BaseModel, **extra: Any) -> dict[str, Any]:
    return {**{k: _plain(v) for k, v in part.model_dump().items()}, **extra}


def _utc(at: datetime | None) -> datetime | None:
    """Timestamps are UTC; a naive one is taken to be UTC already."""
    return at.replace(tzinfo=UTC) if at is not None and at.tzinfo is None else at


def _get(session: Session, case_id: int) -> t.Case:
    row = session.get(t.Case, case_id)
    if row is None:
        raise CaseNotFound(case_id)
    return row


# --- offices ------------------------------------------------------------------------------------


def save_office(session: Session, office: m.Office) -> int:
    """The id of an office row with exactly this profile, inserting one if there is none.

    Office profiles are kept as values: a case saved with a changed profile points at a new row,
    so other cases keep theirs (the settings editor updates the current profile row in place).
    """
    data = office.model_dump(mode="json")
    for row in session.scalars(select(t.Office).where(t.Office.deciding_body == office.deciding_body)):
        if m.Office.model_validate(_office_dict(row)).model_dump(mode="json") == data:
            assert row.id is not None
            return row.id
    row = t.Office(**data)
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def _office_dict(row: t.Office) -> dict[str, Any]:
    return row.model_dump(exclude={"id", "created_at"})


# --- save and load ------------------------------------------------------------------------------


def _case_columns(case: m.Case) -> dict[str, Any]:
    return {
        "reference": case.reference,
        "standard_code": case.standard_code,
        "criterion_code": case.criterion_code,
        "conduct_date": case.conduct_date,
        "conduct_summary": case.conduct_summary,
        "gravity": _plain(case.gravity),
        "leniency": case.leniency.model_dump(mode="json"),
        "free_text_sanctions": list(case.free_text_sanctions),
        "removal_conditions": list(case.removal_conditions),
        "removal_procedure": case.removal_procedure,
        "publication_consent": case.publication_consent,
        "publication_legal_basis": case.publication_legal_basis,
    }


def _child_rows(case: m.Case, case_id: int) -> dict[type, list[dict[str, Any]]]:
    def seq(items: Iterable[BaseModel]) -> list[dict[str, Any]]:
        return [_row(x, case_id=case_id, position=i) for i, x in enumerate(items)]

    confirmations = seq(case.confirmations)
    for c in confirmations:
        c["at"] = _utc(c["at"])
    return {
        t.BasisInstrument: seq(case.basis_instruments),
        t.CaseProvision: [
            {"case_id": case_id, "position": i, "provision_code": c} for i, c in enumerate(case.provision_codes)
        ],
        t.CaseSanction: [
            {"case_id": case_id, "position": i, "measure_code": c} for i, c in enumerate(case.sanction_codes)
        ],
        t.Notice: [_row(case.notice, case_id=case_id)] if case.notice else [],
        t.Objection: seq(case.objections),
        t.Decision: [_row(case.decision, case_id=case_id)] if case.decision else [],
        t.Delivery: seq(case.deliveries),
        t.Publication: [_row(case.publication, case_id=case_id)] if case.publication else [],
        t.RepairApplication: seq(case.repairs),
        t.Closing: [_row(case.closing, case_id=case_id)] if case.closing else [],
        t.Confirmation: confirmations,
    }


def save_case(session: Session, case: m.Case, *, state: CaseState | None = None, officer: str = "") -> int:
    """Insert (``case.id`` is None) or update a case with all its parts; returns the case id.

    Args:
        state: the state to store; a new case defaults to draft, an update keeps its state. A
            change of state is recorded in the history like :func:`set_state` does.
        officer: who saves; recorded with the creation or state change.

    Raises:
        CaseNotFound: ``case.id`` names no stored case.
    """
    now = t.utcnow()
    office_id = save_office(session, case.office)
    subject_data = _row(case.subject)
    if case.id is None:
        subject = t.Subject(**subject_data)
        session.add(subject)
        session.flush()
        target = state or CaseState.DRAFT
        row = t.Case(
            **_case_columns(case),
            state=target.value,
            office_id=office_id,
            subject_id=subject.id,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        record_event(session, row.id, CREATE_ACTION, to_state=target, officer=officer, at=now)
    else:
        row = _get(session, case.id)
        assert row.id is not None
        subject = session.get(t.Subject, row.subject_id)
        assert subject is not None
        for k, v in subject_data.items():
            setattr(subject, k, v)
        for k, v in {**_case_columns(case), "office_id": office_id, "updated_at": now}.items():
            setattr(row, k, v)
        if state is not None and state.value != row.state:
            record_event(
                session,
                row.id,
                SAVE_ACTION,
                from_state=CaseState(row.state),
                to_state=state,
                officer=officer,
                at=now,
            )
            row.state = state.value
        for table in t.CASE_CHILD_TABLES:
            session.execute(delete(table).where(table.case_id == row.id))
    session.flush()
    for table, rows in _child_rows(case, row.id).items():
        if rows:
            session.execute(insert(table), rows)
    return row.id


def _parts(session: Session, table: Any, case_id: int, model: type[BaseModel]) -> list[Any]:
    order = table.position if hasattr(table, "position") else table.id
    rows = session.scalars(select(table).where(table.case_id == case_id).order_by(order))
    return [model.model_validate(r.model_dump(exclude={"id", "case_id", "position"})) for r in rows]


def load_case(session: Session, case_id: int) -> m.Case:
    """The stored case with all its parts.

    Raises:
        CaseNotFound: no such case.
    """
    row = _get(session, case_id)
    office = session.get(t.Office, row.office_id)
    subject = session.get(t.Subject, row.subject_id)
    assert office is not None and subject is not None

    def codes(table: Any, column: Any) -> list[str]:
        return list(session.scalars(select(column).where(table.case_id == case_id).order_by(table.position)))

    notices = _parts(session, t.Notice, case_id, m.Notice)
    decisions = _parts(session, t.Decision, case_id, m.Decision)
    publications = _parts(session, t.Publication, case_id, m.Publication)
    closings = _parts(session, t.Closing, case_id, m.Closing)
    return m.Case(
        id=row.id,
        office=m.Office.model_validate(_office_dict(office)),
        subject=m.Subject.model_validate(subject.model_dump(exclude={"id"})),
        **{k: getattr(row, k) for k in _CASE_SCALARS},
        leniency=m.Leniency.model_validate(row.leniency),
        basis_instruments=_parts(session, t.BasisInstrument, case_id, m.BasisInstrument),
        provision_codes=codes(t.CaseProvision, t.CaseProvision.provision_code),
        sanction_codes=codes(t.CaseSanction, t.CaseSanction.measure_code),
        notice=notices[0] if notices else None,
        objections=_parts(session, t.Objection, case_id, m.Objection),
        decision=decisions[0] if decisions else None,
        deliveries=_parts(session, t.Delivery, case_id, m.Delivery),
        publication=publications[0] if publications else None,
        repairs=_parts(session, t.RepairApplication, case_id, m.RepairApplication),
        closing=closings[0] if closings else None,
        confirmations=_parts(session, t.Confirmation, case_id, m.Confirmation),
    )


_CASE_SCALARS = (
    "reference",
    "standard_code",
    "criterion_code",
    "conduct_date",
    "conduct_summary",
    "gravity",
    "free_text_sanctions",
    "removal_conditions",
    "removal_procedure",
    "publication_consent",
    "publication_legal_basis",
)


# --- state and history --------------------------------------------------------------------------


def case_state(session: Session, case_id: int) -> CaseState:
    """Raises: CaseNotFound."""
    return CaseState(_get(session, case_id).state)


def record_event(
    session: Session,
    case_id: int,
    action: str,
    *,
    from_state: CaseState | None = None,
    to_state: CaseState | None = None,
    officer: str = "",
    findings: Iterable[Finding | Mapping[str, Any]] = (),
    at: datetime | None = None,
    step_date: date | None = None,
) -> int:
    """Append a line to the case history; returns its id. ``action`` is a ``process.Action`` value
    or one of the store's own (``create``, ``save``)."""
    row = t.CaseEvent(
        case_id=case_id,
        at=_utc(at) or t.utcnow(),
        officer=officer,
        action=_plain(action),
        from_state=_plain(from_state),
        to_state=_plain(to_state),
        findings=[f.to_dict() if isinstance(f, Finding) else dict(f) for f in findings],
        step_date=step_date,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def set_state(
    session: Session,
    case_id: int,
    to_state: CaseState,
    *,
    action: str,
    officer: str = "",
    findings: Iterable[Finding | Mapping[str, Any]] = (),
    step_date: date | None = None,
) -> int:
    """Move a case to ``to_state`` and record the transition; returns the history line's id.

    The store does not judge the move: services check it against ``process`` and the rules first.
    """
    row = _get(session, case_id)
    now = t.utcnow()
    event_id = record_event(
        session,
        case_id,
        action,
        from_state=CaseState(row.state),
        to_state=to_state,
        officer=officer,
        findings=findings,
        at=now,
        step_date=step_date,
    )
    row.state = to_state.value
    row.updated_at = now
    session.flush()
    return event_id


def case_history(session: Session, case_id: int) -> list[EventRow]:
    """The case's history, oldest first."""
    rows = session.scalars(
        select(t.CaseEvent).where(t.CaseEvent.case_id == case_id).order_by(t.CaseEvent.at, t.CaseEvent.id)
    )
    return [
        EventRow(
            id=r.id or 0,
            at=r.at,
            officer=r.officer,
            action=r.action,
            from_state=CaseState(r.from_state) if r.from_state else None,
            to_state=CaseState(r.to_state) if r.to_state else None,
            findings=list(r.findings),
            step_date=r.step_date,
        )
        for r in rows
    ]


def delete_case(session: Session, case_id: int) -> None:
    """Delete a draft with all its parts and history.

    Raises:
        CaseNotFound: no such case.
        CaseError: the case is no longer a draft, or letters were issued for it (they stay, R-16).
    """
    row = _get(session, case_id)
    if row.state != CaseState.DRAFT.value:
        label = STATE_LABELS[CaseState(row.state)]
        raise CaseError(f"只能删除草稿案件；该案件处于“{label}”状态，应按程序办结或撤销。")
    documents = session.scalar(select(func.count()).select_from(t.Document).where(t.Document.case_id == case_id))
    if documents:
        raise CaseError("该案件已有出具的文书，不能删除。")
    subject_id = row.subject_id
    for table in (*t.CASE_CHILD_TABLES, t.CaseEvent):
        session.execute(delete(table).where(table.case_id == case_id))
    session.execute(delete(t.Case).where(t.Case.id == case_id))
    session.execute(delete(t.Subject).where(t.Subject.id == subject_id))
