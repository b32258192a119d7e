"""``render_docx(letter) -> bytes``: the same Letter the PDF renderer draws, as a Word/WPS document.

Why a second format: offices file letters in WPS or Word and sometimes add a line by hand before
sealing; the PDF stays the frozen record (R-16), the DOCX is the editable copy.

What makes it open cleanly everywhere:
* fonts are named explicitly on every run and in the document defaults (w:ascii, w:hAnsi, w:eastAsia,
  w:cs), with names every stock Windows and WPS install has (仿宋, 宋体, 黑体, 楷体), so neither program
  warns about a missing font; theme fonts are removed everywhere (a theme font resolves to the reader's
  locale and silently turns 仿宋 into 等线) and w:themeFontLang is dropped from the settings;
* page geometry is that of the PDF (GB/T 9704): A4, margins 37/28/26/35 mm, a 156 × 225 mm 版心 on a
  document grid of 22 lines of 28 characters, body 三号 with exact 28.95 pt line spacing (579 twips:
  22 lines fit the 225 mm block, 580 would not), title 二号, page numbers "— N —" 四号 宋体 in the footer,
  odd pages right and even pages left, one character in;
* page breaks as in the PDF: widow/orphan control on every paragraph, headings keep with the next
  paragraph, and the last body paragraph (with the one before it if the last is a single line), the
  附件 lines and the lines left for the seal keep with the signature and the date (keepNext, the last
  paragraph also keepLines), so Word and WPS never print the signature and date alone on a page.

Deterministic: core properties carry the issue date, python-docx writes no random ids, and the zip is
rewritten with fixed member dates, so the same letter gives the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from datetime import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor, Twips
from docx.text.paragraph import Paragraph

from credit_desk.documents import typeset as ts
from credit_desk.documents.letter import Letter, format_date_cn, split_lead
from credit_desk.documents.pdf import CREATOR, clean_text

__all__ = ["DEFAULT_FONTS", "DOCX_MIME", "render_docx"]

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# Font names present on every stock Windows (since XP) and WPS install: no missing-font warning.
# 仿宋_GB2312 and 方正小标宋简体 are what GB/T 9704 names, but neither ships with Windows 10/11.
DEFAULT_FONTS: dict[str, str] = {"body": "仿宋", "title": "宋体", "heading": "黑体", "kai": "楷体", "page": "宋体"}

LINE_TWIPS = 579  # exact line spacing: 28.95 pt, 22 lines in the 225 mm 版心
BODY_HALF_POINTS = int(ts.BODY_SIZE * 2)
# w:charSpace: extra pitch per character in 1/4096 pt over the default size, so 28 characters of 16 pt
# fill the 156 mm line (15.79 pt each) as in the PDF grid.
CHAR_SPACE = round((ts.BLOCK_WIDTH / ts.CHARS_PER_LINE - ts.BODY_SIZE) * 4096)
THEME_ATTRS = tuple(qn(f"w:{a}") for a in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"))
FOOTER_DISTANCE = Mm(21)  # the page number's 一字线 about 7 mm below the 版心 (35 mm bottom margin)
DRAFT_COLOR = RGBColor(0xC0, 0xC0, 0xC0)


def _set_fonts(rpr, name: str) -> None:
    """Name ``name`` for every script on this w:rPr and drop any theme font (Word prefers the theme)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in THEME_ATTRS:
        fonts.attrib.pop(attr, None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)
    fonts.set(qn("w:hint"), "eastAsia")  # ambiguous punctuation (“”…—) set in the CJK font


def _run(paragraph, text: str, font: str, size: float, *, bold: bool = False, color: RGBColor | None = None):
    run = paragraph.add_run(clean_text(text))
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    _set_fonts(run._r.get_or_add_rPr(), font)
    return run


def _paragraph(doc, *, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size: float = ts.BODY_SIZE):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment = align
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Twips(LINE_TWIPS)
    if size != ts.BODY_SIZE:  # larger than a grid cell: do not snap each character to two cells
        snap = OxmlElement("w:snapToGrid")
        snap.set(qn("w:val"), "0")
        p._p.get_or_add_pPr().append(snap)
    return p


