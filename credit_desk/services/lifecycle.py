"""The case lifecycle of SPEC §4 as use cases: every move checked by the process and the rules, in one transaction.

Each step follows the same path (``_Step.run``): take the write lock, check that the move exists from
the stored state (``domain.process``), change the case, run the rules that govern the step (R-05,
R-06, R-07, R-14, R-15 …), refuse on a block or on a warning without a written reason, issue the
step's letters (number, PDF and frozen copy, R-16) and write their numbers into the case, store the
case and the transition with date, officer, the confirmed reasons and the letters in the history. A
refusal leaves nothing behind: no state change, no number used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from credit_desk.domain import process
from credit_desk.domain.dates import cn_date
from credit_desk.domain.deadlines import Deadline, case_deadlines
from credit_desk.domain.findings import Finding, Level
from credit_desk.domain.model import (
    DELIVERY_METHOD_LABELS,
    Case,
    Closing,
    ClosingKind,
    Confirmation,
    Decision,
    Delivery,
    Notice,
    Objection,
    ObjectionResult,
    Publication,
    RepairApplication,
    RepairEffect,
    RepairMaterial,
    RepairOutcome,
)
from credit_desk.domain.process import Action, CaseState, allowed_actions
from credit_desk.domain.rules import Step
from credit_desk.domain.rules import check_case as run_rules
from credit_desk.domain.rules.citations import RULES, finding
from credit_desk.domain.rules.repair import REQUIRED_MATERIALS
from credit_desk.services.checking import confirmable_warnings
from credit_desk.services.issuing import DocumentError, IssuedLetter, IssueRefused, RenderRefused, _issue
from credit_desk.services.workspace import Workspace

if TYPE_CHECKING:
    from credit_desk.services.register import CaseOverview
from credit_desk.store import cases as case_store
from credit_desk.store import documents as doc_store

__all__ = [
    "STEP_ORDER",
    "StepRefused",
    "StepResult",
    "accept_repair",
    "answer_objection",
    "apply_repair",
    "available_steps",
    "close_without_listing",
    "decide",
    "decide_repair",
    "end_statement_period",
    "expire",
    "issue_notice",
    "notes_before",
    "publish",
    "record_delivery",
    "record_objection",
    "record_waiver",
    "revoke",
    "sanctions_suspended",
    "supplement_repair",
]

SPEC_PROCESS = "SPEC §4（案件办理流程）"
R16 = "SPEC R-16（文书完整性）"
R15 = "R-15 " + RULES["R-15"].citation
POST_DECISION_STATES = frozenset({CaseState.LISTED, CaseState.PUBLISHED, CaseState.REPAIR_REQUESTED})
PRE_DECISION_STATES = frozenset({CaseState.NOTIFIED, CaseState.OBJECTION, CaseState.READY})


class StepRefused(Exception):
    """The step is not taken: a move that does not exist now, a rule that blocks, or a warning that
    needs the officer's written reason. ``findings`` carry rule IDs and citations; ``needs_reason``
    are the warnings a written reason (a ``Confirmation``) would resolve."""

    def __init__(
        self,
        message_cn: str,
        findings: Sequence[Finding] = (),
        *,
        needs_reason: Sequence[Finding] = (),
        citation: str = "",
    ) -> None:
        self.message_cn = message_cn
        self.findings = list(findings)
        self.needs_reason = list(needs_reason)
        self.citation = citation
        lines = [message_cn, *(str(f) for f in [*self.findings, *self.needs_reason])]
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class StepResult:
    """What a step did: the case as stored now, its state, the letters issued and the notes kept."""

    case: Case
    state: CaseState
    letters: list[IssuedLetter] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)


@dataclass(frozen=True)
class _Letter:
    """A letter the step issues, and where its number goes in the case."""

    doc_id: str
    put_number: Callable[[Case, str], None]
    extras: Mapping[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- the common path


def _refuse_transition(exc: process.TransitionError) -> StepRefused:
    return StepRefused(str(exc), citation=SPEC_PROCESS)


def _check(
    ws: Workspace,
    case: Case,
    *,
    step: Step,
    rules: frozenset[str] | None,
    today: date,
) -> tuple[list[Finding], list[Finding], list[Finding]]:
    """(blocks, warnings needing a reason, warnings only noted) of the rules that govern the step."""
    kw: dict[str, Any] = {"step": step, "calendar": ws.calendar, "settings": ws.settings, "today": today}
    found = [f for f in run_rules(case, ws.catalogs, **kw) if rules is None or f.rule in rules]
    blocks = [f for f in found if f.level is Level.BLOCK]
    warnings = [f for f in found if f.level is Level.WARN]
    confirmable = confirmable_warnings(case, ws.catalogs, warnings, **kw)
    needs = [f for f in warnings if (f.rule, f.field) in confirmable]
    notes = [f for f in warnings if (f.rule, f.field) not in confirmable]
    return blocks, needs, notes


def notes_before(ws: Workspace, case: Case, step: Step) -> list[Finding]:
    """What the officer should know before taking ``step`` (issuing the notice or the decision): the
    warnings no reason removes, e.g. R-12 on article numbers the letters cite as 有关规定, R-18 on years
    without holiday data. Blocks and warnings needing a reason come with the step's own refusal."""
    return _check(ws, case, step=step, rules=None, today=current_day())[2]


