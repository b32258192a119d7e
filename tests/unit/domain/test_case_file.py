"""The case exchange file credit-desk/case@1: schema in step with the model, every bad field reported."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credit_desk.domain.case_file import (
    FORMAT,
    CaseFileError,
    case_json_schema,
    catalog_problems,
    dump_case_file,
    parse_case_file,
)
from credit_desk.paths import resource

FIXTURES = ["samr_company", "person_minor"]
CASES = Path(__file__).resolve().parents[2] / "fixtures" / "cases"


def test_committed_schema_matches_the_model():
    committed = json.loads(resource("schema", "case-1.schema.json").read_text(encoding="utf-8"))
    assert committed == case_json_schema(), "run `make schema` after changing the case model"


@pytest.mark.parametrize("name", FIXTURES)
def test_fixtures_validate_against_the_schema(name):
    data = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(case_json_schema()).validate(data)


def test_round_trip(samr_case):
    again = parse_case_file(dump_case_file(samr_case))
    assert again == samr_case.model_copy(update={"id": None})


def test_dump_keeps_chinese_readable(minor_case):
    text = dump_case_file(minor_case)
    assert "陈𠈌䶮" in text and json.loads(text)["format"] == FORMAT


def test_malformed_json_names_line_and_column():
    with pytest.raises(CaseFileError) as exc:
        parse_case_file('{"format": "credit-desk/case@1",\n "case": {,}}')
    assert "第2行" in str(exc.value) and "JSON" in str(exc.value)


def test_wrong_format_tag():
    with pytest.raises(CaseFileError) as exc:
        parse_case_file(json.dumps({"format": "other@9", "case": {}}))
    assert any(p.field == "format" for p in exc.value.problems)


def test_every_bad_field_is_reported(samr_case):
    data = json.loads(dump_case_file(samr_case))
    data["case"]["subject"]["kind"] = "company"
    data["case"]["conduct_date"] = "2026-02-30"
    data["case"]["notice"]["delivered_date"] = "yesterday"
    data["case"]["colour"] = "red"
    del data["case"]["office"]["deciding_body"]
    with pytest.raises(CaseFileError) as exc:
        parse_case_file(json.dumps(data, ensure_ascii=False))
    fields = {p.field: p.message for p in exc.value.problems}
    assert "取值不在允许范围内" in fields["case.subject.kind"]
    assert "日期" in fields["case.conduct_date"]
    assert "日期" in fields["case.notice.delivered_date"]
    assert "未知字段" in fields["case.colour"]
    assert fields["case.office.deciding_body"] == "缺少必填字段"


def test_unknown_catalog_codes_name_field_and_rule(samr_case, shipped_catalogs):
    case = samr_case.model_copy(update={"sanction_codes": ["M-01", "M-999"], "provision_codes": ["P-NOPE"]})
    problems = catalog_problems(case, shipped_catalogs)
    assert [(p.field, p.rule) for p in problems] == [
        ("case.sanction_codes[1]", "R-09"),
        ("case.provision_codes[0]", "R-12"),
    ]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200) | st.binary(max_size=100).map(lambda b: b.decode("latin-1")))
def test_any_text_gives_case_or_case_file_error(text):
    try:
        parse_case_file(text)
    except CaseFileError as exc:
        assert exc.problems and all(p.message for p in exc.problems)


@settings(max_examples=150, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                    max_leaves=20))
def test_any_json_case_gives_problems_with_fields(value):
    try:
        parse_case_file(json.dumps({"format": FORMAT, "case": value}))
    except CaseFileError as exc:
        assert all(p.field.startswith("case") for p in exc.problems)
