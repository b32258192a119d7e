"""The dashboard of due dates (SPEC §5 last line): which items each state shows, in which bucket, and
which are red (R-06 objection reply, R-15 repair decision, publication end)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from credit_desk.domain.deadlines import case_deadlines
from credit_desk.domain.model import (
    Case,
    Decision,
    Notice,
    Objection,
    ObjectionResult,
    Publication,
    RepairApplication,
    RepairMaterial,
    RepairOutcome,
)
from credit_desk.domain.process import CaseState
from credit_desk.services.cases import load_case, save_case
from credit_desk.services.dashboard import Bucket, ItemKind, bucket_of, dashboard, due_removals

TODAY = date(2026, 11, 23)  # a Monday


@pytest.fixture
def ws(tmp_path):
    from credit_desk.services.workspace import open_workspace

    workspace = open_workspace(f"sqlite:///{tmp_path / 'cd.sqlite3'}")
    yield workspace
    workspace.db.dispose()


def _case(base: Case, name: str, **parts) -> Case:
    """The SAMR sample case with another party name and the given lifecycle parts."""
    subject = base.subject.model_copy(update={"name": name})
    fields = {"subject": subject, "notice": None, "decision": None, "objections": [], "publication": None,
              "repairs": []}
    fields.update(parts)
    return base.model_copy(update=fields)


def _store(ws, case: Case, state: CaseState) -> int:
    return save_case(ws, case, officer="李明", state=state).case_id


def _items(board, case_id: int):
    return [i for i in board.items if i.case_id == case_id]


def _notice(delivered: date, **kw) -> Notice:
    return Notice(number="青山县市监信告〔2026〕7号", issue_date=delivered, delivered_date=delivered, **kw)


def _decision(effective: date) -> Decision:
    return Decision(number="青山县市监信列〔2026〕9号", decision_date=effective, effective_date=effective,
                    delivered_date=effective)


def test_buckets_by_date():
    assert bucket_of(date(2026, 11, 22), TODAY) is Bucket.OVERDUE
    assert bucket_of(TODAY, TODAY) is Bucket.TODAY
    assert bucket_of(date(2026, 11, 30), TODAY) is Bucket.THIS_WEEK  # the seventh day after today
    assert bucket_of(date(2026, 12, 1), TODAY) is Bucket.LATER


def test_statement_period_still_running_is_due_this_week(ws, samr_case):
    case_id = _store(ws, _case(samr_case, "甲", notice=_notice(date(2026, 11, 18))), CaseState.NOTIFIED)
    [item] = _items(dashboard(ws, TODAY), case_id)
    assert item.kind is ItemKind.STATEMENT_END
    assert item.due == date(2026, 11, 25)  # 5 working days: 19, 20, 23, 24, 25 November
    assert item.bucket is Bucket.THIS_WEEK and not item.red
    assert item.rule == "R-05" and "国办发〔2020〕49号 四(八)" in item.citation
    assert item.state_label == "已告知" and item.subject_name == "甲"
    assert "起算事件：告知书送达（2026年11月18日）" in item.explanation()


def test_run_out_statement_period_makes_the_decision_possible(ws, samr_case):
    case_id = _store(ws, _case(samr_case, "乙", notice=_notice(date(2026, 11, 2))), CaseState.NOTIFIED)
    [item] = _items(dashboard(ws, TODAY), case_id)
    assert item.kind is ItemKind.DECISION and item.label == "可作出列入决定"
    assert item.due == date(2026, 11, 10)  # the day after the period ended on 9 November
    assert item.bucket is Bucket.TODAY and not item.red  # something to do now, not a missed deadline
    assert "自其次日2026年11月10日起可作出列入决定" in item.explanation()
    assert "陈述申辩期届满：2026年11月9日" in item.explanation()


def test_waiver_makes_the_decision_possible_from_its_date(ws, samr_case):
    notice = _notice(date(2026, 11, 20), waived=True, waiver_date=date(2026, 11, 20))
    case_id = _store(ws, _case(samr_case, "丙", notice=notice), CaseState.READY)
    [item] = _items(dashboard(ws, TODAY), case_id)
    assert item.kind is ItemKind.DECISION and item.due == date(2026, 11, 20)
    assert item.bucket is Bucket.TODAY and "书面放弃陈述申辩" in item.explanation()


def test_overdue_objection_reply_is_red_with_r06(ws, samr_case):
    objections = [
        Objection(received_date=date(2026, 11, 2), summary="认为处罚决定已履行完毕"),
        Objection(received_date=date(2026, 11, 20), summary="补充材料"),
        Objection(received_date=date(2026, 11, 3), summary="已答复", result=ObjectionResult.REJECTED,
                  reply_date=date(2026, 11, 10)),
    ]
    case = _case(samr_case, "丁", notice=_notice(date(2026, 10, 28)), objections=objections)
    case_id = _store(ws, case, CaseState.OBJECTION)
    board = dashboard(ws, TODAY)
    items = _items(board, case_id)
    assert [(i.kind, i.key) for i in items] == [
        (ItemKind.OBJECTION_REPLY, "objection_reply:0"),
        (ItemKind.OBJECTION_REPLY, "objection_reply:1"),
    ]  # the answered objection is not listed, and no decision while objections are open
    late, fresh = items
    assert late.due == date(2026, 11, 16) and late.bucket is Bucket.OVERDUE and late.red
    assert late.rule == "R-06" and "灌南县实施方案 四(一)" in late.citation
    assert late in board.bucket(Bucket.OVERDUE) and board.red_count >= 1
    assert fresh.due == date(2026, 12, 4) and fresh.bucket is Bucket.LATER and not fresh.red


def test_reply_due_today_is_not_yet_red(ws, samr_case):
    case = _case(samr_case, "戊", notice=_notice(date(2026, 11, 2)),
                 objections=[Objection(received_date=date(2026, 11, 9))])
    case_id = _store(ws, case, CaseState.OBJECTION)
    [item] = _items(dashboard(ws, TODAY), case_id)
    assert item.due == TODAY and item.bucket is Bucket.TODAY and not item.red


def test_repair_decision_past_due_is_red_with_r15(ws, samr_case):
    repairs = [
        RepairApplication(received_date=date(2026, 10, 19), accepted=True, acceptance_date=date(2026, 10, 20),
                          materials=list(RepairMaterial)),
        RepairApplication(received_date=date(2026, 9, 1), accepted=False, reasons=["材料不齐"]),  # not accepted
        RepairApplication(received_date=date(2026, 8, 3), accepted=True, acceptance_date=date(2026, 8, 3),
                          outcome=RepairOutcome.REFUSED, decision_date=date(2026, 8, 20), reasons=["未履行"]),
    ]
    case = _case(samr_case, "己", notice=_notice(date(2025, 9, 1)), decision=_decision(date(2025, 10, 20)),
                 publication=Publication(start_date=date(2025, 10, 21)), repairs=repairs)
    case_id = _store(ws, case, CaseState.REPAIR_REQUESTED)
    items = {i.key: i for i in _items(dashboard(ws, TODAY), case_id)}
    assert set(items) == {"repair_decision:0", "publication_end"}  # remedies long past, repair applied for
    repair = items["repair_decision:0"]
    assert repair.kind is ItemKind.REPAIR_DECISION and repair.red and repair.bucket is Bucket.OVERDUE
    assert repair.due == date(2026, 11, 17)  # 20 working days of SAMR-44 from acceptance on 20 October
    assert repair.rule == "R-15" and "国办发〔2020〕49号 六(十一)(十二)" in repair.citation
    publication = items["publication_end"]
    assert publication.due == date(2028, 10, 20) and publication.bucket is Bucket.LATER and not publication.red


def test_listed_case_shows_remedy_periods_and_earliest_repair(ws, samr_case):
    case = _case(samr_case, "庚", notice=_notice(date(2026, 10, 9)), decision=_decision(date(2026, 11, 20)))
    case_id = _store(ws, case, CaseState.LISTED)
    items = {i.key: i for i in _items(dashboard(ws, TODAY), case_id)}
    assert set(items) == {"reconsideration_end", "litigation_end", "earliest_repair"}  # no publication yet
    assert items["reconsideration_end"].due == date(2027, 1, 19)
    assert not items["reconsideration_end"].rule
    assert "《中华人民共和国行政复议法》第二十条" in items["reconsideration_end"].citation
    assert all(not i.red and i.bucket is Bucket.LATER for i in items.values())


def test_publication_end_past_is_red_and_a_due_removal(ws, samr_case):
    ended = _case(samr_case, "辛", notice=_notice(date(2023, 10, 9)), decision=_decision(date(2023, 11, 10)),
                  publication=Publication(start_date=date(2023, 11, 10)))
    running = _case(samr_case, "壬", notice=_notice(date(2024, 10, 9)), decision=_decision(date(2024, 11, 11)),
                    publication=Publication(start_date=date(2024, 11, 11)))
    withdrawn = ended.model_copy(update={
        "subject": ended.subject.model_copy(update={"name": "癸"}),
        "publication": Publication(start_date=date(2023, 11, 10), withdrawn_date=date(2026, 11, 11)),
    })
    ended_id = _store(ws, ended, CaseState.PUBLISHED)
    running_id = _store(ws, running, CaseState.PUBLISHED)
    withdrawn_id = _store(ws, withdrawn, CaseState.PUBLISHED)
    board = dashboard(ws, TODAY)
    [end] = [i for i in _items(board, ended_id) if i.kind is ItemKind.PUBLICATION_END]
    assert end.label == "公示期届满，应移出"
    assert end.due == date(2026, 11, 10) and end.red and end.bucket is Bucket.OVERDUE
    assert not [i for i in _items(board, withdrawn_id) if i.kind is ItemKind.PUBLICATION_END]
    removals = due_removals(ws, TODAY)
    assert [(r.case_id, r.due) for r in removals] == [(ended_id, date(2026, 11, 10))]
    assert running_id not in {r.case_id for r in removals}
    assert due_removals(ws, date(2026, 11, 10)) == []  # the last day of the period is still inside it


def test_closed_and_draft_cases_are_absent(ws, samr_case):
    late = [Objection(received_date=date(2026, 10, 1))]
    removed = _store(ws, _case(samr_case, "子", notice=_notice(date(2026, 9, 1)), objections=late),
                     CaseState.REMOVED)
    not_listed = _store(ws, _case(samr_case, "丑", notice=_notice(date(2026, 9, 1)), objections=late),
                        CaseState.NOT_LISTED)
    draft = _store(ws, _case(samr_case, "寅"), CaseState.DRAFT)
    board = dashboard(ws, TODAY)
    ids = {i.case_id for i in board.items}
    assert removed not in ids and not_listed not in ids and draft not in ids
    assert board.open_cases == 1  # only the draft is open, and it has no dates yet


def test_buckets_are_sorted_by_date(ws, samr_case):
    for n, received in enumerate((date(2026, 11, 5), date(2026, 10, 30), date(2026, 11, 2))):
        case = _case(samr_case, f"案{n}", notice=_notice(date(2026, 10, 20)),
                     objections=[Objection(received_date=received)])
        _store(ws, case, CaseState.OBJECTION)
    board = dashboard(ws, TODAY)
    overdue = board.bucket(Bucket.OVERDUE)
    assert [i.due for i in overdue] == sorted(i.due for i in overdue) and len(overdue) == 3
    order = [i.bucket for i in board.items]
    assert order == sorted(order, key=list(Bucket).index)


def test_dates_are_those_of_the_fully_loaded_case(ws, samr_case):
    """The dashboard reads only the dated parts, in bulk: the dates must equal case_deadlines' on load_case."""
    repairs = [RepairApplication(received_date=date(2026, 11, 19))]
    case = _case(samr_case, "卯", notice=_notice(date(2025, 9, 1)), decision=_decision(date(2025, 10, 20)),
                 publication=Publication(start_date=date(2025, 10, 21)), repairs=repairs)
    case_id = _store(ws, case, CaseState.REPAIR_REQUESTED)
    full = load_case(ws, case_id)
    expected = {d.key: d.due for d in case_deadlines(full, ws.catalogs.standards["SAMR-44"], ws.calendar,
                                                     settings=ws.settings)}
    shown = {i.key: i.due for i in _items(dashboard(ws, TODAY), case_id)}
    assert shown and all(expected[k] == v for k, v in shown.items())


