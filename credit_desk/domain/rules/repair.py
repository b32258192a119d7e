"""R-15 (credit repair) and R-14 on the publication record: what the lifecycle after the decision must respect.

Repair is free (国办发〔2020〕49号 六(十二)): the model has no fee field, and any wording that asks for
a fee in the application's texts is refused. A refusal, of the application or of the repair, carries
its reasons; a grant needs a complete application, the minimum period run out and the effects on the
information named. A late decision cannot be undone, so it is a warning kept on the case (and a red
item on the dashboard), not a block.
"""

from __future__ import annotations

import re

from credit_desk.domain.dates import cn_date
from credit_desk.domain.findings import Finding, Level
from credit_desk.domain.model import REPAIR_MATERIAL_LABELS, RepairMaterial, RepairOutcome
from credit_desk.domain.rules.citations import finding
from credit_desk.domain.rules.context import RuleContext
from credit_desk.domain.rules.letter import check_publication_text
from credit_desk.domain.rules.procedure import deadlines_of

#: Words that ask the party for money for the repair itself (罚款 paid as an obligation is not a fee).
FEE_WORDS = re.compile(r"收费|费用|修复费|服务费|手续费|培训费|咨询费|缴费")

#: Materials a complete application holds (国办发〔2025〕22号; the standard may name more).
REQUIRED_MATERIALS = (RepairMaterial.OBLIGATIONS, RepairMaterial.COMMITMENT)


def fee_findings(texts: dict[str, list[str] | str]) -> list[Finding]:
    """R-15: no fee is ever asked or recorded. ``texts`` maps a field path to its text(s)."""
    out: list[Finding] = []
    for where, value in texts.items():
        for text in [value] if isinstance(value, str) else value:
            m = FEE_WORDS.search(text)
            if m:
                out.append(
                    finding("R-15", f"信用修复不收取任何费用；“{m.group(0)}”不得出现在修复材料或决定中。", where)
                )
                break
    return out


def r15_repair(ctx: RuleContext) -> list[Finding]:
    """R-15 on every repair application of the case."""
    case = ctx.case
    out: list[Finding] = []
    dl = deadlines_of(ctx) if case.repairs else {}
    earliest = dl.get("earliest_repair")
    for i, app in enumerate(case.repairs):
        where = f"repairs[{i}]"
        n = f"第{i + 1}项信用修复申请"
        out += fee_findings({f"{where}.other_materials": app.other_materials, f"{where}.findings": app.findings,
                             f"{where}.reasons": app.reasons})
        if case.decision is None or not case.decision.number:
            out.append(finding("R-15", f"{n}：案件尚未作出列入决定，不存在可修复的失信信息。", where))
        refused = app.accepted is False or app.outcome is RepairOutcome.REFUSED
        if refused and not any(r.strip() for r in app.reasons):
            out.append(finding("R-15", f"{n}：不予受理或不予修复的，须书面说明理由。", f"{where}.reasons"))
        if app.outcome is not None and app.accepted is not True:
            out.append(finding("R-15", f"{n}：申请尚未受理，不能作出修复决定。", f"{where}.accepted"))
        if app.outcome is not None and app.decision_date is None:
            out.append(finding("R-15", f"{n}：须登记修复决定日期。", f"{where}.decision_date"))
        if app.decision_date and app.decision_date < app.received_date:
            out.append(finding("R-15", f"{n}：决定日期早于申请日期，日期顺序有误。", f"{where}.decision_date"))
        waiting = [m for m in REQUIRED_MATERIALS if m not in app.materials]
        pending = app.accepted is True and app.outcome is None
        if pending and waiting and not case.confirmed("R-15", f"{where}.materials"):
            names = "、".join(REPAIR_MATERIAL_LABELS[m] for m in waiting)
            out.append(finding(
                "R-15", f"{n}：材料不齐全（缺少{names}）。应先一次性告知当事人补正；仍要受理的，请写明理由。",
                f"{where}.materials", level=Level.WARN))
        if app.outcome is RepairOutcome.GRANTED:
            missing = [m for m in REQUIRED_MATERIALS if m not in app.materials]
            if missing:
                names = "、".join(REPAIR_MATERIAL_LABELS[m] for m in missing)
                out.append(finding("R-15", f"{n}：材料不齐全（缺少{names}），不能准予修复。", f"{where}.materials"))
            if not app.effects:
                out.append(
                    finding("R-15", f"{n}：准予修复的，须载明对失信信息的处理（移出名单、终止共享公开等）。",
                            f"{where}.effects")
                )
            if earliest is not None and app.decision_date is not None and app.decision_date < earliest.due:
                out.append(
                    finding("R-15", f"{n}：最短公示期至{cn_date(earliest.due)}方满，此前不能准予修复。",
                            f"{where}.decision_date")
                )
        due = dl.get(f"repair_decision:{i}")
        if due is None or app.accepted is False:
            continue
        if app.decision_date is not None and app.decision_date > due.due:
            late = f"实际于{cn_date(app.decision_date)}作出决定，超过办理时限"
        elif app.decision_date is None and ctx.today > due.due:
            late = "至今尚未作出决定，已超过办理时限"
        else:
            continue
        out.append(finding("R-15", f"{n}应于{cn_date(due.due)}前作出决定，{late}。", f"{where}.decision_date",
                           level=Level.WARN))
    return out


def r14_publication(ctx: RuleContext) -> list[Finding]:
    """R-14 on the publication record: the published text is masked (or a basis/consent is recorded)."""
    pub = ctx.case.publication
    if pub is None:
        return []
    out = check_publication_text(ctx.case, pub.public_text)
    if pub.end_date and pub.end_date < pub.start_date:
        out.append(finding("R-14", "公示截止日期早于公示开始日期，日期顺序有误。", "publication.end_date"))
    if pub.withdrawn_date and pub.withdrawn_date < pub.start_date:
        out.append(finding("R-14", "撤下公示日期早于公示开始日期，日期顺序有误。", "publication.withdrawn_date"))
    return out


RULES = (r14_publication, r15_repair)
