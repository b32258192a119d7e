"""The working-day calendar: weekends off, statutory holidays off, 调休 make-up days on (SPEC §5).

Holiday data comes from chinesecalendar, which only knows the years it was released for (the
State Council publishes next year's schedule each November). Beyond them the office enters the
schedule itself; a year nobody entered is computed Monday–Friday and reported (R-18) instead of
failing, because a deadline must always be shown, even a provisional one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

import chinese_calendar

DayKind = Literal["workday", "weekend", "holiday", "makeup_workday"]
DaySource = Literal["chinesecalendar", "office", "weekday_rule"]

_WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def _library_years() -> tuple[int, int]:
    years = [d.year for d in chinese_calendar.holidays]
    return min(years), max(years)


LIBRARY_VERSION: str = getattr(chinese_calendar, "__version__", "?")
LIBRARY_FIRST_YEAR, LIBRARY_LAST_YEAR = _library_years()
#: How explanations name the library data, e.g. "chinesecalendar 1.11.0 (2004–2026)".
LIBRARY_SOURCE_LABEL = f"chinesecalendar {LIBRARY_VERSION} ({LIBRARY_FIRST_YEAR}–{LIBRARY_LAST_YEAR})"


def weekday_name(d: date) -> str:
    """周一 … 周日."""
    return _WEEKDAY_NAMES[d.weekday()]


@dataclass(frozen=True, slots=True)
class DayOverride:
    """A day the office entered: whether people work, and what it is (e.g. "国庆节", "调休上班")."""

    workday: bool
    name: str = ""


@dataclass(frozen=True, slots=True)
class DayInfo:
    """What the calendar knows about one day, and where that knowledge comes from."""

    date: date
    workday: bool
    kind: DayKind
    name: str
    source: DaySource


def _holiday_name(raw: str | None) -> str:
    """chinesecalendar names days in English ("National Day"); letters need the Chinese name."""
    if not raw:
        return ""
    try:
        return chinese_calendar.Holiday(raw).chinese
    except ValueError:
        return raw


class WorkCalendar:
    """Chinese working days, with office overrides winning over the library.

    Args:
        overrides: days the office entered (holidays and 调休 of a year the library lacks, or a
            correction); each wins over the library for its day.
        covered_years: years the office entered *completely*; days of those years without an
            override follow the weekday rule, and are no longer flagged by R-18.

    Answers are cached per day: thousands of open cases are recomputed when the calendar changes,
    each walking a few dozen days. Build a new calendar when the overrides change.
    """

    def __init__(
        self,
        overrides: Mapping[date, DayOverride] | None = None,
        *,
        covered_years: Iterable[int] = (),
    ) -> None:
        self._overrides: dict[date, DayOverride] = dict(overrides or {})
        self._office_years = frozenset(covered_years)
        self._cache: dict[date, DayInfo] = {}

    @property
    def office_years(self) -> frozenset[int]:
        """Years the office marked as entered completely."""
        return self._office_years

    def library_covers(self, year: int) -> bool:
        """Whether chinesecalendar has the State Council schedule for ``year``."""
        return LIBRARY_FIRST_YEAR <= year <= LIBRARY_LAST_YEAR

    def covers(self, year: int) -> bool:
        """Whether ``year``'s holidays are known (library or office); if not, R-18 applies."""
        return self.library_covers(year) or year in self._office_years

    def day_info(self, d: date) -> DayInfo:
        """What ``d`` is. Never raises: an uncovered year falls back to Monday–Friday."""
        if isinstance(d, datetime):
            d = d.date()
        info = self._cache.get(d)
        if info is None:
            info = self._compute(d)
            self._cache[d] = info
        return info

    def is_workday(self, d: date) -> bool:
        return self.day_info(d).workday

    def next_workday(self, d: date) -> date:
        """``d`` if it is a working day, else the first working day after it."""
        while not self.is_workday(d):
            d += timedelta(days=1)
        return d

    def source_label(self, info: DayInfo) -> str:
        """Human name of the calendar data behind a day, as explanations list it."""
        if info.source == "chinesecalendar":
            return LIBRARY_SOURCE_LABEL
        if info.source == "office":
            return f"办公室录入的{info.date.year}年节假日安排"
        return f"{info.date.year}年节假日安排未录入，按周一至周五推算"

    # ------------------------------------------------------------ internals

    def _compute(self, d: date) -> DayInfo:
        weekend = d.weekday() >= 5
        override = self._overrides.get(d)
        if override is not None:
            return self._from_override(d, override, weekend=weekend)
        if self.library_covers(d.year):
            return self._from_library(d, weekend=weekend)
        source: DaySource = "office" if d.year in self._office_years else "weekday_rule"
        if weekend:
            return DayInfo(d, False, "weekend", weekday_name(d), source)
        return DayInfo(d, True, "workday", "", source)

    @staticmethod
    def _from_override(d: date, o: DayOverride, *, weekend: bool) -> DayInfo:
        if o.workday:
            kind: DayKind = "makeup_workday" if weekend else "workday"
            return DayInfo(d, True, kind, o.name or ("调休上班" if weekend else ""), "office")
        if o.name or not weekend:
            return DayInfo(d, False, "holiday", o.name or "休息日", "office")
        return DayInfo(d, False, "weekend", weekday_name(d), "office")

    @staticmethod
    def _from_library(d: date, *, weekend: bool) -> DayInfo:
        """Read the library's published tables (``holidays``, ``workdays``) directly.

        Same answer as ``get_holiday_detail``, which re-scans the whole table on every call
        (~20 µs) and raises NotImplementedError outside its years; ``library_covers`` keeps
        such days away from here, so nothing can raise.
        """
        makeup = chinese_calendar.workdays.get(d)
        raw_name = makeup if makeup is not None else chinese_calendar.holidays.get(d)
        is_rest = makeup is None and (d in chinese_calendar.holidays or weekend)
        name = _holiday_name(raw_name)
        if is_rest and name:
            return DayInfo(d, False, "holiday", name, "chinesecalendar")
        if is_rest:
            return DayInfo(d, False, "weekend", weekday_name(d), "chinesecalendar")
        if name and weekend:
            return DayInfo(d, True, "makeup_workday", f"调休上班（{name}）", "chinesecalendar")
        return DayInfo(d, True, "workday", "", "chinesecalendar")
