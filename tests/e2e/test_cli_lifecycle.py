"""``credit-desk`` on a case file that holds the whole lifecycle: every letter renders with the number and date the
case records for it; ``check`` and ``deadlines`` cover the steps after the decision (R-14, R-15)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from credit_desk.cli import main
from credit_desk.documents.sample import sample_lifecycle
from credit_desk.domain.case_file import dump_case_file
from credit_desk.domain.model import RepairApplication


@pytest.fixture
def life(tmp_path, samr_case):
    path = tmp_path / "life.json"
    path.write_text(dump_case_file(sample_lifecycle(samr_case)), encoding="utf-8")
    return path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def text(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(path.read_bytes())).pages))


@pytest.mark.parametrize("doc", ["D-01", "D-02", "D-03", "D-04", "D-06", "D-08"])
def test_every_letter_of_the_lifecycle_renders_from_the_case_file(capsys, tmp_path, life, samr_case, doc):
    case = sample_lifecycle(samr_case)
    out = tmp_path / f"{doc}.pdf"
    code, _printed, err = run(capsys, "render", life, "--doc", doc, "--out", out)
    assert code == 0, err
    body = text(out)
    expected = {
        "D-01": case.notice.number,
        "D-02": case.objections[-1].reply_number,
        "D-03": case.decision.number,
        "D-04": case.repairs[-1].letter_number,
        "D-06": case.deliveries[-1].document_number,
        "D-08": case.decision.repair_notice_number,  # its own number; it cites the decision's
    }[doc]
    assert expected and expected in body
    if doc == "D-08":
        assert case.decision.number in body and body.count(case.decision.number) == 1
    if doc == "D-06":  # without --index: the last recorded delivery, with what was recorded of it
        last = case.deliveries[-1]
        assert last.recipient in body and all(server in body for server in last.servers)


def test_a_repair_notice_without_its_own_number_is_refused_not_given_the_decisions(capsys, tmp_path, samr_case):
    case = samr_case.model_copy(deep=True)
    case.decision.repair_notice_number = ""
    path = tmp_path / "old.json"
    path.write_text(dump_case_file(case), encoding="utf-8")
    code, _, err = run(capsys, "render", path, "--doc", "D-08", "--out", tmp_path / "d8.pdf")
    assert code == 1 and "文号为空" in err and "--number" in err
    code, out, err = run(capsys, "render", path, "--doc", "D-08", "--number", "青山县市监信修告〔2026〕9号",
                         "--out", tmp_path / "d8.pdf")
    assert code == 0, err
    assert "青山县市监信修告〔2026〕9号" in text(tmp_path / "d8.pdf") and "PDF SHA-256" in out


def test_the_delivery_form_of_a_notice_is_for_the_notice(capsys, tmp_path, samr_case):
    """A case whose only recorded delivery is the notice's: the 送达回证 is the notice's, dated as delivered."""
    case = sample_lifecycle(samr_case)
    notice_delivery = next(d for d in case.deliveries if d.doc_type == "D-01")
    case.deliveries = [notice_delivery]
    path = tmp_path / "notice.json"
    path.write_text(dump_case_file(case), encoding="utf-8")
    code, _, err = run(capsys, "render", path, "--doc", "D-06", "--out", tmp_path / "d6.pdf")
    assert code == 0, err
    body = text(tmp_path / "d6.pdf")
    assert case.notice.number in body and case.decision.number not in body
    assert notice_delivery.recipient in body


def test_a_word_copy_reports_its_own_hash(capsys, tmp_path, life):
    import hashlib

    out = tmp_path / "d3.docx"
    code, printed, err = run(capsys, "render", life, "--doc", "D-03", "--out", out)
    assert code == 0, err
    assert f"DOCX SHA-256 {hashlib.sha256(out.read_bytes()).hexdigest()[:16]}" in printed


def test_index_chooses_which_application_a_letter_answers(capsys, tmp_path, life, samr_case):
    case = sample_lifecycle(samr_case)
    refused = next(i for i, r in enumerate(case.repairs) if r.outcome == "refused")
    code, _, err = run(capsys, "render", life, "--doc", "D-05", "--out", tmp_path / "last.pdf")
    assert code == 1 and "不予修复" in err  # the last application was granted: no D-05 for it
    code, _, err = run(capsys, "render", life, "--doc", "D-05", "--index", refused + 1, "--out", tmp_path / "d5.pdf")
    assert code == 0, err
    assert case.repairs[refused].letter_number in text(tmp_path / "d5.pdf")
    code, _, err = run(capsys, "render", life, "--doc", "D-03", "--index", 1, "--out", tmp_path / "x.pdf")
    assert code == 2 and "--index" in err


def test_check_and_deadlines_cover_repair_and_publication(capsys, tmp_path, samr_case):
    case = sample_lifecycle(samr_case)
    case.repairs.append(RepairApplication(received_date=case.repairs[-1].received_date, other_materials=["修复费收据"]))
    path = tmp_path / "fee.json"
    path.write_text(dump_case_file(case), encoding="utf-8")
    code, out, _ = run(capsys, "check", path)
    assert code == 1 and "R-15" in out and "不收取任何费用" in out
    code, out, _ = run(capsys, "deadlines", path)
    assert code == 0
    assert "信用修复申请办理期限" in out and "公示期届满" in out and "最早可申请信用修复" in out
