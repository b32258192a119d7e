"""Every letter D-01…D-08 end to end from a case whose lifecycle is in the case model (issue 4 item 1).

The SAMR fixture case gets its objection, deliveries, repair applications and closing as model records
(``sample_lifecycle``); the caller only names the record by index (``repair_index``, ``delivery_index``)
or, for a 送达回证 printed before delivery, the letter to deliver (``delivery_doc``). Each PDF is read
back with pypdf and every mandated field and section of SPEC §6 is looked for, with the expected
values taken from the case and the catalogs, not from the template context.
"""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf
import pytest

from credit_desk.documents.errors import DocumentError
from credit_desk.documents.render import render_document
from credit_desk.documents.sample import sample_lifecycle
from credit_desk.domain.model import (
    DELIVERY_METHOD_LABELS,
    REPAIR_MATERIAL_LABELS,
    ClosingKind,
    DeliveryMethod,
    RepairOutcome,
)

# form id → (which case, number, issue date, settings naming the record)
JOBS = {
    "D-01": ("listed", "青山县市监信告〔2026〕3号", date(2026, 9, 25), {}),
    "D-02": ("listed", "青山县市监信异〔2026〕2号", date(2026, 10, 14), {}),
    "D-03": ("listed", "青山县市监信列〔2026〕5号", date(2026, 10, 20), {}),
    "D-04": ("listed", "青山县市监信修〔2027〕1号", date(2027, 11, 20), {}),
    "D-05": ("listed", "青山县市监信不修〔2027〕1号", date(2027, 6, 20), {"repair_index": 0}),
    "D-06": ("listed", "", date(2026, 10, 20), {"delivery_index": 2}),
    "D-07": ("closed", "青山县市监信不列〔2026〕1号", date(2026, 10, 16), {}),
    "D-08": ("listed", "青山县市监信修告〔2026〕5号", date(2026, 10, 20), {}),
}
NOTICE_NUMBER = "青山县市监信修告〔2026〕5号"
FEE_AMOUNT = re.compile(r"[0-9０-９][0-9０-９,，.]*元|收费标准|手续费|工本费")
PAGE_NUMBER = re.compile(r"—\d+—")


def flat(text: str) -> str:
    return "".join(text.split())


def bare(s: str) -> str:
    return flat(s).rstrip("。；;，,、")


def pdf_text(pdf: bytes) -> str:
    """The text of every page, whitespace and page numbers removed (a sentence may cross a page)."""
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return PAGE_NUMBER.sub("", flat("\n".join(p.extract_text() for p in pages)))


@pytest.fixture
def override(tmp_path):
    folder = tmp_path / "no-override"
    folder.mkdir()
    return folder


@pytest.fixture
def cases(samr_case):
    return {"listed": sample_lifecycle(samr_case), "closed": sample_lifecycle(samr_case, not_listed=True)}


def render(form_id, case, catalogs, override, settings=None, number=None):
    _, default_number, issued, default_settings = JOBS[form_id]
    return render_document(
        form_id,
        case,
        catalogs,
        number=default_number if number is None else number,
        issue_date=issued,
        settings=default_settings if settings is None else settings,
        override_dir=override,
    )


def text_of(form_id, cases, catalogs, override, settings=None):
    return pdf_text(render(form_id, cases[JOBS[form_id][0]], catalogs, override, settings).pdf)


def standard_of(case, catalogs):
    return catalogs.standards[case.standard_code]


@pytest.mark.parametrize("form_id", list(JOBS))
def test_every_letter_carries_issuer_title_number_party_and_date(form_id, cases, shipped_catalogs, override):
    case = cases[JOBS[form_id][0]]
    r = render(form_id, case, shipped_catalogs, override)
    text = pdf_text(r.pdf)
    assert text.startswith(flat(case.office.deciding_body) + flat(r.letter.title))
    if JOBS[form_id][1]:
        assert flat(JOBS[form_id][1]) in text
    for value in (case.subject.name, case.subject.uscc, case.subject.legal_representative, case.subject.address):
        assert flat(value) in text
    issued = JOBS[form_id][2]
    assert text.endswith(f"{flat(case.office.deciding_body)}{issued.year}年{issued.month}月{issued.day}日")
    assert not r.letter.draft_mark


