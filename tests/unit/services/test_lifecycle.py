"""The case lifecycle through the services (SPEC §4): every move checked, every date counted, every letter frozen.

The main test takes one case from draft to removal across the 2026 National Day holiday (10月1日—7日
off, 10月10日 a make-up Saturday) and checks each computed date by hand.
"""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from credit_desk.domain import model as m
from credit_desk.domain.process import CaseState
from credit_desk.services import cases as case_svc
from credit_desk.services import issuing
from credit_desk.services import lifecycle as lc
from credit_desk.services import office as office_svc
from credit_desk.store import cases as case_store
from credit_desk.store import documents as doc_store

OFFICER = "李明"


@pytest.fixture(autouse=True)
def _clock(monkeypatch):
    """These cases run to 2029 (removal at the period's end): steps are recorded "after" they happen."""
    monkeypatch.setattr(lc, "current_day", lambda: date(2031, 1, 1))


@pytest.fixture
def ws(tmp_path):
    from credit_desk.services.workspace import open_workspace

    workspace = open_workspace(f"sqlite:///{tmp_path / 'cd.sqlite3'}")
    yield workspace
    workspace.db.dispose()


@pytest.fixture
def draft_id(ws, samr_case) -> int:
    """The sample company case stored as a draft: no notice, no decision yet; the office profile set."""
    office_svc.save_office(ws, samr_case.office)
    draft = samr_case.model_copy(update={"id": None, "notice": None, "decision": None})
    return case_svc.save_case(ws, draft, officer=OFFICER).case_id


def pdf_text(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))


def dates(result: lc.StepResult) -> dict[str, date]:
    return {d.key: d.due for d in result.deadlines}


def history(ws, case_id: int) -> list[case_store.EventRow]:
    with ws.db.session() as s:
        return case_store.case_history(s, case_id)


def notified_and_delivered(ws, case_id: int) -> lc.StepResult:
    lc.issue_notice(ws, case_id, issue_date=date(2026, 9, 25), officer=OFFICER)
    return lc.record_delivery(
        ws, case_id, m.Delivery(doc_type="D-01", delivered_date=date(2026, 9, 28), recipient="王建国",
                                method=m.DeliveryMethod.DIRECT, servers=["李明", "张华"], proof="当事人签收"),
        officer=OFFICER,
    )


def listed(ws, case_id: int) -> lc.StepResult:
    notified_and_delivered(ws, case_id)
    lc.decide(ws, case_id, decision_date=date(2026, 10, 13), officer=OFFICER)
    lc.record_delivery(ws, case_id, m.Delivery(doc_type="D-03", delivered_date=date(2026, 10, 15)), officer=OFFICER)
    return lc.record_delivery(ws, case_id, m.Delivery(doc_type="D-08", delivered_date=date(2026, 10, 15)),
                              officer=OFFICER)