def _with_confirmations(case: Case, confirmations: Iterable[Confirmation], officer: str) -> Case:
    added = [c if c.officer else c.model_copy(update={"officer": officer}) for c in confirmations]
    if not added:
        return case
    keep = [c for c in case.confirmations if (c.rule, c.field) not in {(a.rule, a.field) for a in added}]
    return case.model_copy(update={"confirmations": [*keep, *added]})


def _history_findings(
    confirmations: Iterable[Confirmation], notes: Iterable[Finding], letters: Iterable[IssuedLetter]
) -> list[dict[str, Any]]:
    """What the history line keeps: the reasons confirmed, the warnings noted and the letters issued."""
    out: list[dict[str, Any]] = [
        {"rule": c.rule, "field": c.field, "reason": c.reason, "officer": c.officer, "confirmed": True}
        for c in confirmations
    ]
    out += [f.to_dict() for f in notes]
    out += [{"document_id": x.id, "doc_type": x.document.doc_type, "number": x.number} for x in letters]
    return out


def current_day() -> date:
    """The day steps are recorded on (the workstation's clock; tests of past and future cases replace it)."""
    return date.today()


def _run(
    ws: Workspace,
    case_id: int,
    action: Action | str | Callable[[CaseState], Action | str],
    *,
    officer: str,
    when: date,
    change: Callable[[Case, CaseState], None],
    step: Step = Step.DECISION,
    rules: frozenset[str] | None = frozenset(),
    letters: Callable[[Case], list[_Letter]] = lambda _c: [],
    confirmations: Iterable[Confirmation] = (),
    target: Callable[[Case, CaseState], CaseState | None] | None = None,
    before: Callable[[Session, Case, CaseState], None] | None = None,
    today: date | None = None,
) -> StepResult:
    """One lifecycle step in one write transaction (see the module docstring).

    ``action`` is a ``process.Action`` (the move must exist from the stored state) or a plain string
    for a recorded fact that does not move the case (a delivery, an objection after the decision), or a
    function of the stored state choosing between them (read under the same write lock as the step).
    ``target`` may redirect the move (a refused repair goes back to listed when nothing was published).
    """
    confirmations = list(confirmations)
    now = today or current_day()
    if when > now:  # a letter dated ahead, or a step recorded before it happened, would start clocks wrongly
        raise StepRefused("办理日期不能晚于今天：", [finding(
            "R-16", f"所填日期{cn_date(when)}晚于今天（{cn_date(now)}）。文书在出具当日编号成文，收到、送达、公示等"
                    "事项在发生之后按实际日期登记。")])
    with ws.db.session() as s:
        doc_store.begin_write(s)
        state = case_store.case_state(s, case_id)
        if callable(action):  # the act depends on the stored state (before or after the decision)
            action = action(state)
        to_state: CaseState | None = None
        if isinstance(action, Action):
            try:
                to_state = process.apply(state, action).target
            except process.TransitionError as exc:
                raise _refuse_transition(exc) from None
        case = _with_confirmations(case_store.load_case(s, case_id), confirmations, officer)
        if before is not None:
            before(s, case, state)
        change(case, state)
        if target is not None:
            to_state = target(case, state) or to_state
        notes: list[Finding] = []
        if rules is None or rules:
            blocks, needs, notes = _check(ws, case, step=step, rules=rules, today=when)
            if blocks:
                raise StepRefused("以下规则不允许办理此步骤：", blocks)
            if needs:
                raise StepRefused("以下提示须填写书面理由后方可继续：", needs_reason=needs)
        issued: list[IssuedLetter] = []
        try:
            for spec in letters(case):
                letter = _issue(ws, s, case, spec.doc_id, issue_date=when, extras=spec.extras)
                spec.put_number(case, letter.number)
                issued.append(letter)
        except RenderRefused as exc:
            raise StepRefused("文书不能出具：", exc.findings) from None
        except (DocumentError, IssueRefused) as exc:
            raise StepRefused(f"文书不能出具：{exc}") from None
        case_store.save_case(s, case, officer=officer)
        history = _history_findings(confirmations, notes, issued)
        label = action.value if isinstance(action, Action) else action
        if to_state is not None:
            case_store.set_state(s, case_id, to_state, action=label, officer=officer, findings=history,
                                 step_date=when)
        else:
            case_store.record_event(s, case_id, label, officer=officer, findings=history, step_date=when)
        final = to_state or state
        std = ws.catalogs.standards.get(case.standard_code)
        deadlines = case_deadlines(case, std, ws.calendar, settings=ws.settings)
        return StepResult(case=case, state=final, letters=issued, notes=notes, deadlines=deadlines)


