"""Deadlines of a case (SPEC §5), each with the explanation an officer can read and check.

Counting follows 《民事诉讼法》第八十五条 (applied to administrative procedure through
《行政诉讼法》第一百零一条 and 《行政复议法》第八十八条): the day of the event is not counted,
and a period in days, months or years whose last day is a rest day ends on the next working day.
Working-day periods count Chinese working days (调休 make-up days count, holidays do not).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from pydantic import ValidationError

from credit_desk.domain.calendar import DayInfo, WorkCalendar
from credit_desk.domain.catalog import Period, PeriodUnit, Standard
from credit_desk.domain.dates import cn_date
from credit_desk.domain.findings import Finding, Level
from credit_desk.domain.model import Case

CIVIL_PROCEDURE_85 = "《中华人民共和国民事诉讼法》第八十五条"
ADMIN_LITIGATION_101 = "《中华人民共和国行政诉讼法》第一百零一条"
ADMIN_LITIGATION_46 = "《中华人民共和国行政诉讼法》第四十六条"
ADMIN_RECONSIDERATION_20 = "《中华人民共和国行政复议法》第二十条"
ADMIN_RECONSIDERATION_88 = "《中华人民共和国行政复议法》第八十八条"
ADMIN_PENALTY_85 = "《中华人民共和国行政处罚法》第八十五条"
GUOBAN_49_4_8 = "国办发〔2020〕49号 四(八)"
GUANNAN_4_1 = "灌南县实施方案 四(一)"
GUOBAN_22 = "国办发〔2025〕22号"

#: How periods are counted unless a statute says otherwise.
DEFAULT_COUNTING = (CIVIL_PROCEDURE_85, ADMIN_LITIGATION_101)

#: Built-in periods, used when the settings catalog does not give them.
DEFAULT_PERIODS: dict[str, Period] = {
    "default_notice_period": Period(count=5, unit=PeriodUnit.WORKING_DAYS),
    "objection_reply_period": Period(count=10, unit=PeriodUnit.WORKING_DAYS),
    "reconsideration_period": Period(count=60, unit=PeriodUnit.DAYS),
    "litigation_period": Period(count=6, unit=PeriodUnit.MONTHS),
    "repair_decision_period": Period(count=3, unit=PeriodUnit.WORKING_DAYS),
}

#: 行政处罚法 第八十五条: its "二日""三日""五日""七日" are working days.
_PENALTY_LAW_WORKING_DAY_COUNTS = frozenset({2, 3, 5, 7})

R18_CITATION = "SPEC R-18（数据质量）"


def _span(first: date, last: date) -> str:
    if first == last:
        return cn_date(first)
    if first.year == last.year:
        return f"{cn_date(first)}至{last.month}月{last.day}日"
    return f"{cn_date(first)}至{cn_date(last)}"


def _rest_reason(info: DayInfo) -> str:
    if info.kind == "holiday":
        return f"{info.name}（法定节假日）" if info.source == "chinesecalendar" else f"{info.name}（休息）"
    return f"{info.name}（休息日）"


@dataclass
class Explanation:
    """Why a date is what it is: the event, the rule, what was skipped and the data used.

    Attributes:
        start_event: what triggers the period, e.g. "告知书送达".
        event_date: the day it happened (not counted).
        rule: the rule in words, e.g. "自告知书送达之次日起计算，5个工作日".
        citations: provisions the rule rests on.
        counted_from: the first day counted (the day after the event).
        skipped: rest days passed over, each with its reason ("国庆节（法定节假日）").
        makeup_days: 调休 make-up working days that were counted.
        rolled_forward: for a calendar period ending on a rest day: the original last day and why.
        sources: calendar data used, e.g. "chinesecalendar 1.11.0 (2004–2026)".
        uncovered_years: years computed Monday–Friday because nobody entered their holidays.
        due: the resulting date.
    """

    start_event: str
    event_date: date
    rule: str
    citations: list[str] = field(default_factory=list)
    counted_from: date | None = None
    skipped: list[tuple[date, str]] = field(default_factory=list)
    makeup_days: list[date] = field(default_factory=list)
    rolled_forward: tuple[date, str] | None = None
    sources: list[str] = field(default_factory=list)
    uncovered_years: list[int] = field(default_factory=list)
    due: date | None = None

    def skipped_ranges(self) -> list[tuple[date, date, str]]:
        """Skipped days merged into runs of consecutive days with the same reason."""
        runs: list[tuple[date, date, str]] = []
        for d, reason in sorted(self.skipped):
            if runs and runs[-1][2] == reason and runs[-1][1] + timedelta(days=1) == d:
                runs[-1] = (runs[-1][0], d, reason)
            else:
                runs.append((d, d, reason))
        return runs

    def text(self) -> str:
        """A readable multi-line Chinese explanation, as shown beside the date and in exports."""
        lines = [f"起算事件：{self.start_event}（{cn_date(self.event_date)}），当日不计入"]
        lines.append(f"计算规则：{self.rule}")
        if self.counted_from is not None:
            lines.append(f"起算日：{cn_date(self.counted_from)}")
        if self.skipped:
            runs = "；".join(f"{_span(a, b)} {reason}" for a, b, reason in self.skipped_ranges())
            lines.append(f"跳过的休息日和节假日：{runs}")
        if self.makeup_days:
            lines.append("计入的调休上班日：" + "、".join(cn_date(d) for d in self.makeup_days))
        if self.rolled_forward is not None:
            original, why = self.rolled_forward
            lines.append(f"顺延：期间届满日{cn_date(original)}{why}，顺延至其后第一个工作日")
        if self.due is not None:
            lines.append(f"届满日期：{cn_date(self.due)}")
        if self.citations:
            lines.append("依据：" + "；".join(self.citations))
        if self.sources:
            lines.append("日历数据：" + "；".join(self.sources))
        if self.uncovered_years:
            years = "、".join(str(y) for y in self.uncovered_years)
            lines.append(f"注意：{years}年的法定节假日安排尚未录入，暂按周一至周五计算")
        return "\n".join(lines)


@dataclass
class Deadline:
    """A computed date of a case, with its explanation and any R-18 finding."""

    key: str
    label: str
    due: date
    explanation: Explanation
    findings: list[Finding] = field(default_factory=list)

    def text(self) -> str:
        return f"{self.label}：{cn_date(self.due)}\n{self.explanation.text()}"


def add_months(d: date, months: int) -> date:
    """The same day number ``months`` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = d.month - 1 + months
    year, month = d.year + index // 12, index % 12 + 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    last_day = (following - timedelta(days=1)).day
    return date(year, month, min(d.day, last_day))


