"""The 送达回证 (D-06) of an issued letter: blank before delivery, filled from the record after (R-05, R-16)."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from credit_desk.domain.model import Delivery, DeliveryMethod
from credit_desk.services import cases as case_svc
from credit_desk.services import issuing, lifecycle
from credit_desk.services import office as office_svc
from credit_desk.services.delivery_form import NotDeliverable, delivery_form, recorded_delivery
from credit_desk.services.rendering import RenderRefused

OFFICER = "李明"
TODAY = date(2026, 10, 21)


@pytest.fixture
def ws(tmp_path):
    from credit_desk.services.workspace import open_workspace

    workspace = open_workspace(f"sqlite:///{tmp_path / 'cd.sqlite3'}")
    yield workspace
    workspace.db.dispose()


@pytest.fixture
def decided(ws, samr_case):
    """(case id, D-01, D-03) of a case notified, served and decided through the lifecycle services."""
    office_svc.save_office(ws, samr_case.office)
    draft = samr_case.model_copy(update={"id": None, "notice": None, "decision": None})
    case_id = case_svc.save_case(ws, draft, officer=OFFICER).case_id
    lifecycle.issue_notice(ws, case_id, issue_date=date(2026, 9, 25), officer=OFFICER)
    lifecycle.record_delivery(
        ws, case_id, Delivery(doc_type="D-01", delivered_date=date(2026, 9, 28), recipient="王建国",
                              method=DeliveryMethod.DIRECT, servers=["李明", "张华"]), officer=OFFICER)
    lifecycle.decide(ws, case_id, decision_date=date(2026, 10, 20), officer=OFFICER)
    letters = {d.doc_type: d for d in issuing.issued_letters(ws, case_id)}
    return case_id, letters["D-01"], letters["D-03"]


def text_of(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))


def test_before_delivery_the_form_names_the_letter_and_leaves_method_date_and_signatures_blank(ws, decided):
    case_id, _notice, decision = decided
    text = text_of(delivery_form(ws, case_id, decision.id, today=TODAY))
    assert "送达回证" in text
    assert "文书名称：《列入市场监督管理严重违法失信名单决定书》" in text  # the title as the letter printed it
    assert f"文号：{decision.number}" in text
    assert "送达方式：□直接□邮寄□电子□留置□委托□公告" in text
    assert "送达日期：＿＿＿＿年＿＿月＿＿日" in text
    assert "受送达人签名（盖章）：＿" in text and "见证人签名" in text
    assert "2026年10月21日" in text  # the form is dated the day it is printed


def test_after_delivery_the_form_is_filled_from_the_recorded_delivery(ws, decided):
    case_id, notice, _decision = decided
    case = case_svc.load_case(ws, case_id)
    assert recorded_delivery(case, notice) == 0
    text = text_of(delivery_form(ws, case_id, notice.id, today=TODAY))
    assert f"文号：{notice.number}" in text
    assert "送达方式：直接送达" in text and "送达日期：2026年9月28日" in text
    assert "受送达人：王建国" in text
    assert "李明、张华" in text
    assert "□" not in text


def test_a_superseded_letter_keeps_its_own_number_on_its_form(ws, decided):
    case_id, _notice, decision = decided
    new = issuing.correct_letter(ws, decision.id, None, issue_date=TODAY, officer=OFFICER, reason="地址笔误")
    assert f"文号：{new.number}" in text_of(delivery_form(ws, case_id, new.id, today=TODAY))
    assert f"文号：{decision.number}" in text_of(delivery_form(ws, case_id, decision.id, today=TODAY))


def test_the_correction_reason_is_in_the_case_history(ws, decided):
    case_id, _notice, decision = decided
    new = issuing.correct_letter(ws, decision.id, None, issue_date=TODAY, officer=OFFICER, reason="地址笔误")
    with ws.db.session() as s:
        from credit_desk.store import cases as case_store

        events = case_store.case_history(s, case_id)
    line = next(e for e in events if e.action == "correct:D-03")
    assert line.officer == OFFICER
    (d08,) = new.companions  # the repair notice printing the decision's number is corrected with it
    assert line.findings == [{"document_id": new.id, "doc_type": "D-03", "number": new.number, "reason": "地址笔误"},
                             {"document_id": d08.id, "doc_type": "D-08", "number": d08.number, "reason": "地址笔误"}]


def test_no_form_for_a_letter_of_another_case(ws, decided, samr_case):
    _case_id, notice, _decision = decided
    other = case_svc.save_case(ws, samr_case.model_copy(update={"id": None}), officer=OFFICER).case_id
    with pytest.raises(NotDeliverable) as refused:
        delivery_form(ws, other, notice.id, today=TODAY)
    assert "不属于本案" in refused.value.message_cn and refused.value.rule == "R-16"


def test_an_invalid_credit_code_refuses_the_form_with_rule_and_citation(ws, decided):
    case_id, _notice, decision = decided
    case = case_svc.load_case(ws, case_id)
    wrong = case.subject.uscc[:-1] + ("0" if case.subject.uscc[-1] != "0" else "1")  # check digit broken
    case_svc.save_case(ws, case.model_copy(update={"subject": case.subject.model_copy(update={"uscc": wrong})}),
                       officer=OFFICER)
    with pytest.raises(RenderRefused) as refused:
        delivery_form(ws, case_id, decision.id, today=TODAY)
    assert [f.rule for f in refused.value.findings] == ["R-13"]
    assert all(f.citation for f in refused.value.findings)