def test_one_case_from_draft_to_removal_across_national_day(ws, draft_id) -> None:
    pytest.importorskip("credit_desk.services.publication")
    # 告知: D-01 numbered and frozen; the case is notified
    r = lc.issue_notice(ws, draft_id, issue_date=date(2026, 9, 25), officer=OFFICER)
    assert r.state is CaseState.NOTIFIED
    (notice,) = r.letters
    assert notice.number == "青山县市监信告〔2026〕1号" and r.case.notice.number == notice.number
    assert "青山县市监信告〔2026〕1号" in pdf_text(notice.pdf)

    # 送达 on Monday 28 September: 5 working days = 9/29, 9/30, (10/1–10/7 off), 10/8, 10/9, 10/10 (make-up Saturday)
    r = lc.record_delivery(ws, draft_id, m.Delivery(doc_type="D-01", delivered_date=date(2026, 9, 28)),
                           officer=OFFICER)
    assert r.case.notice.delivered_date == date(2026, 9, 28) and r.case.notice.delivery_method == "直接送达"
    assert r.case.deliveries[0].document_number == notice.number
    statement_end = next(d for d in r.deadlines if d.key == "statement_end")
    assert statement_end.due == date(2026, 10, 10)
    assert "国庆节" in statement_end.explanation.text() and "调休" in statement_end.explanation.text()

    # 异议 on 30 September: reply due in 10 working days → 10/20; the case is under verification
    r = lc.record_objection(ws, draft_id, m.Objection(received_date=date(2026, 9, 30), summary="处罚决定尚在复议期内"),
                            officer=OFFICER)
    assert r.state is CaseState.OBJECTION
    assert dates(r)["objection_reply:0"] == date(2026, 10, 20)

    # no decision while the period runs and the objection is open
    with pytest.raises(lc.StepRefused) as refused:
        lc.decide(ws, draft_id, decision_date=date(2026, 10, 9), officer=OFFICER)
    assert "异议核实中" in refused.value.message_cn  # the move does not exist while under verification

    r = lc.answer_objection(ws, draft_id, 0, verification="经核实，当事人未申请行政复议，处罚决定已生效。",
                            result=m.ObjectionResult.REJECTED, reply_date=date(2026, 10, 12), officer=OFFICER)
    assert r.state is CaseState.READY
    (reply,) = r.letters
    assert reply.document.doc_type == "D-02" and r.case.objections[0].reply_number == reply.number
    assert "不成立" in pdf_text(reply.pdf)
    from credit_desk.services.register import case_overview

    shown = {d.key for d in case_overview(ws, draft_id, today=date(2026, 10, 12)).deadlines}
    assert "objection_reply:0" not in shown and "statement_end" in shown  # the answered one is done, not due

    # 决定 on 13 October with the repair notice (两书同达)
    r = lc.decide(ws, draft_id, decision_date=date(2026, 10, 13), officer=OFFICER)
    assert r.state is CaseState.LISTED
    decision, repair_notice = r.letters
    assert (decision.document.doc_type, repair_notice.document.doc_type) == ("D-03", "D-08")
    assert r.case.decision.number == decision.number == "青山县市监信列〔2026〕1号"
    assert decision.number in pdf_text(repair_notice.pdf)  # the repair notice cites the decision

    # 送达 on 15 October: effective on delivery; remedy and list periods count from it
    lc.record_delivery(ws, draft_id, m.Delivery(doc_type="D-03", delivered_date=date(2026, 10, 15),
                                                method=m.DeliveryMethod.MAIL, proof="EMS 1100000000000"),
                       officer=OFFICER)
    r = lc.record_delivery(ws, draft_id, m.Delivery(doc_type="D-08", delivered_date=date(2026, 10, 15),
                                                    method=m.DeliveryMethod.MAIL), officer=OFFICER)
    assert r.case.decision.effective_date == date(2026, 10, 15)
    got = dates(r)
    assert got["reconsideration_end"] == date(2026, 12, 14)  # 60 days → 12/14, a Monday
    assert got["litigation_end"] == date(2027, 4, 15)  # 6 months
    assert got["publication_end"] == date(2029, 10, 15)  # 3 years (SAMR-44)
    assert got["earliest_repair"] == date(2027, 10, 15)  # 1 year

    # 公示 from 16 October, masked, ending with the period
    r = lc.publish(ws, draft_id, start_date=date(2026, 10, 16), officer=OFFICER)
    assert r.state is CaseState.PUBLISHED
    assert r.case.publication.end_date == date(2029, 10, 15)
    assert r.case.publication.public_text

    # 已列入信息的异议: sanctions suspended while verified, resumed after the reply
    r = lc.record_objection(ws, draft_id, m.Objection(received_date=date(2026, 11, 2), summary="公示信息有误"),
                            officer=OFFICER)
    assert r.state is CaseState.PUBLISHED and lc.sanctions_suspended(r.case)
    assert any(n.rule == "R-07" for n in r.notes)
    r = lc.answer_objection(ws, draft_id, 1, verification="公示信息与决定书一致。", result=m.ObjectionResult.REJECTED,
                            reply_date=date(2026, 11, 5), officer=OFFICER)
    assert r.state is CaseState.PUBLISHED and not lc.sanctions_suspended(r.case)

    # 信用修复: applied for after the minimum year, accepted, decided within 20 working days (SAMR-44)
    app = m.RepairApplication(received_date=date(2027, 10, 18),
                              materials=[m.RepairMaterial.APPLICATION, m.RepairMaterial.OBLIGATIONS,
                                         m.RepairMaterial.COMMITMENT])
    r = lc.apply_repair(ws, draft_id, app, officer=OFFICER)
    assert r.state is CaseState.REPAIR_REQUESTED
    r = lc.accept_repair(ws, draft_id, 0, acceptance_date=date(2027, 10, 18), officer=OFFICER)
    assert dates(r)["repair_decision:0"] == date(2027, 11, 15)
    r = lc.decide_repair(ws, draft_id, 0, granted=True, decision_date=date(2027, 11, 1),
                         findings=["当事人已缴清罚款，并作出信用承诺。"], officer=OFFICER)
    assert r.state is CaseState.REMOVED
    (granted,) = r.letters
    assert granted.document.doc_type == "D-04" and r.case.repairs[0].letter_number == granted.number
    assert r.case.closing.kind is m.ClosingKind.REPAIRED
    assert r.case.publication.withdrawn_date == date(2027, 11, 1)  # 终止公开, recorded

    # the history has every move, with officer and the letters
    events = history(ws, draft_id)
    moves = [(e.action, e.to_state) for e in events if e.to_state]
    assert moves == [
        ("create", CaseState.DRAFT),
        ("issue_notice", CaseState.NOTIFIED),
        ("record_objection", CaseState.OBJECTION),
        ("answer_objection", CaseState.READY),
        ("decide", CaseState.LISTED),
        ("publish", CaseState.PUBLISHED),
        ("apply_repair", CaseState.REPAIR_REQUESTED),
        ("grant_repair", CaseState.REMOVED),
    ]
    assert all(e.officer == OFFICER for e in events)
    decided = next(e for e in events if e.action == "decide")
    assert {f["doc_type"] for f in decided.findings if "doc_type" in f} == {"D-03", "D-08"}
    assert [e.action for e in events if not e.to_state].count("deliver:D-01") == 1
    letters = issuing.issued_letters(ws, draft_id)
    assert [d.doc_type for d in letters] == ["D-01", "D-02", "D-03", "D-08", "D-02", "D-04"]
    assert all(doc_store.verify_document(d) for d in letters)