def _deadline(ws: Workspace, case: Case, key: str) -> Deadline | None:
    std = ws.catalogs.standards.get(case.standard_code)
    return next((d for d in case_deadlines(case, std, ws.calendar, settings=ws.settings) if d.key == key), None)


def _withdraw(case: Case, when: date, reason: str) -> None:
    """Publication stops with the removal (R-15: 终止共享公开); the withdrawal is recorded."""
    if case.publication is not None and case.publication.withdrawn_date is None:
        case.publication.withdrawn_date = when
        case.publication.withdrawal_reason = reason


# --------------------------------------------------------------------------- before the decision


def issue_notice(
    ws: Workspace, case_id: int, *, issue_date: date, officer: str = "", confirmations: Iterable[Confirmation] = ()
) -> StepResult:
    """发出列入告知书 D-01: draft → notified. Every rule of the notice step applies (R-01…R-04, R-08…R-13).

    Raises:
        StepRefused: not a draft, a rule blocks, or a warning needs a written reason.
    """

    def change(case: Case, _state: CaseState) -> None:
        case.notice = Notice(issue_date=issue_date)

    def put(case: Case, number: str) -> None:
        assert case.notice is not None
        case.notice.number = number

    return _run(ws, case_id, Action.ISSUE_NOTICE, officer=officer, when=issue_date, change=change,
                step=Step.NOTICE, rules=None, letters=lambda _c: [_Letter("D-01", put)],
                confirmations=confirmations)