def _indent(p, *, first_chars: float = 0.0, left_chars: float = 0.0, right_chars: float = 0.0) -> None:
    """Indents in characters (w:*Chars, exact on the grid) and in twips for readers that ignore those."""
    ind = p._p.get_or_add_pPr().get_or_add_ind()
    cell = ts.CELL * 20  # twips per character cell
    if left_chars:
        ind.set(qn("w:left"), str(round(left_chars * cell)))
        ind.set(qn("w:leftChars"), str(round(left_chars * 100)))
    if right_chars:
        ind.set(qn("w:right"), str(round(right_chars * cell)))
        ind.set(qn("w:rightChars"), str(round(right_chars * 100)))
    if first_chars > 0:
        ind.set(qn("w:firstLine"), str(round(first_chars * cell)))
        ind.set(qn("w:firstLineChars"), str(round(first_chars * 100)))
    elif first_chars < 0:
        ind.set(qn("w:hanging"), str(round(-first_chars * cell)))
        ind.set(qn("w:hangingChars"), str(round(-first_chars * 100)))


def _units(text: str) -> int:
    """Width in half cells as the PDF grid counts it (full-width 2, half-width 1)."""
    return sum(t.units for t in ts.tokenize(clean_text(text)))


def _body_paragraph(doc, text: str, fonts: Mapping[str, str], role: str = "body") -> Paragraph | None:
    """An indented body paragraph (None for an empty one, which prints nothing)."""
    lead, rest = split_lead(text)
    if not clean_text(lead + rest):
        return None
    p = _paragraph(doc)
    _indent(p, first_chars=ts.PARAGRAPH_INDENT / 2)
    if lead:
        _run(p, lead, fonts["kai"], ts.BODY_SIZE)
    _run(p, rest, fonts[role], ts.BODY_SIZE)
    return p


def _blank(doc) -> Paragraph:
    return _paragraph(doc)  # no runs: the paragraph mark takes 仿宋 三号 from the document defaults


def _one_line(text: str) -> bool:
    """Does an indented body paragraph fit on one line of the grid?"""
    lead, rest = split_lead(text)
    return ts.PARAGRAPH_INDENT + _units(lead + rest) <= ts.LINE_UNITS


def _page_number(footer, fonts: Mapping[str, str], *, odd: bool) -> None:
    """ "— PAGE —" in 四号 宋体: odd pages right, even pages left, one character in (GB/T 9704 7.5)."""
    p = footer.paragraphs[0]
    fmt = p.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT
    side = Pt(ts.PAGE_NUMBER_SIZE * ts.PAGE_NUMBER_SIDE_CELLS)
    if odd:
        fmt.right_indent = side
    else:
        fmt.left_indent = side
    font, size = fonts["page"], ts.PAGE_NUMBER_SIZE
    _run(p, "— ", font, size)
    begin = _run(p, "", font, size)
    begin._r.append(_fld_char("begin"))
    instr = _run(p, "", font, size)
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = " PAGE "
    instr._r.append(text)
    _run(p, "", font, size)._r.append(_fld_char("separate"))
    _run(p, "1", font, size)
    _run(p, "", font, size)._r.append(_fld_char("end"))
    _run(p, " —", font, size)


def _fld_char(kind: str):
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    return el


