"""Use case: a draft preview of a letter while the officer is still drafting the case.

Unlike ``services.rendering.render_document`` (the official path, which refuses while a rule blocks),
the preview renders whatever can be rendered, so the officer sees the letter grow as they type. A
preview of a case that the rules still block carries a diagonal "草稿" watermark and a notice with the
number of blocking findings, so it never looks like an issued letter. When the letter itself cannot be
made (an empty mandated field or section, a character no font has), the result carries no PDF but the
Chinese message with its rule and field, so the preview pane can say what is missing.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from credit_desk.documents import render as _render
from credit_desk.documents.errors import DocumentError, FormError
from credit_desk.domain.calendar import WorkCalendar
from credit_desk.domain.catalog import Catalogs
from credit_desk.domain.findings import Finding
from credit_desk.domain.model import Case, Decision
from credit_desk.domain.rules import Step
from credit_desk.services.checking import check_case, confirmable_warnings
from credit_desk.services.rendering import LETTER_STEP, letter_blocks

__all__ = ["DRAFT_MARK", "DRAFT_NUMBER", "PreviewResult", "draft_notice", "preview_document"]

#: Printed where the 文号 goes while the decision has no number yet.
DRAFT_NUMBER = "（文号待定）"
#: The watermark of a preview that cannot be issued as it stands.
DRAFT_MARK = "草稿"


def draft_notice(blocking: int) -> str:
    """The line shown above a preview that the rules still block (empty when nothing blocks)."""
    if blocking <= 0:
        return ""
    return f"草稿预览：尚有 {blocking} 项阻止，不能正式出具"


@dataclass(frozen=True)
class PreviewResult:
    """What the preview pane shows: the PDF (or why there is none) and how far the case is from issue.

    Attributes:
        doc_id: the letter type (``D-03``).
        pdf: the rendered PDF, or None when the letter cannot be made (see ``error``).
        text: the letter as plain text ("" without a PDF).
        number: the 文号 printed (the decision's, or ``DRAFT_NUMBER``).
        issue_date: the 成文日期 printed (the decision's, or today).
        blocking: findings that stop the official letter (R-xx, message, citation).
        warnings: findings that need a written reason before issue.
        draft: the PDF carries the "草稿" watermark (something blocks, or the number is a placeholder).
        error: the Chinese message of a letter that cannot be made; ``error_rule``/``error_field`` say
            which rule (may be "") and which field or ``section:key``.
        elapsed_ms: time taken, for the status line and the benchmark.
    """

    doc_id: str
    pdf: bytes | None
    number: str
    issue_date: date
    blocking: tuple[Finding, ...] = ()
    warnings: tuple[Finding, ...] = ()
    text: str = ""
    draft: bool = False
    error: str = ""
    error_rule: str = ""
    error_field: str = ""
    elapsed_ms: float = field(default=0.0, compare=False)

    @property
    def ok(self) -> bool:
        return self.pdf is not None

    @property
    def blocked(self) -> bool:
        return bool(self.blocking)

    @property
    def notice(self) -> str:
        """"草稿预览：尚有 N 项阻止，不能正式出具", or "" when nothing blocks."""
        return draft_notice(len(self.blocking))


def preview_document(
    case: Case,
    catalogs: Catalogs,
    *,
    doc_id: str,
    settings: Mapping[str, object] | None = None,
    number: str | None = None,
    issue_date: date | None = None,
    calendar: WorkCalendar | None = None,
    today: date | None = None,
) -> PreviewResult:
    """Render a draft of one letter of ``case``, even while rules block it; never raises for the case's state.

    The number defaults to the decision's number or ``DRAFT_NUMBER``, the date to the decision date or
    ``today``. A case that a rule blocks, or that has no number yet, is rendered with the "草稿" mark.

    Raises:
        Nothing for an incomplete case (that is reported in the result); only bugs propagate.
    """
    started = time.perf_counter()
    today = today or date.today()
    step = LETTER_STEP.get(doc_id, Step.DECISION)
    report = check_case(case, catalogs, calendar=calendar, settings=settings, step=step, today=today)
    decision = case.decision
    given = number if number is not None else (decision.number if decision else "")
    shown_number = given or DRAFT_NUMBER
    shown_date = issue_date or (decision.decision_date if decision else None) or today
    blocks = letter_blocks(report.blocking, doc_id)
    draft = bool(blocks) or not given
    needs_reason = confirmable_warnings(
        case, catalogs, report.warnings, calendar=calendar, settings=settings, step=step, today=today
    )
    common = {
        "doc_id": doc_id,
        "number": shown_number,
        "issue_date": shown_date,
        "blocking": tuple(blocks),
        # only the warnings a written reason resolves (R-10, R-11…), not calendar notes such as R-18
        "warnings": tuple(f for f in report.warnings if (f.rule, f.field) in needs_reason),
    }
    letter_case = case
    if not (decision and decision.number and decision.decision_date):
        # letters that cite the decision (D-08) show the placeholders too; the rules saw the real case
        letter_case = case.model_copy(deep=True)
        letter_case.decision = decision.model_copy() if decision else Decision()
        letter_case.decision.number = letter_case.decision.number or shown_number
        letter_case.decision.decision_date = letter_case.decision.decision_date or shown_date
    try:
        result = _render.render_document(
            doc_id,
            letter_case,
            catalogs,
            number=shown_number,
            issue_date=shown_date,
            settings=settings,
            draft_mark=DRAFT_MARK if draft else "",
        )
    except DocumentError as exc:
        return PreviewResult(
            pdf=None,
            error=exc.message,
            error_rule=exc.rule,
            error_field=exc.field,
            elapsed_ms=(time.perf_counter() - started) * 1000,
            **common,
        )
    except FormError as exc:  # the office's own form file is wrong: say so, with the form named
        return PreviewResult(
            pdf=None,
            error=f"文书格式文件有误（{exc.form or doc_id}）：{exc.message}",
            error_field=exc.section or exc.variable,
            elapsed_ms=(time.perf_counter() - started) * 1000,
            **common,
        )
    return PreviewResult(
        pdf=result.pdf,
        text=result.text,
        draft=draft,
        elapsed_ms=(time.perf_counter() - started) * 1000,
        **common,
    )
