"""render_docx: the Letter of D-03 and D-08 as DOCX — geometry, explicit East-Asian fonts and no theme
fonts (so WPS and Word never warn about a missing font), the text, determinism (docx_export.py)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from datetime import date

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips

from credit_desk.documents.docx_export import DEFAULT_FONTS, LINE_TWIPS, render_docx
from credit_desk.documents.letter import plain_paragraph
from credit_desk.documents.render import render_document

REPAIR_NUMBER = "青山县市监信修告〔2026〕5号"
THEME = re.compile(r"w:(asciiTheme|hAnsiTheme|eastAsiaTheme|cstheme)=")
SOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.fixture
def override(tmp_path):
    folder = tmp_path / "no-override"
    folder.mkdir()
    return folder


def letter_of(form_id, case, catalogs, override):
    number = case.decision.number if form_id == "D-03" else REPAIR_NUMBER
    issue = case.decision.decision_date or date(2026, 10, 20)
    return render_document(form_id, case, catalogs, number=number, issue_date=issue, override_dir=override).letter


@pytest.fixture(params=["D-03", "D-08"])
def letter(request, samr_case, shipped_catalogs, override):
    return letter_of(request.param, samr_case, shipped_catalogs, override)


def parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xml", ".rels"))}


def all_paragraphs(document):
    section = document.sections[0]
    yield from document.paragraphs
    for part in (section.footer, section.even_page_footer, section.header, section.even_page_header):
        yield from part.paragraphs


def flat(document) -> str:
    return "".join("".join(p.text.split()) for p in document.paragraphs)


def test_opens_with_a4_page_and_gbt9704_margins(letter):
    section = docx.Document(io.BytesIO(render_docx(letter))).sections[0]

    def mm(length) -> float:  # Word stores twips: 210 mm is 11906 twips, 0.01 mm off
        return round(length.mm, 1)

    assert (mm(section.page_width), mm(section.page_height)) == (210.0, 297.0)
    assert (mm(section.top_margin), mm(section.bottom_margin)) == (37.0, 35.0)
    assert (mm(section.left_margin), mm(section.right_margin)) == (28.0, 26.0)
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:linePitch")) == str(LINE_TWIPS) and grid.get(qn("w:type")) == "linesAndChars"
    # 22 lines of 28.95 pt fit the 225 mm 版心
    assert 22 * Twips(LINE_TWIPS) <= Mm(225) < 23 * Twips(LINE_TWIPS)


def test_every_run_names_its_fonts_and_no_theme_font_is_left(letter):
    data = render_docx(letter)
    document = docx.Document(io.BytesIO(data))
    runs = [r for p in all_paragraphs(document) for r in p.runs]
    assert runs
    for run in runs:
        fonts = run._r.rPr.find(qn("w:rFonts"))
        assert fonts is not None, run.text
        for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
            assert fonts.get(qn(attr)) in DEFAULT_FONTS.values(), (run.text, attr)
    xml = parts(data)
    for name, text in xml.items():
        assert not THEME.search(text), name
    assert "themeFontLang" not in xml["word/settings.xml"]
    defaults = document.styles.element.find(qn("w:docDefaults")).find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    fonts = defaults.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "仿宋"
    for name in DEFAULT_FONTS.values():
        assert f'w:name="{name}"' in xml["word/fontTable.xml"]


def test_text_holds_headings_party_and_number(letter, samr_case):
    document = docx.Document(io.BytesIO(render_docx(letter)))
    text = flat(document)
    headings = [s.heading for s in letter.sections if s.heading]
    assert headings
    for heading in headings:
        assert "".join(heading.split()) in text
    assert samr_case.subject.name in text
    assert "".join(samr_case.decision.number.split()) in text
    for section in letter.sections:
        for para in section.paragraphs:
            assert "".join(plain_paragraph(para).split()) in text
    assert text.endswith(
        "".join(f"{letter.issue_date.year}年{letter.issue_date.month}月{letter.issue_date.day}日".split())
    )


def test_typography_follows_the_pdf(letter):
    document = docx.Document(io.BytesIO(render_docx(letter)))
    paras = document.paragraphs
    title = next(p for p in paras if p.text == letter.title)
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert all(r.font.size == Pt(22) and r.font.bold for r in title.runs)
    assert title.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "宋体"
    number = next(p for p in paras if p.text == letter.number)
    assert number.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    for section in letter.sections:
        if section.heading:
            head = next(p for p in paras if p.text == section.heading)
            assert head.runs[-1]._r.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    first = plain_paragraph(next(s for s in letter.sections if s.paragraphs).paragraphs[0])
    body = next(p for p in paras if p.text == first)
    fmt = body.paragraph_format
    assert fmt.line_spacing == Twips(LINE_TWIPS) and fmt.line_spacing_rule is not None
    assert body.runs[-1].font.size == Pt(16)
    assert body._p.pPr.ind.get(qn("w:firstLineChars")) == "200"
    signature = [p for p in paras if p.text == letter.signature][-1]  # the issuer also heads the title
    date_line = paras[paras.index(signature) + 1]
    assert signature.alignment == date_line.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert date_line._p.pPr.ind.get(qn("w:rightChars")) == "400"  # 右空四字


def test_footer_page_numbers_between_em_dashes(letter):
    document = docx.Document(io.BytesIO(render_docx(letter)))
    section = document.sections[0]
    assert document.settings.odd_and_even_pages_header_footer
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        p = footer.paragraphs[0]
        assert p.alignment == align
        xml = p._p.xml
        assert "<w:instrText" in xml and " PAGE " in xml
        assert p.text.startswith("— ") and p.text.endswith(" —")
        assert all(r.font.size == Pt(14) for r in p.runs)


def test_same_letter_gives_same_bytes(letter):
    first = render_docx(letter)
    assert first == render_docx(letter)
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        d = letter.issue_date
        assert {i.date_time for i in z.infolist()} == {(d.year, d.month, d.day, 0, 0, 0)}
    core = docx.Document(io.BytesIO(first)).core_properties
    assert core.created.date() == core.modified.date() == letter.issue_date
    assert core.keywords == letter.number and core.author == letter.issuer


def test_rare_name_characters_survive(samr_case, shipped_catalogs, override):
    samr_case.subject.name = "青山县陈𠈌刘䶮食品有限公司"
    letter = letter_of("D-03", samr_case, shipped_catalogs, override)
    data = render_docx(letter)
    assert "青山县陈𠈌刘䶮食品有限公司" in parts(data)["word/document.xml"]
    assert "青山县陈𠈌刘䶮食品有限公司" in flat(docx.Document(io.BytesIO(data)))


def test_fonts_hint_and_draft_mark(samr_case, shipped_catalogs, override):
    from dataclasses import replace

    letter = letter_of("D-03", samr_case, shipped_catalogs, override)
    data = render_docx(letter, fonts_hint={"body": "仿宋_GB2312", "unknown": "x"})
    document = docx.Document(io.BytesIO(data))
    body_fonts = {r._r.rPr.rFonts.get(qn("w:eastAsia")) for p in document.paragraphs for r in p.runs}
    assert "仿宋_GB2312" in body_fonts and "仿宋" not in body_fonts
    assert not "".join(p.text for p in document.sections[0].header.paragraphs)
    draft = docx.Document(io.BytesIO(render_docx(replace(letter, draft_mark="草稿"))))
    assert draft.sections[0].header.paragraphs[0].text == "草稿"


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_it(samr_case, shipped_catalogs, override, tmp_path):
    letter = letter_of("D-03", samr_case, shipped_catalogs, override)
    src = tmp_path / "letter.docx"
    src.write_bytes(render_docx(letter))
    subprocess.run(
        [SOFFICE, "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path), str(src)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    text = "".join((tmp_path / "letter.txt").read_text(encoding="utf-8-sig").split())
    assert samr_case.subject.name in text and letter.title in text


def has(paragraph, tag: str) -> bool:
    """Is the on/off property ``tag`` (w:keepNext, w:keepLines) set in the paragraph's XML?"""
    ppr = paragraph._p.pPr
    el = ppr.find(qn(tag)) if ppr is not None else None
    return el is not None and el.get(qn("w:val"), "1") not in ("0", "false", "off")