def test_decision_is_refused_while_the_statement_period_runs(ws, draft_id) -> None:
    notified_and_delivered(ws, draft_id)
    with pytest.raises(lc.StepRefused) as refused:
        lc.decide(ws, draft_id, decision_date=date(2026, 10, 9), officer=OFFICER)
    (f,) = refused.value.findings
    assert f.rule == "R-05" and "2026年10月10日" in f.message and "国办发〔2020〕49号 四(八)" in f.citation
    with ws.db.session() as s:  # nothing moved, no number used
        assert case_store.case_state(s, draft_id) is CaseState.NOTIFIED
    assert [d.doc_type for d in issuing.issued_letters(ws, draft_id)] == ["D-01"]
    # on the make-up Saturday itself the period still runs; on Monday it has ended
    with pytest.raises(lc.StepRefused):
        lc.decide(ws, draft_id, decision_date=date(2026, 10, 10), officer=OFFICER)
    r = lc.decide(ws, draft_id, decision_date=date(2026, 10, 12), officer=OFFICER)
    assert r.state is CaseState.LISTED
    assert [e.action for e in history(ws, draft_id)][-2:] == ["period_ended", "decide"]


def test_waiver_in_writing_allows_an_earlier_decision(ws, draft_id) -> None:
    notified_and_delivered(ws, draft_id)
    r = lc.record_waiver(ws, draft_id, waiver_date=date(2026, 9, 29), officer=OFFICER)
    assert r.state is CaseState.READY and r.case.notice.waived
    assert lc.decide(ws, draft_id, decision_date=date(2026, 9, 30), officer=OFFICER).state is CaseState.LISTED


