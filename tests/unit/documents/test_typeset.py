"""The GB/T 9704 grid and Chinese line breaking (typeset.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credit_desk.documents import typeset as ts


def texts(lines):
    return [line.text for line in lines]


def test_grid_constants():
    assert pytest.approx(595.28, abs=0.01) == ts.PAGE_WIDTH
    assert pytest.approx(841.89, abs=0.01) == ts.PAGE_HEIGHT
    assert pytest.approx(156 * ts.MM) == ts.CELL * 28
    assert pytest.approx(225 * ts.MM) == ts.LINE_PITCH * 22
    assert ts.row_baseline(0, 16) == pytest.approx(ts.PAGE_HEIGHT - 37 * ts.MM - 0.88 * 16)


def test_full_width_lines_hold_28_characters():
    lines = ts.break_lines("字" * 100)
    assert [len(line.tokens) for line in lines] == [28, 28, 28, 16]
    assert all(line.used == 56 for line in lines[:-1])


def test_first_line_indent_is_two_characters():
    lines = ts.break_lines("字" * 60, first_indent=ts.PARAGRAPH_INDENT)
    assert len(lines[0].tokens) == 26 and lines[0].indent == 4
    assert len(lines[1].tokens) == 28 and lines[1].indent == 0


@pytest.mark.parametrize("punct", ["，", "。", "、", "）", "》", "”", "；", "：", "！", "？"])
def test_closing_punctuation_never_starts_a_line(punct):
    # 28 characters fill the line exactly; the punctuation would open the next line
    lines = ts.break_lines("字" * 28 + punct + "字" * 10)
    assert all(not t.startswith(punct) for t in texts(lines))
    # pulled down: the last character goes down with the punctuation and the short line is justified
    assert texts(lines)[1].startswith("字" + punct)
    assert lines[0].justify and len(lines[0].tokens) == 27
    offsets = lines[0].offsets()
    assert offsets[-1] + lines[0].tokens[-1].units == pytest.approx(56)


@pytest.mark.parametrize("opening", ["（", "《", "“", "〔", "【"])
def test_opening_punctuation_never_ends_a_line(opening):
    lines = ts.break_lines("字" * 27 + opening + "字" * 10)
    assert not texts(lines)[0].endswith(opening)
    assert texts(lines)[1].startswith(opening)


@pytest.mark.parametrize("prefix", range(0, 58))
def test_number_is_never_split(prefix):
    lines = ts.break_lines("字" * prefix + "1,200,000.00" + "元" * 30, first_indent=ts.PARAGRAPH_INDENT)
    assert any("1,200,000.00" in t for t in texts(lines))
    assert all(line.used <= line.width - line.indent for line in lines)


def test_half_width_characters_take_half_a_cell():
    tokens = ts.tokenize("2026年")
    assert [(t.text, t.units) for t in tokens] == [("2026", 4), ("年", 2)]
    # a wide run gets extra half cells rather than being squeezed below the minimum scale
    wide = ts.tokenize("MW", measure=lambda run, role: 0.5 * len(run) * 2.0)
    assert wide[0].units > 2


def test_double_dash_and_ellipsis_are_not_split():
    for pair in ("——", "……"):
        lines = ts.break_lines("字" * 27 + pair + "字" * 5)
        assert all(pair in t or pair[0] not in t for t in texts(lines))


def test_title_is_broken_symmetrically():
    title = "列入拖欠农民工工资失信联合惩戒对象名单决定书"  # 22 characters: more than 20 per line at 22 pt
    lines = ts.break_title(ts.tokenize(title), ts.title_units())
    assert len(lines) == 2
    assert abs(len(lines[0].tokens) - len(lines[1].tokens)) <= 1
    assert "".join(texts(lines)) == title
    assert len(ts.break_title(ts.tokenize("信用修复告知书"), ts.title_units())) == 1


def test_paginate_keeps_heading_with_next_line_and_skips_blank_at_top():
    rows = [ts.Row("text", ts.Line(())) for _ in range(21)]
    rows += [ts.Row("heading", ts.Line(()), keep_with_next=True), ts.Row("text", ts.Line(()))]
    rows += [ts.Row("blank"), ts.Row("text", ts.Line(()))]
    pages = ts.paginate(rows)
    assert [len(p) for p in pages] == [21, 4]
    assert pages[1][0].kind == "heading"
    assert all(len(p) <= ts.LINES_PER_PAGE for p in pages)
    many = [ts.Row("text", ts.Line(())) for _ in range(22)] + [ts.Row("blank"), ts.Row("text", ts.Line(()))]
    assert [r.kind for r in ts.paginate(many)[1]] == ["text"]


def test_page_number_position():
    assert ts.page_number_text(3) == "— 3 —"
    right = ts.page_number_x(1, 40)
    assert right + 40 == pytest.approx(ts.MARGIN_LEFT + ts.BLOCK_WIDTH - 14)
    assert ts.page_number_x(2, 40) == pytest.approx(ts.MARGIN_LEFT + 14)
    bottom = ts.PAGE_HEIGHT - ts.MARGIN_TOP - ts.BLOCK_HEIGHT
    assert bottom - ts.page_number_baseline() == pytest.approx(7 * ts.MM + 0.38 * 14)


ALPHABET = st.sampled_from([*"字国信用，。、；：（）《》“”〔〕", "2026", "1,200,000.00", "ABC"])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(ALPHABET, min_size=1, max_size=120), st.sampled_from([0, 4]))
def test_breaking_rules_hold_for_any_text(parts, indent):
    text = "".join(parts)
    lines = ts.break_lines(text, first_indent=indent)
    assert "".join(texts(lines)) == text
    for run in re.findall(r"[0-9A-Za-z,.]+", text):
        if len(run) <= ts.LINE_UNITS - indent:
            assert any(run in t for t in texts(lines))  # numbers and codes are never split
    for n, line in enumerate(lines):
        assert line.used <= line.width - line.indent
        if n and not ts._break_ok([*lines[n - 1].tokens, line.tokens[0]], len(lines[n - 1].tokens)):
            # a rule gave way only because no earlier break in the line was allowed either
            prev = lines[n - 1].tokens
            assert not any(ts._break_ok(prev, k) for k in range(1, len(prev)))


def test_spaces_do_not_open_a_line():
    lines = ts.break_lines("word " * 20)
    assert all(not line.tokens[0].space for line in lines)


URL = "https://shiming.gsxt.gov.cn/ucr-index.html"
# the sentence of D-08 (and D-03) that printed "用 修 复 平 台   https://shiming.gsxt.gov.cn/ucr-index." spread over
# a line with "html）" on the next, or broke right after "https://"
D08 = (
    "你单位可以通过下列途径提出申请：“信用中国”网站信用修复栏目，或者作出列入决定的市场监督管理部门"
    f"（市场监管信用修复平台 {URL}）；也可以直接向青山县市场监督管理局提出书面申请。"
)


def line_with(lines, text):
    return next(n for n, line in enumerate(lines) if text in line.text)


def test_web_address_that_fits_a_line_goes_down_whole_and_the_line_before_is_not_spread():
    lines = ts.break_lines(D08, first_indent=ts.PARAGRAPH_INDENT)
    assert "".join(texts(lines)) == D08.replace(" ", "")  # the space before the address ends a line
    n = line_with(lines, URL)  # never broken: not after "://", not after "."
    assert lines[n].text.startswith(URL + "）；")  # the closing bracket stays with the address's end
    before = lines[n - 1]
    assert before.text.endswith("用修复平台") and not before.justify  # ragged, like a last line
    offsets = before.offsets()  # the characters keep their cells: nothing spread over the gap
    assert offsets == [float(before.indent + 2 * k) for k in range(len(before.tokens))]
    assert all(line.justify for line in lines[: n - 1])


@pytest.mark.parametrize("prefix", range(0, 58))
def test_web_address_is_never_split_when_it_fits_a_line(prefix):
    text = "字" * prefix + "（市场监管信用修复平台 " + URL + "）；也可以直接向本局申请。"
    lines = ts.break_lines(text, first_indent=ts.PARAGRAPH_INDENT)
    assert "".join(texts(lines)) in (text, text.replace(" ", ""))
    n = line_with(lines, URL)  # whole on one line, with the closing bracket
    assert URL + "）" in lines[n].text
    assert all(not line.text.startswith(("）", "；")) for line in lines)
    if lines[n].text.startswith(URL):  # moved down whole: the line before is not spread over the gap
        before = lines[n - 1]
        assert not before.justify or before.used == before.width - before.indent
    assert all(line.used <= line.width - line.indent for line in lines)


LONG_URL = "https://www.example.gov.cn/xxgk/zcfg/2026/content_abcdefghijklmnop.q/detail/index-2026.html"


@pytest.mark.parametrize("prefix", range(0, 56))
def test_web_address_longer_than_a_line_breaks_only_after_a_slash(prefix):
    text = "字" * prefix + "（见" + LONG_URL + "）。"
    lines = ts.break_lines(text, first_indent=ts.PARAGRAPH_INDENT)
    assert "".join(texts(lines)) == text
    pieces = [line.tokens[-1].text for line in lines[:-1] if line.tokens[-1].text[-1:].isascii()]
    for piece in pieces:  # every break inside the address is after a "/" of its path
        assert piece.endswith("/") and not piece.endswith("://") and piece != "https://"
    assert lines[-1].text.endswith("index-2026.html）。")  # the bracket goes down with the address's end
    assert all(not line.text.startswith(("）", "。")) for line in lines)
    assert all(line.used <= line.width - line.indent for line in lines)


def test_soft_breaks_only_after_a_slash_of_the_path():
    assert ts.soft_breaks("1,200,000.00-3,400,000.00") == []  # separators between digits never break
    assert ts.soft_breaks("example.gov.cn/1,200,000.00") == [15]
    assert ts.soft_breaks("2026") == []
    assert ts.soft_breaks(URL) == [URL.index("/ucr") + 1]  # not after "https://", not after "." or "-"
    assert ts.soft_breaks("https://a.example.gov.cn//path/xy") == [26, 31]  # never between two slashes


def test_first_and_later_page_templates():
    rows = [ts.Row("text", ts.Line(())) for _ in range(40)]
    letterhead = ts.PageTemplate("first", reserved_lines=5)
    pages = ts.paginate(rows, letterhead, ts.LATER_PAGE)
    assert [len(p) for p in pages] == [17, 22, 1]
    assert ts.page_template(0) is ts.FIRST_PAGE and ts.page_template(3) is ts.LATER_PAGE


# --- page breaks: headings, orphans and widows ------------------------------------------------------------


def para(n: int, kind: str = "text", keep_last: int = 0) -> list[ts.Row]:
    """A paragraph of n lines (its own number, all but the last justified); the last ``keep_last`` lines
    keep with what follows."""
    number = next(PARA_NUMBERS)
    return [
        ts.Row(kind, ts.Line((), justify=k < n - 1), keep_with_next=k >= n - keep_last, para=number) for k in range(n)
    ]


PARA_NUMBERS = iter(range(10**6))


def heading() -> list[ts.Row]:
    return para(1, "heading", keep_last=1)


def filler(n: int) -> list[ts.Row]:
    return [row for _ in range(n) for row in para(1)]


def signature_block() -> list[ts.Row]:
    return [
        ts.Row("blank", keep_with_next=True),
        ts.Row("blank", keep_with_next=True),
        ts.Row("signature", ts.Line(()), keep_with_next=True),
        ts.Row("date", ts.Line(())),
    ]


def page_of(pages, row) -> int:
    return next(n for n, page in enumerate(pages) if any(r is row for r in page))


@pytest.mark.parametrize("before", range(12, 22))
def test_heading_and_short_last_paragraph_go_down_with_the_signature(before):
    # D-05: "四、救济措施" and the first of the three lines of its paragraph stood at the foot of page 2, the
    # other two lines (kept with the signature) on page 3
    head, remedy, sig = heading(), para(3, keep_last=2), signature_block()
    rows = filler(22) + filler(before) + head + remedy + sig
    pages = ts.paginate(rows)
    assert page_of(pages, head[0]) == page_of(pages, remedy[0]) == page_of(pages, remedy[-1])
    assert page_of(pages, remedy[-1]) == page_of(pages, sig[-2])
    assert [len(p) for p in pages] == ([22, before + 8] if before <= 14 else [22, before, 8])


def test_no_single_line_of_a_paragraph_at_the_foot_or_the_top_of_a_page():
    orphan = para(5)
    pages = ts.paginate(filler(21) + orphan + filler(3))
    assert [len(p) for p in pages] == [21, 8] and all(page_of(pages, r) == 1 for r in orphan)
    widow = para(5)
    pages = ts.paginate(filler(18) + widow + filler(3))
    assert [page_of(pages, r) for r in widow] == [0, 0, 0, 1, 1]  # 3 | 2, not 4 | 1
    pair = para(2)
    pages = ts.paginate(filler(21) + pair + filler(3))
    assert [page_of(pages, r) for r in pair] == [1, 1]  # a two-line paragraph stays whole
    long = para(6)
    pages = ts.paginate(filler(19) + long)  # 3 | 3: breaking inside leaving two or more lines is fine
    assert [page_of(pages, r) for r in long] == [0, 0, 0, 1, 1, 1]


@pytest.mark.parametrize("before", [19, 20, 21])
def test_heading_goes_down_with_two_lines_of_what_follows(before):
    head, body = heading(), para(6)
    pages = ts.paginate(filler(before) + head + body)
    assert page_of(pages, head[0]) == page_of(pages, body[0]) == page_of(pages, body[1])
    assert len(pages[0]) == (22 if before == 19 else before)  # 19: the heading and two lines fit


def test_rules_give_way_rather_than_leave_more_than_five_extra_empty_lines():
    # six headings and a two-line paragraph at the foot: moving them all would add 7 empty lines; the
    # paragraph is split instead, and still no heading ends the page
    heads = [row for _ in range(6) for row in heading()]
    pair = para(2)
    pages = ts.paginate(filler(15) + heads + pair + filler(5))
    assert len(pages[0]) == 22 and pages[0][-1] is pair[0] and pages[0][-2].kind == "heading"
    # but a heading never ends a page, even if moving the headings leaves six empty lines
    heads = [row for _ in range(6) for row in heading()]
    pages = ts.paginate(filler(16) + heads + para(1) + filler(3))
    assert [len(p) for p in pages] == [16, 10] and pages[1][0] is heads[0]


def test_paragraph_rules_keep_pages_full_when_nothing_is_violated():
    rows = [row for _ in range(30) for row in para(4)]  # breaks between paragraphs and 2 | 2 are fine
    pages = ts.paginate(rows)
    assert [len(p) for p in pages[:-1]] == [22] * (len(pages) - 1)


def test_page_does_not_end_on_the_ragged_line_before_a_web_address():
    lines = ts.break_lines(D08, first_indent=ts.PARAGRAPH_INDENT)
    n = line_with(lines, URL)
    number = next(PARA_NUMBERS)
    paragraph = [ts.Row("text", line, para=number) for line in lines]
    fill = 22 - n  # the ragged line before the address would be the last of the page
    pages = ts.paginate(filler(fill) + paragraph + filler(3))
    assert page_of(pages, paragraph[n - 1]) == page_of(pages, paragraph[n])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.sampled_from(["text", "heading", "blank", "sig"]), st.integers(1, 9)), max_size=40))
def test_pagination_keeps_every_row_in_order_within_the_grid(blocks):
    rows: list[ts.Row] = []
    for kind, n in blocks:
        if kind == "text":
            rows += para(n)
        elif kind == "heading":
            rows += heading()
        elif kind == "blank":
            rows.append(ts.Row("blank"))
        else:
            rows += para(n, keep_last=2) + signature_block()
    pages = ts.paginate(rows)
    assert all(len(p) <= ts.LINES_PER_PAGE for p in pages)
    printed = [r for p in pages for r in p]
    it = iter(rows)
    assert all(any(r is s for s in it) for r in printed)  # in order, nothing duplicated
    dropped = [r for r in rows if not any(r is s for s in printed)]
    assert all(r.kind == "blank" for r in dropped)  # only blank lines at the top of a page are dropped
    for page in pages[:-1]:
        assert page[-1].kind != "heading" or all(r.kind == "heading" for r in page)