def test_signature_block_keeps_with_the_last_lines_of_text(letter):
    """The PDF keeps the last two body lines with the signature; Word and WPS must not print the signature
    and the date alone on a page either (keepNext down to the date, keepLines on the last paragraph)."""
    document = docx.Document(io.BytesIO(render_docx(letter)))
    paras = document.paragraphs
    body = [plain_paragraph(p) for s in letter.sections for p in s.paragraphs] + list(letter.closing)
    last = max(k for k, p in enumerate(paras) if p.text == body[-1])
    signature = max(k for k, p in enumerate(paras) if p.text == letter.signature)
    date_line = signature + 1
    assert all(has(p, "w:keepNext") for p in paras[last:date_line]), [p.text for p in paras[last:date_line]]
    assert has(paras[last], "w:keepLines")
    assert not has(paras[date_line], "w:keepNext")  # nothing after the date (no 附注 here)
    if letter.attachments:
        assert any(p.text.startswith("附件：") for p in paras[last:signature])
    if len(body[-1]) <= 26:  # a one-line last paragraph brings the one before it along
        previous = max(k for k, p in enumerate(paras[:last]) if p.text == body[-2])
        assert has(paras[previous], "w:keepNext")
    for section in letter.sections:
        if section.heading:  # a heading never ends a page
            head = next(p for p in paras if p.text == section.heading)
            assert has(head, "w:keepNext") and has(head, "w:keepLines")
    first = next(p for p in paras if p.text == body[0])
    assert not has(first, "w:keepNext")  # only the end of the letter is tied together
    defaults = document.styles.element.find(qn("w:docDefaults")).find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    assert defaults.find(qn("w:widowControl")) is not None  # no single line alone at a page foot or top
