"""The case timeline: every dated event of one case in date order, past and upcoming (issue 4, item 10).

The officer asks "what happened, and what comes next?". The answer mixes three sources that no single
table holds: the legal dates kept in the case (notice, deliveries, objections, decision, publication,
repairs, closing), the letters actually issued (with their numbers, and whether a correction
superseded them, R-16), and the state transitions of the history with the officer who made them. The
deadlines of ``domain.deadlines`` are added as well: those still to come are marked ``future`` and
carry their explanation ("如何计算？") so the page can unfold it on demand.

Pure data: :func:`build_timeline` takes what the case page already loaded (``CaseOverview``), so it
needs no database and is unit-tested on plain values; :func:`case_timeline` is the use case that reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from credit_desk.domain.deadlines import Deadline
from credit_desk.domain.model import (
    CLOSING_KIND_LABELS,
    DELIVERY_METHOD_LABELS,
    REPAIR_EFFECT_LABELS,
    REPAIR_MATERIAL_LABELS,
    Case,
    RepairOutcome,
)
from credit_desk.domain.rules.citations import RULES
from credit_desk.services.register import OBJECTION_RESULT_LABELS, CaseOverview, case_overview
from credit_desk.services.workspace import Workspace

__all__ = ["EntryKind", "TimelineEntry", "build_timeline", "case_timeline", "timeline_of"]


class EntryKind(StrEnum):
    """What a timeline line is about (the page may colour or filter by it)."""

    LETTER = "letter"
    DELIVERY = "delivery"
    OBJECTION = "objection"
    OBJECTION_REPLY = "objection_reply"
    WAIVER = "waiver"
    DECISION = "decision"
    PUBLICATION = "publication"
    WITHDRAWAL = "withdrawal"
    REPAIR = "repair"
    REPAIR_ACCEPTED = "repair_accepted"
    REPAIR_DECISION = "repair_decision"
    CLOSING = "closing"
    TRANSITION = "transition"
    DEADLINE = "deadline"


#: Letter types in words, for the timeline lines of issued letters.
LETTER_LABELS = {
    "D-01": "列入严重失信主体名单告知书",
    "D-02": "异议核实答复书",
    "D-03": "列入严重失信主体名单决定书",
    "D-04": "准予信用修复（移出）决定书",
    "D-05": "不予信用修复（移出）决定书",
    "D-06": "送达回证",
    "D-07": "不予列入严重失信主体名单决定书",
    "D-08": "信用修复告知书",
}
#: The same letters by a short name an officer recognises in a list (the letters tab), beside the code.
LETTER_SHORT_NAMES = {
    "D-01": "告知书", "D-02": "异议答复书", "D-03": "列入决定书", "D-04": "准予修复决定书",
    "D-05": "不予修复决定书", "D-06": "送达回证", "D-07": "不予列入决定书", "D-08": "信用修复告知书",
}

#: Recorded facts that are not process moves, as the history names them.
_FACT_LABELS = {"answer_objection": "答复异议", "accept_repair": "受理信用修复申请", "record_objection": "登记异议",
                "supplement_repair": "补正信用修复申请材料"}

#: Which rule each kind of event rests on (shown with its citation).
_RULE_OF = {
    EntryKind.LETTER: "R-16",
    EntryKind.DELIVERY: "R-05",
    EntryKind.OBJECTION: "R-06",
    EntryKind.OBJECTION_REPLY: "R-06",
    EntryKind.WAIVER: "R-05",
    EntryKind.DECISION: "R-12",
    EntryKind.PUBLICATION: "R-14",
    EntryKind.WITHDRAWAL: "R-15",
    EntryKind.REPAIR: "R-15",
    EntryKind.REPAIR_ACCEPTED: "R-15",
    EntryKind.REPAIR_DECISION: "R-15",
}

#: Same-day order: what happens first in a case comes first on the line of that day.
_ORDER = {kind: i for i, kind in enumerate(EntryKind)}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of the timeline.

    Attributes:
        date: the day of the event (for history lines: the step's own date, else the day it was recorded).
        kind: what the line is about.
        text: the line in Chinese, ready to show.
        rule: the SPEC rule the event rests on ("" when none).
        citation: the provision of that rule (or of the deadline).
        future: a deadline still to come (shown as upcoming).
        explanation: how a deadline was computed ("如何计算？"); "" for events.
        officer: who recorded a state transition; "" otherwise.
    """

    date: date
    kind: EntryKind
    text: str
    rule: str = ""
    citation: str = ""
    future: bool = False
    explanation: str = ""
    officer: str = ""


