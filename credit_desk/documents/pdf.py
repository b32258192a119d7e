"""``render_pdf(letter, fonts) -> bytes``: a pure, deterministic reportlab renderer on the GB/T 9704 grid.

Text is drawn glyph run by glyph run on the canvas (no Paragraph markup), so user text such as
"<b>&" prints literally; control characters are dropped. Each character is set in its role's font or,
if that font lacks it, in the first font of the fallback chain that has it (the caller refuses letters
with characters no font has before calling this).

Page layout: title (issuer and document name, 22 pt, centred, broken symmetrically), 文号 right-aligned
under it, the party block, the sections ("一、" headings in the heading font, paragraphs indented two
characters), closing lines, 附件说明, then two free lines for the seal, the issuing body centred over the
date, the date 右空四字, 附注 under it. The last two text lines travel with the signature so the seal never
sits on a page without text; every row knows its paragraph, so ts.paginate leaves no heading at the foot
of a page and no single line of a paragraph alone at the foot or the top of one. Page numbers "— N —" in
14 pt sit 7 mm below the 版心, odd pages right and even pages left (one character in), as GB/T 9704
prints them for double-sided letters.

Deterministic: reportlab invariant mode, the creation date is the letter's issue date, the document ID
is derived from the metadata, so the same letter renders to the same bytes.
"""

from __future__ import annotations

import io
import itertools
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas

from credit_desk.documents import typeset as ts
from credit_desk.documents.fonts import FontSet
from credit_desk.documents.letter import Letter, format_date_cn, split_lead

# Binary (zlib only) streams instead of zlib + ASCII85: 20 % smaller and faster. Set once for the process
# (reportlab reads it when it writes a stream), never toggled, so output stays deterministic.
rl_config.useA85 = 0

CREATOR = "信用认定工作台 Credit Desk"
STRETCH_TO_CELL = frozenset("—―─")  # dashes drawn across the whole cell so "——" is one unbroken line
SEAL_GUIDE_COLOR = Color(0.75, 0.75, 0.75)
DRAFT_MARK_COLOR = Color(0.86, 0.86, 0.86)  # light enough that the text over it stays readable
DRAFT_MARK_SIZE = 160.0  # points: two characters across the middle of the 版心
DRAFT_MARK_ANGLE = 54.7  # degrees: the diagonal of an A4 page (atan(297 / 210))


