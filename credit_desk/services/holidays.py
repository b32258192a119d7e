"""The office's holiday calendar (SPEC §5, R-18): enter a year's State Council schedule, recompute open cases.

chinesecalendar only knows the years it was released for; for the next year the officer types the
国务院办公厅关于XXXX年部分节假日安排的通知 into a table or a small text file, one entry a line::

    # 2027年部分节假日安排
    2027-01-01 休 元旦
    2027-10-01..2027-10-07 休 国庆节
    2027-09-26 班 国庆节调休

Saving replaces the office's entries of that year in one transaction and records, in the history of
every open case whose dates moved, what moved and why — the officer must be able to see later why a
deadline is not the one printed earlier (SPEC §5: "the officer sees what moved").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from credit_desk.domain.calendar import WorkCalendar, weekday_name
from credit_desk.domain.dates import cn_date
from credit_desk.domain.deadlines import R18_CITATION, Deadline, case_deadlines
from credit_desk.domain.findings import Finding, Level
from credit_desk.domain.model import Case
from credit_desk.domain.process import OPEN_STATES
from credit_desk.services.workspace import Workspace, calendar_from_db
from credit_desk.store import cases as case_store
from credit_desk.store import catalog_store
from credit_desk.store import tables as t

#: History action written to each case whose dates moved.
RECOMPUTED_ACTION = "calendar_recomputed"
#: How the case history names that action.
RECOMPUTED_LABEL = "节假日安排变更，重新计算期限"

#: Words of the State Council notice (and their short forms) for a day off and a working day.
_REST_WORDS = ("放假", "休息", "休假", "休", "假")
_WORK_WORDS = ("调休上班", "上班", "班")
#: A range is written ``a..b`` (also ``a~b``, ``a至b``, ``a—b``); ISO dates contain "-", so not that.
_RANGE_SPLIT = re.compile(r"\s*(?:\.\.|…|~|～|至|—|–)\s*")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_CN_FULL = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$")
_CN_SHORT = re.compile(r"^(\d{1,2})月(\d{1,2})日?$")
#: A longer run of days off is certainly a typo (the longest, 春节, is 8–9 days).
MAX_RANGE_DAYS = 31
DATE_HINT = "应写作 2027-10-01 或 2027年10月1日"


@dataclass(frozen=True, slots=True)
class HolidayEntry:
    """One day of the schedule: a day off (休) or a 调休 working day (班), with its name."""

    day: date
    workday: bool
    name: str = ""

    @property
    def kind_label(self) -> str:
        return "上班" if self.workday else "休息"


@dataclass(frozen=True, slots=True)
class LineProblem:
    """What is wrong with one line of the file (or one row of the table), in Chinese."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"第{self.line}行：{self.message}" if self.line else self.message