def record_delivery(ws: Workspace, case_id: int, delivery: Delivery, *, officer: str = "",
                    today: date | None = None) -> StepResult:
    """送达: record how and when a letter reached the party (D-06). The delivery date starts the clocks:
    D-01 the statement period (R-05), D-03 the remedy periods and, when the decision names no effective
    date, the listing itself (本决定自送达之日起生效).

    Raises:
        StepRefused: the letter was not issued for this case, or the date is before its issue date or after
            ``today`` (a delivery is recorded once it happened: a future date would start the clocks wrongly
            and, once recorded, cannot be taken back).
    """
    today = today or current_day()
    if delivery.delivered_date > today:
        rule = "R-05" if delivery.doc_type == "D-01" else "R-16"
        raise StepRefused(
            "送达日期不能晚于今天：",
            [finding(rule, f"送达日期{cn_date(delivery.delivered_date)}晚于今天（{cn_date(today)}）。请在送达之后"
                           "按送达回证上的日期登记：期限从送达次日起算。", "delivery.delivered_date")],
        )

    def before(s: Session, case: Case, _state: CaseState) -> None:
        docs = [d for d in doc_store.documents_of_case(s, case_id) if d.doc_type == delivery.doc_type]
        if delivery.document_number:
            docs = [d for d in docs if d.number == delivery.document_number]
        if not docs:
            raise StepRefused(f"本案尚未出具{delivery.doc_type}文书{delivery.document_number}，不能登记送达。",
                              citation=R16)
        doc = docs[-1]
        if delivery.delivered_date < doc.issue_date:
            rule = "R-05" if delivery.doc_type == "D-01" else "R-16"
            raise StepRefused(
                "送达日期不能早于文书成文日期：",
                [finding(rule, f"{doc.number}成文于{cn_date(doc.issue_date)}，送达日期"
                               f"{cn_date(delivery.delivered_date)}早于成文日期。", "delivery.delivered_date")],
            )
        if not delivery.document_number:
            delivery.document_number = doc.number

    def change(case: Case, _state: CaseState) -> None:
        method = DELIVERY_METHOD_LABELS[delivery.method]
        case.deliveries.append(delivery)
        if delivery.doc_type == "D-01" and case.notice is not None:
            case.notice.delivered_date = delivery.delivered_date
            case.notice.delivery_method = method
        if delivery.doc_type == "D-03" and case.decision is not None:
            case.decision.delivered_date = delivery.delivered_date
            case.decision.delivery_method = method
            if case.decision.effective_date is None:
                case.decision.effective_date = delivery.delivered_date

    return _run(ws, case_id, f"deliver:{delivery.doc_type}", officer=officer, when=delivery.delivered_date,
                change=change, before=before, rules=frozenset({"R-05"}), step=Step.NOTICE, today=today)


def record_waiver(ws: Workspace, case_id: int, *, waiver_date: date, officer: str = "") -> StepResult:
    """当事人书面放弃陈述申辩: notified → ready for decision before the period ends (R-05)."""

    def change(case: Case, _state: CaseState) -> None:
        if case.notice is None or not case.notice.delivered_date:
            raise StepRefused("告知书尚未送达，不能登记书面放弃。",
                              [finding("R-05", "告知书送达后当事人方可书面放弃陈述申辩。", "notice.delivered_date")])
        case.notice.waived = True
        case.notice.waiver_date = waiver_date

    return _run(ws, case_id, Action.PERIOD_ENDED, officer=officer, when=waiver_date, change=change,
                rules=frozenset({"R-05"}), step=Step.NOTICE)


def _statement_over(ws: Workspace, case: Case, today: date) -> None:
    """R-05: the statement period has run out (or was waived) by ``today``; otherwise refuse."""
    notice = case.notice
    if notice is None or not notice.delivered_date:
        raise StepRefused("告知书尚未送达：", [finding("R-05", "告知书尚未送达当事人，陈述申辩期尚未起算。",
                                                      "notice.delivered_date")])
    if notice.waived:
        return
    end = _deadline(ws, case, "statement_end")
    if end is not None and today <= end.due:
        raise StepRefused(
            "陈述申辩期尚未届满：",
            [finding("R-05", f"陈述申辩期至{cn_date(end.due)}届满，届满前（或当事人书面放弃前）不能作出决定。",
                     "notice.delivered_date")],
        )


def end_statement_period(ws: Workspace, case_id: int, *, today: date, officer: str = "") -> StepResult:
    """陈述申辩期届满: notified → ready for decision, once the period has run out (R-05)."""
    return _run(ws, case_id, Action.PERIOD_ENDED, officer=officer, when=today,
                change=lambda case, _s: _statement_over(ws, case, today))


def _pre_or_post(move: Action, fact: str) -> Callable[[CaseState], Action | str]:
    """Before the decision ``move`` changes the state; after it the same act is a ``fact`` that does not."""
    return lambda state: move if state in PRE_DECISION_STATES else fact


def record_objection(ws: Workspace, case_id: int, objection: Objection, *, officer: str = "") -> StepResult:
    """登记异议. Before the decision the case goes under verification (R-06: it must be answered before
    the decision). After the decision the objection is against listed information: the state stays,
    and the sanctions are suspended until it is answered (R-07)."""

    def change(case: Case, _state: CaseState) -> None:
        case.objections.append(objection)

    result = _run(ws, case_id, _pre_or_post(Action.RECORD_OBJECTION, "record_objection"), officer=officer,
                  when=objection.received_date, change=change, rules=frozenset({"R-06"}), step=Step.NOTICE)
    if result.state not in POST_DECISION_STATES:
        return result
    suspended = finding("R-07", "当事人对已列入的信息提出异议，核实期间该案失信惩戒措施暂停执行。", "objections",
                        level=Level.WARN)
    return StepResult(case=result.case, state=result.state, notes=[suspended, *result.notes],
                      deadlines=result.deadlines)


