"""Every rule R-01…R-14 and R-18: a case that passes and one that fails, with the citation shown."""

from __future__ import annotations

from datetime import date

import pytest

from credit_desk.domain.catalog import InstrumentLevel
from credit_desk.domain.findings import Level
from credit_desk.domain.model import (
    AdminLevel,
    BasisInstrument,
    Confirmation,
    Gravity,
    InstrumentType,
    Notice,
    Objection,
    ObjectionResult,
    SubjectKind,
)
from credit_desk.domain.rules import RULE_INFO, Step, check_case, check_publication_text, sanctions_suspended
from credit_desk.domain.rules.context import RuleContext

TODAY = date(2026, 11, 22)


def run(case, catalogs, step=None):
    return check_case(case, catalogs, step=step, today=TODAY)


def rules_of(findings, level=None):
    return {f.rule for f in findings if level is None or f.level is level}


def only(findings, rule):
    return [f for f in findings if f.rule == rule]


def test_fixture_case_passes_every_blocking_rule(samr_case, shipped_catalogs):
    findings = run(samr_case, shipped_catalogs)
    assert not [f for f in findings if f.level is Level.BLOCK], findings
    # the only warnings allowed: R-18 (the 6-month litigation period and publication end reach 2027+) and the
    # R-12 notes on SAMR order 44 articles whose numbers the catalog has not confirmed (cited as 有关规定)
    assert rules_of(findings) <= {"R-18", "R-12"}
    notes = [f for f in findings if f.rule == "R-12"]
    assert all(f.level is Level.WARN and "有关规定" in f.message for f in notes)
    assert {f.field for f in notes} == {"provision_codes", "sanction_codes"}


def test_every_finding_carries_its_citation(samr_case, shipped_catalogs):
    bad = samr_case.model_copy(update={"standard_code": "", "sanction_codes": ["NOPE"]})
    for f in run(bad, shipped_catalogs):
        assert f.citation == RULE_INFO[f.rule].citation
        assert f.message and f.citation
        assert f.rule in str(f) and f.citation in str(f)


# R-01 -------------------------------------------------------------------------------------------

def _with_standard(catalogs, code, **changes):
    std = catalogs.standards[code]
    instrument = std.instrument.model_copy(update=changes.pop("instrument", {}))
    new_std = std.model_copy(update={"instrument": instrument, **changes})
    return catalogs.model_copy(update={"standards": {**catalogs.standards, code: new_std}})


def test_r01_normative_document_basis_is_refused(samr_case, shipped_catalogs):
    cats = _with_standard(shipped_catalogs, samr_case.standard_code,
                          instrument={"level": InstrumentLevel.NORMATIVE_DOCUMENT})
    found = only(run(samr_case, cats), "R-01")
    assert found and found[0].level is Level.BLOCK
    assert "规范性文件" in found[0].message
    assert found[0].citation == "国办发〔2020〕49号 四(六)(七)"


def test_r01_local_regime_needs_local_regulation(samr_case, shipped_catalogs):
    cats = _with_standard(shipped_catalogs, samr_case.standard_code, instrument={"scope": "local"})
    assert "R-01" in rules_of(run(samr_case, cats), Level.BLOCK)
    local = next(s for s in shipped_catalogs.standards.values() if s.instrument.scope == "local")
    assert local.instrument.level is InstrumentLevel.LOCAL_REGULATION


def test_r01_unknown_standard(samr_case, shipped_catalogs):
    found = only(run(samr_case.model_copy(update={"standard_code": "NOPE"}), shipped_catalogs), "R-01")
    assert found and found[0].field == "standard_code"


# R-02 -------------------------------------------------------------------------------------------

def test_r02_field_outside_the_four(samr_case, shipped_catalogs):
    assert "R-02" not in rules_of(run(samr_case, shipped_catalogs))
    cats = _with_standard(shipped_catalogs, samr_case.standard_code, field_code="F9")
    found = only(run(samr_case, cats), "R-02")
    assert found and "国发〔2016〕33号" in found[0].citation


# R-03 -------------------------------------------------------------------------------------------

def test_r03_needs_an_instrument(samr_case, shipped_catalogs):
    found = only(run(samr_case.model_copy(update={"basis_instruments": []}), shipped_catalogs), "R-03")
    assert found and found[0].field == "basis_instruments"