def test_notice_needs_delivery_before_the_period_can_end(ws, draft_id) -> None:
    lc.issue_notice(ws, draft_id, issue_date=date(2026, 9, 25), officer=OFFICER)
    with pytest.raises(lc.StepRefused) as refused:
        lc.decide(ws, draft_id, decision_date=date(2026, 11, 30), officer=OFFICER)
    assert refused.value.findings[0].rule == "R-05"
    with pytest.raises(lc.StepRefused) as early:
        lc.record_delivery(ws, draft_id, m.Delivery(doc_type="D-01", delivered_date=date(2026, 9, 24)))
    assert early.value.findings[0].rule == "R-05"
    with pytest.raises(lc.StepRefused) as unknown:
        lc.record_delivery(ws, draft_id, m.Delivery(doc_type="D-03", delivered_date=date(2026, 9, 30)))
    assert "尚未出具" in unknown.value.message_cn


def test_moves_that_do_not_exist_are_refused_with_the_state(ws, draft_id) -> None:
    with pytest.raises(lc.StepRefused) as refused:
        lc.decide(ws, draft_id, decision_date=date(2026, 10, 20), officer=OFFICER)
    assert "草稿" in refused.value.message_cn and refused.value.citation.startswith("SPEC §4")
    with pytest.raises(lc.StepRefused):
        lc.publish(ws, draft_id, start_date=date(2026, 10, 20))


def test_close_without_listing_issues_d07(ws, draft_id) -> None:
    notified_and_delivered(ws, draft_id)
    lc.record_objection(ws, draft_id, m.Objection(received_date=date(2026, 9, 30), summary="处罚决定已被撤销"))
    lc.answer_objection(ws, draft_id, 0, verification="经核实，行政处罚决定已于2026年9月29日被复议机关撤销。",
                        result=m.ObjectionResult.UPHELD, reply_date=date(2026, 10, 9), officer=OFFICER)
    with pytest.raises(lc.StepRefused):
        lc.close_without_listing(ws, draft_id, closing_date=date(2026, 10, 9), reasons=[" "])
    r = lc.close_without_listing(ws, draft_id, closing_date=date(2026, 10, 9), officer=OFFICER,
                                 reasons=["作为认定依据的行政处罚决定书已被撤销，不符合列入条件"],
                                 findings=["当事人异议成立"])
    assert r.state is CaseState.NOT_LISTED
    (letter,) = r.letters
    assert letter.document.doc_type == "D-07" and r.case.closing.letter_number == letter.number
    assert "已被撤销" in pdf_text(letter.pdf)
    with pytest.raises(lc.StepRefused):  # a closed case does not move again
        lc.decide(ws, draft_id, decision_date=date(2026, 10, 20))


