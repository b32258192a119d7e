"""Drafting use cases without Qt: field paths, the wizard declaration, findings per page, drafts in the DB."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from credit_desk.documents.errors import FormError
from credit_desk.documents.form_pages import CHOICE_CATALOGS, parse_pages
from credit_desk.documents.forms import load_form, parse_form
from credit_desk.domain.findings import Level
from credit_desk.domain.model import BasisInstrument, Case, Confirmation, Gravity, InstrumentType, SubjectKind
from credit_desk.services import drafting
from credit_desk.services.case_fields import get_value, is_under, parse_path, set_value
from credit_desk.services.cases import load_case
from credit_desk.services.wizard_pages import (
    check_pages,
    identifier_feedback,
    options,
    page_of,
    wizard_form,
)
from credit_desk.services.wizard_review import describe, review_sections
from credit_desk.services.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "cases"
TODAY = date(2026, 11, 20)


def fixture_case(name: str) -> Case:
    return Case.model_validate(json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))["case"])


@pytest.fixture
def samr() -> Case:
    return fixture_case("samr_company")


@pytest.fixture
def minor() -> Case:
    return fixture_case("person_minor")


@pytest.fixture
def form():
    return wizard_form("D-03")


@pytest.fixture
def ws(tmp_path: Path):
    workspace = open_workspace(f"sqlite:///{tmp_path / 'cd.sqlite3'}")
    yield workspace
    workspace.db.dispose()


# --- case field paths ---------------------------------------------------------------------------------


def test_paths_read_and_write_nested_and_indexed_fields(samr: Case) -> None:
    assert parse_path("basis_instruments[0].number") == ["basis_instruments", 0, "number"]
    assert get_value(samr, "subject.name") == "青山县味佳食品有限公司"
    assert get_value(samr, "basis_instruments[0].issue_date") == date(2026, 7, 10)
    assert get_value(samr, "basis_instruments[5].number") is None
    set_value(samr, "basis_instruments[0].number", "青山县市监处罚〔2026〕19号")
    assert samr.basis_instruments[0].number == "青山县市监处罚〔2026〕19号"
    with pytest.raises(ValueError):
        parse_path("subject..name")


def test_writing_into_a_missing_notice_creates_it(samr: Case) -> None:
    case = samr.model_copy(update={"notice": None})
    assert get_value(case, "notice.number") is None
    set_value(case, "notice.number", "青山县市监信告〔2026〕9号")
    assert case.notice is not None and case.notice.number == "青山县市监信告〔2026〕9号"


def test_values_are_validated_on_write(samr: Case) -> None:
    set_value(samr, "subject.kind", "natural_person")
    assert samr.subject.kind is SubjectKind.NATURAL_PERSON
    with pytest.raises(ValueError):
        set_value(samr, "subject.kind", "robot")


def test_reasons_follow_their_measure_when_the_list_changes(samr: Case) -> None:
    samr.confirmations = [
        Confirmation(rule="R-10", field="sanction_codes[2]", reason="M-25 理由"),
        Confirmation(rule="R-10", field="sanction_codes[1]", reason="M-24 理由"),
        Confirmation(rule="R-11", field="subject.id_number", reason="另一理由"),
    ]
    set_value(samr, "sanction_codes", ["M-06", "M-25", "M-26"])  # M-24 unchecked
    assert {(c.field, c.reason) for c in samr.confirmations} == {
        ("sanction_codes[1]", "M-25 理由"),
        ("subject.id_number", "另一理由"),
    }


def test_reasons_follow_their_instrument_when_one_is_removed(samr: Case) -> None:
    second = BasisInstrument(type=InstrumentType.JUDGMENT, number="（2026）豫0000行初1号")
    samr.basis_instruments = [*samr.basis_instruments, second]
    samr.confirmations = [Confirmation(rule="R-03", field="basis_instruments[1].type", reason="x")]
    set_value(samr, "basis_instruments", [samr.basis_instruments[1]])
    assert [c.field for c in samr.confirmations] == ["basis_instruments[0].type"]


def test_is_under() -> None:
    assert is_under("basis_instruments[0].number", "basis_instruments")
    assert is_under("notice", "notice.number")
    assert is_under("sanction_codes[2]", "sanction_codes")
    assert not is_under("subject.name_extra", "subject.name")
    assert not is_under("", "subject.name")


# --- the wizard declaration ---------------------------------------------------------------------------


def test_shipped_d03_declares_the_pages_in_order(form) -> None:
    assert [p.key for p in form.pages] == [
        "party", "standard", "instruments", "provisions", "sanctions", "remedy", "decision", "review"]
    assert form.pages[-1].review
    party = form.pages[0]
    assert {"R-13", "R-11"} <= set(party.rules)
    widgets = {f.path: f.widget for p in form.pages for f in p.fields}
    assert widgets["subject.uscc"] == "identifier:uscc"
    assert widgets["sanction_codes"] == "multi:measures"
    assert widgets["basis_instruments"] == "list:instruments"
    assert {f.arg for p in form.pages for f in p.fields if f.kind in ("choice", "multi")} <= CHOICE_CATALOGS


def _with_page(field: str) -> list[dict]:
    return [{"key": "a", "title": "A", "fields": [json.loads(field)]}, {"key": "r", "title": "R", "review": True}]


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ('{"path": "subject.nmae", "widget": "text", "label": "名称"}', "不存在的数据项"),
        ('{"path": "conduct_date", "widget": "text", "label": "日期"}', "不能用控件"),
        ('{"path": "sanction_codes", "widget": "multi:fruit", "label": "措施"}', "控件类型未知"),
        ('{"path": "subject.name", "widget": "text", "label": "名称", "colour": "red"}', "定义有误"),
        ('{"path": "subject.name", "widget": "text", "label": "名称", "only_kinds": ["robot"]}', "主体类别有误"),
    ],
)
def test_bad_page_fields_are_refused_at_load(field: str, message: str) -> None:
    with pytest.raises(FormError, match=message):
        parse_pages(_with_page(field), "D-03")


def test_a_wizard_must_end_with_one_review_page() -> None:
    with pytest.raises(FormError, match="核对页"):
        parse_pages([{"key": "a", "title": "A"}], "D-03")


def test_an_unknown_path_in_the_shipped_form_is_a_form_error(tmp_path: Path) -> None:
    text = load_form("D-03").path.read_text(encoding="utf-8").replace('path = "subject.address"',
                                                                       'path = "subject.adress"')
    bad = tmp_path / "D-03.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(FormError, match=r"subject\.adress"):
        parse_form(bad)


# --- options, identifiers, findings per page -----------------------------------------------------------


def test_measures_come_from_the_list_filtered_by_standard_and_kind(samr: Case, shipped_catalogs) -> None:
    opts = options("measures", samr, shipped_catalogs)
    listed = [o.code for o in opts if o.group == "listed"]
    assert listed == [c for c in shipped_catalogs.standards["SAMR-44"].measure_codes
                      if "legal_person" in shipped_catalogs.measures[c].subject_kinds]
    assert "M-09" not in listed  # a measure for natural persons only
    assert all(o.basis for o in opts), "every measure shows its legal basis"
    assert {o.severity for o in opts} <= {"light", "medium", "heavy"}
    assert "M-08" not in [o.code for o in opts]  # natural persons only, not chosen
    samr.sanction_codes.append("M-08")
    assert "M-08" in [o.code for o in options("measures", samr, shipped_catalogs)]  # chosen: offered to uncheck


def test_criteria_are_the_chosen_standards(samr: Case, shipped_catalogs) -> None:
    assert next(o.code for o in options("criteria", samr, shipped_catalogs)) == "SAMR-44-C1"
    samr.standard_code = ""
    assert options("criteria", samr, shipped_catalogs) == []


@pytest.mark.parametrize(
    ("kind", "text", "state", "message"),
    [
        ("uscc", "", "empty", ""),
        ("uscc", "9141112235", "partial", ""),
        ("uscc", "91411I", "error", "第6位“I”不是代码字符"),
        ("uscc", "91411122358172640A", "error", "校验位错误：应为 B"),
        ("uscc", "９１４１１１２２３５８１７２６４０Ｂ", "ok", ""),
        ("ric", "41112220081103123", "partial", ""),
        ("ric", "411122200811031238", "error", "校验位错误：应为 9"),
        ("ric", "4111222008a", "error", "第11位应为数字"),
    ],
)
def test_identifier_feedback_as_typed(kind, text, state, message) -> None:
    fb = identifier_feedback(kind, text)
    assert fb.state == state
    assert message in fb.message


def test_sample_company_case_passes_every_page(samr: Case, form, shipped_catalogs) -> None:
    drafting.prefill(samr, shipped_catalogs)
    check = check_pages(samr, form.pages, shipped_catalogs, today=TODAY)
    assert [k for k in check.pages if check.blocked(k)] == []


def test_findings_are_placed_on_the_page_of_their_field(samr: Case, form, shipped_catalogs) -> None:
    samr.subject.uscc = "91411122358172640A"
    samr.basis_instruments = []
    samr.sanction_codes = []
    samr.office.level = "township"
    check = check_pages(samr, form.pages, shipped_catalogs, today=TODAY)
    rules = {k: {pf.finding.rule for pf in st.findings if pf.finding.level is Level.BLOCK}
             for k, st in check.pages.items()}
    assert "R-13" in rules["party"]
    assert "R-03" in rules["instruments"]
    assert {"R-09", "R-12"} <= rules["sanctions"]
    assert "R-08" in rules["remedy"]
    assert check.blocked("review")


def test_a_warning_blocks_until_a_reason_is_written(minor: Case, form, shipped_catalogs) -> None:
    check = check_pages(minor, form.pages, shipped_catalogs, today=TODAY)
    [pf] = [pf for pf in check.status("party").findings if pf.finding.rule == "R-11"]
    assert pf.finding.level is Level.WARN and pf.confirmable and pf.blocks
    drafting.set_confirmation(minor, "R-11", "subject.id_number", "当事人已满十七周岁，违法情节严重", officer="李明")
    check = check_pages(minor, form.pages, shipped_catalogs, today=TODAY)
    [pf] = [pf for pf in check.status("party").findings if pf.finding.rule == "R-11"]
    assert not pf.blocks and pf.reason.startswith("当事人已满")
    assert minor.confirmed("R-11", "subject.id_number").officer == "李明"
    drafting.set_confirmation(minor, "R-11", "subject.id_number", "  ")
    assert minor.confirmed("R-11", "subject.id_number") is None


def test_calendar_notes_do_not_ask_for_a_reason(samr: Case, form, shipped_catalogs) -> None:
    check = check_pages(samr, form.pages, shipped_catalogs, today=TODAY)
    notes = [pf for pf in check.status("review").findings if pf.finding.rule == "R-18"]
    assert notes and not any(pf.confirmable or pf.blocks for pf in notes)


def test_page_of_falls_back_to_the_rules_list_then_review(form) -> None:
    from credit_desk.domain.findings import Finding

    assert page_of(Finding("R-09", Level.BLOCK, "m", "c", "free_text_sanctions[0]"), form.pages) == "sanctions"
    assert page_of(Finding("R-07", Level.BLOCK, "m", "c", "objections"), form.pages) == "review"


def test_review_lists_every_mandated_section_with_values(samr: Case, form, shipped_catalogs) -> None:
    drafting.prefill(samr, shipped_catalogs)
    check = check_pages(samr, form.pages, shipped_catalogs, today=TODAY)
    sections = review_sections(samr, form, shipped_catalogs, check)
    keys = [s.key for s in sections]
    assert keys[0] == "party"
    assert {"reason", "basis", "sanctions", "removal", "remedy", "decision"} <= set(keys)
    by_key = {s.key: s for s in sections}
    texts = {i.path: i.text for s in sections for i in s.items}
    assert texts["standard_code"] == "市场监督管理严重违法失信名单"
    assert "《企业信息公示暂行条例》第十八条" in texts["sanction_codes"]
    assert texts["conduct_date"] == "2026年3月15日"
    assert by_key["reason"].pages == ("standard", "instruments")


def test_describe_empty_and_bool(samr: Case, form, shipped_catalogs) -> None:
    fields = {f.path: f for p in form.pages for f in p.fields}
    assert describe(samr, fields["leniency.no_intent"], shipped_catalogs) == "否"
    samr.subject.legal_representative = ""
    assert describe(samr, fields["subject.legal_representative"], shipped_catalogs) == ""


# --- pre-filling ---------------------------------------------------------------------------------------


def test_prefill_takes_removal_texts_from_the_standard_and_follows_a_change(samr: Case, shipped_catalogs) -> None:
    assert drafting.prefill(samr, shipped_catalogs) == ["removal_conditions", "removal_procedure"]
    assert samr.removal_conditions == shipped_catalogs.standards["SAMR-44"].removal_conditions
    samr.standard_code = "MEM-11"
    drafting.prefill(samr, shipped_catalogs)
    assert samr.removal_conditions == shipped_catalogs.standards["MEM-11"].removal_conditions
    samr.removal_conditions = ["本机关补充的条件"]
    assert "removal_conditions" not in drafting.prefill(samr, shipped_catalogs)
    assert samr.removal_conditions == ["本机关补充的条件"]


def test_prefill_takes_remedy_bodies_from_the_office_profile(samr: Case, shipped_catalogs) -> None:
    profile = samr.office.model_copy()
    samr.office.court = ""
    assert "office.court" in drafting.prefill(samr, shipped_catalogs, profile)
    assert samr.office.court == "青山县人民法院"


# --- drafts --------------------------------------------------------------------------------------------


def test_new_case_uses_the_office_profile(ws, samr: Case) -> None:
    from credit_desk.services.office import save_office

    assert drafting.new_case(ws).office.deciding_body == ""
    save_office(ws, samr.office)
    case = drafting.new_case(ws)
    assert case.office.deciding_body == "青山县市场监督管理局"
    assert case.subject.name == "" and case.id is None


def test_draft_round_trip_and_pending(ws, minor: Case) -> None:
    assert drafting.pending_draft(ws) is None
    draft_id = drafting.save_draft(ws, minor, page="standard")
    minor.gravity = Gravity.SLIGHT
    assert drafting.save_draft(ws, minor, page="sanctions", draft_id=draft_id) == draft_id
    draft = drafting.pending_draft(ws)
    assert draft is not None and draft.id == draft_id
    assert draft.page == "sanctions"
    assert draft.case == minor and draft.case.subject.name == "陈𠈌䶮"
    assert draft.saved_at.tzinfo is not None
    drafting.discard_draft(ws, draft_id)
    assert drafting.pending_draft(ws) is None


def test_a_draft_that_no_longer_parses_is_skipped(ws, minor: Case) -> None:
    from credit_desk.store import drafts as draft_store

    with ws.db.session() as s:
        draft_store.save_draft(s, case_json='{"not": "a case"}', page="party")
    assert drafting.pending_draft(ws) is None


def test_finish_stores_the_case_and_clears_the_draft(ws, samr: Case) -> None:
    draft_id = drafting.save_draft(ws, samr, page="review")
    result = drafting.finish_draft(ws, samr, draft_id=draft_id, officer="李明")
    assert samr.id == result.case_id
    assert drafting.pending_draft(ws) is None
    stored = load_case(ws, result.case_id)
    assert stored.subject == samr.subject and stored.sanction_codes == samr.sanction_codes


def test_the_draft_of_a_stored_case_names_it_and_goes_with_it(ws, samr: Case) -> None:
    from credit_desk.store.cases import delete_case

    case_id = drafting.finish_draft(ws, samr, draft_id=None).case_id
    drafting.save_draft(ws, samr, page="party")
    assert drafting.pending_draft(ws).case_id == case_id
    with ws.db.session() as s:
        delete_case(s, case_id)
    assert drafting.pending_draft(ws) is None