def test_r03_instrument_type_and_dates(samr_case, shipped_catalogs):
    ins = samr_case.basis_instruments[0]
    other = ins.model_copy(update={"type": InstrumentType.OTHER})
    assert "R-03" in rules_of(run(samr_case.model_copy(update={"basis_instruments": [other]}), shipped_catalogs))
    late = ins.model_copy(update={"effective_date": date(2026, 12, 1)})
    found = only(run(samr_case.model_copy(update={"basis_instruments": [late]}), shipped_catalogs), "R-03")
    assert any(f.field.endswith("effective_date") for f in found)
    before_conduct = BasisInstrument(
        type=InstrumentType.PENALTY_DECISION, title="行政处罚决定书", number="X罚〔2020〕1号",
        issuing_body="X局", issue_date=date(2020, 1, 1), effective_date=date(2020, 1, 2),
    )
    case = samr_case.model_copy(update={"basis_instruments": [before_conduct]})
    assert any("日期顺序" in f.message for f in only(run(case, shipped_catalogs), "R-03"))


def test_r03_missing_number(samr_case, shipped_catalogs):
    ins = samr_case.basis_instruments[0].model_copy(update={"number": ""})
    found = only(run(samr_case.model_copy(update={"basis_instruments": [ins]}), shipped_catalogs), "R-03")
    assert found[0].field == "basis_instruments[0].number"


# R-04 -------------------------------------------------------------------------------------------

def test_r04_criterion_of_another_standard(samr_case, shipped_catalogs):
    other_std = next(s for s in shipped_catalogs.standards.values() if s.code != samr_case.standard_code)
    case = samr_case.model_copy(update={"criterion_code": other_std.criteria[0].code})
    found = only(run(case, shipped_catalogs), "R-04")
    assert found and found[0].field == "criterion_code"


# R-05 -------------------------------------------------------------------------------------------

def test_r05_no_notice_before_decision(samr_case, shipped_catalogs):
    found = only(run(samr_case.model_copy(update={"notice": None}), shipped_catalogs, Step.DECISION), "R-05")
    assert found and found[0].citation == "国办发〔2020〕49号 四(八)"


def test_r05_decision_inside_the_statement_period(samr_case, shipped_catalogs):
    notice = samr_case.notice.model_copy(update={"delivered_date": date(2026, 10, 15)})
    case = samr_case.model_copy(update={"notice": notice})
    found = only(run(case, shipped_catalogs), "R-05")
    assert found and "届满" in found[0].message


def test_r05_written_waiver_allows_an_early_decision(samr_case, shipped_catalogs):
    notice = samr_case.notice.model_copy(
        update={"delivered_date": date(2026, 10, 15), "waived": True, "waiver_date": date(2026, 10, 16)}
    )
    assert "R-05" not in rules_of(run(samr_case.model_copy(update={"notice": notice}), shipped_catalogs))


def test_r05_undelivered_notice(samr_case, shipped_catalogs):
    notice = Notice(number="X告〔2026〕1号", issue_date=date(2026, 9, 25))
    found = only(run(samr_case.model_copy(update={"notice": notice}), shipped_catalogs), "R-05")
    assert found and found[0].field == "notice.delivered_date"


# R-06 -------------------------------------------------------------------------------------------

def test_r06_unanswered_objection_blocks_the_decision(samr_case, shipped_catalogs):
    obj = Objection(received_date=date(2026, 9, 30), summary="对处罚事实有异议")
    found = only(run(samr_case.model_copy(update={"objections": [obj]}), shipped_catalogs), "R-06")
    assert found and found[0].level is Level.BLOCK and "灌南" in found[0].citation


def test_r06_answered_in_time_passes_and_late_reply_warns(samr_case, shipped_catalogs):
    ok = Objection(received_date=date(2026, 9, 30), summary="异议", verification="核查原始卷宗",
                   result=ObjectionResult.REJECTED, reply_date=date(2026, 10, 14))
    assert "R-06" not in rules_of(run(samr_case.model_copy(update={"objections": [ok]}), shipped_catalogs))
    # 10 working days from 2026-09-30 (National Day in between, Sat 10-10 worked) end on 2026-10-20
    late = ok.model_copy(update={"reply_date": date(2026, 10, 21)})
    case = samr_case.model_copy(update={"objections": [late],
                                        "decision": samr_case.decision.model_copy(
                                            update={"decision_date": date(2026, 10, 22),
                                                    "effective_date": date(2026, 10, 22)})})
    found = only(run(case, shipped_catalogs), "R-06")
    assert found and all(f.level is Level.WARN for f in found)