def test_a_wrongly_issued_decision_is_superseded_and_both_remain(ws, draft_id) -> None:
    first = listed(ws, draft_id).case
    old_number = first.decision.number
    old = next(d for d in issuing.issued_letters(ws, draft_id) if d.doc_type == "D-03")
    fixed = case_svc.load_case(ws, draft_id)
    fixed.decision.publication_channels = ["信用中国（河南青山）"]
    corrected = issuing.correct_letter(ws, old.id, fixed, issue_date=date(2026, 10, 16), officer=OFFICER)
    assert corrected.number == "青山县市监信列〔2026〕2号" != old_number
    case = case_svc.load_case(ws, draft_id)
    assert case.decision.number == corrected.number  # the case points at the letter in force
    assert case.deliveries[1].document_number == old_number  # what was delivered stays as delivered
    letters = issuing.issued_letters(ws, draft_id)
    d03 = [d for d in letters if d.doc_type == "D-03"]
    assert [d.number for d in d03] == [old_number, corrected.number]
    assert d03[1].supersedes_id == old.id
    assert "信用中国（河南青山）" in pdf_text(d03[1].pdf) and pdf_text(d03[0].pdf) == pdf_text(old.pdf)
    # the credit-repair notice prints the decision's number: it is corrected with it, never left citing
    # the superseded number; the old one stays as it went out (“两书同达”, R-16)
    d08 = [d for d in letters if d.doc_type == "D-08"]
    assert len(d08) == 2 and d08[1].supersedes_id == d08[0].id
    assert [c.number for c in corrected.companions] == [d08[1].number] == ["青山县市监信修告〔2026〕2号"]
    assert corrected.number in pdf_text(d08[1].pdf) and old_number not in pdf_text(d08[1].pdf)
    assert old_number in pdf_text(d08[0].pdf) and d08[1].issue_date == date(2026, 10, 16)
    line = next(e for e in history(ws, draft_id) if e.action == "correct:D-03")
    assert [f["number"] for f in line.findings] == [corrected.number, d08[1].number]
    assert case.deliveries[2].document_number == d08[0].number  # delivered as delivered
    with pytest.raises(issuing.DocumentFrozen):
        issuing.correct_letter(ws, old.id, None, issue_date=date(2026, 10, 17))
    # correcting the notice alone leaves the decision as it is
    alone = issuing.correct_letter(ws, d08[1].id, None, issue_date=date(2026, 10, 17), officer=OFFICER,
                                   reason="送达地址有误")
    assert alone.companions == () and corrected.number in pdf_text(alone.pdf)
    assert [d.number for d in issuing.issued_letters(ws, draft_id) if d.doc_type == "D-03"] == [
        old_number, corrected.number]


def test_repair_rules(ws, draft_id) -> None:
    listed(ws, draft_id)
    # a fee is never asked
    with pytest.raises(lc.StepRefused) as fee:
        lc.apply_repair(ws, draft_id, m.RepairApplication(received_date=date(2027, 10, 18),
                                                          other_materials=["修复费缴纳凭证"]))
    assert fee.value.findings[0].rule == "R-15" and "不收取任何费用" in fee.value.findings[0].message
    # an early application is received with a note, and cannot be granted before the minimum period
    r = lc.apply_repair(ws, draft_id, m.RepairApplication(
        received_date=date(2027, 3, 1), materials=[m.RepairMaterial.OBLIGATIONS, m.RepairMaterial.COMMITMENT]))
    assert any(n.rule == "R-15" and "2027年10月15日" in n.message for n in r.notes)
    with pytest.raises(lc.StepRefused) as early:
        lc.decide_repair(ws, draft_id, 0, granted=True, decision_date=date(2027, 3, 3), findings=["已履行"])
    assert any("方满" in f.message for f in early.value.findings)
    # a refusal needs reasons; with them D-05 goes out and the case is listed again (nothing published)
    with pytest.raises(lc.StepRefused) as no_reason:
        lc.decide_repair(ws, draft_id, 0, granted=False, decision_date=date(2027, 3, 3))
    assert no_reason.value.findings[0].field == "repairs[0].reasons"
    r = lc.decide_repair(ws, draft_id, 0, granted=False, decision_date=date(2027, 3, 3),
                         reasons=["最短公示期未满一年"], officer=OFFICER)
    assert r.state is CaseState.LISTED and r.letters[0].document.doc_type == "D-05"
    assert "最短公示期未满一年" in pdf_text(r.letters[0].pdf)


