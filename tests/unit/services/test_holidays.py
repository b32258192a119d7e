"""The office's holiday calendar (SPEC §5, R-18): parsing the State Council schedule, saving a year,
recomputing the dates of open cases and recording what moved in their history."""

from __future__ import annotations

from datetime import date

import pytest

from credit_desk.domain.process import CaseState
from credit_desk.services import cases as case_svc
from credit_desk.services import holidays
from credit_desk.services.holidays import HolidayEntry, HolidayInputError, parse_holiday_text
from credit_desk.services.register import case_overview
from credit_desk.store import cases as case_store

SCHEDULE_2027 = """\
# 国务院办公厅关于2027年部分节假日安排的通知（示例）
2027-01-01 休 元旦

2027-10-01..2027-10-07 休 国庆节   # 共7天
2027-09-26 班 国庆节调休
2027-10-09 上班 国庆节调休
"""


@pytest.fixture
def ws(tmp_path):
    from credit_desk.services.workspace import open_workspace

    workspace = open_workspace(f"sqlite:///{tmp_path / 'cd.sqlite3'}")
    yield workspace
    workspace.db.dispose()


def notified_2027(case, **subject):
    """The SAMR case with its notice delivered on Tuesday 2027-09-28 and no decision yet."""
    notice = case.notice.model_copy(update={"issue_date": date(2027, 9, 24), "delivered_date": date(2027, 9, 28)})
    changes = {"id": None, "notice": notice, "decision": None, "publication": None}
    if subject:
        changes["subject"] = case.subject.model_copy(update=subject)
    return case.model_copy(update=changes)


def statement_end(ws, case_id):
    return next(d for d in case_overview(ws, case_id).deadlines if d.key == "statement_end")


# --- parser -------------------------------------------------------------------------------------


def test_parser_reads_single_days_ranges_comments_and_both_wordings():
    entries = parse_holiday_text(SCHEDULE_2027, 2027)
    assert len(entries) == 1 + 7 + 2
    assert entries[0] == HolidayEntry(date(2027, 1, 1), False, "元旦")
    assert [e.day for e in entries] == sorted(e.day for e in entries)
    national = [e for e in entries if e.name == "国庆节"]
    assert [e.day.day for e in national] == [1, 2, 3, 4, 5, 6, 7] and not any(e.workday for e in national)
    assert HolidayEntry(date(2027, 9, 26), True, "国庆节调休") in entries
    assert HolidayEntry(date(2027, 10, 9), True, "国庆节调休") in entries  # 上班 = 班


def test_parser_accepts_chinese_dates_full_width_spaces_and_fang_jia():
    text = "2027年2月6日至2027年2月13日\u3000放假\u3000春节\n２０２７年２月２０日 上班 春节调休\n5月1日 休 劳动节"
    entries = parse_holiday_text(text, 2027)
    assert entries[0] == HolidayEntry(date(2027, 2, 6), False, "春节")
    assert sum(1 for e in entries if e.name == "春节") == 8
    assert HolidayEntry(date(2027, 2, 20), True, "春节调休") in entries
    assert HolidayEntry(date(2027, 5, 1), False, "劳动节") in entries  # year taken from the year being entered


def test_every_bad_line_is_reported_with_its_number_in_chinese():
    text = "\n".join([
        "2027-01-01 休 元旦",  # 1 fine
        "2027-02-30 休 春节",  # 2 no such day
        "2027-10-01",  # 3 no kind
        "2027-10-02 玩 国庆节",  # 4 unknown kind
        "2027-10-07..2027-10-01 休 国庆节",  # 5 reversed range
        "元旦 休",  # 6 not a date
        "2027-01-01 休 元旦",  # 7 duplicate of line 1
        "2027-09-27 班 国庆节调休",  # 8 a Monday is a working day anyway
    ])
    with pytest.raises(HolidayInputError) as err:
        parse_holiday_text(text, 2027)
    lines = {p.line: p.message for p in err.value.problems}
    assert sorted(lines) == [2, 3, 4, 5, 6, 7, 8]
    assert "不存在" in lines[2]
    assert "缺少“休”或“班”" in lines[3]
    assert "无法识别“玩”" in lines[4]
    assert "结束日期早于开始日期" in lines[5]
    assert "无法识别的日期“元旦”" in lines[6]
    assert "已在第1行录入" in lines[7]
    assert "周一" in lines[8]
    assert str(err.value).splitlines()[0].startswith("第2行：")


def test_all_entries_must_be_in_the_year_being_entered():
    with pytest.raises(HolidayInputError) as err:
        parse_holiday_text("2027-01-01 休 元旦\n2026-12-31..2027-01-02 休 元旦", 2027)
    assert [p.line for p in err.value.problems] == [2]
    assert "2026年12月31日不属于2027年" in err.value.problems[0].message


def test_an_empty_file_is_refused():
    with pytest.raises(HolidayInputError) as err:
        parse_holiday_text("# 只有注释\n\n", 2027)
    assert "没有任何日期" in str(err.value)


def test_read_holiday_file_accepts_gb18030(tmp_path):
    path = tmp_path / "2027.txt"
    path.write_bytes(SCHEDULE_2027.encode("gb18030"))
    assert len(holidays.read_holiday_file(path, 2027)) == 10
    with pytest.raises(HolidayInputError) as err:
        holidays.read_holiday_file(tmp_path / "missing.txt", 2027)
    assert "无法读取文件" in str(err.value)


# --- saving and recomputing ---------------------------------------------------------------------