# R-07 -------------------------------------------------------------------------------------------

def test_r07_objection_after_listing_suspends_sanctions(samr_case, shipped_catalogs):
    obj = Objection(received_date=date(2026, 11, 2), summary="信息有误")
    case = samr_case.model_copy(update={"objections": [obj]})
    found = only(run(case, shipped_catalogs), "R-07")
    assert found and "暂停执行" in found[0].message and "黄石" in found[0].citation
    ctx = RuleContext(case=case, catalogs=shipped_catalogs, step=Step.DECISION)
    assert sanctions_suspended(ctx)
    answered = obj.model_copy(update={"reply_date": date(2026, 11, 9), "result": ObjectionResult.REJECTED})
    assert "R-07" not in rules_of(run(case.model_copy(update={"objections": [answered]}), shipped_catalogs))


# R-08 -------------------------------------------------------------------------------------------

def test_r08_township_body_is_refused(samr_case, shipped_catalogs):
    office = samr_case.office.model_copy(update={"level": AdminLevel.TOWNSHIP})
    found = only(run(samr_case.model_copy(update={"office": office}), shipped_catalogs), "R-08")
    assert found and "县级以上" in found[0].message


def test_r08_township_handling_unit_is_fine(samr_case, shipped_catalogs):
    office = samr_case.office.model_copy(update={"handling_unit": "某某镇市场监督管理所"})
    assert "R-08" not in rules_of(run(samr_case.model_copy(update={"office": office}), shipped_catalogs))


# R-09 -------------------------------------------------------------------------------------------

def test_r09_free_text_and_unknown_measures(samr_case, shipped_catalogs):
    case = samr_case.model_copy(update={"free_text_sanctions": ["限制其子女上学"], "sanction_codes": ["M-999"]})
    found = only(run(case, shipped_catalogs), "R-09")
    fields = {f.field for f in found}
    assert {"free_text_sanctions[0]", "sanction_codes[0]"} <= fields


def test_r09_measure_not_for_this_subject_kind(samr_case, shipped_catalogs):
    person_only = next(
        (m for m in shipped_catalogs.measures.values() if m.subject_kinds and "legal_person" not in m.subject_kinds),
        None,
    )
    if person_only is None:
        pytest.skip("no measure restricted to other subject kinds in the catalog")
    case = samr_case.model_copy(update={"sanction_codes": [*samr_case.sanction_codes, person_only.code]})
    assert any("不适用于" in f.message for f in only(run(case, shipped_catalogs), "R-09"))


# R-10 -------------------------------------------------------------------------------------------

def test_r10_heavy_measure_for_slight_conduct_needs_a_reason(samr_case, shipped_catalogs):
    heavy = next(m for m in shipped_catalogs.measures.values()
                 if m.severity == "heavy" and "legal_person" in m.subject_kinds)
    case = samr_case.model_copy(update={"gravity": Gravity.SLIGHT, "sanction_codes": [heavy.code]})
    found = only(run(case, shipped_catalogs), "R-10")
    assert found and found[0].level is Level.WARN
    reason = Confirmation(rule="R-10", field=found[0].field, reason="屡次违法，情节实际较重")
    confirmed = case.model_copy(update={"confirmations": [reason]})
    assert not [f for f in only(run(confirmed, shipped_catalogs), "R-10") if f.field == found[0].field]


# R-11 -------------------------------------------------------------------------------------------

def test_r11_minor_on_conduct_date(minor_case, shipped_catalogs):
    found = only(run(minor_case, shipped_catalogs), "R-11")
    assert found and "未满18周岁" in found[0].message and found[0].level is Level.WARN
    reason = Confirmation(rule="R-11", field="subject.id_number", reason="监护人同意，行为已成年后持续")
    assert "R-11" not in rules_of(
        run(minor_case.model_copy(update={"confirmations": [reason]}), shipped_catalogs)
    )


def test_r11_force_majeure(samr_case, shipped_catalogs):
    assert "R-11" not in rules_of(run(samr_case, shipped_catalogs))
    case = samr_case.model_copy(update={"leniency": samr_case.leniency.model_copy(update={"force_majeure": True})})
    assert only(run(case, shipped_catalogs), "R-11")[0].field == "leniency.force_majeure"


