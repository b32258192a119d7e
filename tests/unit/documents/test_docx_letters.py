"""Every letter D-01…D-08 as DOCX (issue 4 item 1): the package is opened as a zip and its XML checked.

What WPS and Word need to show the letter as printed: East-Asian fonts named on every run and on the
styles (w:eastAsia plus w:ascii/w:hAnsi), no theme font anywhere (a theme font resolves to the reader's
locale and turns 仿宋 into 等线), font names that exist on stock Windows and on UOS/Kylin with WPS, the
PDF's page geometry (A4, top 37 mm, left 28 mm, a 156 × 225 mm text block) and a page-number footer.
The text of every mandated section must be there too.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import pytest
from lxml import etree

from credit_desk.documents.docx_export import DEFAULT_FONTS, render_docx
from credit_desk.documents.forms import load_form
from credit_desk.documents.letter import plain_paragraph
from credit_desk.documents.render import render_document
from credit_desk.documents.sample import sample_lifecycle

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
TWIPS_PER_MM = 1440 / 25.4
THEME = re.compile(r"w:(asciiTheme|hAnsiTheme|eastAsiaTheme|cstheme)=")
# Faces every stock Windows install and WPS on UOS/Kylin provide (with their English names as altName).
PORTABLE_FONTS = {"仿宋", "宋体", "黑体", "楷体"}
LETTERS = {
    "D-01": ("listed", "青山县市监信告〔2026〕3号", date(2026, 9, 25), {}),
    "D-02": ("listed", "青山县市监信异〔2026〕2号", date(2026, 10, 14), {}),
    "D-03": ("listed", "青山县市监信列〔2026〕5号", date(2026, 10, 20), {}),
    "D-04": ("listed", "青山县市监信修〔2027〕1号", date(2027, 11, 20), {}),
    "D-05": ("listed", "青山县市监信不修〔2027〕1号", date(2027, 6, 20), {"repair_index": 0}),
    "D-06": ("listed", "", date(2026, 10, 20), {"delivery_index": 2}),
    "D-07": ("closed", "青山县市监信不列〔2026〕1号", date(2026, 10, 16), {}),
    "D-08": ("listed", "青山县市监信修告〔2026〕5号", date(2026, 10, 20), {}),
}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


@pytest.fixture(params=list(LETTERS))
def rendered(request, samr_case, shipped_catalogs, tmp_path):
    """(form id, RenderResult, docx parts) of one letter of the SAMR case with its lifecycle records."""
    which, number, issued, settings = LETTERS[request.param]
    case = sample_lifecycle(samr_case, not_listed=which == "closed")
    override = tmp_path / "no-override"
    override.mkdir()
    r = render_document(
        request.param, case, shipped_catalogs, number=number, issue_date=issued, settings=settings,
        override_dir=override,
    )
    with zipfile.ZipFile(io.BytesIO(render_docx(r.letter))) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    return request.param, r, parts


def xml(parts, name):
    return etree.fromstring(parts[name])


def test_no_theme_font_in_any_part(rendered):
    _, _, parts = rendered
    for name, blob in parts.items():
        if name.endswith(".xml"):
            assert not THEME.search(blob.decode("utf-8")), name
    assert b"themeFontLang" not in parts["word/settings.xml"]


def test_every_run_and_every_style_names_east_asian_and_latin_fonts(rendered):
    _, _, parts = rendered
    runs = []
    for name in parts:
        if re.fullmatch(r"word/(document|footer\d*|header\d*)\.xml", name):
            runs += xml(parts, name).iter(w("r"))
    assert runs
    for run in runs:
        fonts = run.find("w:rPr/w:rFonts", NS)
        assert fonts is not None, etree.tostring(run, encoding="unicode")
        for attr in ("eastAsia", "ascii", "hAnsi"):
            assert fonts.get(w(attr)) in PORTABLE_FONTS, (attr, etree.tostring(run, encoding="unicode"))
    styles = xml(parts, "word/styles.xml")
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert defaults.get(w("eastAsia")) == defaults.get(w("ascii")) == defaults.get(w("hAnsi")) == "仿宋"
    for fonts in styles.iter(w("rFonts")):  # every style that names a font names a portable one for each script
        for attr in ("eastAsia", "ascii", "hAnsi"):
            assert fonts.get(w(attr)) in PORTABLE_FONTS, etree.tostring(fonts, encoding="unicode")
    normal = styles.find("w:style[@w:styleId='Normal']/w:rPr/w:rFonts", NS)
    assert normal.get(w("eastAsia")) == DEFAULT_FONTS["body"]


def test_font_table_declares_the_faces_with_their_english_names(rendered):
    _, _, parts = rendered
    table = xml(parts, "word/fontTable.xml")
    alt = {f.get(w("name")): f.find("w:altName", NS) for f in table.iter(w("font"))}
    for face, english in (("仿宋", "FangSong"), ("宋体", "SimSun"), ("黑体", "SimHei"), ("楷体", "KaiTi")):
        assert alt[face] is not None and alt[face].get(w("val")) == english


def test_page_geometry_is_that_of_the_pdf(rendered):
    _, _, parts = rendered
    sect = xml(parts, "word/document.xml").find("w:body/w:sectPr", NS)
    size, margin = sect.find("w:pgSz", NS), sect.find("w:pgMar", NS)

    def mm(element, attr):
        return int(element.get(w(attr))) / TWIPS_PER_MM

    assert (round(mm(size, "w")), round(mm(size, "h"))) == (210, 297)
    assert abs(mm(margin, "top") - 37) < 0.1 and abs(mm(margin, "left") - 28) < 0.1
    block_w = mm(size, "w") - mm(margin, "left") - mm(margin, "right")
    block_h = mm(size, "h") - mm(margin, "top") - mm(margin, "bottom")
    assert abs(block_w - 156) < 0.2 and abs(block_h - 225) < 0.2
    assert int(margin.get(w("gutter"), "0")) == 0


def test_footer_carries_the_page_number_field(rendered):
    _, _, parts = rendered
    footers = [n for n in parts if re.fullmatch(r"word/footer\d*\.xml", n)]
    assert len(footers) == 2  # odd pages right, even pages left
    for name in footers:
        text = parts[name].decode("utf-8")
        assert "PAGE" in "".join(t.text or "" for t in xml(parts, name).iter(w("instrText")))
        assert "— " in text and " —" in text
    assert b"evenAndOddHeaders" in parts["word/settings.xml"]


def test_text_holds_issuer_title_party_every_mandated_section_and_date(rendered):
    form_id, r, parts = rendered
    body = xml(parts, "word/document.xml").find("w:body", NS)
    text = "".join("".join(t.text or "" for t in p.iter(w("t"))) for p in body.iter(w("p")))
    text = "".join(text.split())
    letter = r.letter
    assert text.startswith("".join((letter.issuer + letter.title).split()))
    if letter.number:
        assert "".join(letter.number.split()) in text
    for label, value in letter.party:
        assert "".join(f"{label}：{value}".split()) in text
    mandated = {s.key for s in load_form(form_id, use_override=False).sections if s.mandated}
    assert mandated <= {s.key for s in letter.sections}
    for section in letter.sections:
        if section.heading:
            assert "".join(section.heading.split()) in text
        for para in section.paragraphs:
            assert "".join(plain_paragraph(para).split()) in text
    d = letter.issue_date
    assert text.endswith(f"{''.join(letter.signature.split())}{d.year}年{d.month}月{d.day}日")


def test_title_face_falls_back_to_song_where_the_gbt9704_face_is_missing(samr_case, shipped_catalogs, tmp_path):
    """An office that names 方正小标宋简体 gets it on the title runs, declared with 宋体 as its alternate."""
    r = render_document("D-08", sample_lifecycle(samr_case), shipped_catalogs, number="X〔2026〕1号",
                        issue_date=date(2026, 10, 20), override_dir=tmp_path)
    with zipfile.ZipFile(io.BytesIO(render_docx(r.letter, {"title": "方正小标宋简体"}))) as z:
        table = etree.fromstring(z.read("word/fontTable.xml"))
        document = etree.fromstring(z.read("word/document.xml"))
    font = next(f for f in table.iter(w("font")) if f.get(w("name")) == "方正小标宋简体")
    assert font.find("w:altName", NS).get(w("val")) == "宋体"
    first_run = next(document.iter(w("r")))
    assert first_run.find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == "方正小标宋简体"