def clean_text(text: str) -> str:
    """Drop control and format characters (they have no glyph); tabs and newlines become nothing."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))


class _Typesetter:
    """Glyph metrics for one font set (cached), and the drawing of grid lines."""

    def __init__(self, fonts: FontSet):
        self.fonts = fonts
        self._em: dict[tuple[str, str], float] = {}

    def font(self, ch: str, role: str) -> str:
        name = self.fonts.font_for(ch, role)
        if name is None:  # refused earlier by render_document; draw with the role font rather than fail
            return self.fonts.name(role)
        return name

    def em(self, ch: str, font: str) -> float:
        key = (font, ch)
        w = self._em.get(key)
        if w is None:
            w = self._em[key] = pdfmetrics.stringWidth(ch, font, 1.0)
        return w

    def measure(self, run: str, role: str) -> float:
        return sum(self.em(ch, self.font(ch, role)) for ch in run)

    def tokens(self, text: str, role: str, *, size: float = ts.BODY_SIZE, cell: float = ts.CELL) -> list[ts.Token]:
        return ts.tokenize(clean_text(text), role, measure=self.measure, size=size, cell=cell)

    # --- drawing -----------------------------------------------------------------------------------------

    def draw_line(self, text_obj, line: ts.Line, x0: float, y: float, size: float, cell: float) -> None:
        """Draw a line's tokens at their grid offsets (x0 = the left edge of the line)."""
        half = cell / 2
        offsets = line.offsets()
        extra = 0.0
        if line.justify and len(line.tokens) > 1:
            extra = max(0.0, (line.width - line.indent - line.used) / (len(line.tokens) - 1))
        run: list[str] = []
        run_font = ""
        run_x = 0.0
        step = cell + extra * half

        def flush() -> None:
            if run:
                self._out(text_obj, run_x, y, run_font, size, "".join(run), step - size, 1.0)
                run.clear()

        for tok, off in zip(line.tokens, offsets, strict=True):
            x = x0 + off * half
            if tok.space:
                flush()
                continue
            if tok.half:
                flush()
                self._draw_half_run(text_obj, tok, x, y, size, tok.units * half)
                continue
            for k, ch in enumerate(tok.text):
                cx = x + k * cell
                font = self.font(ch, tok.role)
                adv = self.em(ch, font) * size
                if abs(adv - size) < 0.01 and ch not in STRETCH_TO_CELL:
                    if run and (font != run_font or k > 0):
                        flush()
                    if not run:
                        run_font, run_x = font, cx
                    run.append(ch)
                    continue
                flush()
                if ch in STRETCH_TO_CELL:
                    self._out(text_obj, cx, y, font, size, ch, 0.0, cell / adv if adv else 1.0)
                elif adv > cell:
                    self._out(text_obj, cx, y, font, size, ch, 0.0, cell / adv)
                else:
                    self._out(text_obj, cx + (cell - adv) / 2, y, font, size, ch, 0.0, 1.0)
        flush()

    def _draw_half_run(self, text_obj, tok: ts.Token, x: float, y: float, size: float, width: float) -> None:
        """Fit a half-width run into ``width``: condensed if too wide (down to HALF_WIDTH_MIN_SCALE), else
        spaced out, the spare room split evenly around the characters so the run stays centred."""
        pieces: list[tuple[str, str]] = []
        last = len(tok.text) - 1
        for i, ch in enumerate(tok.text):
            font = self.font(ch, tok.role)
            if pieces and pieces[-1][0] == font and i != last:
                pieces[-1] = (font, pieces[-1][1] + ch)
            else:
                pieces.append((font, ch))  # the last character alone: no spacing after it
        natural = sum(self.em(ch, f) * size for f, s in pieces for ch in s)
        if natural <= 0:
            return
        scale = min(1.0, width / natural)
        spacing = (width - natural * scale) / len(tok.text)
        x += spacing / 2
        for n, (font, s) in enumerate(pieces):
            tail = n == len(pieces) - 1
            self._out(text_obj, x, y, font, size, s, 0.0 if tail else spacing / scale, scale)
            x += sum(self.em(ch, font) * size for ch in s) * scale + spacing * len(s)

    @staticmethod
    def _out(text_obj, x: float, y: float, font: str, size: float, s: str, char_space: float, scale: float) -> None:
        text_obj.setTextOrigin(x, y)
        text_obj.setFont(font, size)
        text_obj.setCharSpace(char_space)
        text_obj.setHorizScale(scale * 100)
        text_obj.textOut(s)

    def draw_plain(self, c: rl_canvas.Canvas, text: str, x: float, y: float, size: float, role: str) -> None:
        """Natural-width text (the page number), each character in its font."""
        t = c.beginText()
        for ch in text:
            font = self.font(ch, role)
            self._out(t, x, y, font, size, ch, 0.0, 1.0)
            x += self.em(ch, font) * size
        c.drawText(t)

    def plain_width(self, text: str, size: float, role: str) -> float:
        return sum(self.em(ch, self.font(ch, role)) * size for ch in text)


# --- layout: the letter as rows of the grid ----------------------------------------------------------------


def _units(tokens: Sequence[ts.Token]) -> int:
    return sum(t.units for t in tokens)


