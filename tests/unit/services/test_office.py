"""The office profile: check_office (R-08, R-12, R-16), number patterns, remedy suggestion, save/load."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credit_desk.domain.findings import Level
from credit_desk.domain.model import AdminLevel, Confirmation, Office
from credit_desk.domain.rules import check_case
from credit_desk.domain.rules.office import (
    NUMBERED_LETTERS,
    check_office,
    format_number,
    number_pattern_problem,
    suggest_reconsideration_body,
)
from credit_desk.services import office as svc


@pytest.fixture
def office(samr_case) -> Office:
    return samr_case.office.model_copy(update={"number_patterns": svc.default_number_patterns()})


@pytest.fixture
def ws(tmp_path):
    from credit_desk.services.workspace import open_workspace

    workspace = open_workspace(f"sqlite:///{tmp_path / 'cd.sqlite3'}")
    yield workspace
    workspace.db.dispose()


def by_field(findings):
    return {f.field: f for f in findings}


# --- check_office -------------------------------------------------------------------------------


def test_a_complete_county_profile_passes(office):
    assert check_office(office) == []


def test_township_deciding_body_is_refused_with_the_r08_citation(office):
    found = by_field(check_office(office.model_copy(update={"level": AdminLevel.TOWNSHIP})))
    f = found["office.level"]
    assert (f.rule, f.level) == ("R-08", Level.BLOCK)
    assert "严重失信主体名单原则上应当由县级以上（含县级）人民政府有关部门认定" in f.message
    assert f.citation == "国办发〔2020〕49号 四(八)"


def test_a_township_handling_unit_is_fine(office):
    township_unit = office.model_copy(update={"handling_unit": "青山县城关镇市场监督管理所"})
    assert check_office(township_unit) == []


def test_required_fields(office):
    empty = office.model_copy(update={"deciding_body": "", "abbreviation": "", "reconsideration_body": "",
                                      "court": ""})
    found = by_field(check_office(empty))
    assert found["office.deciding_body"].rule == "R-08"
    assert found["office.reconsideration_body"].rule == "R-12"
    assert found["office.court"].rule == "R-12"
    assert found["office.abbreviation"].rule == "R-16"
    assert all(f.level is Level.BLOCK for f in found.values())
    assert "救济措施" in found["office.court"].message


def test_abbreviation_is_needed_only_when_a_pattern_uses_it(office):
    literal = {doc: p.replace("{abbr}", "青市监") for doc, p in office.number_patterns.items()}
    assert check_office(office.model_copy(update={"abbreviation": "", "number_patterns": literal})) == []


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("{abbr}信列〔{year}〕号", "顺序号"),
        ("{abbr}信列〔2026〕{seq}号", "年份"),
        ("{abbr}信列〔{yr}〕{seq}号", "未知占位符"),
        ("{abbr}信列〔{year}〕{seq号", "花括号"),
        ("", "未填写"),
    ],
)
def test_unusable_number_patterns_block(office, pattern, words):
    patterns = {**office.number_patterns, "D-03": pattern}
    f = by_field(check_office(office.model_copy(update={"number_patterns": patterns})))["office.number_patterns.D-03"]
    assert (f.rule, f.level) == ("R-16", Level.BLOCK)
    assert words in f.message and "GB/T 9704" in f.citation


def test_number_pattern_warnings(office):
    patterns = {**office.number_patterns, "D-03": "{abbr}信列[{year}]{seq}号", "D-05": office.number_patterns["D-04"]}
    found = by_field(check_office(office.model_copy(update={"number_patterns": patterns})))
    assert found["office.number_patterns.D-03"].level is Level.WARN
    assert "〔〕" in found["office.number_patterns.D-03"].message
    assert found["office.number_patterns.D-05"].level is Level.WARN
    assert "D-04" in found["office.number_patterns.D-05"].message


def test_a_name_like_a_station_warns_and_the_case_rule_respects_a_confirmation(samr_case, shipped_catalogs):
    station = samr_case.office.model_copy(update={"deciding_body": "青山县市场监督管理局城关市场监管所"})
    warn = [f for f in check_office(station) if f.rule == "R-08"]
    assert [f.level for f in warn] == [Level.WARN]
    case = samr_case.model_copy(update={"office": station})
    assert any(f.rule == "R-08" and f.level is Level.WARN for f in check_case(case, shipped_catalogs))
    reason = Confirmation(rule="R-08", field="office.deciding_body", reason="经县政府授权以本所名义认定")
    confirmed = case.model_copy(update={"confirmations": [reason]})
    assert not [f for f in check_case(confirmed, shipped_catalogs) if f.rule == "R-08"]


# --- numbers ------------------------------------------------------------------------------------


def test_default_patterns_cover_every_numbered_letter_and_never_collide():
    patterns = svc.default_number_patterns()
    assert set(patterns) == set(NUMBERED_LETTERS)
    assert len(set(patterns.values())) == len(patterns)
    assert patterns["D-01"] == "{abbr}信告〔{year}〕{seq}号"
    assert patterns["D-03"] == "{abbr}信列〔{year}〕{seq}号"
    assert patterns["D-07"] == "{abbr}信不列〔{year}〕{seq}号"
    assert all(number_pattern_problem(p) is None for p in patterns.values())
    patterns["D-03"] = "changed"
    assert svc.default_number_patterns()["D-03"] != "changed"  # a fresh copy each time


def test_preview_number():
    assert svc.preview_number("{abbr}信列〔{year}〕{seq}号", "X县市监", 2026, 1) == "X县市监信列〔2026〕1号"
    assert svc.preview_number("{abbr}信列〔{year}〕{seq}号", "X县市监", 2026, 12) == "X县市监信列〔2026〕12号"
    assert svc.preview_number("{abbr}信列{seq}号", "X县市监", 2026, 1) == ""


@given(
    prefix=st.text(alphabet="县市监信列告复修不号〔〕-", max_size=8),
    year=st.integers(min_value=2000, max_value=2100),
    seq=st.integers(min_value=1, max_value=99999),
)
def test_a_usable_pattern_always_formats_with_year_and_unpadded_sequence(prefix, year, seq):
    pattern = prefix + "{abbr}〔{year}〕{seq}号"
    assert number_pattern_problem(pattern) is None
    number = format_number(pattern, abbr="青市监", year=year, seq=seq)
    assert number.endswith(f"〔{year}〕{seq}号")


# --- reconsideration body -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "level", "expected"),
    [
        ("青山县市场监督管理局", AdminLevel.COUNTY, "青山县人民政府"),
        ("晋江市市场监督管理局", AdminLevel.COUNTY, "晋江市人民政府"),
        ("泉州市鲤城区应急管理局", AdminLevel.COUNTY, "泉州市鲤城区人民政府"),
        ("泉州市市场监督管理局", AdminLevel.MUNICIPAL, "泉州市人民政府"),
        ("河南省市场监督管理局", AdminLevel.PROVINCIAL, "河南省人民政府"),
        ("国家市场监督管理总局", AdminLevel.NATIONAL, "国家市场监督管理总局"),
    ],
)
def test_reconsideration_body_follows_the_level(body, level, expected):
    suggestion = suggest_reconsideration_body(body, level)
    assert suggestion is not None and suggestion.body == expected
    assert "行政复议法" in suggestion.reason


def test_reconsideration_suggestion_cites_article_24_for_a_county_department():
    suggestion = suggest_reconsideration_body("青山县市场监督管理局", AdminLevel.COUNTY)
    assert suggestion is not None and "第二十四条" in suggestion.reason


def test_vertically_led_bodies_and_township_get_no_government():
    tax = suggest_reconsideration_body("国家税务总局青山县税务局", AdminLevel.COUNTY)
    assert tax is not None and tax.body == "" and "第二十七条" in tax.reason
    assert suggest_reconsideration_body("城关镇人民政府", AdminLevel.TOWNSHIP) is None
    assert suggest_reconsideration_body("", AdminLevel.COUNTY) is None


# --- save and load ------------------------------------------------------------------------------


def test_no_profile_before_the_first_run(ws):
    assert svc.load_office(ws) is None
    assert svc.current_office_id(ws) is None


def test_save_and_load_round_trip(ws, office):
    assert svc.save_office(ws, office) == []
    assert svc.load_office(ws) == office
    first_id = svc.current_office_id(ws)
    edited = office.model_copy(update={"phone": "0395-6000001"})
    svc.save_office(ws, edited)
    assert svc.load_office(ws) == edited
    assert svc.current_office_id(ws) == first_id  # edited in place: a stable id for sequences


def test_a_refused_profile_is_not_stored(ws, office):
    with pytest.raises(svc.OfficeRefused) as caught:
        svc.save_office(ws, office.model_copy(update={"level": AdminLevel.TOWNSHIP}))
    assert [f.rule for f in caught.value.findings] == ["R-08"]
    assert svc.load_office(ws) is None


def test_warnings_are_returned_and_the_profile_stored(ws, office):
    patterns = {**office.number_patterns, "D-03": "{abbr}信列({year}){seq}号"}
    warned = office.model_copy(update={"number_patterns": patterns})
    assert [f.field for f in svc.save_office(ws, warned)] == ["office.number_patterns.D-03"]
    assert svc.load_office(ws) == warned


def test_the_profile_survives_a_catalog_import(ws, office):
    from credit_desk.store.catalog_store import load_catalogs_into_db

    svc.save_office(ws, office)
    load_catalogs_into_db(ws.db, ws.catalogs, replace=True)
    assert svc.load_office(ws) == office


def test_cases_keep_their_office_when_the_profile_changes(ws, office, samr_case):
    from credit_desk.services.cases import load_case, save_case

    svc.save_office(ws, office)
    case_id = save_case(ws, samr_case.model_copy(update={"office": office})).case_id
    svc.save_office(ws, office.model_copy(update={"deciding_body": "青山县应急管理局", "abbreviation": "青应急"}))
    assert load_case(ws, case_id).office == office
    assert svc.load_office(ws).deciding_body == "青山县应急管理局"


def test_the_reserved_key_is_not_a_letter_type(ws, office):
    from credit_desk.store.profile import PROFILE_MARK, save_profile

    bad = office.model_copy(update={"number_patterns": {**office.number_patterns, PROFILE_MARK: "x"}})
    with ws.db.session() as session, pytest.raises(ValueError):
        save_profile(session, bad)


def test_office_logging_and_profile_modules_do_not_import_qt():
    import subprocess
    import sys

    code = ("import sys\nimport credit_desk.logs, credit_desk.services.office, credit_desk.store.profile\n"
            "import credit_desk.domain.rules.office\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')]\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
