"""The working-day calendar: library data, office overrides, and the Monday–Friday fallback."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import chinese_calendar
from hypothesis import given
from hypothesis import strategies as st

from credit_desk.domain.calendar import (
    LIBRARY_FIRST_YEAR,
    LIBRARY_LAST_YEAR,
    LIBRARY_SOURCE_LABEL,
    DayOverride,
    WorkCalendar,
)


def test_national_day_2026() -> None:
    cal = WorkCalendar()
    first = cal.day_info(date(2026, 10, 1))
    assert (first.workday, first.kind, first.name) == (False, "holiday", "国庆节")
    assert first.source == "chinesecalendar"
    makeup = cal.day_info(date(2026, 10, 10))  # Saturday, 调休上班
    assert makeup.workday
    assert makeup.kind == "makeup_workday"
    assert "调休" in makeup.name
    sunday = cal.day_info(date(2026, 10, 11))
    assert (sunday.workday, sunday.kind, sunday.name) == (False, "weekend", "周日")
    assert cal.day_info(date(2026, 10, 8)).kind == "workday"


def test_2026_makeup_days_are_working_days() -> None:
    cal = WorkCalendar()
    for d in [date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9), date(2026, 9, 20),
              date(2026, 10, 10)]:
        assert cal.is_workday(d), d
        assert cal.day_info(d).kind == "makeup_workday"


def test_uncovered_year_falls_back_to_weekdays_without_raising() -> None:
    cal = WorkCalendar()
    assert LIBRARY_LAST_YEAR == 2026
    assert not cal.covers(2027)
    new_year = cal.day_info(date(2027, 1, 1))  # a Friday; really 元旦, but nobody entered 2027
    assert (new_year.workday, new_year.kind, new_year.source) == (True, "workday", "weekday_rule")
    saturday = cal.day_info(date(2027, 1, 2))
    assert (saturday.workday, saturday.kind, saturday.source) == (False, "weekend", "weekday_rule")
    assert cal.day_info(date(1999, 10, 1)).source == "weekday_rule"  # before the library's data too


def test_office_override_wins_and_covered_year() -> None:
    overrides = {
        date(2027, 1, 1): DayOverride(workday=False, name="元旦"),
        date(2027, 2, 20): DayOverride(workday=True, name="调休上班"),  # a Saturday
    }
    partial = WorkCalendar(overrides)
    assert not partial.covers(2027)
    info = partial.day_info(date(2027, 1, 1))
    assert (info.workday, info.kind, info.name, info.source) == (False, "holiday", "元旦", "office")
    makeup = partial.day_info(date(2027, 2, 20))
    assert (makeup.workday, makeup.kind, makeup.source) == (True, "makeup_workday", "office")
    assert partial.day_info(date(2027, 1, 4)).source == "weekday_rule"

    full = WorkCalendar(overrides, covered_years=[2027])
    assert full.covers(2027)
    assert full.day_info(date(2027, 1, 4)).source == "office"
    assert full.office_years == frozenset({2027})


def test_override_beats_the_library() -> None:
    cal = WorkCalendar({date(2026, 10, 8): DayOverride(workday=False, name="县政府通知放假")})
    info = cal.day_info(date(2026, 10, 8))
    assert not info.workday
    assert info.source == "office"
    assert WorkCalendar().is_workday(date(2026, 10, 8))


def test_override_rest_on_a_weekend_without_name_is_a_weekend() -> None:
    cal = WorkCalendar({date(2027, 1, 2): DayOverride(workday=False)})
    assert cal.day_info(date(2027, 1, 2)).kind == "weekend"


def test_next_workday() -> None:
    cal = WorkCalendar()
    assert cal.next_workday(date(2026, 10, 1)) == date(2026, 10, 8)
    assert cal.next_workday(date(2026, 10, 8)) == date(2026, 10, 8)
    assert cal.next_workday(date(2027, 1, 2)) == date(2027, 1, 4)


def test_datetime_is_treated_as_its_date() -> None:
    cal = WorkCalendar()
    assert cal.day_info(datetime(2026, 10, 1, 9, 30)).date == date(2026, 10, 1)


def test_source_labels() -> None:
    cal = WorkCalendar({date(2027, 1, 1): DayOverride(workday=False, name="元旦")})
    assert cal.source_label(cal.day_info(date(2026, 1, 5))) == LIBRARY_SOURCE_LABEL
    assert LIBRARY_SOURCE_LABEL.startswith("chinesecalendar 1.11")
    assert "(2004–2026)" in LIBRARY_SOURCE_LABEL
    assert cal.source_label(cal.day_info(date(2027, 1, 1))) == "办公室录入的2027年节假日安排"
    assert "按周一至周五推算" in cal.source_label(cal.day_info(date(2027, 1, 4)))


def test_agrees_with_chinesecalendar_on_every_day_it_has() -> None:
    cal = WorkCalendar()
    d = date(LIBRARY_FIRST_YEAR, 1, 1)
    while d.year <= LIBRARY_LAST_YEAR:
        is_rest, raw = chinese_calendar.get_holiday_detail(d)
        info = cal.day_info(d)
        assert info.workday is not is_rest, d
        if raw is not None and info.kind != "workday":
            assert chinese_calendar.Holiday(raw).chinese in info.name, d
        d += timedelta(days=1)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)))
def test_day_info_never_raises_and_is_consistent(d: date) -> None:
    info = WorkCalendar().day_info(d)
    assert info.date == d
    assert info.workday == (info.kind in {"workday", "makeup_workday"})
    if info.kind == "makeup_workday":
        assert d.weekday() >= 5
    if info.source == "weekday_rule":
        assert info.workday == (d.weekday() < 5)


def test_a_year_of_days_is_cached_and_counts_like_the_library() -> None:
    cal = WorkCalendar()
    start = date(2026, 1, 1)
    days = [start + timedelta(days=i) for i in range(365)]
    first = [cal.day_info(d) for d in days]
    assert all(cal.day_info(d) is info for d, info in zip(days, first, strict=True))
    expected = len(chinese_calendar.get_workdays(start, date(2026, 12, 31)))
    assert sum(i.workday for i in first) == expected == 248
