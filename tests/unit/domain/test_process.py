"""The case states of SPEC §4 as a pure state machine."""

from __future__ import annotations

import pytest

from credit_desk.domain.process import (
    OPEN_STATES,
    STATE_LABELS,
    TRANSITIONS,
    Action,
    CaseState,
    TransitionError,
    allowed_actions,
    apply,
)


def test_main_path_from_draft_to_removal():
    state = CaseState.DRAFT
    for action in (Action.ISSUE_NOTICE, Action.RECORD_OBJECTION, Action.ANSWER_OBJECTION, Action.DECIDE,
                   Action.PUBLISH, Action.APPLY_REPAIR, Action.GRANT_REPAIR):
        state = apply(state, action).target
    assert state is CaseState.REMOVED


def test_no_decision_before_notice():
    with pytest.raises(TransitionError) as exc:
        apply(CaseState.DRAFT, Action.DECIDE)
    assert "草稿" in str(exc.value) and "作出列入决定" in str(exc.value)


def test_objection_may_repeat_and_refused_repair_returns_to_publication():
    assert apply(CaseState.OBJECTION, Action.RECORD_OBJECTION).target is CaseState.OBJECTION
    assert apply(CaseState.REPAIR_REQUESTED, Action.REFUSE_REPAIR).target is CaseState.PUBLISHED


def test_closed_states_have_no_moves():
    assert allowed_actions(CaseState.REMOVED) == []
    assert allowed_actions(CaseState.NOT_LISTED) == []
    assert CaseState.REMOVED not in OPEN_STATES


def test_every_state_is_reachable_and_labelled():
    reachable = {CaseState.DRAFT} | {t for t in TRANSITIONS.values()}
    assert reachable == set(CaseState)
    assert set(STATE_LABELS) == set(CaseState)
