"""The template context (context.py): everything prepared, nothing looked up by templates."""

from __future__ import annotations

import json
from datetime import date

import pytest

from credit_desk.documents.context import build_context, format_date_cn
from credit_desk.documents.errors import DocumentError
from credit_desk.domain.model import SubjectKind

ISSUE_DATE = date(2026, 8, 25)
NUMBER = "示例县市监信列〔2026〕3号"


def ctx_of(case, catalogs, doc_id="D-03", **kw):
    return build_context(case, catalogs, doc_id=doc_id, number=NUMBER, issue_date=ISSUE_DATE, **kw)


def test_format_date_cn_has_no_padding():
    assert format_date_cn(date(2026, 9, 1)) == "2026年9月1日"
    assert format_date_cn(date(2026, 11, 22)) == "2026年11月22日"


def test_context_is_json_and_holds_the_prepared_values(case, catalogs):
    ctx = ctx_of(case, catalogs)
    json.dumps(ctx, ensure_ascii=False)  # storable as the issued document's field snapshot
    assert ctx["office"]["self_ref"] == "本局"
    assert ctx["subject"]["you"] == "你单位"
    assert ctx["subject"]["id_label"] == "统一社会信用代码"
    assert [p["label"] for p in ctx["party"]] == ["当事人", "统一社会信用代码", "法定代表人", "住所"]
    assert ctx["standard"]["period"] == "3年" and ctx["standard"]["earliest_removal"] == "1年"
    full = "《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）"
    assert ctx["standard"]["instrument"]["full"] == full
    assert ctx["standard"]["channels"] == "国家企业信用信息公示系统、信用中国网站"  # the case's choice wins
    assert ctx["instruments"][0]["issue_date"] == "2026年6月10日"
    assert ctx["decision"]["number"] == NUMBER and ctx["decision"]["date"] == "2026年8月25日"
    assert ctx["decision"]["effective_clause"] == "本决定自送达之日起生效。"
    assert ctx["remedy"] == {
        "reconsideration_body": "示例县人民政府",
        "reconsideration_period": "六十日",
        "reconsideration_basis": "《中华人民共和国行政复议法》第二十条",
        "court": "示例县人民法院",
        "litigation_period": "六个月",
        "litigation_basis": "《中华人民共和国行政诉讼法》第四十六条",
    }
    assert "异议不成立" in ctx["objections_summary"]
    assert ctx["criterion"]["citations"] == "《市场监督管理严重违法失信名单管理办法》第二条"


def test_unverified_provisions_carry_a_visible_note(case, catalogs):
    provisions = {p["code"]: p for p in ctx_of(case, catalogs)["provisions"]}
    assert provisions["sample-samr44-2"]["note"] == "（尚未核对官方文本）"
    assert provisions["sample-fsl-135"]["note"] == ""
    sanctions = {s["code"]: s for s in ctx_of(case, catalogs)["sanctions"]}
    assert sanctions["sample-m-procurement"]["basis"] == "《中华人民共和国政府采购法》第二十二条第一款第（五）项"
    assert sanctions["sample-m-supervision"]["basis"].startswith("《市场监督管理严重违法失信名单管理办法》")


def test_natural_person_is_addressed_as_you(case, catalogs):
    case.subject = case.subject.model_copy(
        update={
            "kind": SubjectKind.NATURAL_PERSON,
            "name": "王䶮",
            "uscc": "",
            "id_number": "110101199003071234",
            "legal_representative": "张三",
        }
    )
    ctx = ctx_of(case, catalogs)
    assert ctx["subject"]["you"] == "你"
    assert [p["label"] for p in ctx["party"]] == ["当事人", "公民身份号码", "住址"]
    assert ctx["subject"]["id_value"] == "110101199003071234"


def test_case_removal_conditions_override_the_standard(case, catalogs):
    case.removal_conditions = ["已全额缴纳罚款。"]
    case.removal_procedure = "向本局提出申请"
    ctx = ctx_of(case, catalogs)
    assert ctx["standard"]["removal_conditions"] == ["已全额缴纳罚款"]
    assert ctx["standard"]["removal_procedure"] == "向本局提出申请"


def test_effective_date_and_later_letters(case, catalogs):
    case.decision.effective_date = date(2026, 9, 1)
    ctx = ctx_of(case, catalogs, doc_id="D-08")
    assert ctx["decision"]["number"] == "示例县市监信列〔2026〕3号"  # the decision's, not D-08's own
    assert ctx["decision"]["date"] == "2026年8月25日"
    assert ctx["decision"]["start"] == "2026年9月1日"
    assert ctx["decision"]["effective_clause"] == "本决定自2026年9月1日起生效。"
    assert ctx["doc"]["number"] == NUMBER


def test_free_text_sanctions_are_refused(case, catalogs):
    case.free_text_sanctions = ["禁止乘坐高铁"]
    with pytest.raises(DocumentError) as err:
        ctx_of(case, catalogs)
    assert err.value.rule == "R-09"


def test_unknown_catalog_codes_are_refused(case, catalogs):
    case.sanction_codes = ["nope"]
    with pytest.raises(DocumentError, match="nope"):
        ctx_of(case, catalogs)
    case.sanction_codes = []
    case.standard_code = "nope"
    with pytest.raises(DocumentError) as err:
        ctx_of(case, catalogs)
    assert err.value.field == "standard_code"


def test_control_characters_are_stripped(case, catalogs):
    case.conduct_summary = "事实\x02一\x03二\x07三"
    assert ctx_of(case, catalogs)["case"]["conduct_summary"] == "事实一二三"