def layout_rows(letter: Letter, tsr: _Typesetter) -> list[ts.Row]:
    """The letter as grid rows, top to bottom (before pagination)."""
    rows: list[ts.Row] = []
    paras = itertools.count()  # each paragraph's rows share a number (ts.Row.para), for pagination
    title_max = ts.title_units(ts.TITLE_SIZE)
    for text in (letter.issuer, letter.title):
        if text:
            toks = tsr.tokens(text, "title", size=ts.TITLE_SIZE, cell=ts.TITLE_SIZE)
            for line in ts.break_title(toks, title_max):
                rows.append(ts.Row("title", line, ts.TITLE_SIZE, "centre", keep_with_next=True))
    if letter.number:
        line = ts.Line(tuple(tsr.tokens(letter.number, "body")), 0, ts.LINE_UNITS)
        rows.append(ts.Row("number", line, align="right", keep_with_next=True))
    rows.append(ts.Row("blank", keep_with_next=True))

    for label, value in letter.party:
        head = tsr.tokens(f"{label}：", "body")
        hang = _units(head) if _units(head) <= ts.LINE_UNITS // 2 else 0
        para = next(paras)
        for line in ts.break_tokens(head + tsr.tokens(value, "body"), rest_indent=hang):
            rows.append(ts.Row("party", line, para=para))

    def paragraph(text: str, role: str = "body", kind: str = "text", keep: bool = False) -> None:
        lead, rest = split_lead(text)
        toks = (tsr.tokens(lead, "kai") if lead else []) + tsr.tokens(rest, role)
        if not toks:
            return
        para = next(paras)
        for line in ts.break_tokens(toks, first_indent=ts.PARAGRAPH_INDENT):
            rows.append(ts.Row(kind, line, keep_with_next=keep, para=para))

    for section in letter.sections:
        if section.heading:
            paragraph(section.heading, "heading", "heading", keep=True)
        for p in section.paragraphs:
            paragraph(p)
    for line_text in letter.closing:
        paragraph(line_text)

    if letter.attachments:
        rows.append(ts.Row("blank"))
        head = tsr.tokens("附件：", "body")
        many = len(letter.attachments) > 1
        for n, name in enumerate(letter.attachments, 1):
            lead = head if n == 1 else []
            item = tsr.tokens(f"{n}. " if many else "", "body") + tsr.tokens(name, "body")
            hang = ts.PARAGRAPH_INDENT + _units(head)
            first = ts.PARAGRAPH_INDENT if n == 1 else hang
            para = next(paras)
            for line in ts.break_tokens(lead + item, first_indent=first, rest_indent=hang):
                rows.append(ts.Row("attachment", line, para=para))

    # the signature block travels with the last two rows of body text and everything after them (the
    # 附件 note included), so no page carries only a seal, a date or an attachment note (GB/T 9704 7.3.5);
    # ts.paginate keeps the rest of a short last paragraph (and its heading) with them
    text_rows = [k for k, r in enumerate(rows) if r.kind == "text"]
    first_kept = text_rows[-2] if len(text_rows) >= 2 else max(0, len(rows) - 2)
    for k in range(first_kept, len(rows)):
        rows[k] = replace(rows[k], keep_with_next=True)
    date_toks = tsr.tokens(format_date_cn(letter.issue_date), "body")
    date_right = ts.LINE_UNITS - ts.SIGNATURE_RIGHT_CELLS * 2
    date_indent = date_right - _units(date_toks)
    sig_toks = tsr.tokens(letter.signature, "body")
    sig_indent = round(date_indent + _units(date_toks) / 2 - _units(sig_toks) / 2)
    sig_indent = max(0, min(sig_indent, ts.LINE_UNITS - _units(sig_toks)))
    rows += [ts.Row("blank", keep_with_next=True) for _ in range(ts.SEAL_BLANK_LINES)]
    rows.append(ts.Row("signature", ts.Line(tuple(sig_toks), sig_indent), keep_with_next=True))
    rows.append(ts.Row("date", ts.Line(tuple(date_toks), date_indent), keep_with_next=bool(letter.notes)))
    for n, note in enumerate(letter.notes):
        toks = tsr.tokens(f"（{note}）", "body")
        para = next(paras)
        for line in ts.break_tokens(toks, first_indent=ts.PARAGRAPH_INDENT):
            rows.append(ts.Row("note", line, keep_with_next=n < len(letter.notes) - 1, para=para))
    return rows


# --- the renderer ----------------------------------------------------------------------------------------


