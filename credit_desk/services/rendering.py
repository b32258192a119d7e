"""Use case: render a letter of a case to PDF, refusing what the rules forbid."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from credit_desk.documents.errors import DocumentError
from credit_desk.domain.calendar import WorkCalendar
from credit_desk.domain.catalog import Catalogs
from credit_desk.domain.findings import Finding
from credit_desk.domain.model import Case
from credit_desk.domain.rules import Step
from credit_desk.domain.rules.office import NUMBERED_LETTERS
from credit_desk.services.checking import check_case

if TYPE_CHECKING:  # reportlab, fonts and the forms load on the first letter, not at start-up
    from credit_desk.documents.render import RenderResult

__all__ = ["DocumentError", "RenderRefused", "RenderResult", "render_document"]


def __getattr__(name: str) -> Any:
    """``rendering.RenderResult`` without importing the renderer (and reportlab) when this module loads."""
    if name == "RenderResult":
        from credit_desk.documents.render import RenderResult

        return RenderResult
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

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


def _pick(items: list[Any], settings: Mapping[str, object] | None, key: str) -> tuple[int, Any]:
    index = (settings or {}).get(key)
    i = index if isinstance(index, int) and -len(items) <= index < len(items) else len(items) - 1
    return (i % len(items), items[i]) if items else (-1, None)


def letter_defaults(
    case: Case, doc_id: str, settings: Mapping[str, object] | None = None
) -> tuple[str, date | None, str]:
    """(number, date, field path) a letter of the case carries when none is given: what the case records of
    it — the notice's number for D-01, the objection's reply (``objection_index``) for D-02, the repair
    application's letter (``repair_index``) for D-04/D-05, the closing's letter for D-07, the decision's
    for D-03, the repair notice's own number (``decision.repair_notice_number``) for D-08, the delivery's date
    for D-06."""
    dec = case.decision
    if doc_id == "D-01":
        n = case.notice
        return (n.number if n else ""), (n.issue_date if n else None), "notice"
    if doc_id == "D-02":
        i, o = _pick(case.objections, settings, "objection_index")
        return (o.reply_number if o else ""), (o.reply_date if o else None), f"objections[{i}].reply"
    if doc_id in {"D-04", "D-05"}:
        i, r = _pick(case.repairs, settings, "repair_index")
        return (r.letter_number if r else ""), (r.decision_date if r else None), f"repairs[{i}].letter"
    if doc_id == "D-06":
        i, d = _pick(case.deliveries, settings, "delivery_index")
        return "", (d.delivered_date if d else None), f"deliveries[{i}]"
    if doc_id == "D-07":
        c = case.closing
        return (c.letter_number if c else ""), (c.closing_date if c else None), "closing.letter"
    if doc_id == "D-08":  # its own number, never the decision's (the letter cites that one)
        return (dec.repair_notice_number if dec else ""), (dec.decision_date if dec else None), "decision.repair_notice"
    return (dec.number if dec else ""), (dec.decision_date if dec else None), "decision"


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
    default_number, default_date, where = letter_defaults(case, doc_id, settings)
    number = number if number is not None else default_number
    issue_date = issue_date or default_date
    if not number and doc_id in NUMBERED_LETTERS:
        raise DocumentError("文号为空，不能生成文书。", rule="R-16", field=f"{where}.number")
    if issue_date is None:
        raise DocumentError("成文日期为空，不能生成文书。", rule="R-12", field=f"{where}.date")
    from credit_desk.documents import render as _render

    return _render.render_document(doc_id, case, catalogs, number=number, issue_date=issue_date, settings=settings)