def _setup(doc, letter: Letter, fonts: Mapping[str, str]) -> None:
    """Page, grid, defaults without theme fonts, footers and core properties."""
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), FOOTER_DISTANCE
    section.gutter = Mm(0)
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    grid.attrib.clear()
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(LINE_TWIPS))
    grid.set(qn("w:charSpace"), str(CHAR_SPACE))

    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    _set_fonts(rpr, fonts["body"])
    for tag in ("w:sz", "w:szCs", "w:lang"):
        old = rpr.find(qn(tag))
        if old is not None:
            rpr.remove(old)
    for tag in ("w:sz", "w:szCs"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), str(BODY_HALF_POINTS))
        rpr.append(el)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    spacing = ppr.find(qn("w:spacing")) if ppr is not None else None
    if spacing is not None:
        spacing.attrib.clear()
        for attr, val in (("w:before", "0"), ("w:after", "0"), ("w:line", str(LINE_TWIPS)), ("w:lineRule", "exact")):
            spacing.set(qn(attr), val)
    if ppr is not None and ppr.find(qn("w:widowControl")) is None:  # no single line alone at a page foot or top
        ppr.insert(0, OxmlElement("w:widowControl"))
    # every style of the template (headings, Macro Text's Courier…): no theme font and no face that UOS/Kylin
    # lacks; the letter's runs name their own fonts, so a style is only what a hand-added line inherits
    for fonts_el in styles.iter(qn("w:rFonts")):
        for attr in THEME_ATTRS:
            fonts_el.attrib.pop(attr, None)
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts_el.set(qn(attr), fonts["body"])
    normal = doc.styles["Normal"]
    normal.font.size = Pt(ts.BODY_SIZE)
    _set_fonts(normal.element.get_or_add_rPr(), fonts["body"])

    settings = doc.settings.element
    for el in settings.findall(qn("w:themeFontLang")):
        settings.remove(el)
    doc.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer, fonts, odd=True)
    _page_number(section.even_page_footer, fonts, odd=False)
    if letter.draft_mark:  # preview only: the export of a draft must not pass for an issued letter
        for header in (section.header, section.even_page_header):
            hp = header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(hp, letter.draft_mark, fonts["title"], ts.TITLE_SIZE, bold=True, color=DRAFT_COLOR)

    core = doc.core_properties
    stamp = datetime(letter.issue_date.year, letter.issue_date.month, letter.issue_date.day)
    core.created = core.modified = core.last_printed = stamp
    core.title = f"{letter.title}（{letter.number}）" if letter.number else letter.title
    core.author = core.last_modified_by = letter.issuer
    core.subject = letter.subject or letter.title
    core.keywords = letter.number
    core.comments = CREATOR
    core.category = core.content_status = core.identifier = core.version = ""
    core.language = "zh-CN"
    core.revision = 1