def test_saving_2027_moves_the_statement_end_clears_r18_and_writes_history(ws, samr_case):
    case_id = case_svc.save_case(ws, notified_2027(samr_case), state=CaseState.NOTIFIED).case_id
    before = statement_end(ws, case_id)
    assert before.due == date(2027, 10, 5)  # Mon–Fri: 9-29, 9-30, 10-1, 10-4, 10-5
    assert [f.rule for f in before.findings] == ["R-18"]

    report = holidays.save_year(ws, 2027, parse_holiday_text(SCHEDULE_2027, 2027), officer="李明")

    after = statement_end(ws, case_id)
    # 9-29, 9-30, (10-1..10-7 国庆节), 10-8, 10-9 (Saturday 调休上班), (10-10 Sunday), 10-11
    assert after.due == date(2027, 10, 11)
    assert after.findings == []
    assert "国庆节（休息）" in after.explanation.text() and "2027年10月9日" in after.explanation.text()
    assert report.cases_checked == 1 and report.days_saved == 10
    moved = [m for m in report.moved if m.key == "statement_end"]
    assert len(moved) == 1
    m = moved[0]
    assert (m.case_id, m.subject_name, m.label) == (case_id, "青山县味佳食品有限公司", "陈述申辩期届满")
    assert (m.old, m.new, m.r18_cleared) == (date(2027, 10, 5), date(2027, 10, 11), True)

    with ws.db.session() as s:
        events = [e for e in case_store.case_history(s, case_id) if e.action == holidays.RECOMPUTED_ACTION]
    assert len(events) == 1
    event = events[0]
    assert event.officer == "李明"
    finding = next(f for f in event.findings if f["field"] == "statement_end")
    assert (finding["old"], finding["new"]) == ("2027-10-05", "2027-10-11")
    assert finding["rule"] == "R-18" and finding["citation"]
    assert "2027年10月5日 → 2027年10月11日" in finding["message"]
    history = case_overview(ws, case_id).history
    assert any(h.action == holidays.RECOMPUTED_LABEL for h in history)


def test_the_workspace_calendar_and_stored_entries_follow_the_save(ws):
    assert not ws.calendar.covers(2027)
    assert not holidays.year_status(ws, 2027).entered
    entries = parse_holiday_text(SCHEDULE_2027, 2027)
    holidays.save_year(ws, 2027, entries)
    assert ws.calendar.covers(2027) and not ws.calendar.is_workday(date(2027, 10, 4))
    assert ws.calendar.is_workday(date(2027, 9, 26))
    assert holidays.year_entries(ws, 2027) == entries
    assert holidays.year_status(ws, 2027).entered and "已由本单位录入" in holidays.year_status(ws, 2027).text()
    # saving again replaces the year, it does not add to it
    holidays.save_year(ws, 2027, entries[:1])
    assert holidays.year_entries(ws, 2027) == entries[:1]
    assert ws.calendar.is_workday(date(2027, 10, 4))


def test_a_closed_case_is_not_recomputed(ws, samr_case):
    open_id = case_svc.save_case(ws, notified_2027(samr_case), state=CaseState.NOTIFIED).case_id
    closed_id = case_svc.save_case(ws, notified_2027(samr_case, name="青山县已结商贸有限公司"),
                                   state=CaseState.NOTIFIED).case_id
    with ws.db.session() as s:
        case_store.set_state(s, closed_id, CaseState.NOT_LISTED, action="close_without_listing")
    report = holidays.save_year(ws, 2027, parse_holiday_text(SCHEDULE_2027, 2027))
    assert report.cases_checked == 1
    assert report.cases_moved == [open_id]
    with ws.db.session() as s:
        actions = [e.action for e in case_store.case_history(s, closed_id)]
    assert holidays.RECOMPUTED_ACTION not in actions


def test_a_case_whose_dates_do_not_move_gets_no_history_line(ws, samr_case):
    case_id = case_svc.save_case(ws, notified_2027(samr_case), state=CaseState.NOTIFIED).case_id
    report = holidays.save_year(ws, 2027, [HolidayEntry(date(2027, 1, 1), False, "元旦")])
    assert report.moved == [] and report.r18_cleared_unmoved >= 1  # same date, but no longer provisional
    assert statement_end(ws, case_id).findings == []
    with ws.db.session() as s:
        assert holidays.RECOMPUTED_ACTION not in [e.action for e in case_store.case_history(s, case_id)]


def test_bad_entries_save_nothing(ws, samr_case):
    case_svc.save_case(ws, notified_2027(samr_case), state=CaseState.NOTIFIED)
    bad = [HolidayEntry(date(2027, 1, 1), False, "元旦"), HolidayEntry(date(2026, 12, 31), False, "元旦")]
    with pytest.raises(HolidayInputError) as err:
        holidays.save_year(ws, 2027, bad)
    assert [p.line for p in err.value.problems] == [2]
    with pytest.raises(HolidayInputError):
        holidays.save_year(ws, 2027, [])
    assert holidays.year_entries(ws, 2027) == [] and not ws.calendar.covers(2027)


def test_moved_dates_compares_two_calendars_on_its_own(samr_case, shipped_catalogs):
    from credit_desk.domain.calendar import DayOverride, WorkCalendar
    from credit_desk.domain.deadlines import case_deadlines

    case = notified_2027(samr_case).model_copy(update={"id": 7})
    standard = shipped_catalogs.standards[case.standard_code]
    before = case_deadlines(case, standard, WorkCalendar())
    cal = WorkCalendar({date(2027, 9, 29): DayOverride(False, "测试")}, covered_years=[2027])
    moved, cleared_only = holidays.moved_dates(case, before, case_deadlines(case, standard, cal))
    assert [(m.case_id, m.key, m.old, m.new, m.r18_cleared) for m in moved] == [
        (7, "statement_end", date(2027, 10, 5), date(2027, 10, 6), True)
    ]
    assert cleared_only == 0