def _draw_page(
    c: rl_canvas.Canvas,
    tsr: _Typesetter,
    rows: Sequence[ts.Row],
    page_no: int,
    letter: Letter,
    template: ts.PageTemplate,
) -> None:
    if letter.draft_mark:  # under the text, so the text stays on top
        _draw_draft_mark(c, tsr, letter.draft_mark)
    t = c.beginText()
    for index, row in enumerate(rows, template.reserved_lines):
        if row.line is None:
            continue
        cell = ts.TITLE_SIZE if row.kind == "title" else ts.CELL
        y = ts.row_baseline(index, row.size)
        width = row.line.used * cell / 2 if row.align != "left" else 0.0
        if row.align == "centre":
            x0 = ts.MARGIN_LEFT + (ts.BLOCK_WIDTH - width) / 2
        elif row.align == "right":
            x0 = ts.MARGIN_LEFT + ts.BLOCK_WIDTH - width
        else:
            x0 = ts.MARGIN_LEFT
        tsr.draw_line(t, row.line, x0, y, row.size, cell)
    c.drawText(t)
    if letter.show_seal_guide:
        _draw_seal_guide(c, rows, template.reserved_lines)
    if template.page_number:  # 一字线 7 mm under the 版心, 14 pt
        text = ts.page_number_text(page_no)
        w = tsr.plain_width(text, ts.PAGE_NUMBER_SIZE, "body")
        tsr.draw_plain(c, text, ts.page_number_x(page_no, w), ts.page_number_baseline(), ts.PAGE_NUMBER_SIZE, "body")


def _draw_seal_guide(c: rl_canvas.Canvas, rows: Sequence[ts.Row], offset: int) -> None:
    """A light dashed circle where the seal goes (preview only; the letter itself is sealed by hand)."""
    kinds = [r.kind for r in rows]
    if "signature" not in kinds or "date" not in kinds:
        return
    sig, date_i = kinds.index("signature") + offset, kinds.index("date") + offset
    line = rows[date_i - offset].line
    assert line is not None
    cx = ts.MARGIN_LEFT + (line.indent + line.used / 2) * ts.HALF_CELL
    cy = (ts.row_top(sig) + ts.row_top(date_i + 1)) / 2 + 0.3 * ts.LINE_PITCH
    c.saveState()
    c.setStrokeColor(SEAL_GUIDE_COLOR)
    c.setLineWidth(0.5)
    c.setDash(3, 3)
    c.circle(cx, cy, ts.SEAL_DIAMETER / 2, stroke=1, fill=0)
    c.restoreState()


def _draw_draft_mark(c: rl_canvas.Canvas, tsr: _Typesetter, mark: str) -> None:
    """The preview's diagonal watermark, centred on the page (never drawn on an issued letter)."""
    c.saveState()
    c.translate(ts.PAGE_WIDTH / 2, ts.PAGE_HEIGHT / 2)
    c.rotate(DRAFT_MARK_ANGLE)
    c.setFillColor(DRAFT_MARK_COLOR)
    width = tsr.plain_width(mark, DRAFT_MARK_SIZE, "title")
    tsr.draw_plain(c, mark, -width / 2, -DRAFT_MARK_SIZE * ts.EM_MIDDLE, DRAFT_MARK_SIZE, "title")
    c.restoreState()


def render_pdf(letter: Letter, fonts: FontSet) -> bytes:
    """The letter as PDF bytes: same letter and fonts → same bytes."""
    tsr = _Typesetter(fonts)
    pages = ts.paginate(layout_rows(letter, tsr), ts.FIRST_PAGE, ts.LATER_PAGE)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(
        buf,
        pagesize=(ts.PAGE_WIDTH, ts.PAGE_HEIGHT),
        invariant=1,
        pageCompression=1,
        initialFontName=fonts.name("body"),
        initialFontSize=ts.BODY_SIZE,
        lang="zh-CN",
    )
    d = letter.issue_date
    c.setDateFormatter(lambda *_: f"D:{d.year:04d}{d.month:02d}{d.day:02d}000000+08'00'")
    c.setTitle(f"{letter.title}（{letter.number}）" if letter.number else letter.title)
    c.setAuthor(letter.issuer)
    c.setSubject(letter.subject or letter.title)
    c.setKeywords(letter.number)
    c.setCreator(CREATOR)
    for page_no, rows in enumerate(pages, 1):
        _draw_page(c, tsr, rows, page_no, letter, ts.page_template(page_no - 1))
        c.showPage()
    c.save()
    return buf.getvalue()