def _period_rule(start_event: str, period: Period) -> str:
    base = f"自{start_event}之次日起计算，{period.label()}"
    if period.unit is PeriodUnit.WORKING_DAYS:
        return base
    if period.unit is PeriodUnit.DAYS:
        return base + "；期间届满的最后一日是休息日或法定节假日的，以其后第一个工作日为届满日期"
    return (
        base + "，到期月的对应日为届满日，没有对应日的以该月末日为届满日；"
        "届满日是休息日或法定节假日的，以其后第一个工作日为届满日期"
    )


def r18_finding(key: str, years: Iterable[int]) -> Finding:
    """R-18 warn: the deadline touched years whose holidays nobody entered."""
    shown = "、".join(str(y) for y in sorted(years))
    return Finding(
        rule="R-18",
        level=Level.WARN,
        message=(
            f"{shown}年的法定节假日安排尚未录入，该期限暂按周一至周五计算，"
            "请录入国务院办公厅通知后重新计算"
        ),
        citation=R18_CITATION,
        field=key,
    )


def add_period(
    cal: WorkCalendar,
    event_date: date,
    period: Period,
    *,
    key: str,
    label: str,
    start_event: str,
    citations: Iterable[str] = (),
    counting: Iterable[str] = DEFAULT_COUNTING,
    roll_forward: bool = True,
) -> Deadline:
    """The last day of ``period`` after ``event_date``, explained.

    Args:
        cal: the working-day calendar.
        event_date: the triggering day (delivery, receipt…), itself not counted.
        period: the period as catalog data.
        key, label: identify the deadline (``statement_end``, "陈述申辩期届满").
        start_event: the event in words, e.g. "告知书送达".
        citations: the provisions setting the period; the counting provisions are appended.
        counting: provisions on how periods are counted (default 民事诉讼法 85 via 行政诉讼法 101).
        roll_forward: move a days/months/years end off a rest day (民事诉讼法 第八十五条第三款).
    """
    cites = list(dict.fromkeys([*citations, *counting]))
    counted_from = event_date + timedelta(days=1)
    expl = Explanation(
        start_event=start_event,
        event_date=event_date,
        rule=_period_rule(start_event, period),
        citations=cites,
        counted_from=counted_from,
    )
    consulted: list[DayInfo] = []
    if period.count == 0:
        due = event_date
        expl.rule = f"{start_event}当日届满（期间为0）"
        expl.counted_from = None
    elif period.unit is PeriodUnit.WORKING_DAYS:
        due = event_date
        counted = 0
        while counted < period.count:
            due += timedelta(days=1)
            info = cal.day_info(due)
            consulted.append(info)
            if info.workday:
                counted += 1
                if info.kind == "makeup_workday":
                    expl.makeup_days.append(due)
            else:
                expl.skipped.append((due, _rest_reason(info)))
    else:
        if period.unit is PeriodUnit.DAYS:
            due = event_date + timedelta(days=period.count)
        elif period.unit is PeriodUnit.MONTHS:
            due = add_months(event_date, period.count)
        else:
            due = add_months(event_date, 12 * period.count)
        if roll_forward:
            info = cal.day_info(due)
            consulted.append(info)
            if not info.workday:
                expl.rolled_forward = (due, f"为{_rest_reason(info)}")
                while not info.workday:
                    expl.skipped.append((due, _rest_reason(info)))
                    due += timedelta(days=1)
                    info = cal.day_info(due)
                    consulted.append(info)
    expl.due = due
    expl.sources = list(dict.fromkeys(cal.source_label(i) for i in consulted))
    expl.uncovered_years = sorted({i.date.year for i in consulted if not cal.covers(i.date.year)})
    findings = [r18_finding(key, expl.uncovered_years)] if expl.uncovered_years else []
    return Deadline(key=key, label=label, due=due, explanation=expl, findings=findings)