def test_two_thousand_open_cases(ws, samr_case):
    """Keep it fast for a few thousand open cases (measured: see the report in the module docstring)."""
    from sqlalchemy import insert

    from credit_desk.store import tables as t

    base = _store(ws, _case(samr_case, "基准", notice=_notice(date(2026, 11, 2)),
                            objections=[Objection(received_date=date(2026, 11, 2))]), CaseState.OBJECTION)
    with ws.db.session() as s:  # clone the stored case 1,999 times with Core inserts (fast set-up)
        row = s.get(t.Case, base)
        subject = s.get(t.Subject, row.subject_id)
        for n in range(1999):
            sid = s.execute(insert(t.Subject).values(
                **subject.model_dump(exclude={"id"}) | {"name": f"当事人{n}"})).inserted_primary_key[0]
            cid = s.execute(insert(t.Case).values(
                **row.model_dump(exclude={"id", "subject_id"}) | {"subject_id": sid})).inserted_primary_key[0]
            s.execute(insert(t.Notice).values(case_id=cid, number=f"告{n}", delivered_date=date(2026, 11, 2)))
            s.execute(insert(t.Objection).values(case_id=cid, position=0, received_date=date(2026, 11, 2)))
    started = time.perf_counter()
    board = dashboard(ws, TODAY)
    elapsed = time.perf_counter() - started
    assert board.open_cases == 2000
    assert len(board.bucket(Bucket.OVERDUE)) == 2000 and all(i.red for i in board.bucket(Bucket.OVERDUE))
    print(f"dashboard of 2,000 open cases: {elapsed * 1000:.0f} ms")
    assert elapsed < 3.0
