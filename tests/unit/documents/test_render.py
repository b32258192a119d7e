"""render_document: refusal of incomplete letters, glyph check, determinism, literal text (render.py, pdf.py)."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdf
import pytest

from credit_desk import paths
from credit_desk.documents.errors import DocumentError
from credit_desk.documents.letter import Letter, Section, letter_text
from credit_desk.documents.pdf import render_pdf
from credit_desk.documents.render import render_document

ISSUE_DATE = date(2026, 8, 25)
NUMBER = "示例县市监信列〔2026〕3号"


def render(case, catalogs, form_id="D-03", **kw):
    kw.setdefault("override_dir", kw.pop("override", None))
    return render_document(form_id, case, catalogs, number=NUMBER, issue_date=ISSUE_DATE, **kw)


def flat(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "".join("".join(p.extract_text().split()) for p in reader.pages)


def test_result_carries_pdf_text_hash_and_snapshot(case, catalogs, fonts, no_override):
    r = render(case, catalogs, fonts=fonts, override=no_override)
    assert r.pdf.startswith(b"%PDF-") and r.sha256 == hashlib.sha256(r.pdf).hexdigest()
    assert r.form_id == "D-03" and r.context["doc"]["number"] == NUMBER
    headings = [s.heading for s in r.letter.sections if s.heading]
    assert headings == [
        "一、失信事由",
        "二、列入依据",
        "三、列入决定和公示",
        "四、失信惩戒措施提示",
        "五、移出条件和程序",
        "六、救济措施",
    ]
    assert r.text == letter_text(r.letter)
    assert "附件：信用修复告知书" in r.text and r.text.rstrip().endswith("2026年8月25日")


def test_empty_mandated_field_is_refused_naming_the_label(case, catalogs, fonts, no_override):
    case.subject.address = ""
    case.office.court = ""
    with pytest.raises(DocumentError) as err:
        render(case, catalogs, fonts=fonts, override=no_override)
    assert err.value.field == "subject.address"
    assert "当事人住所或住址" in err.value.message and "有管辖权的人民法院" in err.value.message
    assert err.value.rule == "R-12"


def test_empty_mandated_section_is_refused_with_r12(case, catalogs, fonts, no_override):
    text = (paths.forms_dir() / "D-03.toml").read_text(encoding="utf-8")
    start = text.index('key = "remedy"')
    text = text[:start] + 'key = "remedy"\nheading = "救济措施"\nmandated = true\nbody = "{% if false %}x{% endif %}"\n'
    (no_override / "D-03.toml").write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError) as err:
        render(case, catalogs, fonts=fonts, override=no_override)
    assert err.value.rule == "R-12" and err.value.field == "section:remedy"
    assert "救济措施" in err.value.message and "国办发〔2020〕49号 四(八)" in err.value.message


@pytest.mark.parametrize("bad", ["\ue000", "\U0010fffd"])
def test_character_without_glyph_is_refused_naming_it(case, catalogs, fonts, no_override, bad):
    case.subject.name = f"示例{bad}公司"
    with pytest.raises(DocumentError) as err:
        render(case, catalogs, fonts=fonts, override=no_override)
    assert err.value.message.startswith("以下字符在所有可用字体中均无字形，无法导出：")
    assert f"(U+{ord(bad):04X})" in err.value.message
    assert err.value.field == "当事人"


def test_rendering_twice_gives_identical_bytes(case, catalogs, fonts, no_override):
    a = render(case, catalogs, fonts=fonts, override=no_override).pdf
    b = render(case, catalogs, fonts=fonts, override=no_override).pdf
    assert a == b
    info = pypdf.PdfReader(io.BytesIO(a)).metadata
    assert info["/CreationDate"].startswith("D:20260825")
    assert info["/Title"].startswith("列入市场监督管理严重违法失信名单决定书")
    assert info["/Author"] == "示例县市场监督管理局"


def test_same_bytes_in_another_process(case, catalogs, fonts, no_override):
    here = render(case, catalogs, fonts=fonts, override=no_override).sha256
    code = (
        "from datetime import date\n"
        "from credit_desk.documents.render import render_document\n"
        "from credit_desk.documents.sample import sample_case, sample_catalogs\n"
        f"r = render_document('D-03', sample_case(), sample_catalogs(), number={NUMBER!r},"
        f" issue_date=date(2026, 8, 25), override_dir=__import__('pathlib').Path({str(no_override)!r}))\n"
        "print(r.sha256)\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=Path(paths.bundle_root()), check=True
    )
    assert out.stdout.strip() == here


def test_user_text_prints_literally(case, catalogs, fonts, no_override):
    case.subject.name = "示例<b>&amp;公司"
    case.conduct_summary = "价格<i>标注</i> & “虚假”"
    r = render(case, catalogs, fonts=fonts, override=no_override)
    text = flat(r.pdf)
    assert "示例<b>&amp;公司" in text
    assert "价格<i>标注</i>&“虚假”" in text


def test_mandated_sections_of_the_repair_notice(case, catalogs, fonts, no_override):
    r = render(case, catalogs, "D-08", fonts=fonts, override=no_override)
    text = flat(r.pdf)
    for heading in ("申请时间", "修复条件", "申请材料", "申请途径", "办理时限", "不收取费用"):
        assert heading in text
    assert "不收取任何费用" in text and "示例县市监信列〔2026〕3号" in text
    case.decision = None  # the notice refers to the decision, which must exist first
    with pytest.raises(DocumentError) as err:
        render(case, catalogs, "D-08", fonts=fonts, override=no_override)
    assert err.value.field == "decision.number"


def test_render_pdf_is_a_pure_function_of_the_letter(fonts):
    letter = Letter(
        issuer="示例县市场监督管理局",
        title="测试告知书",
        number="示例〔2026〕1号",
        issue_date=date(2026, 11, 22),
        party=[("当事人", "示例公司")],
        sections=[Section("a", "一、事项", ["正文。"], True)],
        signature="示例县市场监督管理局",
        show_seal_guide=True,
    )
    pdf = render_pdf(letter, fonts)
    assert pdf == render_pdf(letter, fonts)
    text = flat(pdf)
    assert "2026年11月22日" in text and "—1—" in text


def page_texts(pdf: bytes) -> list[str]:
    return ["".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("fixture", ["samr_case", "minor_case"])
def test_refusal_keeps_the_remedy_heading_with_its_paragraph(fixture, request, shipped_catalogs, no_override):
    """D-05 of the fixture cases with a refused repair: "四、救济措施" and one line of its paragraph stood at
    the foot of page 2, the other two lines on page 3 with the signature."""
    from credit_desk.domain.model import RepairApplication

    case = request.getfixturevalue(fixture)
    case.repairs = [
        RepairApplication(
            received_date=date(2027, 11, 2),
            materials=["application", "commitment"],
            accepted=True,
            acceptance_date=date(2027, 11, 2),
            findings=["当事人尚未缴清罚款"],
            outcome="refused",
            decision_date=date(2027, 11, 5),
            reasons=["当事人未履行行政处罚决定确定的缴纳罚款义务，不符合提前移出的条件"],
            letter_number="青山县市监信不修〔2027〕7号",
        )
    ]
    r = render_document(
        "D-05",
        case,
        shipped_catalogs,
        number="青山县市监信不修〔2027〕7号",
        issue_date=date(2027, 11, 5),
        override_dir=no_override,
    )
    remedy = next(s for s in r.letter.sections if "救济措施" in s.heading)
    first, last = remedy.paragraphs[0][:20], remedy.paragraphs[-1][-12:]
    pages = page_texts(r.pdf)
    assert len(pages) == 3
    heading_page = next(n for n, t in enumerate(pages) if remedy.heading in t)
    assert first in pages[heading_page] and last in pages[heading_page]  # heading and all its lines together
    assert "2027年11月5日" in pages[heading_page]  # with the signature, as before
    assert heading_page == 2 and remedy.heading not in pages[1]


@pytest.mark.parametrize(("fixture", "form_id"), [("samr_case", "D-08"), ("samr_case", "D-03"), ("minor_case", "D-03")])
def test_web_address_prints_whole_on_one_line(fixture, form_id, request, shipped_catalogs, no_override):
    """D-08 printed "https://shiming.gsxt.gov.cn/ucr-index." with "html）" on the next line; D-03 broke after
    "https://"."""
    case = request.getfixturevalue(fixture)
    number = case.decision.number if form_id == "D-03" else "青山县市监信修告〔2026〕5号"
    r = render_document(
        form_id, case, shipped_catalogs, number=number, issue_date=date(2026, 10, 20), override_dir=no_override
    )
    pages = pypdf.PdfReader(io.BytesIO(r.pdf)).pages
    lines = [line.replace(" ", "") for p in pages for line in p.extract_text().splitlines()]
    url = "https://shiming.gsxt.gov.cn/ucr-index.html）"
    assert any(url in line for line in lines), [line for line in lines if "http" in line or "html" in line]
