"""Issuing numbered letters through services: rules, office pattern, one transaction, corrections (R-16)."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from credit_desk.services import cases as case_svc
from credit_desk.services import issuing
from credit_desk.services import office as office_svc
from credit_desk.services.rendering import RenderRefused
from credit_desk.store import documents as doc_store

DAY = date(2026, 11, 2)


@pytest.fixture
def ws(tmp_path):
    from credit_desk.services.workspace import open_workspace

    workspace = open_workspace(f"sqlite:///{tmp_path / 'cd.sqlite3'}")
    yield workspace
    workspace.db.dispose()


@pytest.fixture
def office_ws(ws, samr_case):
    office_svc.save_office(ws, samr_case.office)
    return ws


def pdf_text(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))


def store(ws, case) -> int:
    return case_svc.save_case(ws, case.model_copy(update={"id": None})).case_id


def test_issue_decision_uses_the_office_pattern_and_freezes_the_pdf(office_ws, samr_case):
    case_id = store(office_ws, samr_case)
    first = issuing.issue_letter(office_ws, case_id, "D-03", issue_date=DAY, officer="李明")
    second = issuing.issue_letter(office_ws, case_id, "D-03", issue_date=DAY)
    assert first.number == "青山县市监信列〔2026〕1号"
    assert second.number == "青山县市监信列〔2026〕2号"
    assert "青山县市监信列〔2026〕1号" in pdf_text(first.pdf)
    stored = issuing.issued_letter(office_ws, first.id)
    assert stored.pdf == first.pdf and doc_store.verify_document(stored)
    assert stored.fields  # the field snapshot the letter was rendered from
    assert stored.issue_date == DAY


def test_decision_and_repair_notice_go_out_together_with_their_own_numbers(office_ws, samr_case):
    case_id = store(office_ws, samr_case)
    decision, repair = issuing.issue_decision_with_repair_notice(office_ws, case_id, issue_date=DAY)
    assert decision.number == "青山县市监信列〔2026〕1号"
    assert repair.number == "青山县市监信修告〔2026〕1号"
    assert [d.doc_type for d in issuing.issued_letters(office_ws, case_id)] == ["D-03", "D-08"]


def test_a_blocked_case_is_refused_and_uses_no_number(office_ws, samr_case):
    blocked_id = store(office_ws, samr_case.model_copy(update={"notice": None}))  # no prior notice
    with pytest.raises(RenderRefused) as refused:
        issuing.issue_letter(office_ws, blocked_id, "D-03", issue_date=DAY)
    assert [f.rule for f in refused.value.findings] == ["R-05"]
    with pytest.raises(RenderRefused):
        issuing.issue_decision_with_repair_notice(office_ws, blocked_id, issue_date=DAY)
    assert issuing.issued_letters(office_ws, blocked_id) == []
    good_id = store(office_ws, samr_case)
    assert issuing.issue_letter(office_ws, good_id, "D-03", issue_date=DAY).number.endswith("〔2026〕1号")


def test_correction_supersedes_and_both_remain_printable(office_ws, samr_case):
    case_id = store(office_ws, samr_case)
    old = issuing.issue_letter(office_ws, case_id, "D-03", issue_date=DAY)
    subject = samr_case.subject.model_copy(update={"address": "青山县城关镇人民路99号"})
    new = issuing.correct_letter(office_ws, old.id, {"subject": subject}, issue_date=date(2026, 11, 5))
    assert new.document.supersedes_id == old.id
    assert new.number == "青山县市监信列〔2026〕2号"
    letters = issuing.issued_letters(office_ws, case_id)
    assert [d.id for d in letters] == [old.id, new.id]
    assert letters[0] == old.document and all(doc_store.verify_document(d) for d in letters)
    assert "人民路99号" in pdf_text(letters[1].pdf) and samr_case.subject.address in pdf_text(letters[0].pdf)
    assert case_svc.load_case(office_ws, case_id).subject.address == "青山县城关镇人民路99号"
    with pytest.raises(issuing.DocumentFrozen):
        issuing.correct_letter(office_ws, old.id, issue_date=DAY)


def test_no_office_profile_or_unnumbered_letter_is_refused(ws, office_ws, samr_case):
    case_id = store(office_ws, samr_case)
    with pytest.raises(issuing.IssueRefused, match="R-16"):
        issuing.issue_letter(office_ws, case_id, "D-06", issue_date=DAY)


def test_without_a_profile_nothing_is_issued(ws, samr_case):
    case_id = store(ws, samr_case)
    with pytest.raises(issuing.IssueRefused, match="本机关信息"):
        issuing.issue_letter(ws, case_id, "D-03", issue_date=DAY)
    assert issuing.issued_letters(ws, case_id) == []
