"""The GB/T 9704-2012 page grid and Chinese line breaking, as pure functions over named constants.

Widths are counted in half cells (a full-width character is 2, an ASCII character 1), so the
arithmetic is exact; points come in only when a line is placed on the page.

Line-breaking rules (禁则):
* no line starts with closing punctuation (NO_LINE_START), no line ends with opening punctuation
  (NO_LINE_END), "——" and "……" are never split;
* a run of half-width characters (a number such as 1,200,000.00, a year, a code, a web address) is
  never split unless it is longer than a whole line: a web address that fits on a line goes down to
  the next line whole, and the line before it ends ragged (like a paragraph's last line) instead of
  being spread over the gap;
* a run longer than a line (a long web address) breaks only after a "/" of its path — never inside or
  right after "://", never after "." or "-" — and the closing bracket after it goes down with its end;
* where a break would violate a rule we **pull down** (推出): the break moves back so the character
  before it goes down to the next line with the punctuation. The shortened line is then justified
  (the spare space is spread evenly over its gaps), so the right edge of the text stays straight
  and nothing hangs into the margin (no 悬挂: GB/T 9704 keeps everything inside the 版心).

Page breaking (``paginate``) keeps chains of keep-with-next rows together (the title block, the
signature block with the last two lines of text) and, like careful hand setting, never ends a page with
a heading (it goes down with at least two lines of what follows), never leaves one line of a paragraph
alone at the foot or the top of a page (a two-line paragraph stays whole), unless keeping them would
add more than MAX_FOOT_GAP empty grid lines at the page foot (then a paragraph is broken after all, but
a heading still never ends a page).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4

MM = 72 / 25.4  # points per millimetre

PAGE_WIDTH, PAGE_HEIGHT = A4  # 595.28 × 841.89 pt
MARGIN_TOP = 37 * MM  # 天头
MARGIN_LEFT = 28 * MM  # 订口
BLOCK_WIDTH = 156 * MM  # 版心
BLOCK_HEIGHT = 225 * MM
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
CELL = BLOCK_WIDTH / CHARS_PER_LINE  # 15.79 pt: one full-width character
HALF_CELL = CELL / 2
LINE_PITCH = BLOCK_HEIGHT / LINES_PER_PAGE  # 28.99 pt
LINE_UNITS = CHARS_PER_LINE * 2  # a line in half cells

BODY_SIZE = 16.0  # 三号
TITLE_SIZE = 22.0  # 二号
PAGE_NUMBER_SIZE = 14.0  # 四号
PAGE_NUMBER_GAP = 7 * MM  # the 一字线 sits 7 mm below the 版心
PAGE_NUMBER_SIDE_CELLS = 1  # 单页码居右空一字，双页码居左空一字

PARAGRAPH_INDENT = 4  # half cells: 首行缩进二字
SIGNATURE_RIGHT_CELLS = 4  # 成文日期右空四字
SEAL_DIAMETER = 42 * MM
SEAL_BLANK_LINES = 2  # lines left between the text and the signature for the seal

EM_TOP = 0.88  # top of the ideographic em box above the baseline, in em (Noto, SimSun, FangSong)
EM_MIDDLE = 0.38  # middle of the em box above the baseline (where the 一字线 sits)

# Half-width runs may be condensed down to this horizontal scale to fit their half cells before
# they are given an extra half cell (digits of Noto Serif SC are 0.47–0.56 em, a half cell 0.49 em;
# SimSun and FangSong digits are 0.5 em).
HALF_WIDTH_MIN_SCALE = 0.85

NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉〗”’…%％‰·～,.;:?!)]}")
NO_LINE_END = frozenset("（《「『【〔〈〖“‘([{")
UNSPLITTABLE_PAIRS = ("——", "……")
LONG_RUN = 16  # half-width runs at least this long (web addresses, codes) leave the line before them ragged
URL_BREAK_AFTER = frozenset("/")  # a run longer than a line breaks only after these (not after "://")
MIN_ROOM_FOR_SPLIT = 4  # half cells left on a line before a run longer than a line is split to fill them

Measure = Callable[[str, str], float]  # (run, role) → natural width in em


@dataclass(frozen=True, slots=True)
class Token:
    """An unbreakable piece of a line: one full-width character, a "——" pair, or a half-width run."""

    text: str
    units: int  # width in half cells
    role: str = "body"
    half: bool = False  # a half-width run, fitted into its units when drawn
    space: bool = False


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a paragraph: tokens after ``indent`` half cells, within ``width`` half cells."""

    tokens: tuple[Token, ...]
    indent: int = 0
    width: int = LINE_UNITS
    justify: bool = False

    @property
    def used(self) -> int:
        return sum(t.units for t in self.tokens)

    @property
    def text(self) -> str:
        return "".join(t.text for t in self.tokens)

    def offsets(self) -> list[float]:
        """The left edge of each token, in half cells from the line start (justified lines spread)."""
        extra = 0.0
        if self.justify and len(self.tokens) > 1:
            extra = max(0.0, (self.width - self.indent - self.used) / (len(self.tokens) - 1))
        out, x = [], float(self.indent)
        for t in self.tokens:
            out.append(x)
            x += t.units + extra
        return out