def test_repair_without_the_commitment_is_not_granted(ws, draft_id) -> None:
    listed(ws, draft_id)
    lc.apply_repair(ws, draft_id, m.RepairApplication(received_date=date(2027, 10, 18),
                                                      materials=[m.RepairMaterial.OBLIGATIONS]))
    with pytest.raises(lc.StepRefused) as refused:
        lc.decide_repair(ws, draft_id, 0, granted=True, decision_date=date(2027, 10, 20), findings=["已履行"])
    assert any("信用承诺书" in f.message for f in refused.value.findings)


def test_an_incomplete_application_is_accepted_only_with_a_written_reason(ws, draft_id) -> None:
    listed(ws, draft_id)
    lc.apply_repair(ws, draft_id, m.RepairApplication(received_date=date(2027, 10, 18)))  # nothing attached
    with pytest.raises(lc.StepRefused) as refused:
        lc.accept_repair(ws, draft_id, 0, acceptance_date=date(2027, 10, 19), officer=OFFICER)
    (need,) = refused.value.needs_reason
    assert need.rule == "R-15" and "材料不齐全" in need.message and "信用承诺书" in need.message
    assert case_svc.load_case(ws, draft_id).repairs[0].accepted is None  # nothing recorded
    reason = m.Confirmation(rule="R-15", field=need.field, reason="当事人承诺三日内补交，先行受理")
    r = lc.accept_repair(ws, draft_id, 0, acceptance_date=date(2027, 10, 19), officer=OFFICER,
                         confirmations=[reason])
    assert r.case.repairs[0].accepted is True
    assert any(c.reason == "当事人承诺三日内补交，先行受理" for c in r.case.confirmations)

    # 准予 is not offered while the materials are missing; the party brings them, they are recorded, then it is
    from credit_desk.services.register import case_overview

    steps = lc.available_steps(case_overview(ws, draft_id), today=date(2027, 10, 20))
    assert "grant_repair" not in steps and {"supplement_repair", "refuse_repair"} <= set(steps)
    with pytest.raises(lc.StepRefused):
        lc.supplement_repair(ws, draft_id, 0, materials=[], received_date=date(2027, 10, 21), officer=OFFICER)
    done = lc.supplement_repair(ws, draft_id, 0, materials=[m.RepairMaterial.OBLIGATIONS, m.RepairMaterial.COMMITMENT],
                                received_date=date(2027, 10, 21), officer=OFFICER)
    assert set(done.case.repairs[0].materials) == {m.RepairMaterial.OBLIGATIONS, m.RepairMaterial.COMMITMENT}
    assert done.state is CaseState.REPAIR_REQUESTED
    assert history(ws, draft_id)[-1].action == "supplement_repair"
    steps = lc.available_steps(case_overview(ws, draft_id), today=date(2027, 10, 22))
    assert "grant_repair" in steps and "supplement_repair" not in steps


def test_end_of_period_removal_and_revocation(ws, samr_case, draft_id) -> None:
    pytest.importorskip("credit_desk.services.publication")
    listed(ws, draft_id)
    lc.publish(ws, draft_id, start_date=date(2026, 10, 16), officer=OFFICER)
    with pytest.raises(lc.StepRefused) as early:
        lc.expire(ws, draft_id, closing_date=date(2029, 10, 15))
    assert "2029年10月15日" in early.value.message_cn
    r = lc.expire(ws, draft_id, closing_date=date(2029, 10, 16), officer=OFFICER)
    assert r.state is CaseState.REMOVED and r.case.closing.kind is m.ClosingKind.EXPIRED
    assert r.case.publication.withdrawn_date == date(2029, 10, 16)

    other = case_svc.save_case(ws, samr_case.model_copy(update={"id": None, "notice": None, "decision": None}))
    listed(ws, other.case_id)
    r = lc.revoke(ws, other.case_id, closing_date=date(2026, 11, 20), reasons=["认定依据被人民法院判决撤销"],
                  officer=OFFICER)
    assert r.state is CaseState.REMOVED and r.case.closing.kind is m.ClosingKind.REVOKED
    assert "依据：" not in early.value.message_cn and early.value.citation  # the basis once, beside the message

    # a removed case nags no more: no publication end, no R-18 for it; the party's remedy periods stay
    from credit_desk.services.register import case_overview

    ov = case_overview(ws, other.case_id, today=date(2026, 11, 23))
    assert {d.key for d in ov.deadlines} <= {"reconsideration_end", "litigation_end"}
    assert "publication_end" not in {f.field for f in ov.findings if f.rule == "R-18"}
    assert not case_overview(ws, draft_id, today=date(2029, 10, 20)).deadlines  # periods long past