def _body(doc, letter: Letter, fonts: Mapping[str, str]) -> None:
    """The letter top to bottom, in the order and alignment of pdf.layout_rows."""
    for text in (letter.issuer, letter.title):
        if text:
            p = _paragraph(doc, align=WD_ALIGN_PARAGRAPH.CENTER, size=ts.TITLE_SIZE)
            p.paragraph_format.keep_with_next = True
            _run(p, text, fonts["title"], ts.TITLE_SIZE, bold=True)
    if letter.number:
        p = _paragraph(doc, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.keep_with_next = True
        _run(p, letter.number, fonts["body"], ts.BODY_SIZE)
    _blank(doc)

    for label, value in letter.party:
        head = f"{label}："
        hang = _units(head) / 2 if _units(head) <= ts.LINE_UNITS // 2 else 0
        p = _paragraph(doc)
        if hang:
            _indent(p, left_chars=hang, first_chars=-hang)
        _run(p, head + value, fonts["body"], ts.BODY_SIZE)

    body: list[tuple[Paragraph, str]] = []  # (paragraph, text) of the body text, headings excluded
    for section in letter.sections:
        if section.heading:
            p = _body_paragraph(doc, section.heading, fonts, role="heading")
            if p is not None:  # a heading never ends a page
                p.paragraph_format.keep_with_next = True
                p.paragraph_format.keep_together = True
        for para in section.paragraphs:
            if (p := _body_paragraph(doc, para, fonts)) is not None:
                body.append((p, para))
    for line in letter.closing:
        if (p := _body_paragraph(doc, line, fonts)) is not None:
            body.append((p, line))
    # as in the PDF, the last two lines of text travel with the signature block: the last paragraph whole,
    # and the one before it too when the last is a single line
    if body:
        kept = body[-2:] if _one_line(body[-1][1]) else body[-1:]
        for p, _ in kept:
            p.paragraph_format.keep_with_next = True
        body[-1][0].paragraph_format.keep_together = True

    if letter.attachments:
        _blank(doc).paragraph_format.keep_with_next = True
        head = "附件："
        many = len(letter.attachments) > 1
        hang = ts.PARAGRAPH_INDENT / 2 + _units(head) / 2
        for n, name in enumerate(letter.attachments, 1):
            p = _paragraph(doc)
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.keep_together = True
            if n == 1:
                _indent(p, left_chars=hang, first_chars=-(_units(head) / 2))
            else:
                _indent(p, left_chars=hang)
            _run(p, (head if n == 1 else "") + (f"{n}. " if many else "") + name, fonts["body"], ts.BODY_SIZE)

    # signature block: two lines for the seal, the issuing body centred over the date, date 右空四字
    for _ in range(ts.SEAL_BLANK_LINES):
        _blank(doc).paragraph_format.keep_with_next = True
    date_text = format_date_cn(letter.issue_date)
    date_right = ts.SIGNATURE_RIGHT_CELLS * 2  # half cells
    sig_right = max(0.0, date_right + (_units(date_text) - _units(letter.signature)) / 2)
    if letter.signature:
        p = _paragraph(doc, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.keep_with_next = True
        if sig_right:
            _indent(p, right_chars=sig_right / 2)
        _run(p, letter.signature, fonts["body"], ts.BODY_SIZE)
    p = _paragraph(doc, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.keep_with_next = bool(letter.notes)
    _indent(p, right_chars=date_right / 2)
    _run(p, date_text, fonts["body"], ts.BODY_SIZE)
    for note in letter.notes:
        _body_paragraph(doc, f"（{note}）", fonts)


_THEME_ATTR_RE = re.compile(rb' w:(?:asciiTheme|hAnsiTheme|eastAsiaTheme|cstheme)="[^"]*"')
# Alternate names and the GB2312 charset, so Word and WPS on any locale map each name to the stock font.
# The GB/T 9704 faces an office may name in its settings fall back to the stock face of the same style
# where they are not installed (WPS on UOS/Kylin ships 仿宋/宋体/黑体/楷体 but rarely the 方正 faces).
_FONT_ALT = {
    "仿宋": "FangSong",
    "宋体": "SimSun",
    "黑体": "SimHei",
    "楷体": "KaiTi",
    "仿宋_GB2312": "仿宋",
    "楷体_GB2312": "楷体",
    "方正小标宋简体": "宋体",
    "方正小标宋_GBK": "宋体",
}


def _font_table_entries(fonts: Mapping[str, str]) -> bytes:
    out = []
    for name in dict.fromkeys(fonts.values()):
        alt = f'<w:altName w:val="{escape(_FONT_ALT[name])}"/>' if name in _FONT_ALT else ""
        out.append(
            f'<w:font w:name="{escape(name)}">{alt}<w:charset w:val="86"/><w:family w:val="modern"/>'
            '<w:pitch w:val="fixed"/></w:font>'
        )
    return "".join(out).encode()


def _package(data: bytes, stamp: tuple[int, int, int, int, int, int], fonts: Mapping[str, str]) -> bytes:
    """Rewrite the package: no theme font in any part (stylesWithEffects.xml included), the letter's
    fonts in the font table, fixed member dates (zipfile stamps the time now)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename.startswith("word/") and info.filename.endswith(".xml"):
                blob = _THEME_ATTR_RE.sub(b"", blob)
            if info.filename == "word/fontTable.xml":
                blob = blob.replace(b"</w:fonts>", _font_table_entries(fonts) + b"</w:fonts>")
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            fixed.create_system = 0
            dst.writestr(fixed, blob)
    return out.getvalue()


def render_docx(letter: Letter, fonts_hint: Mapping[str, str] | None = None) -> bytes:
    """The letter as DOCX bytes: same letter (and hint) → same bytes.

    ``fonts_hint`` overrides the font name per role (body, title, heading, kai, page), for an office
    whose machines all have 仿宋_GB2312 or 方正小标宋简体; the defaults exist on every Windows and WPS.
    """
    fonts = dict(DEFAULT_FONTS)
    if fonts_hint:
        fonts.update({k: v for k, v in fonts_hint.items() if k in fonts and v})
    doc = Document()
    _setup(doc, letter, fonts)
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):  # the template's empty first paragraph
        body.remove(p)
    _body(doc, letter, fonts)
    buf = io.BytesIO()
    doc.save(buf)
    d = letter.issue_date
    return _package(buf.getvalue(), (max(d.year, 1980), d.month, d.day, 0, 0, 0), fonts)
