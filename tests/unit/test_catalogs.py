"""The shipped catalogs: schema, loading, referential integrity, and verbatim quotes of the statutes."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

import jsonschema
import pytest
from stdnum.cn import ric, uscc

from credit_desk.domain.catalog import (
    CATALOG_FILES,
    Catalogs,
    InstrumentLevel,
    Period,
    Verification,
    load_catalogs,
)
from credit_desk.domain.model import Case, SubjectKind

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "resources" / "catalogs"
SCHEMAS = CATALOGS / "schema"
LAWS = ROOT / "resources" / "laws"
CASES = ROOT / "tests" / "fixtures" / "cases"

REQUIRED_STANDARDS = ("SAMR-44", "MEM-11", "MOHRSS-45", "STA-54", "HA-SCR")
NATIONAL_LEVELS = {
    InstrumentLevel.LAW,
    InstrumentLevel.ADMINISTRATIVE_REGULATION,
    InstrumentLevel.CENTRAL_POLICY,
    InstrumentLevel.DEPARTMENTAL_RULE,
}
LOCAL_LEVELS = {InstrumentLevel.LOCAL_REGULATION}

# --- parsing the statute texts -------------------------------------------------------------------
_NUM = "一二三四五六七八九十百零〇"
_ARTICLE = re.compile(rf"^(第[{_NUM}]+条)(?:[ \u3000]+|$)")  # 第七十七条 at line start
_ITEM = re.compile(rf"^[（(]([{_NUM}]+)[）)]")  # （六） / (六) items of a policy document
_ARTICLE_REF = re.compile(rf"^(第[{_NUM}]+条)")
_ITEM_REF = re.compile(rf"第（([{_NUM}]+)）项")
_INVISIBLE = " \t\u3000\u200b\ufeff"  # blank lines, incl. zero-width-space lines left by the source layout


@cache
def law_units(file_name: str) -> dict[str, str]:
    """The units of a law file: articles keyed "第七十七条" (statutes) or items keyed "六" (policy documents).

    Each unit is its lines (line ends stripped, blank lines dropped) joined with "\\n", heading included;
    a unit ends at the next unit heading or at a Markdown heading (chapter).
    """
    text = (LAWS / file_name).read_text(encoding="utf-8")
    if "<!-- INFO END -->" in text:
        text = text.split("<!-- INFO END -->", 1)[1]
    lines = [ln.rstrip("\r\n") for ln in text.splitlines()]
    lines = [ln for ln in lines if ln.strip(_INVISIBLE)]
    statute = any(_ARTICLE.match(ln) for ln in lines)
    units: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        if line.startswith("#"):
            current = None
            continue
        m = _ARTICLE.match(line) if statute else _ITEM.match(line)
        if m:
            current = m.group(1)
            assert current not in units, f"{file_name}: {current} appears twice"
            units[current] = [line]
        elif current is not None:
            units[current].append(line)
    return {k: "\n".join(v) for k, v in units.items()}


def unit_key(article: str) -> str:
    """ "第七十七条第一款" → "第七十七条"; "第四部分第（六）项" → "六"."""
    m = _ARTICLE_REF.match(article)
    if m:
        return m.group(1)
    m = _ITEM_REF.search(article)
    assert m, f"cannot read the article reference {article!r}"
    return m.group(1)


# --- fixtures --------------------------------------------------------------------------------------
def _raw(name: str) -> object:
    return json.loads((CATALOGS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def catalogs() -> Catalogs:
    return load_catalogs(CATALOGS)


# --- (a) schema ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", CATALOG_FILES)
def test_catalog_file_validates_against_its_schema(name: str) -> None:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(_raw(name)), key=lambda e: e.json_path)
    assert not errors, "\n".join(f"{e.json_path}: {e.message}" for e in errors)


def test_schema_rejects_a_verified_provision_without_law_file() -> None:
    schema = json.loads((SCHEMAS / "provisions.schema.json").read_text(encoding="utf-8"))
    bad = {
        "provisions": [
            {
                "code": "P-X-1",
                "instrument": "某办法",
                "level": "departmental_rule",
                "article": "第一条",
                "text": "……",
                "verification": "verified",
            }
        ]
    }
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(bad))


def test_schema_rejects_a_local_regime_on_a_departmental_rule() -> None:
    schema = json.loads((SCHEMAS / "standards.schema.json").read_text(encoding="utf-8"))
    data = _raw("standards")
    ha = next(s for s in data["standards"] if s["code"] == "HA-SCR")
    bad = {"standards": [{**ha, "instrument": {**ha["instrument"], "level": "departmental_rule"}}]}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(bad))


# --- (b) loading -----------------------------------------------------------------------------------
def test_load_catalogs(catalogs: Catalogs) -> None:
    assert set(catalogs.fields) == {"F1", "F2", "F3", "F4"}
    assert catalogs.settings["objection_reply_period"] == {"count": 10, "unit": "working_days"}
    assert "灌南" in catalogs.settings["sources"]["objection_reply_period"]["source"]


def test_settings_periods_are_plain_periods(catalogs: Catalogs) -> None:
    """Period settings are read with Period.model_validate (extra keys forbidden): no source inside them."""
    for key, value in catalogs.settings.items():
        if key.endswith("_period") or key == "minor_age":
            Period.model_validate(value)
        assert key == "sources" or key in catalogs.settings["sources"], key


@pytest.mark.parametrize("name", ("fields", "standards", "measures", "provisions"))
def test_codes_are_unique(name: str) -> None:
    codes = [item["code"] for item in _raw(name)[name]]
    assert len(codes) == len(set(codes))


def test_field_names_follow_49_four_six(catalogs: Catalogs) -> None:
    assert [f.name for f in catalogs.fields.values()] == [
        "严重危害人民群众身体健康和生命安全",
        "严重破坏市场公平竞争秩序和社会正常秩序",
        "拒不履行法定义务严重影响司法机关和行政机关公信力",
        "拒不履行国防义务",
    ]


# --- (c) referential integrity -----------------------------------------------------------------------
def test_required_standards_exist(catalogs: Catalogs) -> None:
    for code in REQUIRED_STANDARDS:
        assert code in catalogs.standards, code


def test_standard_references_exist(catalogs: Catalogs) -> None:
    for s in catalogs.standards.values():
        assert s.field_code in catalogs.fields, s.code
        for code in s.basis_provision_codes:
            assert code in catalogs.provisions, f"{s.code}: {code}"
        for code in s.measure_codes:
            assert code in catalogs.measures, f"{s.code}: {code}"
        assert s.measure_codes, s.code
        for c in s.criteria:
            assert c.provision_codes, c.code
            for code in c.provision_codes:
                assert code in catalogs.provisions, f"{c.code}: {code}"
            assert not c.field_code or c.field_code in catalogs.fields, c.code


def test_standards_are_complete(catalogs: Catalogs) -> None:
    for s in catalogs.standards.values():
        assert len(s.criteria) >= 2, s.code
        for i, c in enumerate(s.criteria, start=1):
            assert c.code == f"{s.code}-C{i}"
            assert c.text.strip()
        assert s.removal_conditions and all(x.strip() for x in s.removal_conditions), s.code
        assert s.removal_procedure.strip(), s.code
        assert s.publication_channels, s.code
        assert s.repair_materials == ["履行法定义务、纠正失信行为的证明材料", "信用承诺书"], s.code
        assert s.subject_kinds and all(k in {x.value for x in SubjectKind} for k in s.subject_kinds)
        assert "收取任何费用" in s.removal_procedure, s.code  # repair is free (49号 六(十二))
        if s.verification != Verification.VERIFIED:
            assert s.notes.strip(), f"{s.code}: an unverified standard must say what is unverified"


def test_standard_instrument_level_fits_its_scope(catalogs: Catalogs) -> None:
    """R-01 / 49号 四(七): national regimes rest on law … departmental rule; local-only ones on a 地方性法规."""
    for s in catalogs.standards.values():
        allowed = NATIONAL_LEVELS if s.instrument.scope == "national" else LOCAL_LEVELS
        assert s.instrument.level in allowed, s.code
    assert catalogs.standards["HA-SCR"].instrument.scope == "local"


def test_measures(catalogs: Catalogs) -> None:
    assert len(catalogs.measures) >= 20
    local = [m for m in catalogs.measures.values() if m.list_kind == "local"]
    assert len(local) >= 2
    for m in catalogs.measures.values():
        assert m.provision_codes, m.code
        for code in m.provision_codes:
            assert code in catalogs.provisions, f"{m.code}: {code}"
        assert m.basis_text.strip() and m.implementing_body.strip(), m.code
        assert m.subject_kinds, m.code
    for m in local:
        levels = {catalogs.provisions[c].level for c in m.provision_codes}
        assert levels == {InstrumentLevel.LOCAL_REGULATION}, m.code
    # a measure resting only on unverified text is not marked verified
    for m in catalogs.measures.values():
        if m.verification == Verification.VERIFIED:
            assert all(catalogs.provisions[c].verification == Verification.VERIFIED for c in m.provision_codes), m.code


def test_measure_basis_names_its_provisions(catalogs: Catalogs) -> None:
    """The printed basis names the instrument of every provision, and the article of every quoted one."""
    for m in catalogs.measures.values():
        for code in m.provision_codes:
            p = catalogs.provisions[code]
            assert f"《{p.instrument}》" in m.basis_text, f"{m.code}: {code}"
            if p.law_file:
                assert p.article in m.basis_text, f"{m.code}: {code}"


# --- (d) the quote test -----------------------------------------------------------------------------
def test_quoted_provisions_are_verbatim(catalogs: Catalogs) -> None:
    quoted = [p for p in catalogs.provisions.values() if p.law_file]
    assert len(quoted) >= 50
    for p in quoted:
        assert (LAWS / p.law_file).is_file(), f"{p.code}: no file {p.law_file}"
        units = law_units(p.law_file)
        key = unit_key(p.article)
        assert key in units, f"{p.code}: {key} not found in {p.law_file}"
        assert p.text in units[key], f"{p.code}: text is not a verbatim part of {p.law_file} {key}"
        assert p.verification == Verification.VERIFIED, p.code


def test_unquoted_provisions_are_not_marked_verified(catalogs: Catalogs) -> None:
    for p in catalogs.provisions.values():
        if not p.law_file:
            assert p.verification != Verification.VERIFIED, p.code
            assert p.text.startswith("【内容摘要"), f"{p.code}: a summary must not pass for a quote"
            assert p.source.strip(), p.code


def test_required_provisions_exist(catalogs: Catalogs) -> None:
    required = [
        "P-49-02",
        "P-49-04",
        "P-49-06",
        "P-49-07",
        "P-49-08",
        "P-49-09",
        "P-49-10",
        "P-49-11",
        "P-49-12",
        "P-49-13",
        "P-49-16",
        "P-ARL-20",
        "P-ARL-24.1.1",
        "P-ALL-45",
        "P-ALL-46",
        "P-ALL-101",
        "P-CPL-85",
        "P-APL-44",
        "P-APL-45",
        "P-APL-63",
        "P-APL-64",
        "P-APL-85",
        "P-WAGE-47",
        "P-WAGE-48.1",
        "P-SPL-78.1",
        "P-EIP-18",
        "P-GPL-22.1.5",
        "P-GPL-77",
        "P-TBL-53",
        "P-TBL-54.2",
        "P-FSL-135.1",
        "P-DAL-118.1",
        "P-DAL-122",
        "P-DAL-123",
        "P-TAX-44",
        "P-EEA-12.1.3",
        "P-CL-178.1.5",
        "P-HA-33.1.1",
        "P-HA-43",
        "P-PIPL-25",
        "P-PIPL-28",
    ]
    missing = [c for c in required if c not in catalogs.provisions]
    assert not missing


def test_key_figures_are_in_the_quoted_text(catalogs: Catalogs) -> None:
    """The periods the app computes come from these articles; a wrong article would not contain them."""
    pv = catalogs.provisions
    assert "六十日内" in pv["P-ARL-20"].text
    assert "县级以上地方各级人民政府" not in pv["P-ARL-24.1.1"].text  # the item only; the lead-in is elsewhere
    assert "本级人民政府工作部门" in pv["P-ARL-24.1.1"].text
    assert "六个月内" in pv["P-ALL-46"].text
    assert "期间开始的时和日，不计算在期间内" in pv["P-CPL-85"].text
    assert "工作日" in pv["P-APL-85"].text
    assert "一至三年内禁止参加政府采购活动" in pv["P-GPL-77"].text
    assert "一个工作日内修复" in pv["P-HA-43"].text
    assert "列为失信被执行人" in pv["P-CL-178.1.5"].text


def test_law_unit_parser() -> None:
    units = law_units("政府采购法(2014-08-31).md")
    assert units["第七十七条"].startswith("第七十七条 供应商有下列情形之一的")
    assert "（六）拒绝有关部门监督检查或者提供虚假情况的。" in units["第七十七条"]
    items = law_units("国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见(2020-12-07).md")
    assert set(items) >= {"一", "二", "六", "七", "八", "十六"}
    assert unit_key("第四部分第（八）项") == "八"
    assert unit_key("第二十二条第一款第（五）项") == "第二十二条"


# --- case fixtures ------------------------------------------------------------------------------------
def _case(name: str) -> Case:
    data = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    assert data["format"] == "credit-desk/case@1"
    return Case.model_validate(data["case"])


def test_samr_company_fixture(catalogs: Catalogs) -> None:
    case = _case("samr_company")
    assert uscc.is_valid(case.subject.uscc)
    standard = catalogs.standards[case.standard_code]
    assert case.criterion_code in {c.code for c in standard.criteria}
    assert set(case.sanction_codes) <= set(standard.measure_codes)
    assert 3 <= len(case.sanction_codes) <= 4
    assert all(c in catalogs.provisions for c in case.provision_codes)
    assert case.notice and case.notice.delivered_date == date(2026, 9, 28)
    assert case.decision and case.decision.decision_date == date(2026, 10, 20)
    assert all(b.effective_date and b.effective_date <= case.decision.decision_date for b in case.basis_instruments)
    assert case.office.level == "county" and case.office.reconsideration_body.endswith("人民政府")


def test_person_minor_fixture(catalogs: Catalogs) -> None:
    case = _case("person_minor")
    assert case.subject.kind == SubjectKind.NATURAL_PERSON
    assert case.subject.name == "\u9648\U0002020c\u4dae"
    assert ric.is_valid(case.subject.id_number)
    born = ric.get_birth_date(case.subject.id_number)
    assert case.conduct_date is not None
    before_birthday = (case.conduct_date.month, case.conduct_date.day) < (born.month, born.day)
    age = case.conduct_date.year - born.year - before_birthday
    assert age == 17
    standard = catalogs.standards[case.standard_code]
    assert set(case.sanction_codes) <= set(standard.measure_codes)
    assert all(SubjectKind.NATURAL_PERSON in catalogs.measures[c].subject_kinds for c in case.sanction_codes)