def test_d01_notice_states_listing_reason_basis_sanctions_rights_period_and_contact(
    cases, shipped_catalogs, override
):
    case = cases["listed"]
    standard = standard_of(case, shipped_catalogs)
    criterion = next(c for c in standard.criteria if c.code == case.criterion_code)
    text = text_of("D-01", cases, shipped_catalogs, override)
    assert f"拟将你单位列入{flat(standard.name)}" in text  # intended listing
    assert flat(case.conduct_summary) in text  # 事由
    for inst in case.basis_instruments:
        assert flat(inst.number) in text and flat(inst.issuing_body) in text
    assert flat(standard.instrument.name) in text and flat(standard.instrument.number) in text  # 依据
    assert bare(criterion.text) in text
    for code in case.sanction_codes:  # intended sanctions, each with its basis
        assert bare(shipped_catalogs.measures[code].text) in text
    for right in ("陈述", "申辩", "异议"):
        assert right in text
    assert standard.hearing_allowed and "可以要求举行听证" in text
    assert f"自收到本告知书之日起{standard.notice_period.label()}内" in text  # the period
    assert "提交书面意见" in text and "当面陈述" in text  # how to submit
    for value in (case.office.address, case.office.contact_person, case.office.phone):
        assert flat(value) in text


def test_d02_reply_states_objection_verification_result_consequence_and_remedy(cases, shipped_catalogs, override):
    case = cases["listed"]
    o = case.objections[-1]
    text = text_of("D-02", cases, shipped_catalogs, override)
    assert f"{o.received_date.year}年{o.received_date.month}月{o.received_date.day}日收到你单位提出的异议" in text
    assert bare(o.summary) in text
    assert bare(o.verification) in text
    assert "异议不成立。" in text
    assert "不予采纳，将依法继续办理" in text
    assert f"六十日内向{flat(case.office.reconsideration_body)}申请行政复议" in text
    assert f"六个月内依法向{flat(case.office.court)}提起行政诉讼" in text


def test_d03_decision_holds_the_five_sections_publication_and_effective_date(cases, shipped_catalogs, override):
    text = text_of("D-03", cases, shipped_catalogs, override)
    for heading in ("失信事由", "列入依据", "失信惩戒措施提示", "移出条件和程序", "救济措施"):
        assert heading in text
    for channel in cases["listed"].decision.publication_channels:
        assert flat(channel) in text
    assert "2026年10月20日" in text


def test_d04_granted_repair_states_application_conditions_result_effects_and_that_it_is_free(
    cases, shipped_catalogs, override
):
    case = cases["listed"]
    repair = case.repairs[-1]
    assert repair.outcome is RepairOutcome.GRANTED
    text = text_of("D-04", cases, shipped_catalogs, override)
    assert flat(case.decision.number) in text
    assert "你单位于2027年11月2日向本局申请信用修复" in text and "本局于2027年11月3日受理了该申请" in text
    for m in repair.materials:
        assert flat(REPAIR_MATERIAL_LABELS[m]) in text
    for condition in standard_of(case, shipped_catalogs).removal_conditions:  # the conditions checked
        assert bare(condition) in text
    for finding in repair.findings:
        assert bare(finding) in text
    assert "本局决定准予你单位信用修复，自2027年11月20日起将你单位移出" in text
    for effect in ("移出市场监督管理严重违法失信名单", "终止共享、公开", "标注“已修复”", "屏蔽相关失信信息"):
        assert effect in text
    assert "删除" not in text  # not chosen for this repair
    assert "信用修复不收取任何费用" in text
    assert "弄虚作假" in text and "撤销本决定" in text