# ---------------------------------------------------------------- the case's deadlines


def setting_period(settings: Mapping[str, object] | None, key: str) -> Period:
    """A period from the settings catalog (``{"count": 10, "unit": "working_days"}``), or the default.

    Raises:
        ValueError: the setting exists but is malformed (a silent default would hide the error).
    """
    raw = (settings or {}).get(key)
    if raw is None:
        return DEFAULT_PERIODS[key]
    if isinstance(raw, Period):
        return raw
    try:
        return Period.model_validate(raw)
    except ValidationError as exc:
        shape = '{"count": 数字, "unit": 单位}'
        raise ValueError(f"设置项 {key} 格式错误（应为 {shape}）：{raw!r}") from exc


def _standard_citation(standard: Standard) -> str:
    inst = standard.instrument
    return f"《{inst.name}》（{inst.number}）" if inst.number else f"《{inst.name}》"


def case_deadlines(
    case: Case,
    standard: Standard | None,
    cal: WorkCalendar,
    *,
    settings: Mapping[str, object] | None = None,
) -> list[Deadline]:
    """Every date of the case that can be computed now; those whose trigger is missing are left out.

    Keys: ``statement_end``, ``objection_reply:<i>`` (index into ``case.objections``),
    ``reconsideration_end``, ``litigation_end``, ``publication_end``, ``earliest_repair``,
    ``repair_decision:<i>`` (index into ``case.repairs``).
    ``statement_end`` is computed even when the party waived the period; R-05 handles the waiver.
    """
    out: list[Deadline] = []
    notice = case.notice
    if notice is not None and notice.delivered_date is not None:
        out.append(_statement_end(notice.delivered_date, standard, cal, settings))
    for i, objection in enumerate(case.objections):
        out.append(_objection_reply(i, objection.received_date, standard, cal, settings))
    decision = case.decision
    if decision is not None and decision.delivered_date is not None:
        out.append(
            add_period(
                cal, decision.delivered_date, setting_period(settings, "reconsideration_period"),
                key="reconsideration_end", label="申请行政复议期限届满", start_event="决定书送达",
                citations=[ADMIN_RECONSIDERATION_20],
                counting=(CIVIL_PROCEDURE_85, ADMIN_RECONSIDERATION_88),
            )
        )
        out.append(
            add_period(
                cal, decision.delivered_date, setting_period(settings, "litigation_period"),
                key="litigation_end", label="提起行政诉讼期限届满", start_event="决定书送达",
                citations=[ADMIN_LITIGATION_46],
            )
        )
    if decision is not None and decision.effective_date is not None and standard is not None:
        std_cite = _standard_citation(standard)
        out.append(
            add_period(
                cal, decision.effective_date, standard.publication_period,
                key="publication_end", label="公示期届满", start_event="列入决定生效",
                citations=[std_cite],
            )
        )
        out.append(
            add_period(
                cal, decision.effective_date, standard.earliest_removal,
                key="earliest_repair", label="最早可申请信用修复", start_event="列入决定生效",
                citations=[std_cite],
            )
        )
    for i, repair in enumerate(case.repairs):
        out.append(_repair_decision(i, repair.acceptance_date or repair.received_date, standard, cal, settings))
    return out


