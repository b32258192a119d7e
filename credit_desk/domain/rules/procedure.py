"""R-05…R-08 and R-18: notice first, objections answered, sanctions suspended, a county-level body."""

from __future__ import annotations

from credit_desk.domain.dates import cn_date
from credit_desk.domain.deadlines import Deadline, case_deadlines
from credit_desk.domain.findings import Finding, Level
from credit_desk.domain.model import ADMIN_LEVEL_LABELS, AdminLevel
from credit_desk.domain.rules.citations import finding
from credit_desk.domain.rules.context import RuleContext, Step
from credit_desk.domain.rules.office import deciding_body_findings

_LEVEL_ORDER = [AdminLevel.TOWNSHIP, AdminLevel.COUNTY, AdminLevel.MUNICIPAL, AdminLevel.PROVINCIAL,
                AdminLevel.NATIONAL]


def deadlines_of(ctx: RuleContext) -> dict[str, Deadline]:
    """The case's computed dates by key (statement_end, objection_reply:0, …)."""
    return {d.key: d for d in case_deadlines(ctx.case, ctx.standard, ctx.calendar, settings=ctx.settings)}


def r05_notice(ctx: RuleContext) -> list[Finding]:
    """R-05: before the decision, D-01 issued and delivered, and its period run out or waived."""
    case = ctx.case
    notice = case.notice
    out: list[Finding] = []
    if notice is not None and notice.issue_date and notice.delivered_date and (
        notice.delivered_date < notice.issue_date
    ):
        out.append(finding("R-05", "告知书送达日期早于发出日期，日期顺序有误。", "notice.delivered_date"))
    if not ctx.at_least(Step.DECISION):
        return out
    if notice is None or not notice.issue_date:
        return [*out, finding("R-05", "作出列入决定前，须先向当事人发出列入严重失信主体名单告知书。", "notice")]
    if not notice.delivered_date:
        return [*out, finding("R-05", "告知书尚未送达当事人，不能作出列入决定。", "notice.delivered_date")]
    decided = ctx.decision_date
    if notice.waived:
        if not notice.waiver_date:
            out.append(finding("R-05", "当事人书面放弃陈述申辩的，须登记放弃日期。", "notice.waiver_date"))
        elif decided and notice.waiver_date > decided:
            out.append(finding("R-05", "书面放弃日期晚于决定日期，日期顺序有误。", "notice.waiver_date"))
        return out
    end = deadlines_of(ctx).get("statement_end")
    if end is not None and decided is not None and decided <= end.due:
        out.append(
            finding(
                "R-05",
                f"陈述申辩期至{cn_date(end.due)}届满，决定日期{cn_date(decided)}尚在期内；"
                "须待期限届满或当事人书面放弃后方可作出决定。",
                "decision.decision_date",
            )
        )
    return out


def r06_objections(ctx: RuleContext) -> list[Finding]:
    """R-06: every objection verified and answered (D-02) before the decision, within the time limit."""
    case = ctx.case
    out: list[Finding] = []
    decided = ctx.decision_date
    dl = deadlines_of(ctx) if case.objections else {}
    for i, obj in enumerate(case.objections):
        where = f"objections[{i}]"
        if decided and obj.received_date > decided:
            continue  # raised against the listed information: R-07
        if case.notice and case.notice.issue_date and obj.received_date < case.notice.issue_date:
            out.append(finding("R-06", f"第{i + 1}项异议的收到日期早于告知书发出日期，日期顺序有误。",
                               f"{where}.received_date"))
        if obj.reply_date and obj.reply_date < obj.received_date:
            out.append(finding("R-06", f"第{i + 1}项异议的答复日期早于收到日期，日期顺序有误。",
                               f"{where}.reply_date"))
        answered = obj.reply_date is not None and obj.result is not None
        if ctx.at_least(Step.DECISION) and not answered:
            out.append(
                finding("R-06", f"第{i + 1}项异议（{obj.received_date:%Y-%m-%d}收到）尚未核实答复，不能作出列入决定。",
                        where)
            )
        if answered and decided and obj.reply_date and obj.reply_date > decided:
            out.append(finding("R-06", f"第{i + 1}项异议的答复日期晚于决定日期，须先答复后决定。",
                               f"{where}.reply_date"))
        due = dl.get(f"objection_reply:{i}")
        if due is not None and obj.reply_date and obj.reply_date > due.due:
            out.append(
                finding(
                    "R-06",
                    f"第{i + 1}项异议应于{cn_date(due.due)}前答复，实际答复日期已超过规定时限。",
                    f"{where}.reply_date",
                    level=Level.WARN,
                )
            )
    return out


def r07_suspension(ctx: RuleContext) -> list[Finding]:
    """R-07: an objection to listed information under verification suspends the case's sanctions."""
    if not sanctions_suspended(ctx):
        return []
    return [
        finding(
            "R-07",
            "当事人对已列入的信息提出异议，核实期间该案失信惩戒措施暂停执行。",
            "objections",
        )
    ]


def sanctions_suspended(ctx: RuleContext) -> bool:
    """True while an objection raised after the decision is still being verified."""
    decided = ctx.decision_date
    if decided is None:
        return False
    return any(o.received_date > decided and o.reply_date is None for o in ctx.case.objections)


def r08_deciding_body(ctx: RuleContext) -> list[Finding]:
    """R-08: letters go out in the name of a county-level (or higher) department.

    The profile part (named, not a township body) is ``office.deciding_body_findings``, shared with
    the office dialog; here a confirmed warning drops out, and the standard may ask for a higher level.
    """
    office = ctx.case.office
    out = [f for f in deciding_body_findings(office)
           if f.level is Level.BLOCK or not ctx.case.confirmed(f.rule, f.field)]
    std = ctx.standard
    if std is not None and std.deciding_level in {lvl.value for lvl in _LEVEL_ORDER}:
        need = AdminLevel(std.deciding_level)
        if _LEVEL_ORDER.index(office.level) < _LEVEL_ORDER.index(need):
            out.append(
                finding(
                    "R-08",
                    f"“{std.name}”由{ADMIN_LEVEL_LABELS[need]}以上机关认定，"
                    f"本机关为{ADMIN_LEVEL_LABELS[office.level]}。",
                    "office.level",
                )
            )
    return out


def r18_calendar(ctx: RuleContext) -> list[Finding]:
    """R-18: deadlines in years without holiday data are flagged."""
    seen: set[str] = set()
    out: list[Finding] = []
    for d in deadlines_of(ctx).values():
        for f in d.findings:
            if f.message not in seen:
                seen.add(f.message)
                out.append(f)
    return out


RULES = (r05_notice, r06_objections, r07_suspension, r08_deciding_body, r18_calendar)
