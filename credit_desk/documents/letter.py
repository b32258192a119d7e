"""The letter as plain data: what the PDF renderer draws, with no case, catalog or template behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from credit_desk.domain.dates import cn_date

# A paragraph may open with a short run set in the 楷体 role (GB/T 9704 second-level heading,
# "（一）申请条件。"): the run sits between these two control characters. Forms mark it with the
# template function ``lead()``; user text never contains control characters (context.py strips them).
LEAD_START = "\x02"  # not whitespace for str.strip, not a line boundary for str.splitlines
LEAD_END = "\x03"


@dataclass(frozen=True, slots=True)
class Section:
    """One part of the body. ``heading`` is printed as given ("一、失信事由"); empty means none."""

    key: str
    heading: str
    paragraphs: list[str]
    mandated: bool = False


@dataclass(frozen=True, slots=True)
class Letter:
    """Everything a letter prints, already worded and numbered.

    Attributes:
        issuer: the deciding body (first title line, PDF author).
        title: the document name ("列入……名单决定书").
        number: 发文字号, printed under the title.
        issue_date: 成文日期; also the PDF creation date, so re-rendering gives the same bytes.
        party: 当事人 block as (label, value) lines.
        sections: body sections in order.
        closing: lines after the body ("特此告知。").
        signature: 发文机关署名 over the date.
        attachments: 附件说明 entries ("信用修复告知书").
        notes: 附注 printed under the date, in brackets.
        subject: PDF metadata subject (defaults to the title).
        show_seal_guide: draw a light dashed circle where the seal goes (preview aid).
        draft_mark: preview only — a light diagonal watermark ("草稿") on every page, so a draft that
            the rules still block never looks like an issued letter. Empty (the default) for every
            issued letter, whose bytes are then exactly as without this option.
    """

    issuer: str
    title: str
    number: str
    issue_date: date
    party: list[tuple[str, str]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    signature: str = ""
    attachments: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    subject: str = ""
    show_seal_guide: bool = False
    draft_mark: str = ""


def split_lead(paragraph: str) -> tuple[str, str]:
    """Split a paragraph into its 楷体 lead run (may be "") and the rest."""
    if paragraph.startswith(LEAD_START) and LEAD_END in paragraph:
        lead, _, rest = paragraph[len(LEAD_START) :].partition(LEAD_END)
        return lead, rest
    return "", paragraph


def plain_paragraph(paragraph: str) -> str:
    lead, rest = split_lead(paragraph)
    return lead + rest


_CN_DIGITS = "零一二三四五六七八九"


def cn_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 60 → 六十 (headings, items and periods, up to 99)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def format_date_cn(d: date) -> str:
    """``2026年9月1日``: year, month and day in Arabic numerals without padding (GB/T 9704 成文日期)."""
    return cn_date(d)


def letter_text(letter: Letter) -> str:
    """The letter as plain text, in reading order (for search, the record and tests)."""
    out: list[str] = [letter.issuer, letter.title]
    if letter.number:
        out.append(letter.number)
    out.append("")
    out += [f"{label}：{value}" for label, value in letter.party]
    for section in letter.sections:
        if section.heading:
            out.append(section.heading)
        out += [plain_paragraph(p) for p in section.paragraphs]
    out += letter.closing
    if letter.attachments:
        out.append("")
        out += [f"附件：{a}" for a in letter.attachments]
    out += ["", letter.signature, format_date_cn(letter.issue_date)]
    out += [f"（{n}）" for n in letter.notes]
    return "\n".join(out) + "\n"


def all_text(letter: Letter) -> list[tuple[str, str, str]]:
    """Every printed string as (where, role, text): for the glyph check before drawing."""
    items: list[tuple[str, str, str]] = [("发文机关", "title", letter.issuer), ("标题", "title", letter.title)]
    items.append(("文号", "body", letter.number))
    for label, value in letter.party:
        items.append((label, "body", f"{label}：{value}"))
    for section in letter.sections:
        where = section.heading or section.key
        if section.heading:
            items.append((where, "heading", section.heading))
        for p in section.paragraphs:
            lead, rest = split_lead(p)
            items.append((where, "kai", lead))
            items.append((where, "body", rest))
    items += [("结束语", "body", c) for c in letter.closing]
    items += [("附件", "body", "附件：" + a) for a in letter.attachments]
    items.append(("署名", "body", letter.signature))
    items += [("附注", "body", f"（{n}）") for n in letter.notes]
    return [i for i in items if i[2]]
