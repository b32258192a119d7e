"""Letters end to end: shipped catalogs + fixture case → D-03 / D-08 PDF, read back with pypdf and poppler.

What is checked comes from the case and the catalogs directly, not from the template context, so a
template that drops a mandated item fails here.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date

import pypdf
import pytest

from credit_desk.documents import typeset as ts
from credit_desk.documents.render import render_document
from credit_desk.documents.sample import sample_case, sample_catalogs

PDFTOTEXT = shutil.which("pdftotext")
MM = 72 / 25.4
D03_HEADINGS = ("一、失信事由", "二、列入依据", "四、失信惩戒措施提示", "五、移出条件和程序", "六、救济措施")
D08_HEADINGS = ("申请时间", "修复条件", "申请材料", "申请途径", "办理时限", "不收取费用")


@pytest.fixture(params=["shipped", "sample"])
def data(request, tmp_path):
    """(catalogs, case): the shipped catalogs with the fixture case, and the built-in sample."""
    if request.param == "shipped":
        catalogs, case = request.getfixturevalue("shipped_catalogs"), request.getfixturevalue("samr_case")
    else:
        catalogs, case = sample_catalogs(), sample_case()
    override = tmp_path / "no-override"
    override.mkdir()
    return catalogs, case, override


def render(form_id, catalogs, case, override, number=None):
    number = number or (case.decision.number if form_id == "D-03" else "青山县市监信修告〔2026〕5号")
    issue = case.decision.decision_date or date(2026, 10, 20)
    return render_document(form_id, case, catalogs, number=number, issue_date=issue, override_dir=override)


def flat(text: str) -> str:
    return "".join(text.split())


def pypdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def poppler_text(pdf: bytes) -> str:
    return subprocess.run([PDFTOTEXT, "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def bare(s: str) -> str:
    return flat(s).rstrip("。；;，,、")


def test_decision_holds_every_mandated_section_and_value(data):
    catalogs, case, override = data
    r = render("D-03", catalogs, case, override)
    text = flat(pypdf_text(r.pdf))
    for heading in D03_HEADINGS:
        assert heading in text
    s, office = case.subject, case.office
    for value in (s.name, s.uscc, s.legal_representative, s.address, case.decision.number):
        assert flat(value) in text
    for inst in case.basis_instruments:
        assert flat(inst.number) in text
    standard = catalogs.standards[case.standard_code]
    assert flat(standard.instrument.number) in text
    criterion = next(c for c in standard.criteria if c.code == case.criterion_code)
    assert bare(criterion.text) in text
    for code in case.sanction_codes:
        m = catalogs.measures[code]
        assert bare(m.text) in text
        provisions = [catalogs.provisions[c] for c in m.provision_codes]
        basis = [p.citation if p.article_known else f"《{p.instrument}》有关规定" for p in provisions] or [m.basis_text]
        for cite in basis:
            assert flat(cite) in text
        assert flat(m.implementing_body) in text
    # a guessed article number or a note meant for the office never reaches the party (R-12 tells the officer)
    assert "待核对" not in text and "尚未核对" not in text
    for cond in case.removal_conditions or standard.removal_conditions:
        assert bare(cond) in text
    assert f"六十日内向{flat(office.reconsideration_body)}申请行政复议" in text
    assert f"六个月内依法向{flat(office.court)}提起行政诉讼" in text
    assert standard.publication_period.label() in text
    for channel in case.decision.publication_channels or standard.publication_channels:
        assert flat(channel) in text
    assert "本决定自" in text and "生效" in text
    assert "附件：信用修复告知书" in text
    assert "— 1 —" in pypdf_text(r.pdf)


def test_repair_notice_goes_with_the_decision(data):
    catalogs, case, override = data
    r = render("D-08", catalogs, case, override)
    text = flat(pypdf_text(r.pdf))
    for heading in D08_HEADINGS:
        assert heading in text
    standard = catalogs.standards[case.standard_code]
    assert flat(case.decision.number) in text
    assert "不收取任何费用" in text
    for material in standard.repair_materials:
        assert bare(material) in text
    for cond in standard.removal_conditions:
        assert bare(cond) in text
    assert flat(case.office.address) in text
    assert standard.removal_time_limit.label() in text


@pytest.mark.parametrize("name", ["青山县陈𠈌刘䶮食品有限公司"])
def test_rare_name_characters_extract_correctly(data, name):
    catalogs, case, override = data
    case.subject.name = name
    r = render("D-03", catalogs, case, override)
    assert name in flat(pypdf_text(r.pdf))
    if PDFTOTEXT:
        assert name in flat(poppler_text(r.pdf))


def _runs(page):
    """(x, y, size, text) of every text run, from the content stream via pypdf's visitor."""
    runs = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x, y, font_size, text))

    page.extract_text(visitor_text=visit)
    return runs


