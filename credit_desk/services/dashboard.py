"""Use case: the dashboard of due dates — what is overdue, due today, this week and later, for every
open case (SPEC §5, last line; R-06 "past due: a red item on the dashboard"; R-15 repair time limit).

The dates are those of ``domain.deadlines.case_deadlines``, the same function the case page and
``credit-desk deadlines`` use, so the three never disagree. This module only decides which dates
matter in which state, how urgent they are, and which rule makes them mandatory:

- 陈述申辩期届满 (statement_end): notified, not waived, period still running (R-05).
- 异议答复期限 (objection_reply:<i>): every objection without a reply; red once past (R-06).
- 可作出列入决定 (decision): ready, or notified with the period run out or waived and no objection
  open (R-05); informational, never red. A decision that became possible earlier is something to
  do *now*, so it is filed under today with its own date shown, not under overdue.
- 公示期届满，应移出 (publication_end): listed/published/repair requested with a publication that
  is not withdrawn; red once past (the end-of-period removal the officer confirms, see
  :func:`due_removals`).
- 最早可申请信用修复 (earliest_repair), 申请行政复议/提起行政诉讼期限届满 (after the decision is
  delivered): informational; left out once past, when nothing remains to watch.
- 信用修复申请办理期限 (repair_decision:<i>): every application accepted or not yet accepted and
  without an outcome; red once past (R-15).

Only open cases are read, with one query per table (``store.dated_cases``): 2,000 open cases of mixed
states (notified, objections, published, repair requested; about 2,900 items) take 0.35–0.5 s on the
development machine, SQLite; ``tests/unit/services/test_dashboard.py::test_two_thousand_open_cases``
keeps it under 3 s.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from credit_desk.domain.dates import cn_date
from credit_desk.domain.deadlines import Deadline, case_deadlines
from credit_desk.domain.findings import Finding
from credit_desk.domain.model import Notice
from credit_desk.domain.process import OPEN_STATES, STATE_LABELS, CaseState
from credit_desk.domain.rules.citations import RULES
from credit_desk.services.workspace import Workspace
from credit_desk.store.dated_cases import DatedCase, dated_cases

__all__ = [
    "BUCKET_LABELS",
    "KIND_LABELS",
    "Bucket",
    "Dashboard",
    "DashboardItem",
    "ItemKind",
    "bucket_of",
    "case_items",
    "dashboard",
    "due_removals",
]

#: "This week" is today plus the next seven days.
WEEK_DAYS = 7


class Bucket(StrEnum):
    """How urgent an item is; the order of the members is the order on screen."""

    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"


BUCKET_LABELS: dict[Bucket, str] = {
    Bucket.OVERDUE: "逾期",
    Bucket.TODAY: "今日到期",
    Bucket.THIS_WEEK: "7日内到期",
    Bucket.LATER: "以后",
}
_BUCKET_ORDER = {b: i for i, b in enumerate(Bucket)}


class ItemKind(StrEnum):
    STATEMENT_END = "statement_end"
    OBJECTION_REPLY = "objection_reply"
    DECISION = "decision"
    PUBLICATION_END = "publication_end"
    EARLIEST_REPAIR = "earliest_repair"
    REPAIR_DECISION = "repair_decision"
    RECONSIDERATION_END = "reconsideration_end"
    LITIGATION_END = "litigation_end"


KIND_LABELS: dict[ItemKind, str] = {
    ItemKind.STATEMENT_END: "陈述申辩期届满",
    ItemKind.OBJECTION_REPLY: "异议答复期限",
    ItemKind.DECISION: "可作出列入决定",
    ItemKind.PUBLICATION_END: "公示期届满，应移出",
    ItemKind.EARLIEST_REPAIR: "最早可申请信用修复",
    ItemKind.REPAIR_DECISION: "信用修复申请办理期限",
    ItemKind.RECONSIDERATION_END: "申请行政复议期限届满",
    ItemKind.LITIGATION_END: "提起行政诉讼期限届满",
}

#: Kinds whose date is a time limit on the office: past due means red.
_MANDATORY = {
    ItemKind.OBJECTION_REPLY: "R-06",
    ItemKind.REPAIR_DECISION: "R-15",
}
#: Kinds that are red once past: the office's time limits, and the end of publication (the subject
#: must then be removed from the list: 期满移出).
_RED_WHEN_PAST = frozenset({*_MANDATORY, ItemKind.PUBLICATION_END})
#: Kinds a rule governs without making the office late (the rule is shown, never red).
_RULED = {ItemKind.STATEMENT_END: "R-05", ItemKind.DECISION: "R-05"}
_AFTER_DECISION = frozenset({CaseState.LISTED, CaseState.PUBLISHED, CaseState.REPAIR_REQUESTED})


def bucket_of(due: date, today: date) -> Bucket:
    """Overdue before today, today, within the next seven days, or later."""
    if due < today:
        return Bucket.OVERDUE
    if due == today:
        return Bucket.TODAY
    if due <= today + timedelta(days=WEEK_DAYS):
        return Bucket.THIS_WEEK
    return Bucket.LATER


@dataclass(frozen=True)
class DashboardItem:
    """One line of the dashboard.

    Attributes:
        due: the date shown (for the decision item: the first day a decision may be made).
        bucket: where it is listed; red: past a time limit the office must keep.
        deadline: the computed date with its explanation (None only for a ready case whose
            notice dates are not recorded).
        note: a line put before the deadline's explanation (the decision item says how it follows
            from the statement period or the waiver).
        rule, citation: the SPEC rule that governs the item and its citation; without a rule, the
            citation is the provision that sets the period (the explanation lists the counting rules).
    """

    case_id: int
    reference: str
    subject_name: str
    state: CaseState
    kind: ItemKind
    label: str
    due: date
    bucket: Bucket
    red: bool
    deadline: Deadline | None
    rule: str = ""
    citation: str = ""
    note: str = ""

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def key(self) -> str:
        """The deadline key (``objection_reply:0``…) or the kind for the decision item."""
        if self.kind is ItemKind.DECISION or self.deadline is None:
            return self.kind.value
        return self.deadline.key

    @property
    def basis(self) -> str:
        """The 依据 column: rule ID and citation, or the provisions alone."""
        return f"{self.rule} {self.citation}" if self.rule else self.citation

    @property
    def warnings(self) -> list[Finding]:
        """R-18 findings of the date (a year without holiday data was counted Monday–Friday)."""
        return list(self.deadline.findings) if self.deadline is not None else []

    def explanation(self) -> str:
        """How the date was computed, in Chinese: the note, then the deadline's own explanation."""
        parts = [self.note] if self.note else []
        if self.deadline is not None:
            parts.append(self.deadline.text())
        parts.extend(f"！{f}" for f in self.warnings)
        return "\n".join(parts)