def test_history_names_every_step_in_chinese() -> None:
    from credit_desk.services.register import _action_label

    assert _action_label("deliver:D-01") == "登记送达：D-01 列入严重失信主体名单告知书"
    assert _action_label("issue:D-03+D-08") == "出具文书：D-03+D-08 列入严重失信主体名单决定书"
    assert _action_label("accept_repair") == "受理信用修复申请"
    assert _action_label("apply_repair") == "登记信用修复申请"  # received ≠ accepted: two lines, two names
    assert _action_label("grant_repair") == "准予信用修复（移出）"
    # an objection before the decision is to the intended listing; after it, to the listed information
    assert _action_label("record_objection", CaseState.NOTIFIED) == "登记异议"
    assert _action_label("answer_objection", CaseState.OBJECTION) == "答复异议"
    assert _action_label("record_objection", CaseState.PUBLISHED) == "登记异议（已列入信息）"
    assert _action_label("answer_objection", CaseState.LISTED) == "答复异议（已列入信息）"


def test_no_publication_while_an_objection_to_the_listing_is_verified(ws, draft_id) -> None:
    pytest.importorskip("credit_desk.services.publication")
    listed(ws, draft_id)
    lc.record_objection(ws, draft_id, m.Objection(received_date=date(2026, 10, 16), summary="决定书认定事实有误"))
    with pytest.raises(lc.StepRefused) as refused:
        lc.publish(ws, draft_id, start_date=date(2026, 10, 17))
    assert refused.value.findings[0].rule == "R-07" and "黄石" in refused.value.findings[0].citation
    lc.answer_objection(ws, draft_id, 0, verification="认定事实清楚。", result=m.ObjectionResult.REJECTED,
                        reply_date=date(2026, 10, 19))
    assert lc.publish(ws, draft_id, start_date=date(2026, 10, 20)).state is CaseState.PUBLISHED


def test_history_keeps_the_step_date_beside_the_recording_time(ws, draft_id) -> None:
    """A step recorded days after it happened: the history keeps both, the timeline shows the step's date."""
    from credit_desk.services.timeline import EntryKind, case_timeline

    notified_and_delivered(ws, draft_id)  # recorded today (2026-11-…), dated September
    events = history(ws, draft_id)
    notice = next(e for e in events if e.action == "issue_notice")
    assert notice.step_date == date(2026, 9, 25) and notice.at.date() != notice.step_date
    delivered = next(e for e in events if e.action == "deliver:D-01")
    assert delivered.step_date == date(2026, 9, 28)
    moves = [e for e in case_timeline(ws, draft_id, today=date(2026, 11, 23)) if e.kind is EntryKind.TRANSITION]
    assert [m.date for m in moves if "告知" in m.text] == [date(2026, 9, 25)]


def test_a_correction_cannot_be_dated_before_the_letter_it_replaces(ws, draft_id) -> None:
    listed(ws, draft_id)
    old = next(d for d in issuing.issued_letters(ws, draft_id) if d.doc_type == "D-03")
    with pytest.raises(issuing.IssueRefused) as refused:
        issuing.correct_letter(ws, old.id, None, issue_date=date(2026, 10, 12))
    assert "不能早于" in refused.value.message_cn and refused.value.rule == "R-16"
    assert [d.number for d in issuing.issued_letters(ws, draft_id) if d.doc_type == "D-03"] == [old.number]


