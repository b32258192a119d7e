"""Deadlines (SPEC §5): counting from the day after, working days, roll-forward, R-18, explanations."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credit_desk.domain.calendar import LIBRARY_SOURCE_LABEL, DayOverride, WorkCalendar
from credit_desk.domain.catalog import Criterion, Instrument, InstrumentLevel, Period, PeriodUnit, Standard
from credit_desk.domain.deadlines import (
    ADMIN_LITIGATION_46,
    ADMIN_LITIGATION_101,
    ADMIN_PENALTY_85,
    ADMIN_RECONSIDERATION_20,
    ADMIN_RECONSIDERATION_88,
    CIVIL_PROCEDURE_85,
    add_months,
    add_period,
    case_deadlines,
    setting_period,
)
from credit_desk.domain.findings import Level
from credit_desk.domain.model import Case, Decision, Notice, Objection, Office, Subject, SubjectKind

CAL = WorkCalendar()
LAWS = Path(__file__).resolve().parents[3] / "resources" / "laws"


def wd(n: int) -> Period:
    return Period(count=n, unit=PeriodUnit.WORKING_DAYS)


def days(n: int) -> Period:
    return Period(count=n, unit=PeriodUnit.DAYS)


def months(n: int) -> Period:
    return Period(count=n, unit=PeriodUnit.MONTHS)


def years(n: int) -> Period:
    return Period(count=n, unit=PeriodUnit.YEARS)


def due(event: date, period: Period, cal: WorkCalendar = CAL):
    return add_period(cal, event, period, key="k", label="测试期限", start_event="送达")


# ---------------------------------------------------------------- working days


def test_ten_working_days_over_national_day_2026() -> None:
    dl = add_period(CAL, date(2026, 9, 28), wd(10), key="objection_reply:0", label="异议答复期限",
                    start_event="收到异议")
    assert dl.due == date(2026, 10, 16)
    ex = dl.explanation
    assert ex.counted_from == date(2026, 9, 29)
    skipped = [d for d, _ in ex.skipped]
    assert skipped == [date(2026, 10, d) for d in range(1, 8)] + [date(2026, 10, 11)]
    assert all("国庆节" in reason for d, reason in ex.skipped if d.day <= 7)
    assert "周日" in dict(ex.skipped)[date(2026, 10, 11)]
    assert ex.makeup_days == [date(2026, 10, 10)]
    assert ex.sources == [LIBRARY_SOURCE_LABEL]
    assert ex.uncovered_years == []
    assert dl.findings == []
    text = dl.text()
    assert "2026年10月16日" in text
    assert "2026年10月1日至10月7日 国庆节" in text
    assert "计入的调休上班日：2026年10月10日" in text
    assert "自收到异议之次日起计算，10个工作日" in text
    assert CIVIL_PROCEDURE_85 in text


def test_working_days_into_2027_are_monday_to_friday_with_r18() -> None:
    dl = add_period(CAL, date(2026, 12, 28), wd(5), key="statement_end", label="陈述申辩期届满",
                    start_event="告知书送达")
    # 12-29, 12-30, 12-31, then 2027-01-01 (Fri, really 元旦) and 01-04 by the weekday rule
    assert dl.due == date(2027, 1, 4)
    assert dl.explanation.uncovered_years == [2027]
    assert len(dl.findings) == 1
    f = dl.findings[0]
    assert (f.rule, f.level, f.field) == ("R-18", Level.WARN, "statement_end")
    assert f.message == (
        "2027年的法定节假日安排尚未录入，该期限暂按周一至周五计算，请录入国务院办公厅通知后重新计算"
    )
    assert f.citation == "SPEC R-18（数据质量）"
    assert any("2027年节假日安排未录入" in s for s in dl.explanation.sources)
    assert "2027年的法定节假日安排尚未录入" in dl.explanation.text()


def test_office_override_for_2027_changes_the_date_and_clears_r18_when_covered() -> None:
    overrides = {date(2027, 1, 1): DayOverride(workday=False, name="元旦")}
    partial = due(date(2026, 12, 28), wd(5), WorkCalendar(overrides))
    assert partial.due == date(2027, 1, 5)
    assert [f.rule for f in partial.findings] == ["R-18"]  # the year is not marked complete

    full = due(date(2026, 12, 28), wd(5), WorkCalendar(overrides, covered_years=[2027]))
    assert full.due == date(2027, 1, 5)
    assert full.findings == []
    assert full.explanation.uncovered_years == []
    assert "办公室录入的2027年节假日安排" in full.explanation.sources
    assert (date(2027, 1, 1), "元旦（休息）") in full.explanation.skipped


def test_zero_period_ends_on_the_event_day() -> None:
    dl = due(date(2026, 10, 1), wd(0))
    assert dl.due == date(2026, 10, 1)
    assert dl.explanation.counted_from is None


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 12, 31)), st.integers(1, 30))
def test_working_day_period_properties(event: date, n: int) -> None:
    dl = due(event, wd(n))
    assert dl.due > event
    assert CAL.is_workday(dl.due)
    between = [event + timedelta(days=i) for i in range(1, (dl.due - event).days + 1)]
    assert sum(CAL.is_workday(d) for d in between) == n
    assert len(dl.explanation.skipped) == len(between) - n
    assert bool(dl.findings) == (dl.due.year > 2026)


# ---------------------------------------------------------------- days, months, years


def test_days_period_ending_on_sunday_rolls_to_monday() -> None:
    dl = due(date(2026, 10, 9), days(30))
    assert dl.due == date(2026, 11, 9)
    assert dl.explanation.rolled_forward == (date(2026, 11, 8), "为周日（休息日）")
    assert dl.explanation.skipped == [(date(2026, 11, 8), "周日（休息日）")]
    assert "顺延" in dl.explanation.text()


def test_sixty_days_ending_on_labour_day_roll_past_the_holiday() -> None:
    dl = due(date(2026, 3, 2), days(60))
    assert dl.due == date(2026, 5, 6)
    assert dl.explanation.rolled_forward == (date(2026, 5, 1), "为劳动节（法定节假日）")
    assert [d for d, _ in dl.explanation.skipped] == [date(2026, 5, d) for d in range(1, 6)]


def test_sixty_days_on_a_working_day() -> None:
    dl = due(date(2026, 6, 1), days(60))
    assert dl.due == date(2026, 7, 31)
    assert dl.explanation.rolled_forward is None
    assert dl.explanation.skipped == []


def test_six_months() -> None:
    assert due(date(2026, 1, 23), months(6)).due == date(2026, 7, 23)
    # 2026-09-20 is a Sunday but a 调休 working day: no roll-forward
    on_makeup = due(date(2026, 3, 20), months(6))
    assert on_makeup.due == date(2026, 9, 20)
    assert on_makeup.explanation.rolled_forward is None


def test_six_months_clamped_to_month_end_and_rolled_in_an_uncovered_year() -> None:
    dl = due(date(2026, 8, 31), months(6))
    assert dl.explanation.rolled_forward == (date(2027, 2, 28), "为周日（休息日）")
    assert dl.due == date(2027, 3, 1)
    assert [f.rule for f in dl.findings] == ["R-18"]


def test_years() -> None:
    assert due(date(2023, 2, 28), years(3)).due == date(2026, 2, 28)  # a 调休 Saturday
    assert due(date(2024, 2, 29), years(1)).due == date(2025, 2, 28)


def test_no_roll_forward_when_asked() -> None:
    dl = add_period(CAL, date(2026, 10, 9), days(30), key="k", label="L", start_event="E", roll_forward=False)
    assert dl.due == date(2026, 11, 8)
    assert dl.explanation.sources == []


def test_add_months() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 5, 31), 12) == date(2027, 5, 31)


# ---------------------------------------------------------------- a case's deadlines


def make_standard(**changes: object) -> Standard:
    data: dict[str, object] = {
        "code": "SAMR",
        "name": "市场监督管理严重违法失信名单",
        "field_code": "F2",
        "instrument": Instrument(
            name="市场监督管理严重违法失信名单管理办法",
            number="国家市场监督管理总局令第44号",
            level=InstrumentLevel.DEPARTMENTAL_RULE,
            scope="national",
        ),
        "deciding_body": "作出行政处罚的市场监督管理部门",
        "criteria": [Criterion(code="C1", text="…")],
        "notice_period": wd(5),
        "publication_period": years(3),
        "earliest_removal": years(1),
        "removal_conditions": ["…"],
        "removal_procedure": "…",
        "removal_time_limit": wd(15),
    }
    data.update(changes)
    return Standard.model_validate(data)


def make_case(**changes: object) -> Case:
    data: dict[str, object] = {
        "office": Office(deciding_body="灌南县市场监督管理局"),
        "subject": Subject(kind=SubjectKind.LEGAL_PERSON, name="某某有限公司"),
        "notice": Notice(issue_date=date(2026, 9, 25), delivered_date=date(2026, 9, 28)),
        "objections": [
            Objection(received_date=date(2026, 9, 28)),
            Objection(received_date=date(2026, 10, 12)),
        ],
        "decision": Decision(
            decision_date=date(2026, 11, 2), effective_date=date(2026, 11, 2), delivered_date=date(2026, 3, 2)
        ),
    }
    data.update(changes)
    return Case.model_validate(data)


def by_key(case: Case, standard: Standard | None, **kw: object):
    return {d.key: d for d in case_deadlines(case, standard, CAL, **kw)}


def test_case_deadlines_all_keys() -> None:
    dls = by_key(make_case(), make_standard())
    assert list(dls) == [
        "statement_end",
        "objection_reply:0",
        "objection_reply:1",
        "reconsideration_end",
        "litigation_end",
        "publication_end",
        "earliest_repair",
    ]
    assert dls["statement_end"].due == date(2026, 10, 10)  # 9-29, 9-30, 10-8, 10-9, 10-10 (调休)
    assert ADMIN_PENALTY_85 in dls["statement_end"].explanation.citations
    assert "《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）" in (
        dls["statement_end"].explanation.citations
    )
    assert dls["objection_reply:0"].due == date(2026, 10, 16)
    assert dls["objection_reply:1"].label == "第2项异议答复期限"
    assert dls["reconsideration_end"].due == date(2026, 5, 6)
    recon = dls["reconsideration_end"].explanation.citations
    assert recon[0] == ADMIN_RECONSIDERATION_20
    assert CIVIL_PROCEDURE_85 in recon and ADMIN_RECONSIDERATION_88 in recon
    assert dls["litigation_end"].due == date(2026, 9, 2)
    assert dls["litigation_end"].explanation.citations == [ADMIN_LITIGATION_46, CIVIL_PROCEDURE_85,
                                                           ADMIN_LITIGATION_101]
    assert dls["publication_end"].due == date(2029, 11, 2)
    assert dls["earliest_repair"].due == date(2027, 11, 2)
    assert [f.rule for f in dls["publication_end"].findings] == ["R-18"]


def test_case_deadlines_skip_missing_triggers() -> None:
    case = make_case(notice=Notice(issue_date=date(2026, 9, 25)), objections=[], decision=None)
    assert case_deadlines(case, make_standard(), CAL) == []
    delivered_only = make_case(decision=Decision(decision_date=date(2026, 11, 2)))
    keys = set(by_key(delivered_only, make_standard()))
    assert keys == {"statement_end", "objection_reply:0", "objection_reply:1"}


def test_case_deadlines_without_a_standard_use_defaults() -> None:
    dls = by_key(make_case(), None)
    assert dls["statement_end"].due == date(2026, 10, 10)  # default 5 working days
    assert dls["objection_reply:0"].due == date(2026, 10, 16)  # default 10 working days
    assert "publication_end" not in dls and "earliest_repair" not in dls


def test_objection_period_from_standard_then_settings() -> None:
    case = make_case()
    from_standard = by_key(case, make_standard(objection_reply_period=wd(3)))
    assert from_standard["objection_reply:0"].due == date(2026, 10, 8)
    settings = {"objection_reply_period": {"count": 15, "unit": "working_days"}}
    from_settings = by_key(case, make_standard(), settings=settings)
    assert from_settings["objection_reply:0"].due == date(2026, 10, 23)
    assert by_key(case, make_standard(objection_reply_period=wd(3)), settings=settings)[
        "objection_reply:0"
    ].due == date(2026, 10, 8)  # the standard wins


def test_remedy_periods_from_settings() -> None:
    settings = {
        "reconsideration_period": {"count": 90, "unit": "days"},
        "litigation_period": {"count": 1, "unit": "years"},
        "default_notice_period": {"count": 7, "unit": "working_days"},
    }
    dls = by_key(make_case(), None, settings=settings)
    assert dls["reconsideration_end"].due == date(2026, 6, 1)  # 5-31 is a Sunday
    assert dls["litigation_end"].due == date(2027, 3, 2)
    assert dls["statement_end"].due == date(2026, 10, 13)


def test_setting_period() -> None:
    assert setting_period(None, "litigation_period") == months(6)
    assert setting_period({"litigation_period": days(3)}, "litigation_period") == days(3)
    with pytest.raises(ValueError, match="objection_reply_period"):
        setting_period({"objection_reply_period": {"count": "ten"}}, "objection_reply_period")


# ---------------------------------------------------------------- cited articles exist in the statute texts


@pytest.mark.parametrize(
    ("citation", "law_file", "words"),
    [
        (CIVIL_PROCEDURE_85, "民事诉讼法(2023-09-01).md", "期间开始的时和日，不计算在期间内"),
        (ADMIN_LITIGATION_101, "行政诉讼法(2017-06-27).md", "关于期间、送达"),
        (ADMIN_LITIGATION_46, "行政诉讼法(2017-06-27).md", "六个月内提出"),
        (ADMIN_RECONSIDERATION_20, "行政复议法(2023-09-01).md", "六十日内提出行政复议申请"),
        (ADMIN_RECONSIDERATION_88, "行政复议法(2023-09-01).md", "关于期间、送达的规定执行"),
        (ADMIN_PENALTY_85, "行政处罚法(2021-01-22).md", "是指工作日"),
    ],
)
def test_cited_articles_say_what_we_rely_on(citation: str, law_file: str, words: str) -> None:
    article = re.search(r"第[一二三四五六七八九十百零]+条", citation)
    assert article is not None
    text = (LAWS / law_file).read_text(encoding="utf-8")
    start = text.index(f"\n{article.group()} ")
    end = re.compile(r"\n第[一二三四五六七八九十百零]+条 ").search(text, start + 1)
    assert words in text[start : end.start() if end else None]