@dataclass(frozen=True)
class Dashboard:
    """Every item of every open case, ordered by bucket, then date."""

    today: date
    items: list[DashboardItem]
    open_cases: int
    by_bucket: dict[Bucket, list[DashboardItem]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        grouped: dict[Bucket, list[DashboardItem]] = {b: [] for b in Bucket}
        for item in self.items:
            grouped[item.bucket].append(item)
        object.__setattr__(self, "by_bucket", grouped)

    def bucket(self, bucket: Bucket) -> list[DashboardItem]:
        return self.by_bucket[bucket]

    @property
    def red_count(self) -> int:
        return sum(1 for i in self.items if i.red)


def _sort_key(item: DashboardItem) -> tuple[int, date, int, str]:
    return (_BUCKET_ORDER[item.bucket], item.due, item.case_id, item.key)


def case_items(
    dated: DatedCase,
    deadlines: Iterable[Deadline],
    today: date,
) -> list[DashboardItem]:
    """The dashboard items of one case, given its computed dates (pure: no database, no calendar)."""
    case, state = dated.case, dated.state
    by_key = {d.key: d for d in deadlines}
    items: list[DashboardItem] = []

    def add(kind: ItemKind, deadline: Deadline | None, due: date, *, label: str = "", bucket: Bucket | None = None,
            note: str = "") -> None:
        rule = _MANDATORY.get(kind) or _RULED.get(kind, "")
        if rule:
            citation = RULES[rule].citation
        elif deadline is not None and deadline.explanation.citations:
            citation = deadline.explanation.citations[0]  # the provision setting the period; counting rules follow
        else:
            citation = ""
        red = kind in _RED_WHEN_PAST and due < today
        items.append(
            DashboardItem(
                case_id=dated.id,
                reference=dated.reference,
                subject_name=dated.subject_name,
                state=state,
                kind=kind,
                label=label or (deadline.label if deadline is not None else KIND_LABELS[kind]),
                due=due,
                bucket=bucket or bucket_of(due, today),
                red=red,
                deadline=deadline,
                rule=rule,
                citation=citation,
                note=note,
            )
        )

    notice = case.notice
    statement = by_key.get("statement_end")
    waived = notice is not None and notice.waived
    if state is CaseState.NOTIFIED and statement is not None and not waived and statement.due >= today:
        add(ItemKind.STATEMENT_END, statement, statement.due)

    open_objection = False
    for i, objection in enumerate(case.objections):
        if objection.reply_date is None:
            open_objection = True
            reply = by_key.get(f"objection_reply:{i}")
            if reply is not None:
                add(ItemKind.OBJECTION_REPLY, reply, reply.due)

    period_over = statement is not None and statement.due < today
    if state is CaseState.READY or (state is CaseState.NOTIFIED and (waived or period_over) and not open_objection):
        due, bucket, note = _decision_date(notice, statement, today)
        add(ItemKind.DECISION, statement, due, label=KIND_LABELS[ItemKind.DECISION], bucket=bucket, note=note)

    if state in _AFTER_DECISION:
        for key, kind in (("reconsideration_end", ItemKind.RECONSIDERATION_END),
                          ("litigation_end", ItemKind.LITIGATION_END)):
            d = by_key.get(key)
            if d is not None and d.due >= today:
                add(kind, d, d.due)
        earliest = by_key.get("earliest_repair")
        if state is not CaseState.REPAIR_REQUESTED and earliest is not None and earliest.due >= today:
            add(ItemKind.EARLIEST_REPAIR, earliest, earliest.due)
        publication_end = by_key.get("publication_end")
        pub = case.publication
        if pub is not None and pub.withdrawn_date is None and publication_end is not None:
            kind = ItemKind.PUBLICATION_END
            add(kind, publication_end, publication_end.due, label=KIND_LABELS[kind])

    for i, repair in enumerate(case.repairs):
        if repair.outcome is None and repair.accepted is not False:
            d = by_key.get(f"repair_decision:{i}")
            if d is not None:
                add(ItemKind.REPAIR_DECISION, d, d.due)
    return items


def _decision_date(notice: Notice | None, statement: Deadline | None, today: date) -> tuple[date, Bucket, str]:
    """When a decision may be made (the day after the statement period, or the written waiver), where
    the item goes (under today once that day has come) and the sentence that explains it."""
    if notice is not None and notice.waived and notice.waiver_date is not None:
        due = notice.waiver_date
        note = f"当事人于{cn_date(due)}书面放弃陈述申辩，自当日起可作出列入决定（须无未答复的异议）。"
    elif statement is not None:
        due = statement.due + timedelta(days=1)
        note = f"陈述申辩期于{cn_date(statement.due)}届满，自其次日{cn_date(due)}起可作出列入决定（须无未答复的异议）。"
    else:
        due = today
        note = "案件处于待决定状态，可作出列入决定。"
    return due, (Bucket.TODAY if due <= today else bucket_of(due, today)), note


def _items(ws: Workspace, cases: Iterable[DatedCase], today: date) -> list[DashboardItem]:
    out: list[DashboardItem] = []
    for dated in cases:
        standard = ws.catalogs.standards.get(dated.standard_code)
        deadlines = case_deadlines(dated.case, standard, ws.calendar, settings=ws.settings)
        out.extend(case_items(dated, deadlines, today))
    out.sort(key=_sort_key)
    return out


def dashboard(ws: Workspace, today: date) -> Dashboard:
    """Every due date of every open case, bucketed against ``today``.

    Raises:
        ValueError: a period in the settings catalog is malformed (Chinese message naming it).
    """
    with ws.db.session() as s:
        cases = dated_cases(s, OPEN_STATES)
    return Dashboard(today=today, items=_items(ws, cases, today), open_cases=len(cases))


def due_removals(ws: Workspace, today: date) -> list[DashboardItem]:
    """Published cases whose publication period has run out before ``today``: the end-of-period
    removals (期满移出) the officer confirms, oldest first."""
    with ws.db.session() as s:
        cases = dated_cases(s, [CaseState.PUBLISHED])
    return [i for i in _items(ws, cases, today) if is_due_removal(i, today)]


def is_due_removal(item: DashboardItem | None, today: date) -> bool:
    """An end-of-period removal to confirm: a published case whose publication period ended before ``today``."""
    return (item is not None and item.kind is ItemKind.PUBLICATION_END and item.due < today
            and item.state is CaseState.PUBLISHED)
