"""Letters D-01, D-02, D-04, D-05, D-06 and D-07 end to end: shipped catalogs + the SAMR fixture case (+ the
lifecycle facts passed the older way, as whole mappings in ``settings``, which still works when the case
has no record of them; the model-record way is tested in test_lifecycle_letters_pdf.py) → PDF, read back
with pypdf.

Expected values come from the case, the catalogs and the extras directly, not from the template context,
so a form that drops a mandated item fails here; a missing mandated value must refuse with its name.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pypdf
import pytest

from credit_desk.documents.errors import DocumentError
from credit_desk.documents.forms import load_form
from credit_desk.documents.render import render_document
from credit_desk.domain.model import Objection, ObjectionResult

NUMBERS = {
    "D-01": "青山县市监信告〔2026〕3号",
    "D-02": "青山县市监信异〔2026〕2号",
    "D-04": "青山县市监信修〔2027〕1号",
    "D-05": "青山县市监信不修〔2027〕1号",
    "D-06": "",
    "D-07": "青山县市监信不列〔2026〕1号",
}
OBJECTION = Objection(
    received_date=date(2026, 9, 30),
    summary="涉案卤制品所用原料为食品添加剂，不属于非食品原料",
    verification="调取了抽检报告、原料进货台账和供货商资质证明，并询问了当事人的生产负责人",
    result=ObjectionResult.REJECTED,
    reply_date=date(2026, 10, 14),
    reply_number="青山县市监信异〔2026〕2号",
)
REPAIR = {
    "application_date": date(2027, 11, 2),
    "materials": ["信用修复申请书", "行政处罚决定履行完毕的证明", "信用承诺书"],
    "findings": ["你单位被列入名单已满1年", "已全部履行行政处罚决定规定的义务，罚款已缴清"],
    "reasons": ["你单位被列入名单后又因销售不合格食品受到较重行政处罚（青山县市监处罚〔2027〕9号）"],
    "effective_date": date(2027, 11, 20),
}
DELIVERY = {"method": "直接送达", "servers": ["李明", "张华"]}
CLOSING = ["涉案原料为国家标准允许使用的食品添加剂，不属于非食品原料", "当事人的行为不符合列入情形"]
SETTINGS = {"repair": REPAIR, "delivery": DELIVERY, "closing_reasons": CLOSING}

HEADINGS = {
    "D-01": (
        "拟列入的事由",
        "拟列入的依据",
        "拟采取的失信惩戒措施",
        "当事人依法享有的权利",
        "提出意见的期限和方式",
        "联系方式",
    ),
    "D-02": ("异议的主要内容", "核实情况", "核实结果及处理", "救济途径"),
    "D-04": ("申请情况", "审查情况", "决定", "失信信息的处理", "告诫"),
    "D-05": ("申请情况", "审查情况和理由", "决定", "救济措施"),
    "D-06": ("送达回证", "文书名称", "受送达人", "送达方式", "送达日期", "受送达人签名", "送达人"),
    "D-07": ("不予列入的理由", "决定"),
}


def flat(text: str) -> str:
    return "".join(text.split())


def bare(s: str) -> str:
    return flat(s).rstrip("。；;，,、")


def pdf_text(pdf: bytes) -> str:
    """All pages, whitespace and the page numbers ("— 2 —") removed: a sentence may cross a page."""
    return re.sub(r"—\d+—", "", flat("\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)))


@pytest.fixture
def override(tmp_path):
    folder = tmp_path / "no-override"
    folder.mkdir()
    return folder


@pytest.fixture
def case(samr_case):
    samr_case.objections.append(OBJECTION.model_copy())
    return samr_case


def render(form_id, case, catalogs, override, settings=SETTINGS):
    return render_document(
        form_id,
        case,
        catalogs,
        number=NUMBERS[form_id],
        issue_date=date(2026, 10, 14),
        settings=settings,
        override_dir=override,
    )


@pytest.mark.parametrize("form_id", list(NUMBERS))
def test_letter_holds_its_headings_party_and_number(form_id, case, shipped_catalogs, override):
    r = render(form_id, case, shipped_catalogs, override)
    text = pdf_text(r.pdf)
    for heading in HEADINGS[form_id]:
        assert heading in text, heading
    assert flat(case.office.deciding_body) in text
    assert flat(case.subject.name) in text
    assert flat(case.subject.uscc) in text
    if NUMBERS[form_id]:
        assert flat(NUMBERS[form_id]) in text
    assert "2026年10月14日" in text
    json.dumps(r.context, ensure_ascii=False)  # the field snapshot stays JSON


def test_notice_states_reason_basis_sanctions_rights_period_and_contact(case, shipped_catalogs, override):
    text = pdf_text(render("D-01", case, shipped_catalogs, override).pdf)
    standard = shipped_catalogs.standards[case.standard_code]
    criterion = next(c for c in standard.criteria if c.code == case.criterion_code)
    assert f"拟将你单位列入{flat(standard.name)}" in text
    assert flat(case.conduct_summary) in text
    assert flat(standard.instrument.number) in text
    assert bare(criterion.text) in text
    for inst in case.basis_instruments:
        assert flat(inst.number) in text
    for code in case.sanction_codes:
        m = shipped_catalogs.measures[code]
        assert bare(m.text) in text
        provisions = [shipped_catalogs.provisions[c] for c in m.provision_codes]
        cites = [p.citation if p.article_known else f"《{p.instrument}》有关规定" for p in provisions]
        for cite in cites or [m.basis_text]:
            assert flat(cite) in text
    for right in ("陈述", "申辩", "异议"):
        assert right in text
    assert ("要求举行听证" in text) is standard.hearing_allowed
    assert f"{standard.notice_period.label()}内" in text
    assert "自送达之日的次日起计算" in text
    assert "逾期未提出的，视为放弃" in text
    for value in (case.office.address, case.office.contact_person, case.office.phone):
        assert flat(value) in text


def test_notice_without_hearing_leaves_it_out(case, shipped_catalogs, override, monkeypatch):
    standard = shipped_catalogs.standards[case.standard_code]
    # the catalogs are shared by the session: the change is undone after the test
    monkeypatch.setitem(
        shipped_catalogs.standards, case.standard_code, standard.model_copy(update={"hearing_allowed": False})
    )
    text = pdf_text(render("D-01", case, shipped_catalogs, override).pdf)
    assert "听证" not in text


@pytest.mark.parametrize(
    ("result", "consequence"),
    [
        (ObjectionResult.REJECTED, "不予采纳，将依法继续办理"),
        (ObjectionResult.UPHELD, "采纳你单位的异议，不将你单位列入"),
        (ObjectionResult.PARTLY, "对异议成立的部分"),
    ],
)
def test_objection_reply_states_what_was_verified_and_the_result(result, consequence, case, shipped_catalogs, override):
    case.objections[-1].result = result
    text = pdf_text(render("D-02", case, shipped_catalogs, override).pdf)
    assert "2026年9月30日收到你单位提出的异议" in text
    assert bare(OBJECTION.summary) in text
    assert bare(OBJECTION.verification) in text
    label = {"upheld": "成立", "rejected": "不成立", "partly": "部分成立"}[str(result)]
    assert f"异议{label}。" in text
    assert consequence in text
    assert f"六十日内向{flat(case.office.reconsideration_body)}申请行政复议" in text
    assert f"六个月内依法向{flat(case.office.court)}提起行政诉讼" in text


def test_repair_granted_states_conditions_effects_no_fee_and_warning(case, shipped_catalogs, override):
    text = pdf_text(render("D-04", case, shipped_catalogs, override).pdf)
    assert flat(case.decision.number) in text
    assert "2027年11月2日" in text
    for value in (*REPAIR["materials"], *REPAIR["findings"]):
        assert bare(value) in text
    assert "决定准予你单位信用修复，自2027年11月20日起将你单位移出" in text
    for effect in ("移出", "终止共享、公开", "标注", "屏蔽"):
        assert effect in text
    assert "不收取任何费用" in text
    assert "弄虚作假" in text and "撤销本决定" in text


def test_repair_effects_can_be_chosen(case, shipped_catalogs, override):
    settings = {**SETTINGS, "repair": {**REPAIR, "effects": ["remove", "delete"]}}
    text = pdf_text(render("D-04", case, shipped_catalogs, override, settings).pdf)
    assert "依法删除相关失信信息" in text
    assert "屏蔽" not in text


def test_repair_refused_states_reasons_consequence_and_remedy(case, shipped_catalogs, override):
    text = pdf_text(render("D-05", case, shipped_catalogs, override).pdf)
    assert flat(case.decision.number) in text
    assert "2027年11月2日" in text
    for reason in REPAIR["reasons"]:
        assert bare(reason) in text
    assert "决定不予你单位信用修复" in text
    assert "继续依法共享和公示" in text
    assert "不收取任何费用" in text
    assert f"六十日内向{flat(case.office.reconsideration_body)}申请行政复议" in text
    assert f"六个月内依法向{flat(case.office.court)}提起行政诉讼" in text


def test_proof_of_delivery_names_document_recipient_method_date_and_signers(case, shipped_catalogs, override):
    r = render("D-06", case, shipped_catalogs, override)
    text = pdf_text(r.pdf)
    assert f"《{flat(r.context['decision']['title'])}》" in text
    assert flat(case.decision.number) in text
    assert flat(case.subject.address) in text
    assert "送达方式：直接送达" in text
    assert "送达日期：2026年10月20日" in text
    assert "李明、张华" in text
    assert "见证人签名" not in text  # only a left delivery (留置送达) or a blank form needs a witness
    assert len(pypdf.PdfReader(io.BytesIO(r.pdf)).pages) == 1


def test_proof_of_delivery_of_another_letter(case, shipped_catalogs, override):
    delivery = {
        "document_title": "《列入市场监督管理严重违法失信名单告知书》",
        "document_number": NUMBERS["D-01"],
        "method": "邮寄送达",
        "date": date(2026, 9, 28),
    }
    text = pdf_text(render("D-06", case, shipped_catalogs, override, {"delivery": delivery}).pdf)
    assert "《列入市场监督管理严重违法失信名单告知书》" in text
    assert flat(NUMBERS["D-01"]) in text
    assert "送达方式：邮寄送达" in text and "送达日期：2026年9月28日" in text


def test_non_listing_closes_the_case_with_reasons(case, shipped_catalogs, override):
    case.objections[-1].result = ObjectionResult.UPHELD
    text = pdf_text(render("D-07", case, shipped_catalogs, override).pdf)
    for reason in CLOSING:
        assert bare(reason) in text
    assert "异议成立" in text
    assert "决定不将你单位列入" in text and "程序终结" in text
    assert "行政复议" not in text


@pytest.mark.parametrize(
    ("form_id", "settings", "field", "label"),
    [
        ("D-02", SETTINGS, "objection.received_date", "收到异议的日期"),
        ("D-04", {}, "repair.application_date", "信用修复申请日期"),
        ("D-05", {"repair": {**REPAIR, "reasons": []}}, "repair.reasons", "不予修复的理由"),
        ("D-06", {"delivery": {"method": ""}}, "delivery.method", "送达方式"),
        ("D-07", {}, "closing.reasons", "不予列入的理由"),
    ],
)
def test_missing_mandated_field_refuses_naming_it(
    form_id, settings, field, label, samr_case, shipped_catalogs, override
):
    samr_case.decision.delivery_method = ""
    with pytest.raises(DocumentError) as exc:
        render(form_id, samr_case, shipped_catalogs, override, settings)
    assert exc.value.field == field
    assert label in exc.value.message


def test_notice_without_contact_refuses(case, shipped_catalogs, override):
    case.office.phone = ""
    with pytest.raises(DocumentError) as exc:
        render("D-01", case, shipped_catalogs, override)
    assert exc.value.field == "office.phone"
    assert exc.value.rule == "R-05"
    assert "联系电话" in exc.value.message


def test_extras_stay_out_of_the_settings_snapshot(case, shipped_catalogs, override):
    r = render("D-04", case, shipped_catalogs, override)
    assert not set(SETTINGS) & set(r.context["settings"])
    assert r.context["repair"]["application_date"] == "2027年11月2日"


@pytest.mark.parametrize("form_id", list(NUMBERS))
def test_forms_load_and_declare_their_fields(form_id):
    form = load_form(form_id, use_override=False)
    assert form.id == form_id
    assert any(f.mandated for f in form.fields)