class _Letter(Protocol):
    id: int
    doc_type: str
    number: str
    issue_date: date
    supersedes_id: int | None


class _History(Protocol):
    at: datetime
    officer: str
    action: str
    from_state: str
    to_state: str


def _entry(day: date, kind: EntryKind, text: str, **kw: object) -> TimelineEntry:
    rule = str(kw.pop("rule", _RULE_OF.get(kind, "")))
    citation = str(kw.pop("citation", RULES[rule].citation if rule in RULES else ""))
    return TimelineEntry(day, kind, text, rule=rule, citation=citation, **kw)  # type: ignore[arg-type]


def _letters(letters: Sequence[_Letter]) -> Iterable[TimelineEntry]:
    superseded = {d.supersedes_id: d for d in letters if d.supersedes_id}
    for d in letters:
        name = LETTER_LABELS.get(d.doc_type, d.doc_type)
        text = f"出具{name}（{d.doc_type}）{d.number}"
        if d.id in superseded:
            text += f"（已被{superseded[d.id].number}更正替代）"
        yield _entry(d.issue_date, EntryKind.LETTER, text)


def _facts(case: Case) -> Iterable[TimelineEntry]:
    """The legal dates kept in the case itself."""
    for dv in case.deliveries:
        who = f"，受送达人{dv.recipient}" if dv.recipient else ""
        text = f"{dv.document_number or dv.doc_type}{DELIVERY_METHOD_LABELS[dv.method]}{who}"
        yield _entry(dv.delivered_date, EntryKind.DELIVERY, text)
    if case.notice is not None and case.notice.waived and case.notice.waiver_date:
        yield _entry(case.notice.waiver_date, EntryKind.WAIVER, "当事人书面放弃陈述申辩")
    decided = case.decision.decision_date if case.decision else None
    for i, o in enumerate(case.objections, 1):
        after = decided is not None and o.received_date > decided
        what = "对已列入信息提出异议（核实期间暂停惩戒，R-07）" if after else "提出异议"
        summary = f"：{o.summary}" if o.summary else ""
        rule = "R-07" if after else "R-06"
        yield _entry(o.received_date, EntryKind.OBJECTION, f"第{i}项异议：当事人{what}{summary}", rule=rule)
        if o.reply_date is not None:
            result = OBJECTION_RESULT_LABELS.get(o.result.value, "") if o.result else ""
            number = f" {o.reply_number}" if o.reply_number else ""
            text = f"第{i}项异议答复{number}：异议{result or '已核实'}"
            yield _entry(o.reply_date, EntryKind.OBJECTION_REPLY, text)
    d = case.decision
    if d is not None and d.decision_date is not None:
        yield _entry(d.decision_date, EntryKind.DECISION, f"作出列入决定{(' ' + d.number) if d.number else ''}")
        if d.effective_date is not None:
            yield _entry(d.effective_date, EntryKind.DECISION, "列入决定生效")
    p = case.publication
    if p is not None:
        channels = "、".join(p.channels)
        yield _entry(p.start_date, EntryKind.PUBLICATION, f"开始公示{('（' + channels + '）') if channels else ''}")
        if p.withdrawn_date is not None:
            reason = f"：{p.withdrawal_reason}" if p.withdrawal_reason else ""
            yield _entry(p.withdrawn_date, EntryKind.WITHDRAWAL, f"撤下公示，终止共享公开{reason}")
    for i, r in enumerate(case.repairs, 1):
        materials = "、".join(REPAIR_MATERIAL_LABELS[m] for m in r.materials)
        yield _entry(r.received_date, EntryKind.REPAIR,
                     f"第{i}项信用修复申请{('（' + materials + '）') if materials else ''}")
        if r.accepted and r.acceptance_date is not None:
            yield _entry(r.acceptance_date, EntryKind.REPAIR_ACCEPTED, f"受理第{i}项信用修复申请")
        if r.outcome is not None and r.decision_date is not None:
            granted = r.outcome is RepairOutcome.GRANTED
            head = "准予信用修复（移出）" if granted else "不予信用修复（移出）"
            tail = "、".join(REPAIR_EFFECT_LABELS[e] for e in r.effects) if granted else "；".join(r.reasons)
            number = f" {r.letter_number}" if r.letter_number else ""
            yield _entry(r.decision_date, EntryKind.REPAIR_DECISION, f"{head}{number}{('：' + tail) if tail else ''}")
    c = case.closing
    if c is not None:
        reasons = "；".join(c.reasons)
        number = f" {c.letter_number}" if c.letter_number else ""
        text = f"结案：{CLOSING_KIND_LABELS[c.kind]}{number}{('（' + reasons + '）') if reasons else ''}"
        yield _entry(c.closing_date, EntryKind.CLOSING, text, rule="")