# R-12 -------------------------------------------------------------------------------------------

def test_r12_remedy_must_name_court_and_reconsideration_body(samr_case, shipped_catalogs):
    office = samr_case.office.model_copy(update={"court": "", "reconsideration_body": ""})
    found = only(run(samr_case.model_copy(update={"office": office}), shipped_catalogs), "R-12")
    found = [f for f in found if f.level is Level.BLOCK]  # not the notes on unconfirmed article numbers
    assert {f.field for f in found} == {"office.court", "office.reconsideration_body"}
    assert all("救济措施" in f.message for f in found)


def test_r12_notes_an_unconfirmed_article_number_and_no_reason_removes_it(samr_case, shipped_catalogs):
    from credit_desk.domain.model import Confirmation

    notes = [f for f in run(samr_case, shipped_catalogs) if f.rule == "R-12"]
    assert notes and all("条款序号" in f.message and f.citation == RULE_INFO["R-12"].citation for f in notes)
    confirmed = samr_case.model_copy(update={"confirmations": [
        Confirmation(rule="R-12", field=f.field, reason="已核对", officer="李明") for f in notes]})
    assert [f.message for f in run(confirmed, shipped_catalogs) if f.rule == "R-12"] == [f.message for f in notes]
    draft = samr_case.model_copy(update={"notice": None, "decision": None})
    assert not [f for f in run(draft, shipped_catalogs) if f.rule == "R-12"]  # a draft cites nothing yet


def test_r12_empty_reason_and_sanctions(samr_case, shipped_catalogs):
    case = samr_case.model_copy(update={"conduct_summary": "", "sanction_codes": []})
    found = only(run(case, shipped_catalogs), "R-12")
    assert any("事由" in f.message for f in found) and any("失信惩戒措施提示" in f.message for f in found)


# R-13 -------------------------------------------------------------------------------------------

def test_r13_bad_uscc(samr_case, shipped_catalogs):
    code = samr_case.subject.uscc
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    subject = samr_case.subject.model_copy(update={"uscc": wrong})
    found = only(run(samr_case.model_copy(update={"subject": subject}), shipped_catalogs), "R-13")
    assert found and found[0].field == "subject.uscc"


def test_r13_bad_id_number(minor_case, shipped_catalogs):
    assert "R-13" not in rules_of(run(minor_case, shipped_catalogs))
    subject = minor_case.subject.model_copy(update={"id_number": "110101200002301234"})
    found = only(run(minor_case.model_copy(update={"subject": subject}), shipped_catalogs), "R-13")
    assert found and found[0].field == "subject.id_number"


# R-14 -------------------------------------------------------------------------------------------

def test_r14_publication_masks_a_natural_person(minor_case):
    s = minor_case.subject
    assert s.kind is SubjectKind.NATURAL_PERSON
    raw = f"{s.name}，身份证号码{s.id_number}，列入严重失信主体名单"
    found = check_publication_text(minor_case, raw)
    assert found and found[0].rule == "R-14" and found[0].citation == "国办发〔2020〕49号 三(四)"
    masked = f"{s.name[0]}**，身份证号码{s.id_number[:6]}********{s.id_number[-4:]}，列入严重失信主体名单"
    assert check_publication_text(minor_case, masked) == []
    consented = minor_case.model_copy(update={"publication_consent": True})
    assert check_publication_text(consented, raw) == []


def test_r14_trade_secret_never_published(samr_case):
    subject = samr_case.subject.model_copy(update={"trade_secret_notes": "核心配方X-17"})
    case = samr_case.model_copy(update={"subject": subject, "publication_consent": True})
    assert check_publication_text(case, "违法事实涉及核心配方X-17")[0].rule == "R-14"


# R-18 -------------------------------------------------------------------------------------------

def test_r18_dates_in_a_year_without_holiday_data(samr_case, shipped_catalogs):
    found = only(run(samr_case, shipped_catalogs), "R-18")
    assert found and all(f.level is Level.WARN for f in found)
    assert any("2027" in f.message for f in found)
    draft = samr_case.model_copy(update={"decision": None})
    assert "R-18" not in rules_of(run(draft, shipped_catalogs))
