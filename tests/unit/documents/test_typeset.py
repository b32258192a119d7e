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


def test_long_web_address_breaks_after_a_separator_instead_of_leaving_a_gap():
    url = "https://shiming.gsxt.gov.cn/ucr-index.html"
    lines = ts.break_lines("字" * 20 + "（平台" + url + "）")
    assert len(lines) == 2
    assert lines[0].used >= 52  # the first line is filled, not stretched over a few characters
    head, tail = lines[0].tokens[-1].text, lines[1].tokens[0].text
    assert head[-1] in ts.URL_BREAK_AFTER and head + tail == url[: len(head) + len(tail)]


def test_numbers_have_no_soft_breaks():
    assert ts.soft_breaks("1,200,000.00-3,400,000.00") == []  # separators between digits never break
    assert ts.soft_breaks("example.gov.cn/1,200,000.00") == [8, 12, 15]
    assert ts.soft_breaks("2026") == []


@pytest.mark.parametrize("prefix", range(0, 56, 3))
def test_web_address_before_closing_punctuation_leaves_no_wide_gap(prefix):
    url = "https://shiming.gsxt.gov.cn/ucr-index.html"
    lines = ts.break_lines("字" * prefix + "（市场监管信用修复平台 " + url + "）；也可以直接向本局申请。")
    assert all(line.used >= 44 for line in lines[:-1])
    assert all(not line.text.startswith(("）", "；")) for line in lines)


def test_first_and_later_page_templates():
    rows = [ts.Row("text", ts.Line(())) for _ in range(40)]
    letterhead = ts.PageTemplate("first", reserved_lines=5)
    pages = ts.paginate(rows, letterhead, ts.LATER_PAGE)
    assert [len(p) for p in pages] == [17, 22, 1]
    assert ts.page_template(0) is ts.FIRST_PAGE and ts.page_template(3) is ts.LATER_PAGE