def test_page_geometry_follows_gbt_9704(data):
    catalogs, case, override = data
    pdf = render("D-03", catalogs, case, override).pdf
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    block_left, block_top = 28 * MM, 37 * MM
    block_bottom_y = ts.PAGE_HEIGHT - (37 + 225) * MM
    for n, page in enumerate(reader.pages, 1):
        box = page.mediabox
        assert float(box.width) == pytest.approx(595.28, abs=0.5)
        assert float(box.height) == pytest.approx(841.89, abs=0.5)
        runs = _runs(page)
        text_runs = [r for r in runs if r[2] >= 15]  # body 16 pt and title 22 pt; the page number is 14 pt
        assert min(r[0] for r in text_runs) == pytest.approx(block_left, abs=1 * MM)
        baselines = sorted({round(r[1], 1) for r in text_runs}, reverse=True)
        assert len(baselines) <= 22
        assert all(y > block_bottom_y for y in baselines)
        top = max(ts.PAGE_HEIGHT - (r[1] + 0.88 * r[2]) for r in text_runs if round(r[1], 1) == baselines[0])
        assert top == pytest.approx(block_top, abs=1.5 * MM)
        # every line hangs from a grid line: its em-box top is a whole number of line pitches down
        for _x, y, size, _ in text_runs:
            lines_down = (ts.PAGE_HEIGHT - block_top - (y + 0.88 * size)) / ts.LINE_PITCH
            assert lines_down == pytest.approx(round(lines_down), abs=0.01)
        numbers = [r for r in runs if r[2] == ts.PAGE_NUMBER_SIZE]
        assert "".join(r[3] for r in numbers).replace(" ", "") == f"—{n}—"
        assert max(r[1] for r in numbers) < block_bottom_y - 6 * MM  # 7 mm under the 版心
    # the first body line (the party block) starts at the left edge of the 版心
    first_body = [r for r in _runs(reader.pages[0]) if r[2] == ts.BODY_SIZE and r[3].startswith("当事人")]
    assert first_body and first_body[0][0] == pytest.approx(block_left, abs=1 * MM)


@pytest.mark.skipif(not PDFTOTEXT, reason="poppler-utils not installed")
def test_no_glyph_right_of_the_text_block(data):
    catalogs, case, override = data
    pdf = render("D-03", catalogs, case, override).pdf
    out = subprocess.run([PDFTOTEXT, "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    xmax = [float(v) for v in re.findall(r'xMax="([\d.]+)"', out)]
    xmin = [float(v) for v in re.findall(r'xMin="([\d.]+)"', out)]
    assert xmax and xmin
    # 16 pt glyphs in 15.79 pt cells: the last advance box may pass the edge by 0.21 pt, the ink does not
    assert max(xmax) <= (28 + 156) * MM + 0.25
    assert min(xmin) >= 28 * MM - 0.01


def test_same_case_renders_to_the_same_bytes(data):
    catalogs, case, override = data
    assert render("D-03", catalogs, case, override).pdf == render("D-03", catalogs, case, override).pdf


def test_every_font_is_embedded(data):
    catalogs, case, override = data
    case.subject.name = "青山县陈𠈌刘䶮食品有限公司"  # brings in the fallback font as well
    reader = pypdf.PdfReader(io.BytesIO(render("D-03", catalogs, case, override).pdf))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"]  # an embedded TrueType subset
            assert "/ToUnicode" in font
    assert not any("Helvetica" in n for n in names)
    assert len({n.split("+", 1)[1] for n in names}) >= 2  # role font plus the fallback for 𠈌