def _transitions(history: Sequence[_History]) -> Iterable[TimelineEntry]:
    """The state transitions of the history (plain saves and recorded facts are events above)."""
    for h in history:
        if not h.to_state or h.from_state == h.to_state:
            continue
        action = _FACT_LABELS.get(h.action, h.action)
        move = f"{h.from_state} → {h.to_state}" if h.from_state else h.to_state
        # the step's own date when the history has it (a decision entered a week later is dated as decided)
        step_date = getattr(h, "step_date", None)
        day = step_date or (h.at.date() if isinstance(h.at, datetime) else h.at)
        who = f"（{h.officer}）" if h.officer else ""
        yield _entry(day, EntryKind.TRANSITION, f"{action}：{move}{who}", officer=h.officer)


def _done(case: Case, key: str) -> bool:
    """Whether the act a deadline waits for has happened, so the date no longer lies ahead of anyone."""
    if case.closing is not None:
        return True
    if key == "statement_end":
        return case.decision is not None
    kind, _, index = key.partition(":")
    if index.isdigit():
        i = int(index)
        if kind == "objection_reply" and i < len(case.objections):
            return case.objections[i].reply_date is not None
        if kind == "repair_decision" and i < len(case.repairs):
            return case.repairs[i].outcome is not None
    return False


def _deadlines(case: Case, deadlines: Sequence[Deadline], today: date) -> Iterable[TimelineEntry]:
    for d in deadlines:
        future = d.due >= today and not _done(case, d.key)
        cites = "；".join(d.explanation.citations)
        text = f"{d.label}（即将到期）" if future else d.label
        yield _entry(d.due, EntryKind.DEADLINE, text, rule="", citation=cites, future=future,
                     explanation=d.explanation.text())


def build_timeline(
    case: Case,
    letters: Sequence[_Letter],
    history: Sequence[_History],
    deadlines: Sequence[Deadline],
    *,
    today: date,
) -> list[TimelineEntry]:
    """Every event of the case in date order; on one day, in the order a case runs (letters first,
    deadlines last). Deadlines on or after ``today`` whose act is still awaited are ``future``."""
    entries = [
        *_letters(letters),
        *_facts(case),
        *_transitions(history),
        *_deadlines(case, deadlines, today),
    ]
    return sorted(entries, key=lambda e: (e.date, _ORDER[e.kind]))


def timeline_of(overview: CaseOverview, *, today: date | None = None) -> list[TimelineEntry]:
    """The timeline of a case page's overview (no database work)."""
    return build_timeline(overview.case, overview.documents, overview.history, overview.deadlines,
                          today=today or date.today())


def case_timeline(ws: Workspace, case_id: int, *, today: date | None = None) -> list[TimelineEntry]:
    """The timeline of one stored case.

    Raises:
        credit_desk.store.cases.CaseNotFound: no such case.
    """
    return timeline_of(case_overview(ws, case_id, today=today), today=today)