def test_a_delivery_cannot_be_recorded_before_it_happened(ws, draft_id) -> None:
    lc.issue_notice(ws, draft_id, issue_date=date(2026, 9, 25), officer=OFFICER)
    future = m.Delivery(doc_type="D-01", delivered_date=date(2026, 12, 30), method=m.DeliveryMethod.MAIL)
    with pytest.raises(lc.StepRefused) as refused:
        lc.record_delivery(ws, draft_id, future, officer=OFFICER, today=date(2026, 11, 23))
    finding = refused.value.findings[0]
    assert finding.rule == "R-05" and "晚于今天" in finding.message and finding.field == "delivery.delivered_date"
    case = case_svc.load_case(ws, draft_id)
    assert case.deliveries == [] and case.notice.delivered_date is None  # nothing recorded, clocks not started
    done = lc.record_delivery(ws, draft_id, future.model_copy(update={"delivered_date": date(2026, 11, 23)}),
                              officer=OFFICER, today=date(2026, 11, 23))
    assert done.case.notice.delivered_date == date(2026, 11, 23)


def test_steps_the_rules_would_refuse_today_are_not_offered(ws, draft_id) -> None:
    from credit_desk.services.register import case_overview

    def offered(today: date = date(2026, 11, 23)) -> list[str]:
        return lc.available_steps(case_overview(ws, draft_id, today=today), today=today)

    lc.issue_notice(ws, draft_id, issue_date=date(2026, 9, 25), officer=OFFICER)
    steps = offered()
    assert "deliver" in steps and "decide" not in steps and "period_ended" not in steps  # not delivered
    lc.record_delivery(ws, draft_id, m.Delivery(doc_type="D-01", delivered_date=date(2026, 9, 28)), officer=OFFICER)
    statement_end = next(d for d in case_overview(ws, draft_id).deadlines if d.key == "statement_end").due
    during = offered(statement_end)
    assert "period_ended" in during and "decide" not in during  # a waiver may end the period; no decision yet
    assert {"decide", "period_ended"} <= set(offered())
    lc.decide(ws, draft_id, decision_date=date(2026, 10, 13), officer=OFFICER)
    lc.record_delivery(ws, draft_id, m.Delivery(doc_type="D-03", delivered_date=date(2026, 10, 15)), officer=OFFICER)
    assert "expire" not in offered() and "revoke" in offered()  # three years before the period ends
    end = next(d for d in case_overview(ws, draft_id).deadlines if d.key == "publication_end").due
    assert "expire" not in offered(end) and "expire" in offered(end + timedelta(days=1))


def test_no_letter_is_dated_and_no_step_recorded_after_today(ws, draft_id, monkeypatch) -> None:
    monkeypatch.setattr(lc, "current_day", lambda: date(2026, 11, 23))
    with pytest.raises(lc.StepRefused) as refused:
        lc.issue_notice(ws, draft_id, issue_date=date(2026, 12, 20), officer=OFFICER)
    assert refused.value.findings[0].rule == "R-16" and "晚于今天" in refused.value.findings[0].message
    assert issuing.issued_letters(ws, draft_id) == []  # no number used
    lc.issue_notice(ws, draft_id, issue_date=date(2026, 11, 16), officer=OFFICER)
    lc.record_delivery(ws, draft_id, m.Delivery(doc_type="D-01", delivered_date=date(2026, 11, 18)), officer=OFFICER)
    # the statement period runs to 2026-11-25: a decision dated after it, typed today, is not a way round R-05
    with pytest.raises(lc.StepRefused) as refused:
        lc.decide(ws, draft_id, decision_date=date(2026, 12, 10), officer=OFFICER)
    assert refused.value.findings[0].rule == "R-16"
    assert case_svc.load_case(ws, draft_id).decision is None
    assert [d.doc_type for d in issuing.issued_letters(ws, draft_id)] == ["D-01"]