class HolidayInputError(ValueError):
    """The schedule cannot be used as entered; nothing was saved. ``problems`` lists every bad line."""

    def __init__(self, problems: Sequence[LineProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True, slots=True)
class MovedDate:
    """A deadline of an open case that the new calendar moved."""

    case_id: int
    reference: str
    subject_name: str
    key: str
    label: str
    old: date
    new: date
    r18_cleared: bool

    def text(self) -> str:
        cleared = "，不再按周一至周五推算" if self.r18_cleared else ""
        return f"{self.label}：{cn_date(self.old)} → {cn_date(self.new)}{cleared}"


@dataclass
class RecomputeReport:
    """What saving a year changed: the open cases looked at and every date that moved."""

    year: int
    days_saved: int
    cases_checked: int = 0
    moved: list[MovedDate] = field(default_factory=list)
    #: deadlines whose date stayed but whose R-18 warning went away (the year is now entered)
    r18_cleared_unmoved: int = 0

    @property
    def cases_moved(self) -> list[int]:
        return sorted({m.case_id for m in self.moved})


@dataclass(frozen=True, slots=True)
class YearStatus:
    """Where a year's holidays come from, for the dialog's status line."""

    year: int
    library: bool
    entered: bool
    entries: int

    def text(self) -> str:
        if self.entered:
            return f"{self.year}年的节假日安排已由本单位录入（{self.entries}个日期）。"
        if self.library:
            return (f"{self.year}年的节假日安排由 chinesecalendar 提供；在此录入的日期将覆盖它。")
        return (f"{self.year}年的节假日安排尚未录入，该年内的期限暂按周一至周五计算（R-18）。"
                "请按国务院办公厅通知录入。")


# --- parsing -------------------------------------------------------------------------------------


def parse_date(text: str, year: int) -> date:
    """``2027-10-01``, ``2027/10/1``, ``2027年10月1日`` or ``10月1日`` (in ``year``).

    Raises:
        ValueError: Chinese message naming the text that is not a date.
    """
    s = text.strip().replace("－", "-").replace("／", "/").replace("．", ".")
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    for pattern in (_ISO, _CN_FULL):
        m = pattern.match(s)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            break
    else:
        m = _CN_SHORT.match(s)
        if not m:
            raise ValueError(f"无法识别的日期“{text}”（{DATE_HINT}）")
        y, (mo, d) = year, (int(g) for g in m.groups())
    try:
        return date(y, mo, d)
    except ValueError:
        raise ValueError(f"日期“{text}”不存在") from None


def _kind(word: str) -> bool | None:
    """True for a working day, False for a day off, None when ``word`` is neither."""
    if word in _WORK_WORDS:
        return True
    if word in _REST_WORDS:
        return False
    return None


def _days(spec: str, year: int) -> list[date]:
    parts = _RANGE_SPLIT.split(spec)
    if len(parts) == 1:
        return [parse_date(parts[0], year)]
    if len(parts) != 2 or not all(parts):
        raise ValueError(f"无法识别的日期区间“{spec}”（应写作 2027-10-01..2027-10-07）")
    first, last = parse_date(parts[0], year), parse_date(parts[1], year)
    if last < first:
        raise ValueError(f"区间“{spec}”的结束日期早于开始日期")
    if (last - first).days >= MAX_RANGE_DAYS:
        raise ValueError(f"区间“{spec}”超过{MAX_RANGE_DAYS}天，请检查")
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _parse_line(raw: str, year: int) -> list[HolidayEntry]:
    """One non-empty line → its entries. Raises ValueError with the Chinese reason."""
    words = raw.split()  # str.split() splits on the full-width space U+3000 too
    if len(words) >= 3 and _RANGE_SPLIT.fullmatch(words[1]):  # "2027-10-01 至 2027-10-07 休 国庆节"
        words = [words[0] + ".." + words[2], *words[3:]]
    if len(words) < 2:
        raise ValueError("缺少“休”或“班”（例如：2027-10-01 休 国庆节）")
    workday = _kind(words[1])
    if workday is None:
        raise ValueError(f"无法识别“{words[1]}”，应为“休”“放假”或“班”“上班”")
    name = " ".join(words[2:])
    return [HolidayEntry(d, workday, name) for d in _days(words[0], year)]


def parse_holiday_text(text: str, year: int) -> list[HolidayEntry]:
    """The entries of a schedule file for ``year``, sorted by date.

    Raises:
        HolidayInputError: every bad line with its number; all-or-nothing, so nothing half-read is used.
    """
    numbered: list[tuple[int, HolidayEntry]] = []
    problems: list[LineProblem] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = re.split(r"[#＃]", raw, maxsplit=1)[0].strip()
        if not line:
            continue
        try:
            numbered.extend((number, e) for e in _parse_line(line, year))
        except ValueError as exc:
            problems.append(LineProblem(number, str(exc)))
    problems.extend(entry_problems(numbered, year))
    if not problems and not numbered:
        problems.append(LineProblem(0, "文件中没有任何日期（每行一项，例如：2027-10-01 休 国庆节）"))
    if problems:
        first_per_line = {p.line: p for p in reversed(problems)}  # a range can fail on several days
        raise HolidayInputError(sorted(first_per_line.values(), key=lambda p: p.line))
    return sorted((e for _, e in numbered), key=lambda e: e.day)


def read_holiday_file(path: Path, year: int) -> list[HolidayEntry]:
    """Read and parse a schedule file (UTF-8, with or without BOM; GB18030 as Windows Notepad saves it)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise HolidayInputError([LineProblem(0, f"无法读取文件 {path}：{exc.strerror}")]) from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return parse_holiday_text(data.decode(encoding), year)
        except UnicodeDecodeError:
            continue
    raise HolidayInputError([LineProblem(0, f"文件不是文本文件：{path}")])


def entry_problems(numbered: Iterable[tuple[int, HolidayEntry]], year: int) -> list[LineProblem]:
    """What is wrong with entries as a whole: wrong year, a day entered twice, a 班 on a weekday.

    Used for the file and for the dialog's table (``numbered`` = (row number, entry)).
    """
    problems: list[LineProblem] = []
    seen: dict[date, int] = {}
    for number, e in numbered:
        if e.day.year != year:
            problems.append(LineProblem(number, f"{cn_date(e.day)}不属于{year}年，本次只录入{year}年的安排"))
            continue
        if e.day in seen:
            problems.append(LineProblem(number, f"{cn_date(e.day)}已在第{seen[e.day]}行录入"))
            continue
        seen[e.day] = number
        if e.workday and e.day.weekday() < 5:
            problems.append(LineProblem(
                number, f"{cn_date(e.day)}是{weekday_name(e.day)}，本来就是工作日；调休上班日应为周六或周日"
            ))
    return problems


def check_entries(entries: Sequence[HolidayEntry], year: int) -> list[LineProblem]:
    """Problems of a whole table (row numbers from 1); empty when it can be saved."""
    if not entries:
        return [LineProblem(0, f"{year}年的安排中没有任何日期，请至少录入元旦、春节等法定节假日")]
    return entry_problems(enumerate(entries, start=1), year)


# --- reading and saving --------------------------------------------------------------------------


def year_entries(ws: Workspace, year: int) -> list[HolidayEntry]:
    """What the office stored for ``year``, by date (empty when it entered nothing)."""
    with ws.db.session() as s:
        days, _years = catalog_store.holiday_overrides(s)
    return [HolidayEntry(d, w, n) for d, (w, n) in sorted(days.items()) if d.year == year]


def year_status(ws: Workspace, year: int) -> YearStatus:
    """Whether ``year`` is entered by the office, known to the library, or not covered (R-18)."""
    with ws.db.session() as s:
        days, years = catalog_store.holiday_overrides(s)
    return YearStatus(
        year=year,
        library=ws.calendar.library_covers(year),
        entered=year in years,
        entries=sum(1 for d in days if d.year == year),
    )


def open_case_ids(session) -> list[int]:
    """Ids of the cases whose dates still matter (SPEC §4 open states)."""
    states = [s.value for s in OPEN_STATES]
    return list(session.scalars(select(t.Case.id).where(t.Case.state.in_(states)).order_by(t.Case.id)))


def moved_dates(
    case: Case, before: Iterable[Deadline], after: Iterable[Deadline]
) -> tuple[list[MovedDate], int]:
    """Compare a case's deadlines under two calendars.

    Returns:
        the dates that moved, and how many others only lost their R-18 warning.
    """
    old = {d.key: d for d in before}
    moved: list[MovedDate] = []
    cleared_only = 0
    for new in after:
        prev = old.get(new.key)
        if prev is None:
            continue
        cleared = _has_r18(prev) and not _has_r18(new)
        if prev.due != new.due:
            moved.append(MovedDate(
                case_id=case.id or 0, reference=case.reference, subject_name=case.subject.name,
                key=new.key, label=new.label, old=prev.due, new=new.due, r18_cleared=cleared,
            ))
        elif cleared:
            cleared_only += 1
    return moved, cleared_only


def _has_r18(d: Deadline) -> bool:
    return any(f.rule == "R-18" for f in d.findings)


def _deadlines(ws: Workspace, case: Case, cal: WorkCalendar) -> list[Deadline]:
    standard = ws.catalogs.standards.get(case.standard_code)
    return case_deadlines(case, standard, cal, settings=ws.settings)


def _event_findings(year: int, moved: Sequence[MovedDate]) -> list[dict[str, str]]:
    """One history finding per moved date: key, old and new date, so the change can be traced."""
    out = []
    for m in moved:
        base = Finding(
            rule="R-18",
            level=Level.WARN,
            message=f"{year}年节假日安排变更后重新计算：{m.text()}",
            citation=R18_CITATION,
            field=m.key,
        ).to_dict()
        out.append({**base, "old": m.old.isoformat(), "new": m.new.isoformat()})
    return out


def save_year(
    ws: Workspace,
    year: int,
    entries: Sequence[HolidayEntry],
    *,
    officer: str = "",
    source: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> RecomputeReport:
    """Store ``year``'s schedule, reload the workspace calendar, recompute every open case.

    The schedule, and a ``calendar_recomputed`` history line for each case whose dates moved, are
    written in one transaction: either the officer's year and its consequences are all recorded, or
    nothing is. ``progress(done, total)`` is called per case (thousands of open cases take a while).

    Raises:
        HolidayInputError: the entries cannot be saved (wrong year, duplicates…); nothing was written.
    """
    problems = check_entries(entries, year)
    if problems:
        raise HolidayInputError(problems)
    report = RecomputeReport(year=year, days_saved=len(entries))
    days = {e.day: (e.workday, e.name.strip()) for e in entries}
    old_calendar = ws.calendar
    with ws.db.session() as s:
        catalog_store.set_holiday_year(s, year, days, source=source or "办公室录入")
        s.flush()
        new_calendar = calendar_from_db(s)
        ids = open_case_ids(s)
        report.cases_checked = len(ids)
        for done, case_id in enumerate(ids, start=1):
            case = case_store.load_case(s, case_id)
            moved, cleared_only = moved_dates(
                case, _deadlines(ws, case, old_calendar), _deadlines(ws, case, new_calendar)
            )
            report.r18_cleared_unmoved += cleared_only
            if moved:
                report.moved.extend(moved)
                case_store.record_event(
                    s, case_id, RECOMPUTED_ACTION, officer=officer, findings=_event_findings(year, moved)
                )
            if progress is not None:
                progress(done, len(ids))
    ws.reload()
    return report


__all__ = [
    "RECOMPUTED_ACTION",
    "RECOMPUTED_LABEL",
    "HolidayEntry",
    "HolidayInputError",
    "LineProblem",
    "MovedDate",
    "RecomputeReport",
    "YearStatus",
    "check_entries",
    "entry_problems",
    "moved_dates",
    "open_case_ids",
    "parse_date",
    "parse_holiday_text",
    "read_holiday_file",
    "save_year",
    "year_entries",
    "year_status",
]