def answer_objection(
    ws: Workspace,
    case_id: int,
    index: int,
    *,
    verification: str,
    result: ObjectionResult,
    reply_date: date,
    officer: str = "",
) -> StepResult:
    """异议核实答复 D-02. Before the decision: when no other objection is open the case is ready for
    decision again. After the decision: the sanctions resume (R-07); an objection found right calls for
    revocation (:func:`revoke`)."""
    if not verification.strip():
        where = f"objections[{index}].verification"
        raise StepRefused("须写明核实情况。", [finding("R-06", "异议答复须写明核实的情况。", where)])

    def change(case: Case, _state: CaseState) -> None:
        if not 0 <= index < len(case.objections):
            raise StepRefused(f"没有第{index + 1}项异议。")
        o = case.objections[index]
        if o.reply_date is not None:
            raise StepRefused(f"第{index + 1}项异议已经答复；如答复有误，请出具更正文书。", citation=R16)
        o.verification, o.result, o.reply_date = verification, result, reply_date

    def put(case: Case, number: str) -> None:
        case.objections[index].reply_number = number

    def target(case: Case, state: CaseState) -> CaseState | None:
        if state not in PRE_DECISION_STATES:
            return None
        decided = case.decision.decision_date if case.decision else None
        still_open = [o for o in case.objections
                      if o.reply_date is None and (decided is None or o.received_date <= decided)]
        return CaseState.OBJECTION if still_open else None

    return _run(ws, case_id, _pre_or_post(Action.ANSWER_OBJECTION, "answer_objection"), officer=officer,
                when=reply_date, change=change, step=Step.NOTICE, rules=frozenset({"R-06"}),
                letters=lambda _c: [_Letter("D-02", put, {"objection_index": index})], target=target)


# --------------------------------------------------------------------------- the decision


def decide(
    ws: Workspace,
    case_id: int,
    *,
    decision_date: date,
    effective_date: date | None = None,
    publication_channels: Sequence[str] | None = None,
    officer: str = "",
    confirmations: Iterable[Confirmation] = (),
) -> StepResult:
    """作出列入决定: the decision D-03 and the repair notice D-08 (“两书同达”, 国办发〔2025〕22号) issued
    together, each numbered; ready → listed. A notified case whose statement period has run out (or was
    waived) is first moved to ready (R-05), recorded as its own history line.

    Raises:
        StepRefused: every rule of the decision step (R-01…R-13, R-18 noted).
    """
    with ws.db.session() as s:
        state = case_store.case_state(s, case_id)
    if state is CaseState.NOTIFIED:
        end_statement_period(ws, case_id, today=decision_date, officer=officer)

    def change(case: Case, _state: CaseState) -> None:
        std = ws.catalogs.standards.get(case.standard_code)
        channels = list(publication_channels) if publication_channels is not None else (
            list(std.publication_channels) if std else [])
        case.decision = Decision(decision_date=decision_date, effective_date=effective_date,
                                 publication_channels=channels)

    def put_decision(case: Case, number: str) -> None:
        assert case.decision is not None
        case.decision.number = number

    def put_repair_notice(case: Case, number: str) -> None:
        assert case.decision is not None
        case.decision.repair_notice_number = number

    return _run(ws, case_id, Action.DECIDE, officer=officer, when=decision_date, change=change, rules=None,
                letters=lambda _c: [_Letter("D-03", put_decision), _Letter("D-08", put_repair_notice)],
                confirmations=confirmations)


