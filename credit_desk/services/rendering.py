"""Use case: render a letter of a case to PDF, refusing what the rules forbid."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from credit_desk.documents import render as _render
from credit_desk.documents.render import DocumentError, RenderResult
from credit_desk.domain.calendar import WorkCalendar
from credit_desk.domain.catalog import Catalogs
from credit_desk.domain.findings import Finding
from credit_desk.domain.model import Case
from credit_desk.domain.rules import Step
from credit_desk.services.checking import check_case

__all__ = ["DocumentError", "RenderRefused", "RenderResult", "render_document"]

#: The step whose rules must pass before a letter of this type can be produced.
LETTER_STEP = {
    "D-01": Step.NOTICE,
    "D-02": Step.NOTICE,
    "D-03": Step.DECISION,
    "D-04": Step.DECISION,
    "D-05": Step.DECISION,
    "D-06": Step.NOTICE,
    "D-07": Step.NOTICE,
    "D-08": Step.DECISION,
}

#: Letters that only some rules can stop. A reply to an objection, a proof of delivery, a decision not
#: to list or a repair decision must still go out when the listing itself is wrong — that is often why
#: they are written — so only the rules on who signs (R-08), whom it names (R-13) and the letter's own
#: subject matter (R-06 objections, R-15 repair) apply. ``None``: every rule of the step.
LETTER_RULES: dict[str, frozenset[str] | None] = {
    "D-02": frozenset({"R-06", "R-08", "R-13"}),
    "D-04": frozenset({"R-08", "R-13", "R-15"}),
    "D-05": frozenset({"R-08", "R-13", "R-15"}),
    "D-06": frozenset({"R-08", "R-13"}),
    "D-07": frozenset({"R-08", "R-13"}),
}


def letter_blocks(report_blocking: list[Finding], doc_id: str) -> list[Finding]:
    """The blocking findings that stop letter ``doc_id``."""
    only = LETTER_RULES.get(doc_id)
    return [f for f in report_blocking if only is None or f.rule in only]


class RenderRefused(Exception):
    """The rules block this letter; ``findings`` says which and why."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__("\n".join(str(f) for f in findings))


def render_document(
    case: Case,
    catalogs: Catalogs,
    *,
    doc_id: str,
    number: str | None = None,
    issue_date: date | None = None,
    calendar: WorkCalendar | None = None,
    settings: Mapping[str, object] | None = None,
) -> RenderResult:
    """Check the case for the letter's step, then render it.

    Raises:
        RenderRefused: a rule blocks (R-xx with citation).
        DocumentError: the letter itself cannot be produced (empty mandated field, missing glyph).
    """
    step = LETTER_STEP.get(doc_id, Step.DECISION)
    report = check_case(case, catalogs, calendar=calendar, settings=settings, step=step)
    blocks = letter_blocks(report.blocking, doc_id)
    if blocks:
        raise RenderRefused(blocks)
    decision = case.decision
    number = number if number is not None else (decision.number if decision else "")
    issue_date = issue_date or (decision.decision_date if decision else None)
    if not number:
        raise DocumentError("文号为空，不能生成文书。", rule="R-16", field="decision.number")
    if issue_date is None:
        raise DocumentError("成文日期为空，不能生成文书。", rule="R-12", field="decision.decision_date")
    return _render.render_document(doc_id, case, catalogs, number=number, issue_date=issue_date, settings=settings)