def test_d05_refused_repair_states_reasons_what_stays_and_the_remedy(cases, shipped_catalogs, override):
    case = cases["listed"]
    repair = case.repairs[0]
    text = text_of("D-05", cases, shipped_catalogs, override)
    assert "你单位于2027年6月1日向本局申请信用修复" in text
    for condition in standard_of(case, shipped_catalogs).removal_conditions:
        assert bare(condition) in text
    for reason in repair.reasons:
        assert bare(reason) in text
    assert "本局决定不予你单位信用修复" in text
    assert "相关失信信息继续依法共享和公示" in text and "不作标注、屏蔽或者删除处理" in text
    assert "信用修复不收取任何费用" in text
    assert f"六十日内向{flat(case.office.reconsideration_body)}申请行政复议" in text
    assert f"六个月内依法向{flat(case.office.court)}提起行政诉讼" in text


@pytest.mark.parametrize("form_id", ["D-04", "D-05", "D-08"])
def test_repair_letters_say_repair_is_free_and_name_no_fee(form_id, cases, shipped_catalogs, override):
    """R-15: no fee is ever asked; the letters state that repair is free and name no amount."""
    text = text_of(form_id, cases, shipped_catalogs, override)
    assert "不收取任何费用" in text
    assert not FEE_AMOUNT.search(text), FEE_AMOUNT.search(text)


def test_d06_recorded_delivery_names_document_recipient_method_date_and_signatures(
    cases, shipped_catalogs, override
):
    case = cases["listed"]
    delivery = case.deliveries[2]
    r = render("D-06", case, shipped_catalogs, override)
    text = pdf_text(r.pdf)
    assert "文书名称：《列入市场监督管理严重违法失信名单决定书》" in text
    assert f"文号：{flat(case.decision.number)}" in text
    assert f"受送达人：{flat(case.subject.name)}" in text
    assert f"送达地点：{flat(case.subject.address)}" in text
    assert f"送达方式：{DELIVERY_METHOD_LABELS[delivery.method]}" in text
    assert "送达日期：2026年10月20日" in text
    assert f"送达凭证：{flat(delivery.proof)}" in text
    assert "受送达人签名（盖章）" in text
    assert f"送达人（{'、'.join(delivery.servers)}）签名" in text
    assert "见证人" not in text  # a direct delivery needs no witness
    assert len(pypdf.PdfReader(io.BytesIO(r.pdf)).pages) == 1


def test_d06_for_a_mailed_objection_reply(cases, shipped_catalogs, override):
    case = cases["listed"]
    text = text_of("D-06", cases, shipped_catalogs, override, {"delivery_index": 1})
    assert "文书名称：《异议核实答复书》" in text
    assert f"文号：{flat(case.objections[-1].reply_number)}" in text
    assert "送达方式：邮寄送达" in text and "送达日期：2026年10月16日" in text
    assert "邮件号1151234567890" in text


def test_d06_for_a_left_delivery_has_a_witness_line(cases, shipped_catalogs, override):
    case = cases["listed"]
    case.deliveries[0].method = DeliveryMethod.LEFT
    text = pdf_text(render("D-06", case, shipped_catalogs, override, {"delivery_index": 0}).pdf)
    assert "送达方式：留置送达" in text and "见证人签名" in text


@pytest.mark.parametrize(
    ("doc", "title", "number"),
    [
        ({"doc_type": "D-08", "number": NOTICE_NUMBER}, "信用修复告知书", NOTICE_NUMBER),
        ({"doc_type": "D-03"}, "列入市场监督管理严重违法失信名单决定书", "青山县市监信列〔2026〕5号"),
        ({"doc_type": "D-01", "title": "《某告知书》", "number": "X〔2026〕1号"}, "某告知书", "X〔2026〕1号"),
    ],
)
def test_d06_printed_before_delivery_leaves_method_date_and_signatures_to_fill_in(
    doc, title, number, cases, shipped_catalogs, override
):
    case = cases["listed"]
    r = render("D-06", case, shipped_catalogs, override, {"delivery_doc": doc})
    text = pdf_text(r.pdf)
    assert f"文书名称：《{title}》" in text
    assert f"文号：{flat(number)}" in text
    assert f"受送达人：{flat(case.subject.name)}" in text
    assert "送达方式：□直接□邮寄□电子□留置□委托□公告" in text  # ticked by hand
    assert "送达日期：＿＿＿＿年＿＿月＿＿日" in text  # written by hand
    assert "受送达人签名（盖章）：＿" in text and "见证人签名" in text
    assert r.context["delivery"]["pending"] is True
    assert len(pypdf.PdfReader(io.BytesIO(r.pdf)).pages) == 1