def close_without_listing(
    ws: Workspace,
    case_id: int,
    *,
    closing_date: date,
    reasons: Sequence[str],
    findings: Sequence[str] = (),
    officer: str = "",
) -> StepResult:
    """不予列入 D-07: the case ends without listing, with its reasons (before the decision only)."""
    if not any(r.strip() for r in reasons):
        raise StepRefused("不予列入须写明理由。", citation=SPEC_PROCESS)

    def change(case: Case, _state: CaseState) -> None:
        case.closing = Closing(kind=ClosingKind.NOT_LISTED, closing_date=closing_date,
                               reasons=[r for r in reasons if r.strip()], findings=[f for f in findings if f.strip()])

    def put(case: Case, number: str) -> None:
        assert case.closing is not None
        case.closing.letter_number = number

    return _run(ws, case_id, Action.CLOSE_WITHOUT_LISTING, officer=officer, when=closing_date, change=change,
                letters=lambda _c: [_Letter("D-07", put)])


# --------------------------------------------------------------------------- after the decision


def _require_delivered(case: Case) -> None:
    if case.decision is None or not case.decision.delivered_date:
        raise StepRefused("决定书送达当事人后方可公示（已列入＝决定书已出具并送达）。", citation=SPEC_PROCESS)


def publish(
    ws: Workspace,
    case_id: int,
    *,
    start_date: date,
    channels: Sequence[str] | None = None,
    public_text: str | None = None,
    unmasked_reason: str = "",
    officer: str = "",
) -> StepResult:
    """公示: listed → published, with the public text masked (R-14) and the period of the standard."""
    from credit_desk.services.publication import default_public_text

    def change(case: Case, _state: CaseState) -> None:
        _require_delivered(case)
        assert case.decision is not None
        if start_date < case.decision.delivered_date:  # type: ignore[operator]
            raise StepRefused("公示开始日期不能早于决定书送达日期。", citation=SPEC_PROCESS)
        end = _deadline(ws, case, "publication_end")
        case.publication = Publication(
            start_date=start_date,
            end_date=end.due if end else None,
            channels=list(channels) if channels is not None else list(case.decision.publication_channels),
            public_text=public_text if public_text is not None else default_public_text(case, ws.catalogs),
            unmasked_reason=unmasked_reason,
        )

    # nothing is published while an objection to the listed information is being verified
    return _run(ws, case_id, Action.PUBLISH, officer=officer, when=start_date, change=change,
                rules=frozenset({"R-07", "R-14"}))


def apply_repair(ws: Workspace, case_id: int, application: RepairApplication, *, officer: str = "") -> StepResult:
    """受理信用修复申请 (intake): listed/published → repair requested. No fee exists (R-15). An application
    before the minimum period is recorded with a note; it cannot be granted before then."""

    def change(case: Case, _state: CaseState) -> None:
        case.repairs.append(application)

    result = _run(ws, case_id, Action.APPLY_REPAIR, officer=officer, when=application.received_date,
                  change=change, rules=frozenset({"R-15"}))
    earliest = next((d for d in result.deadlines if d.key == "earliest_repair"), None)
    if earliest is not None and application.received_date < earliest.due:
        note = finding("R-15", f"最短公示期至{cn_date(earliest.due)}方满，此前不能准予修复。", "repairs",
                       level=Level.WARN)
        return StepResult(case=result.case, state=result.state, notes=[note, *result.notes],
                          deadlines=result.deadlines)
    return result


def accept_repair(
    ws: Workspace, case_id: int, index: int, *, acceptance_date: date, officer: str = "",
    confirmations: Sequence[Confirmation] = (),
) -> StepResult:
    """受理: the application is complete and accepted; the decision clock (the standard's limit) starts. An
    incomplete one (no 信用承诺书 or proof of the obligations fulfilled) needs the officer's written reason
    (R-15: the party is told once what to add; accepting anyway is a choice to record)."""

    def change(case: Case, _state: CaseState) -> None:
        app = _application(case, index)
        app.accepted, app.acceptance_date = True, acceptance_date

    return _run(ws, case_id, "accept_repair", officer=officer, when=acceptance_date, change=change,
                rules=frozenset({"R-15"}), confirmations=confirmations)


