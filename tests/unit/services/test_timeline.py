"""The case timeline (issue 4 item 10): every event of a case in date order, upcoming deadlines marked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from credit_desk.domain.deadlines import Deadline, Explanation
from credit_desk.domain.model import (
    Decision,
    Delivery,
    DeliveryMethod,
    Notice,
    Objection,
    ObjectionResult,
    Publication,
    RepairApplication,
    RepairMaterial,
)
from credit_desk.services.timeline import EntryKind, build_timeline, case_timeline
from tests.conftest import load_fixture_case


@dataclass
class Letter:
    id: int
    doc_type: str
    number: str
    issue_date: date
    supersedes_id: int | None = None


@dataclass
class History:
    at: datetime
    officer: str
    action: str
    from_state: str
    to_state: str


def _deadline(key: str, label: str, due: date) -> Deadline:
    explanation = Explanation(start_event="告知书送达", event_date=date(2026, 9, 28),
                              rule="自告知书送达之次日起计算，5个工作日",
                              citations=["国办发〔2020〕49号 四(八)"], due=due)
    return Deadline(key=key, label=label, due=due, explanation=explanation)


@pytest.fixture
def notified_case():
    case = load_fixture_case("samr_company")
    return case.model_copy(update={
        "notice": Notice(number="青山县市监信告〔2026〕1号", issue_date=date(2026, 9, 25),
                         delivered_date=date(2026, 9, 28), delivery_method="直接送达"),
        "decision": None,
        "deliveries": [Delivery(doc_type="D-01", document_number="青山县市监信告〔2026〕1号",
                                method=DeliveryMethod.DIRECT, delivered_date=date(2026, 9, 28), recipient="王建国")],
        "objections": [Objection(received_date=date(2026, 9, 30), summary="处罚已履行完毕")],
    })


def test_events_come_in_date_order_with_rule_and_citation(notified_case):
    letters = [Letter(1, "D-01", "青山县市监信告〔2026〕1号", date(2026, 9, 25))]
    history = [History(datetime(2026, 9, 25, 9, 30, tzinfo=UTC), "李明", "发出列入告知书", "草稿", "已告知")]
    entries = build_timeline(notified_case, letters, history, [], today=date(2026, 10, 1))
    assert [e.date for e in entries] == sorted(e.date for e in entries)
    kinds = [e.kind for e in entries]
    assert kinds == [EntryKind.LETTER, EntryKind.TRANSITION, EntryKind.DELIVERY, EntryKind.OBJECTION]
    letter = entries[0]
    assert "青山县市监信告〔2026〕1号" in letter.text and "告知书" in letter.text
    assert letter.rule == "R-16" and letter.citation
    transition = entries[1]
    assert transition.officer == "李明" and "草稿 → 已告知" in transition.text
    delivery = entries[2]
    assert "直接送达" in delivery.text and "王建国" in delivery.text
    assert (delivery.rule, delivery.citation) == ("R-05", "国办发〔2020〕49号 四(八)")
    assert entries[3].rule == "R-06" and "处罚已履行完毕" in entries[3].text


def test_a_superseded_letter_says_so(notified_case):
    letters = [
        Letter(1, "D-01", "青山县市监信告〔2026〕1号", date(2026, 9, 25)),
        Letter(2, "D-01", "青山县市监信告〔2026〕2号", date(2026, 9, 26), supersedes_id=1),
    ]
    entries = [e for e in build_timeline(notified_case, letters, [], [], today=date(2026, 10, 1))
               if e.kind is EntryKind.LETTER]
    assert "已被青山县市监信告〔2026〕2号更正替代" in entries[0].text
    assert "更正替代" not in entries[1].text


def test_upcoming_deadlines_are_marked_and_explained(notified_case):
    deadlines = [
        _deadline("statement_end", "陈述申辩期届满", date(2026, 10, 10)),
        _deadline("objection_reply:0", "第1项异议答复期限", date(2026, 10, 20)),
    ]
    before = build_timeline(notified_case, [], [], deadlines, today=date(2026, 10, 1))
    upcoming = [e for e in before if e.kind is EntryKind.DEADLINE]
    assert [e.future for e in upcoming] == [True, True]
    assert "即将到期" in upcoming[0].text
    assert "起算事件：告知书送达" in upcoming[0].explanation and "国办发〔2020〕49号 四(八)" in upcoming[0].citation
    after = build_timeline(notified_case, [], [], deadlines, today=date(2026, 10, 15))
    assert [e.future for e in after if e.kind is EntryKind.DEADLINE] == [False, True]


def test_a_deadline_whose_act_is_done_is_no_longer_upcoming(notified_case):
    answered = notified_case.model_copy(update={"objections": [Objection(
        received_date=date(2026, 9, 30), verification="已核实", result=ObjectionResult.REJECTED,
        reply_date=date(2026, 10, 12), reply_number="青山县市监信异〔2026〕1号")]})
    deadlines = [_deadline("objection_reply:0", "第1项异议答复期限", date(2026, 10, 20))]
    entries = build_timeline(answered, [], [], deadlines, today=date(2026, 10, 13))
    assert not next(e for e in entries if e.kind is EntryKind.DEADLINE).future
    reply = next(e for e in entries if e.kind is EntryKind.OBJECTION_REPLY)
    assert "不成立" in reply.text and "青山县市监信异〔2026〕1号" in reply.text


def test_objection_after_the_decision_names_r07(notified_case):
    case = notified_case.model_copy(update={
        "decision": Decision(number="青山县市监信列〔2026〕1号", decision_date=date(2026, 10, 20),
                             effective_date=date(2026, 10, 22)),
        "objections": [Objection(received_date=date(2026, 10, 26), summary="信息有误")],
        "publication": Publication(start_date=date(2026, 10, 23), channels=["信用中国网站"],
                                   withdrawn_date=date(2027, 11, 1), withdrawal_reason="信用修复，移出名单"),
        "repairs": [RepairApplication(received_date=date(2027, 10, 25), materials=list(RepairMaterial))],
    })
    entries = build_timeline(case, [], [], [], today=date(2027, 11, 2))
    objection = next(e for e in entries if e.kind is EntryKind.OBJECTION)
    assert objection.rule == "R-07" and objection.citation == "黄石市实施意见 七(三)"
    kinds = [e.kind for e in entries]
    assert kinds.index(EntryKind.DECISION) < kinds.index(EntryKind.PUBLICATION) < kinds.index(EntryKind.REPAIR)
    assert "信用修复，移出名单" in next(e for e in entries if e.kind is EntryKind.WITHDRAWAL).text
    assert "信用承诺书" in next(e for e in entries if e.kind is EntryKind.REPAIR).text


def test_case_timeline_of_a_stored_case_after_real_steps(tmp_path):
    from credit_desk.services import lifecycle
    from credit_desk.services.cases import save_case
    from credit_desk.services.office import save_office
    from credit_desk.services.workspace import open_workspace

    ws = open_workspace(f"sqlite:///{tmp_path / 'cd.sqlite3'}")
    try:
        case = load_fixture_case("samr_company")
        save_office(ws, case.office)
        case_id = save_case(ws, case.model_copy(update={"notice": None, "decision": None}), officer="李明").case_id
        lifecycle.issue_notice(ws, case_id, issue_date=date(2026, 9, 25), officer="李明")
        lifecycle.record_delivery(ws, case_id, Delivery(doc_type="D-01", delivered_date=date(2026, 9, 28)),
                                  officer="李明")
        entries = case_timeline(ws, case_id, today=date(2026, 9, 29))
    finally:
        ws.db.dispose()
    texts = [e.text for e in entries]
    letter = next(e for e in entries if e.kind is EntryKind.LETTER)
    assert letter.date == date(2026, 9, 25) and "信告〔2026〕1号" in letter.text
    assert any(e.kind is EntryKind.TRANSITION and e.officer == "李明" and "已告知" in e.text for e in entries)
    statement = next(e for e in entries if e.kind is EntryKind.DEADLINE and e.text.startswith("陈述申辩期届满"))
    # five working days from 29 September, across the National Day holiday
    assert statement.future and statement.date == date(2026, 10, 10), texts
    assert "国庆节" in statement.explanation
