"""The states of a case (SPEC §4) as a pure state machine.

The machine only knows which moves exist; whether a move is lawful *now* (notice delivered, period
run out, objections answered…) is decided by the rules, which services run before each move.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CaseState(StrEnum):
    DRAFT = "draft"  # 草稿
    NOTIFIED = "notified"  # 已告知 (D-01 issued)
    OBJECTION = "objection"  # 异议核实中
    READY = "ready"  # 待决定
    LISTED = "listed"  # 已列入 (D-03 issued and delivered)
    PUBLISHED = "published"  # 公示中
    REPAIR_REQUESTED = "repair_requested"  # 修复申请中
    REMOVED = "removed"  # 已移出
    NOT_LISTED = "not_listed"  # 不予列入


STATE_LABELS: dict[CaseState, str] = {
    CaseState.DRAFT: "草稿",
    CaseState.NOTIFIED: "已告知",
    CaseState.OBJECTION: "异议核实中",
    CaseState.READY: "待决定",
    CaseState.LISTED: "已列入",
    CaseState.PUBLISHED: "公示中",
    CaseState.REPAIR_REQUESTED: "修复申请中",
    CaseState.REMOVED: "已移出",
    CaseState.NOT_LISTED: "不予列入",
}


class Action(StrEnum):
    ISSUE_NOTICE = "issue_notice"  # 发出告知书 D-01
    RECORD_OBJECTION = "record_objection"  # 登记异议
    ANSWER_OBJECTION = "answer_objection"  # 异议答复 D-02
    PERIOD_ENDED = "period_ended"  # 陈述申辩期届满 / 书面放弃
    DECIDE = "decide"  # 作出列入决定 D-03 (+ D-08)
    PUBLISH = "publish"  # 公示
    APPLY_REPAIR = "apply_repair"  # 申请信用修复
    GRANT_REPAIR = "grant_repair"  # 准予修复 D-04
    REFUSE_REPAIR = "refuse_repair"  # 不予修复 D-05
    EXPIRE = "expire"  # 期满移出
    REVOKE = "revoke"  # 撤销列入（认定错误）
    CLOSE_WITHOUT_LISTING = "close_without_listing"  # 不予列入 D-07


ACTION_LABELS: dict[Action, str] = {
    Action.ISSUE_NOTICE: "发出列入告知书",
    Action.RECORD_OBJECTION: "登记异议",
    Action.ANSWER_OBJECTION: "答复异议",
    Action.PERIOD_ENDED: "陈述申辩期届满或书面放弃",
    Action.DECIDE: "作出列入决定",
    Action.PUBLISH: "公示",
    Action.APPLY_REPAIR: "登记信用修复申请",  # received; 受理 (accept_repair) is a separate step
    Action.GRANT_REPAIR: "准予信用修复（移出）",
    Action.REFUSE_REPAIR: "不予信用修复（移出）",
    Action.EXPIRE: "期满移出",
    Action.REVOKE: "撤销列入",
    Action.CLOSE_WITHOUT_LISTING: "不予列入",
}

_S = CaseState
_A = Action
TRANSITIONS: dict[tuple[CaseState, Action], CaseState] = {
    (_S.DRAFT, _A.ISSUE_NOTICE): _S.NOTIFIED,
    (_S.DRAFT, _A.CLOSE_WITHOUT_LISTING): _S.NOT_LISTED,
    (_S.NOTIFIED, _A.RECORD_OBJECTION): _S.OBJECTION,
    (_S.NOTIFIED, _A.PERIOD_ENDED): _S.READY,
    (_S.NOTIFIED, _A.CLOSE_WITHOUT_LISTING): _S.NOT_LISTED,
    (_S.OBJECTION, _A.RECORD_OBJECTION): _S.OBJECTION,
    (_S.OBJECTION, _A.ANSWER_OBJECTION): _S.READY,
    (_S.OBJECTION, _A.CLOSE_WITHOUT_LISTING): _S.NOT_LISTED,
    (_S.READY, _A.RECORD_OBJECTION): _S.OBJECTION,
    (_S.READY, _A.DECIDE): _S.LISTED,
    (_S.READY, _A.CLOSE_WITHOUT_LISTING): _S.NOT_LISTED,
    (_S.LISTED, _A.PUBLISH): _S.PUBLISHED,
    (_S.LISTED, _A.EXPIRE): _S.REMOVED,
    (_S.LISTED, _A.REVOKE): _S.REMOVED,
    (_S.LISTED, _A.APPLY_REPAIR): _S.REPAIR_REQUESTED,
    (_S.PUBLISHED, _A.APPLY_REPAIR): _S.REPAIR_REQUESTED,
    (_S.PUBLISHED, _A.EXPIRE): _S.REMOVED,
    (_S.PUBLISHED, _A.REVOKE): _S.REMOVED,
    (_S.REPAIR_REQUESTED, _A.GRANT_REPAIR): _S.REMOVED,
    (_S.REPAIR_REQUESTED, _A.REFUSE_REPAIR): _S.PUBLISHED,
    (_S.REPAIR_REQUESTED, _A.REVOKE): _S.REMOVED,
    (_S.REPAIR_REQUESTED, _A.EXPIRE): _S.REMOVED,
}

OPEN_STATES = frozenset(
    {_S.DRAFT, _S.NOTIFIED, _S.OBJECTION, _S.READY, _S.LISTED, _S.PUBLISHED, _S.REPAIR_REQUESTED}
)
SANCTIONS_ACTIVE_STATES = frozenset({_S.LISTED, _S.PUBLISHED, _S.REPAIR_REQUESTED})


class TransitionError(ValueError):
    """A move that does not exist from this state."""


@dataclass(frozen=True, slots=True)
class Transition:
    source: CaseState
    action: Action
    target: CaseState


def allowed_actions(state: CaseState) -> list[Action]:
    """The moves that exist from ``state``, in a stable order."""
    return [a for (s, a) in TRANSITIONS if s is state]


def apply(state: CaseState, action: Action) -> Transition:
    """The transition for ``action`` from ``state``.

    Raises:
        TransitionError: with a Chinese message naming the state and the action.
    """
    target = TRANSITIONS.get((state, action))
    if target is None:
        raise TransitionError(
            f"案件处于“{STATE_LABELS[state]}”状态，不能执行“{ACTION_LABELS[action]}”。"
        )
    return Transition(state, action, target)