def test_d07_states_what_was_found_why_not_listed_and_ends_the_procedure(cases, shipped_catalogs, override):
    case = cases["closed"]
    assert case.closing.kind is ClosingKind.NOT_LISTED
    text = text_of("D-07", cases, shipped_catalogs, override)
    assert "你单位于2026年9月30日提出异议，经核实，异议成立" in text
    for finding in case.closing.findings:
        assert bare(finding) in text
    for reason in case.closing.reasons:
        assert bare(reason) in text
    assert "本局决定不将你单位列入市场监督管理严重违法失信名单，本案列入程序终结" in text
    assert "不将拟列入的相关信息作为严重失信主体名单信息公示或者共享" in text
    assert "行政复议" not in text  # favourable to the party: no remedy clause


def test_d08_repair_notice_states_when_conditions_materials_where_time_limit_and_free(
    cases, shipped_catalogs, override
):
    case = cases["listed"]
    standard = standard_of(case, shipped_catalogs)
    text = text_of("D-08", cases, shipped_catalogs, override)
    assert f"满{standard.earliest_removal.label()}后" in text
    for item in (*standard.removal_conditions, *standard.repair_materials):
        assert bare(item) in text
    assert "信用承诺书" in text
    assert flat(case.office.address) in text
    assert f"{standard.removal_time_limit.label()}内作出是否准予信用修复的决定" in text
    assert "信用修复不收取任何费用" in text


def test_record_index_wins_over_the_older_settings_mapping(cases, shipped_catalogs, override):
    legacy = {"repair": {"application_date": date(2030, 1, 1), "findings": ["旧数据"]}}
    r = render("D-04", cases["listed"], shipped_catalogs, override, legacy)
    assert r.context["repair"]["application_date"] == "2027年11月2日"
    assert not {"repair", "repair_index", "delivery_index", "delivery_doc"} & set(r.context["settings"])


# --- refusals: an empty mandated field refuses the letter with the field named ---------------------------


def _no_conduct(cases):
    cases["listed"].conduct_summary = ""


def _no_summary(cases):
    cases["listed"].objections[-1].summary = ""


def _no_findings(cases):
    cases["listed"].repairs[-1].findings = []


def _granted_is_last(cases):
    pass  # D-05 asked for the last application, which was granted


def _no_delivery_number(cases):
    cases["listed"].repairs[-1].letter_number = ""


def _repaired_closing(cases):
    cases["closed"].closing.kind = ClosingKind.REPAIRED


def _no_office_address(cases):
    cases["listed"].office.address = ""


@pytest.mark.parametrize(
    ("form_id", "spoil", "settings", "field", "label"),
    [
        ("D-01", _no_conduct, None, "case.conduct_summary", "失信事实"),
        ("D-02", _no_summary, None, "objection.summary", "异议的主要内容"),
        ("D-03", _no_conduct, None, "case.conduct_summary", "失信事实"),
        ("D-04", _no_findings, None, "repair.findings", "修复条件审查情况"),
        ("D-04", _granted_is_last, {"repair_index": 0}, "repair.granted", "准予信用修复的审查结论"),
        ("D-05", _granted_is_last, {}, "repair.refused", "不予信用修复的审查结论"),
        ("D-06", _no_delivery_number, {"delivery_doc": {"doc_type": "D-04"}}, "delivery.document_number", "文号"),
        ("D-07", _repaired_closing, None, "closing.not_listed", "不予列入的结案记录"),
        ("D-08", _no_office_address, None, "office.address", "受理地址"),
    ],
)
def test_empty_mandated_field_refuses_the_letter_naming_it(
    form_id, spoil, settings, field, label, cases, shipped_catalogs, override
):
    spoil(cases)
    with pytest.raises(DocumentError) as exc:
        render(form_id, cases[JOBS[form_id][0]], shipped_catalogs, override, settings)
    assert exc.value.field == field
    assert label in exc.value.message
    assert "不能出具" in exc.value.message