def supplement_repair(
    ws: Workspace, case_id: int, index: int, *, materials: Sequence[RepairMaterial], received_date: date,
    other_materials: Sequence[str] = (), officer: str = "",
) -> StepResult:
    """补正材料: materials the party brings after applying (told once what was missing) are added to the
    application, with the day they came; the case does not move. Nothing is ever charged (R-15)."""
    added = [m for m in materials]
    extra = [x.strip() for x in other_materials if x.strip()]
    if not added and not extra:
        raise StepRefused("请勾选或填写补正的材料。", citation=R15)

    def change(case: Case, _state: CaseState) -> None:
        app = _application(case, index)
        if app.outcome is not None:
            raise StepRefused(f"第{index + 1}项信用修复申请已作出决定，不能再补正材料。", citation=R15)
        if received_date < app.received_date:
            raise StepRefused("补正材料的日期不能早于申请日期。", citation=R15)
        app.materials = [*app.materials, *(m for m in added if m not in app.materials)]
        app.other_materials = [*app.other_materials, *(x for x in extra if x not in app.other_materials)]

    return _run(ws, case_id, "supplement_repair", officer=officer, when=received_date, change=change,
                rules=frozenset({"R-15"}))


def _application(case: Case, index: int) -> RepairApplication:
    if not 0 <= index < len(case.repairs):
        raise StepRefused(f"没有第{index + 1}项信用修复申请。")
    return case.repairs[index]


def decide_repair(
    ws: Workspace,
    case_id: int,
    index: int,
    *,
    granted: bool,
    decision_date: date,
    findings: Sequence[str] = (),
    reasons: Sequence[str] = (),
    effects: Sequence[RepairEffect] = (RepairEffect.REMOVE, RepairEffect.STOP_SHARING),
    officer: str = "",
) -> StepResult:
    """准予修复 D-04 (→ removed, publication withdrawn) or 不予修复 D-05 with reasons (→ back to published,
    or listed when nothing was published). An application not yet accepted is accepted on the same day
    when granted; a refusal may also be a refusal to accept (不予受理)."""

    def change(case: Case, _state: CaseState) -> None:
        app = _application(case, index)
        if app.outcome is not None:
            raise StepRefused(f"第{index + 1}项信用修复申请已作出决定；如决定有误，请出具更正文书。",
                              citation=R16)
        if granted and app.accepted is not True:
            app.accepted, app.acceptance_date = True, app.acceptance_date or decision_date
        app.outcome = RepairOutcome.GRANTED if granted else RepairOutcome.REFUSED
        app.decision_date = decision_date
        app.findings = [f for f in findings if f.strip()]
        app.reasons = [r for r in reasons if r.strip()]
        app.effects = list(effects) if granted else []
        if app.accepted is None:
            app.accepted = True
        if granted:
            case.closing = Closing(kind=ClosingKind.REPAIRED, closing_date=decision_date,
                                   reasons=["信用修复"], findings=app.findings)
            _withdraw(case, decision_date, "信用修复，移出名单")

    def put(case: Case, number: str) -> None:
        case.repairs[index].letter_number = number
        if case.closing is not None and granted:
            case.closing.letter_number = number

    def target(case: Case, _state: CaseState) -> CaseState | None:
        if granted:
            return None
        return CaseState.PUBLISHED if case.publication and not case.publication.withdrawn_date else CaseState.LISTED

    action = Action.GRANT_REPAIR if granted else Action.REFUSE_REPAIR
    doc = "D-04" if granted else "D-05"
    return _run(ws, case_id, action, officer=officer, when=decision_date, change=change,
                rules=frozenset({"R-15"}), letters=lambda _c: [_Letter(doc, put, {"repair_index": index})],
                target=target)


def expire(ws: Workspace, case_id: int, *, closing_date: date, officer: str = "") -> StepResult:
    """期满移出: at the end of the publication period the subject leaves the list and the publication is
    withdrawn. Refused before the period's end (its explanation is in the message)."""

    def change(case: Case, _state: CaseState) -> None:
        end = _deadline(ws, case, "publication_end")
        if end is None:
            raise StepRefused("列入决定尚未生效，无法计算公示期。", citation=SPEC_PROCESS)
        if closing_date <= end.due:
            how = "\n".join(line for line in end.explanation.text().splitlines() if not line.startswith("依据："))
            raise StepRefused(f"公示期至{cn_date(end.due)}届满，期满后方可移出。\n{how}",
                              citation="；".join(end.explanation.citations))
        case.closing = Closing(kind=ClosingKind.EXPIRED, closing_date=closing_date,
                               reasons=[f"公示期于{cn_date(end.due)}届满"])
        _withdraw(case, closing_date, "公示期届满，移出名单")

    return _run(ws, case_id, Action.EXPIRE, officer=officer, when=closing_date, change=change)