def is_half_width(ch: str) -> bool:
    """ASCII digits and letters and other narrow characters take half a cell; CJK and ambiguous ones a cell."""
    return unicodedata.east_asian_width(ch) in ("Na", "H", "N")


def tokenize(
    text: str, role: str = "body", *, measure: Measure | None = None, size: float = BODY_SIZE, cell: float = CELL
) -> list[Token]:
    """Split text into tokens. ``measure`` gives the natural width of half-width runs (default: half a cell)."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    half_pt = cell / 2
    while i < n:
        ch = text[i]
        if ch == " ":
            tokens.append(Token(" ", 1, role, half=True, space=True))
            i += 1
        elif is_half_width(ch):
            j = i
            while j < n and text[j] != " " and is_half_width(text[j]):
                j += 1
            run = text[i:j]
            units = len(run)
            if measure is not None:
                natural = measure(run, role) * size / half_pt
                units = max(units, math.ceil(natural * HALF_WIDTH_MIN_SCALE - 1e-9))
            tokens.append(Token(run, units, role, half=True))
            i = j
        elif text.startswith(UNSPLITTABLE_PAIRS, i):
            tokens.append(Token(text[i : i + 2], 4, role))
            i += 2
        else:
            tokens.append(Token(ch, 2, role))
            i += 1
    return tokens


def _break_ok(tokens: Sequence[Token], k: int) -> bool:
    """May a line end before tokens[k]?"""
    return tokens[k].text[0] not in NO_LINE_START and tokens[k - 1].text[-1] not in NO_LINE_END


def _split_long(tok: Token, room: int) -> tuple[Token, Token]:
    """Cut a half-width run that is longer than a whole line (never happens to ordinary numbers)."""
    head, tail = tok.text[:room], tok.text[room:]
    scale = tok.units / len(tok.text)
    return (
        Token(head, max(1, round(len(head) * scale)), tok.role, half=True),
        Token(tail, max(1, round(len(tail) * scale)), tok.role, half=True),
    )


def soft_breaks(run: str) -> list[int]:
    """Where a long half-width run may break (index of the first character of the next line): after a
    URL_BREAK_AFTER character ("/"), never inside or right after "://" (nor between two slashes), never
    between two digits, never before the last character. Only runs longer than a line are ever broken."""
    if len(run) < LONG_RUN:
        return []
    scheme = run.find("://")
    first = scheme + 3 if scheme >= 0 else 0  # no break inside the scheme or right after it
    out = []
    for i in range(max(1, first + 1), len(run) - 1):
        ch = run[i - 1]
        if ch not in URL_BREAK_AFTER or run[i] in URL_BREAK_AFTER or run[i] in NO_LINE_START:
            continue
        if run[i - 2 : i - 1].isdigit() and run[i].isdigit():
            continue
        out.append(i)
    return out


def _split_at(tok: Token, k: int) -> tuple[Token, Token]:
    """Cut a half-width run after k characters, sharing its units in proportion."""
    head_units = max(k, math.ceil(tok.units * k / len(tok.text)))
    tail_units = max(len(tok.text) - k, tok.units - head_units)
    return (Token(tok.text[:k], head_units, tok.role, half=True), Token(tok.text[k:], tail_units, tok.role, half=True))


def _long(tok: Token) -> bool:
    """A web address or code: half-width, LONG_RUN characters or more."""
    return tok.half and not tok.space and len(tok.text) >= LONG_RUN


def break_tokens(
    tokens: Sequence[Token],
    *,
    width: int = LINE_UNITS,
    first_indent: int = 0,
    rest_indent: int = 0,
    justify: bool = True,
) -> list[Line]:
    """Greedy line breaking with the 禁则 above; every line but the last is justified if short, except a
    line that ends where a long run (a web address) goes down whole or is cut: that one ends ragged."""
    toks = list(tokens)
    lines: list[Line] = []
    line_room = width - rest_indent  # what a continuation line offers: a run up to this is never split
    i = 0
    indent = first_indent
    cut = False  # a run too long for any line was cut at the end of the line being built
    while i < len(toks):
        if lines:
            while i < len(toks) and toks[i].space:  # no spaces at the start of a continuation line
                i += 1
            if i == len(toks):
                break
        avail = width - indent
        used, j = 0, i
        while j < len(toks) and used + toks[j].units <= avail:
            used += toks[j].units
            j += 1
        if j == len(toks):
            lines.append(Line(tuple(toks[i:j]), indent, width, justify=False))
            break
        room = avail - used
        nxt = toks[j]
        if nxt.half and (j == i or (nxt.units > line_room and room >= MIN_ROOM_FOR_SPLIT)):
            # longer than any line: cut after the last "/" that fits, else (alone on a line) where it fits
            fits = [k for k in soft_breaks(nxt.text) if _split_at(nxt, k)[0].units <= room]
            if fits:
                toks[j : j + 1] = list(_split_at(nxt, fits[-1]))
                cut = True
                continue
        if j == i:  # a single token wider than the line
            head, tail = _split_long(toks[i], max(1, avail))
            toks[i : i + 1] = [head, tail]
            cut = cut or head.half
            continue
        k = j
        while not _break_ok(toks, k):
            prev = toks[k - 1]
            breaks = soft_breaks(prev.text) if prev.half and (prev.units > line_room or k - 1 == i) else []
            if breaks:  # pull down only the end of a run longer than a line, from its last "/"
                toks[k - 1 : k] = list(_split_at(prev, breaks[-1]))
                cut = True
                continue
            if k - 1 == i:
                break
            k -= 1  # a web address that fits a line goes down whole with the punctuation
        if not _break_ok(toks, k):
            k = j  # nothing better: break where it fits
        line_toks = tuple(toks[i:k])
        while len(line_toks) > 1 and line_toks[-1].space:
            line_toks = line_toks[:-1]
        ragged = _long(toks[k]) or (cut and line_toks[-1].half)
        lines.append(Line(line_toks, indent, width, justify=justify and not ragged))
        i = k
        indent = rest_indent
        cut = False
    return lines


def break_lines(
    text: str,
    role: str = "body",
    *,
    width: int = LINE_UNITS,
    first_indent: int = 0,
    rest_indent: int = 0,
    measure: Measure | None = None,
) -> list[Line]:
    """Tokenize and break a paragraph of one role."""
    return break_tokens(
        tokenize(text, role, measure=measure), width=width, first_indent=first_indent, rest_indent=rest_indent
    )


def title_units(size: float = TITLE_SIZE) -> int:
    """How many half cells of a title's own size fit across the 版心 (20 characters at 22 pt)."""
    return int(BLOCK_WIDTH // size) * 2


def break_title(tokens: Sequence[Token], max_units: int) -> list[Line]:
    """Break a title into as few lines as fit, of nearly equal length (回行时排列对称)."""
    total = sum(t.units for t in tokens)
    if total <= max_units:
        return [Line(tuple(tokens), 0, total, justify=False)]
    count = math.ceil(total / max_units)
    target = math.ceil(total / count)
    # keep the lines balanced; round the target up to a full character so no line is shorter by a half
    target += target % 2
    for width in range(target, max_units + 1):
        lines = break_tokens(tokens, width=width, justify=False)
        if len(lines) <= count:
            return lines
    return break_tokens(tokens, width=max_units, justify=False)


# --- pagination ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    """One grid line of a page: what sits on it and how it is aligned.

    ``align``: "left" (offsets from the 版心 left edge), "centre", "right", or "date" (right edge four
    cells in from the 版心 edge). ``keep_with_next`` ties the row to the next one across page breaks.
    ``para`` numbers the paragraph the row is a line of (rows of one paragraph share it; None: a row on
    its own, such as a blank line or the date), so pagination can keep a paragraph's first and last two
    lines together; rows of kind "heading" are headings and never end a page.
    """

    kind: str
    line: Line | None = None
    size: float = BODY_SIZE
    align: str = "left"
    keep_with_next: bool = False
    para: int | None = None


@dataclass(frozen=True, slots=True)
class PageTemplate:
    """What a page offers: grid lines reserved at the top (a letterhead would take some), the lines that
    remain for text, and whether it carries a page number. GB/T 9704 uses one grid for every page, so the
    first-page and later-page templates are alike by default; they are separate so they can differ."""

    name: str
    reserved_lines: int = 0
    page_number: bool = True

    @property
    def lines(self) -> int:
        return LINES_PER_PAGE - self.reserved_lines


FIRST_PAGE = PageTemplate("first")
LATER_PAGE = PageTemplate("later")


def page_template(index: int, first: PageTemplate = FIRST_PAGE, later: PageTemplate = LATER_PAGE) -> PageTemplate:
    """The template of page ``index`` (0-based)."""
    return first if index == 0 else later


MAX_FOOT_GAP = 5  # empty grid lines the heading and paragraph rules may add at a page foot
# What a page break costs (the cheapest break wins, the latest of equals): a heading ending a page is worse
# than the rules adding more than MAX_FOOT_GAP empty lines, which is worse than an orphan or a widow.
HEADING_ALONE = 1000
WIDE_FOOT_GAP = 300
ORPHAN = 100


def _hard_breaks(rows: Sequence[Row], page_lines: int) -> list[bool]:
    """``out[b]``: may a page end before rows[b]? Not inside a chain of keep-with-next rows, unless the
    chain is longer than a page (then it fills pages where it falls, as it must)."""
    out = [True] * (len(rows) + 1)
    start = 0
    for k, row in enumerate(rows):
        if row.keep_with_next and k + 1 < len(rows):
            continue
        if k + 1 - start <= page_lines:
            for b in range(start + 1, k + 1):
                out[b] = False
        start = k + 1
    return out


def _paragraph_lines(rows: Sequence[Row]) -> tuple[list[int], list[int]]:
    """For each row: its line number within its paragraph (0-based) and the paragraph's line count."""
    index, count = [0] * len(rows), [1] * len(rows)
    k = 0
    while k < len(rows):
        end = k + 1
        if rows[k].para is not None:
            while end < len(rows) and rows[end].para == rows[k].para:
                end += 1
        for n in range(k, end):
            index[n], count[n] = n - k, end - k
        k = end
    return index, count


def _break_cost(rows: Sequence[Row], b: int, index: Sequence[int], count: Sequence[int]) -> int:
    """What ending a page before rows[b] costs by the heading and paragraph rules (0 < b < len(rows))."""
    cost = 0
    prev, nxt = rows[b - 1], rows[b]
    if prev.kind == "heading":
        cost += HEADING_ALONE  # a heading never ends a page
    elif b >= 2 and rows[b - 2].kind == "heading" and nxt.kind not in ("heading", "blank"):
        cost += ORPHAN  # a heading goes down with at least two lines of what follows it
    if prev.para is not None and prev.para == nxt.para:
        lines, before = count[b], index[b]
        if before == 1 or lines - before == 1:
            cost += ORPHAN  # one line alone at the foot or the top; a two-line paragraph stays whole
        if prev.line is not None and not prev.line.justify:
            cost += ORPHAN  # a ragged line (before a web address) would read as the paragraph's end
    return cost


def paginate(
    rows: Sequence[Row], first: PageTemplate = FIRST_PAGE, later: PageTemplate = LATER_PAGE
) -> list[list[Row]]:
    """Fill pages row by row; a chain of keep-with-next rows moves to the next page whole when it fits
    on a page; blank rows do not open a page. Where a page ends is chosen among the breaks that fit: the
    latest one that leaves no heading at the foot, no single line of a paragraph at the foot or the top
    of a page, no two-line paragraph split and no page ending on the ragged line before a web address,
    as long as that leaves at most MAX_FOOT_GAP more empty lines than filling the page would (keep-with-
    next chains alone); otherwise the cheapest by ``_break_cost`` (a heading ends a page only when a page
    holds nothing else)."""
    n = len(rows)
    hard = _hard_breaks(rows, later.lines)
    index, count = _paragraph_lines(rows)
    pages: list[list[Row]] = []
    s = 0
    while s < n:
        if pages:
            while s < n and rows[s].kind == "blank":  # blank rows do not open a page
                s += 1
            if s == n:
                break
        lines = page_template(len(pages), first, later).lines
        end = s + lines
        if end >= n:
            pages.append(list(rows[s:]))
            break
        candidates = [b for b in range(s + 1, end + 1) if hard[b]]
        if not candidates:
            b = end
        else:
            full = candidates[-1]

            def cost(b: int, full: int = full) -> tuple[int, int]:
                gap = WIDE_FOOT_GAP if full - b > MAX_FOOT_GAP else 0
                return _break_cost(rows, b, index, count) + gap, -b

            b = min(candidates, key=cost)
        pages.append(list(rows[s:b]))
        s = b
    return pages or [[]]


# --- positions on the page (reportlab coordinates: origin bottom left) ------------------------------------


def row_baseline(index: int, size: float = BODY_SIZE) -> float:
    """Baseline of grid line ``index`` (0-based): the em box of the text hangs from the line's top."""
    top = PAGE_HEIGHT - MARGIN_TOP - index * LINE_PITCH
    return top - EM_TOP * size


def row_top(index: int) -> float:
    return PAGE_HEIGHT - MARGIN_TOP - index * LINE_PITCH


def page_number_text(page: int) -> str:
    return f"— {page} —"


def page_number_baseline() -> float:
    """The 一字线 (the em dash's middle) sits PAGE_NUMBER_GAP below the bottom of the 版心."""
    bottom = PAGE_HEIGHT - MARGIN_TOP - BLOCK_HEIGHT
    return bottom - PAGE_NUMBER_GAP - EM_MIDDLE * PAGE_NUMBER_SIZE


def page_number_x(page: int, text_width: float) -> float:
    """GB/T 9704: odd pages right with one character space, even pages left with one character space."""
    side = PAGE_NUMBER_SIDE_CELLS * PAGE_NUMBER_SIZE
    if page % 2:
        return MARGIN_LEFT + BLOCK_WIDTH - side - text_width
    return MARGIN_LEFT + side
