"""The dated parts of many cases at once, for the dashboard of due dates (SPEC §5, last line).

``store.cases.load_case`` reads one case with a dozen queries; doing that for a few thousand open
cases would take seconds. Here one query per table reads every case in the wanted states, the rows
are grouped by case in Python, and each case comes back as a ``domain.model.Case`` holding exactly
the parts that carry dates (notice, objections, decision, deliveries, publication, repairs,
closing), so ``domain.deadlines.case_deadlines`` computes the very same dates as for a fully loaded
case. Instruments, provisions, sanctions, confirmations and the subject's identifiers are left out:
no date depends on them and the dashboard does not show them (nothing personal is read needlessly,
R-17).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from credit_desk.domain import model as m
from credit_desk.domain.process import CaseState
from credit_desk.store import tables as t


@dataclass(frozen=True, slots=True)
class DatedCase:
    """One case as the dashboard needs it: who, which state, and a case with its dated parts."""

    id: int
    reference: str
    state: CaseState
    standard_code: str
    subject_name: str
    case: m.Case


#: Child tables that carry dates, the case field each fills, the model, and whether it is a list.
_DATED_PARTS: tuple[tuple[Any, str, type[BaseModel], bool], ...] = (
    (t.Notice, "notice", m.Notice, False),
    (t.Objection, "objections", m.Objection, True),
    (t.Decision, "decision", m.Decision, False),
    (t.Delivery, "deliveries", m.Delivery, True),
    (t.Publication, "publication", m.Publication, False),
    (t.RepairApplication, "repairs", m.RepairApplication, True),
    (t.Closing, "closing", m.Closing, False),
)
_CHILD_EXCLUDE = {"id", "case_id", "position"}


def dated_cases(session: Session, states: Iterable[CaseState]) -> list[DatedCase]:
    """Every case in one of ``states`` with its dated parts, in case-id order.

    Eight queries in all, however many cases there are (the children are selected by a sub-query on
    the state, so no list of ids is sent: no parameter limit to hit on SQLite).
    """
    wanted = sorted(s.value for s in states)
    if not wanted:
        return []
    ids_in_state = select(t.Case.id).where(t.Case.state.in_(wanted))
    heads = session.execute(
        select(
            t.Case.id,
            t.Case.reference,
            t.Case.state,
            t.Case.standard_code,
            t.Case.office_id,
            t.Subject.kind,
            t.Subject.name,
        )
        .join(t.Subject, t.Subject.id == t.Case.subject_id)
        .where(t.Case.state.in_(wanted))
        .order_by(t.Case.id)
    ).all()
    if not heads:
        return []
    office_ids = {h[4] for h in heads}
    offices = {
        row.id: m.Office.model_validate(row.model_dump(exclude={"id", "created_at"}))
        for row in session.scalars(select(t.Office).where(t.Office.id.in_(office_ids)))
    }
    parts: dict[int, dict[str, Any]] = defaultdict(dict)
    for table, name, model, is_list in _DATED_PARTS:
        order = (table.case_id, table.position) if is_list else (table.case_id,)
        rows = session.scalars(select(table).where(table.case_id.in_(ids_in_state)).order_by(*order))
        for row in rows:
            value = model.model_validate(row.model_dump(exclude=_CHILD_EXCLUDE))
            if is_list:
                parts[row.case_id].setdefault(name, []).append(value)
            else:
                parts[row.case_id][name] = value
    out = []
    for case_id, reference, state, standard_code, office_id, kind, name in heads:
        case = m.Case(
            id=case_id,
            reference=reference,
            office=offices[office_id],
            subject=m.Subject(kind=m.SubjectKind(kind), name=name),
            standard_code=standard_code,
            **parts.get(case_id, {}),
        )
        out.append(
            DatedCase(
                id=case_id,
                reference=reference,
                state=CaseState(state),
                standard_code=standard_code,
                subject_name=name,
                case=case,
            )
        )
    return out