def _repair_decision(
    index: int, received: date, standard: Standard | None, cal: WorkCalendar, settings: Mapping[str, object] | None
) -> Deadline:
    """R-15: a complete repair application is decided within the standard's limit (default: the setting)."""
    if standard is not None:
        period, cites = standard.removal_time_limit, [_standard_citation(standard)]
    else:
        period, cites = setting_period(settings, "repair_decision_period"), [GUOBAN_22]
    return add_period(
        cal, received, period,
        key=f"repair_decision:{index}", label=f"第{index + 1}项信用修复申请办理期限",
        start_event="受理信用修复申请", citations=cites,
    )


def _statement_end(
    delivered: date, standard: Standard | None, cal: WorkCalendar, settings: Mapping[str, object] | None
) -> Deadline:
    if standard is not None:
        period, cites = standard.notice_period, [_standard_citation(standard)]
    else:
        period, cites = setting_period(settings, "default_notice_period"), [GUOBAN_49_4_8]
    if period.unit is PeriodUnit.WORKING_DAYS and period.count in _PENALTY_LAW_WORKING_DAY_COUNTS:
        cites.append(ADMIN_PENALTY_85)
    return add_period(
        cal, delivered, period,
        key="statement_end", label="陈述申辩期届满", start_event="告知书送达", citations=cites,
    )


def _objection_reply(
    index: int,
    received: date,
    standard: Standard | None,
    cal: WorkCalendar,
    settings: Mapping[str, object] | None,
) -> Deadline:
    if standard is not None and standard.objection_reply_period is not None:
        period, cites = standard.objection_reply_period, [_standard_citation(standard)]
    else:
        period, cites = setting_period(settings, "objection_reply_period"), [GUOBAN_49_4_8, GUANNAN_4_1]
    return add_period(
        cal, received, period,
        key=f"objection_reply:{index}", label=f"第{index + 1}项异议答复期限", start_event="收到异议",
        citations=cites,
    )
