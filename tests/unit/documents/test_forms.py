"""Forms as data: loading, checking at load, the override folder (forms.py)."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from credit_desk import paths
from credit_desk.documents.context import CONTEXT_SCHEMA, build_context
from credit_desk.documents.errors import FormError
from credit_desk.documents.forms import (
    REQUIRED_SECTIONS,
    cn_numeral,
    load_form,
    load_forms,
    parse_form,
    split_paragraphs,
)
from credit_desk.documents.letter import LEAD_END, LEAD_START

ISSUE_DATE = date(2026, 8, 25)
NUMBER = "示例县市监信列〔2026〕3号"
SHIPPED = paths.forms_dir()


def shipped_text(form_id: str) -> str:
    return (SHIPPED / f"{form_id}.toml").read_text(encoding="utf-8")


def write(folder: Path, name: str, text: str) -> Path:
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def without_section(text: str, key: str) -> str:
    """The TOML text with one [[sections]] table removed."""
    parts = re.split(r"(?=^\[\[sections\]\]\n)", text, flags=re.M)
    return "".join(p for p in parts if f'key = "{key}"\n' not in p)


def test_shipped_forms_load_and_hold_the_mandated_sections(no_override):
    forms = load_forms(override_dir=no_override)
    assert {"D-03", "D-08"} <= set(forms)
    d03 = forms["D-03"]
    keys = {s.key: s for s in d03.sections}
    for key in REQUIRED_SECTIONS["D-03"]:
        assert keys[key].mandated and keys[key].heading
    assert [keys[k].heading for k in REQUIRED_SECTIONS["D-03"]] == [
        "失信事由",
        "列入依据",
        "失信惩戒措施提示",
        "移出条件和程序",
        "救济措施",
    ]
    assert d03.rule == "R-12" and d03.citation == "国办发〔2020〕49号 四(八)"
    assert d03.attachments == ("信用修复告知书",)
    assert forms["D-08"].number_key == "D-08"


def test_unknown_variable_fails_at_load_naming_form_section_and_variable(tmp_path):
    text = shipped_text("D-03").replace("{{ remedy.court }}", "{{ courts.name }}")
    with pytest.raises(FormError) as err:
        parse_form(write(tmp_path, "D-03.toml", text))
    assert err.value.form == "D-03" and err.value.section == "救济措施" and err.value.variable == "courts"
    assert "courts" in err.value.message and "D-03" in err.value.message


def test_unknown_attribute_of_a_known_name_fails_at_load(tmp_path):
    text = shipped_text("D-08").replace("{{ subject.you }}可以向", "{{ subject.nmae }}可以向", 1)
    with pytest.raises(FormError) as err:
        parse_form(write(tmp_path, "D-08.toml", text))
    assert err.value.variable == "subject.nmae"


def test_unknown_field_path_fails_at_load(tmp_path):
    text = shipped_text("D-08").replace('name = "office.address"', 'name = "office.adress"')
    with pytest.raises(FormError, match=r"office\.adress"):
        parse_form(write(tmp_path, "D-08.toml", text))


@pytest.mark.parametrize("key", REQUIRED_SECTIONS["D-03"])
def test_missing_mandated_section_of_the_decision_fails(tmp_path, key):
    with pytest.raises(FormError) as err:
        parse_form(write(tmp_path, "D-03.toml", without_section(shipped_text("D-03"), key)))
    assert err.value.section == key


def test_mandated_section_marked_optional_fails(tmp_path):
    head = 'key = "remedy"\nheading = "救济措施"\nmandated = '
    text = shipped_text("D-03").replace(head + "true", head + "false")
    with pytest.raises(FormError) as err:
        parse_form(write(tmp_path, "D-03.toml", text))
    assert err.value.section == "remedy"


def test_syntax_error_and_unknown_filter_fail(tmp_path):
    bad = shipped_text("D-08").replace("{{ standard.removal_time_limit }}", "{{ standard.removal_time_limit ")
    with pytest.raises(FormError, match="语法错误"):
        parse_form(write(tmp_path, "D-08.toml", bad))
    bad = shipped_text("D-08").replace("{{ standard.removal_time_limit }}", "{{ standard.removal_time_limit|nope }}")
    with pytest.raises(FormError):
        parse_form(write(tmp_path, "D-08.toml", bad))
    with pytest.raises(FormError, match="未知项"):
        parse_form(write(tmp_path, "D-08.toml", 'colour = "red"\n' + shipped_text("D-08")))


def test_override_folder_replaces_the_shipped_form(tmp_path, no_override):
    text = shipped_text("D-08").replace('closing = ["特此告知。"]', 'closing = ["此致。"]')
    write(no_override, "D-08.toml", text)
    form = load_form("D-08", override_dir=no_override)
    assert form.closing == ("此致。",) and form.path == no_override / "D-08.toml"
    assert load_form("D-08", override_dir=no_override, use_override=False).closing == ("特此告知。",)
    # a broken override is refused, not silently replaced by the shipped form
    write(no_override, "D-08.toml", text.replace("{{ subject.you }}", "{{ you }}"))
    with pytest.raises(FormError, match="you"):
        load_form("D-08", override_dir=no_override)


def test_body_file_beside_the_form(tmp_path, no_override, case, catalogs):
    folder = tmp_path / "forms"
    shutil.copytree(SHIPPED, folder)
    write(folder, "remedy.j2", "{{ subject.you }}如不服，可以向{{ remedy.court }}起诉。\n")
    text = shipped_text("D-03")
    start = text.index('key = "remedy"')
    text = text[:start] + 'key = "remedy"\nheading = "救济措施"\nmandated = true\nbody_file = "remedy.j2"\n'
    write(folder, "D-03.toml", text)
    form = load_form("D-03", forms_dir=folder, override_dir=no_override)
    ctx = build_context(case, catalogs, doc_id="D-03", number=NUMBER, issue_date=ISSUE_DATE)
    remedy = next(r for r in form.render_sections(ctx) if r.section.key == "remedy")
    assert remedy.paragraphs == ["你单位如不服，可以向示例县人民法院起诉。"]
    # editing the body file is seen on the next load
    write(folder, "remedy.j2", "{{ subject.you }}如不服，可以申请复议。\n\n第二段。\n")
    form = load_form("D-03", forms_dir=folder, override_dir=no_override)
    remedy = next(r for r in form.render_sections(ctx) if r.section.key == "remedy")
    assert remedy.paragraphs == ["你单位如不服，可以申请复议。", "第二段。"]


def test_split_paragraphs():
    assert split_paragraphs("\n一行\n接着\n\n  \n第二段\n\n\n") == ["一行接着", "第二段"]
    lead = f"{LEAD_START}（一）题。{LEAD_END}正文"
    assert split_paragraphs(lead) == [lead]
    assert split_paragraphs(f"前{LEAD_START}x{LEAD_END}") == ["前x"]


def test_cn_numeral():
    assert [cn_numeral(n) for n in (1, 9, 10, 11, 20, 23)] == ["一", "九", "十", "十一", "二十", "二十三"]


def test_context_schema_matches_build_context(case, catalogs):
    ctx = build_context(case, catalogs, doc_id="D-03", number=NUMBER, issue_date=ISSUE_DATE)
    assert set(ctx) == set(CONTEXT_SCHEMA)
    for name, keys in CONTEXT_SCHEMA.items():
        if keys is not None:
            assert set(ctx[name]) == keys, name