def revoke(
    ws: Workspace,
    case_id: int,
    *,
    closing_date: date,
    reasons: Sequence[str],
    findings: Sequence[str] = (),
    officer: str = "",
) -> StepResult:
    """撤销列入: the listing was wrong (an objection found right, a basis quashed): removed at once,
    publication withdrawn, with the reasons recorded."""
    if not any(r.strip() for r in reasons):
        raise StepRefused("撤销列入须写明理由。", citation=SPEC_PROCESS)

    def change(case: Case, _state: CaseState) -> None:
        case.closing = Closing(kind=ClosingKind.REVOKED, closing_date=closing_date,
                               reasons=[r for r in reasons if r.strip()], findings=[f for f in findings if f.strip()])
        _withdraw(case, closing_date, "撤销列入")

    return _run(ws, case_id, Action.REVOKE, officer=officer, when=closing_date, change=change)


def sanctions_suspended(case: Case) -> bool:
    """R-07: an objection to listed information is under verification."""
    decided = case.decision.decision_date if case.decision else None
    return decided is not None and any(o.received_date > decided and o.reply_date is None for o in case.objections)


# --------------------------------------------------------------------------- what to offer


#: Step keys in the order the buttons stand (the order a case runs).
STEP_ORDER = (
    "issue_notice", "deliver", "period_ended", "record_objection", "answer_objection", "decide",
    "publish", "apply_repair", "supplement_repair", "accept_repair", "grant_repair", "refuse_repair", "expire",
    "revoke",
    "close_without_listing",
)


def _due(ov: CaseOverview, key: str) -> Deadline | None:
    return next((d for d in ov.deadlines if d.key == key), None)


def available_steps(ov: CaseOverview, *, today: date | None = None) -> list[str]:
    """The step keys to offer for the case as loaded (the GUI has one dialog per key). Only an offer: each
    use case checks the move and the rules again and refuses with its reasons. Steps the rules are sure to
    refuse today are not offered: the period's end or the decision before the notice is delivered (R-05),
    the removal at the end of the publication period before that end."""
    case, state = ov.case, ov.state
    today = today or current_day()
    keys = {a.value for a in allowed_actions(state)}
    if state is CaseState.NOTIFIED:  # ``lifecycle.decide`` ends the statement period first (R-05 checks it)
        keys.add(Action.DECIDE.value)
        if case.notice is None or case.notice.delivered_date is None:
            keys -= {Action.DECIDE.value, Action.PERIOD_ENDED.value}
        statement_end = _due(ov, "statement_end")
        if statement_end is not None and today <= statement_end.due:  # a written waiver may still end it early
            keys.discard(Action.DECIDE.value)
    publication_end = _due(ov, "publication_end")
    if publication_end is None or today <= publication_end.due:
        keys.discard(Action.EXPIRE.value)
    delivered = {d.document_number for d in case.deliveries}
    superseded = {d.supersedes_id for d in ov.documents if d.supersedes_id}
    if any(d.number not in delivered and d.id not in superseded and d.doc_type != "D-06" for d in ov.documents):
        keys.add("deliver")
    if state in POST_DECISION_STATES:
        keys.add("record_objection")
        if any(o.reply_date is None for o in case.objections):
            keys.add(Action.ANSWER_OBJECTION.value)
    if state is CaseState.REPAIR_REQUESTED and any(r.accepted is None and r.outcome is None for r in case.repairs):
        keys.add("accept_repair")
    open_apps = [r for r in case.repairs if r.outcome is None and r.accepted is not False]
    if state is CaseState.REPAIR_REQUESTED and any(set(REQUIRED_MATERIALS) - set(r.materials) for r in open_apps):
        keys.add("supplement_repair")
    earliest = _due(ov, "earliest_repair")
    # a complete application may be granted (one not yet accepted is accepted with the decision, see decide_repair)
    grantable = [r for r in open_apps if set(REQUIRED_MATERIALS) <= set(r.materials)]
    if not grantable or (earliest is not None and today < earliest.due):  # R-15 would refuse a grant today
        keys.discard(Action.GRANT_REPAIR.value)
    return [k for k in STEP_ORDER if k in keys]
