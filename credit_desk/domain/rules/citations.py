"""The rules of SPEC §3: their IDs, levels and the provisions they rest on, in one table.

Messages name the rule and its citation so the officer can see why a step is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from credit_desk.domain.deadlines import R18_CITATION
from credit_desk.domain.findings import Finding, Level

GUOBAN_49 = "国办发〔2020〕49号"


@dataclass(frozen=True, slots=True)
class RuleInfo:
    rule: str
    level: Level
    title: str
    citation: str


RULES: dict[str, RuleInfo] = {
    r.rule: r
    for r in (
        RuleInfo("R-01", Level.BLOCK, "认定标准的制定依据", f"{GUOBAN_49} 四(六)(七)"),
        RuleInfo("R-02", Level.BLOCK, "严重失信主体名单设列领域", f"{GUOBAN_49} 四(六)；国发〔2016〕33号"),
        RuleInfo("R-03", Level.BLOCK, "具有法律效力的认定文书", f"{GUOBAN_49} 二(二)"),
        RuleInfo("R-04", Level.BLOCK, "符合认定标准", f"{GUOBAN_49} 四(七)"),
        RuleInfo("R-05", Level.BLOCK, "作出决定前告知", f"{GUOBAN_49} 四(八)"),
        RuleInfo("R-06", Level.BLOCK, "异议核实与答复", f"{GUOBAN_49} 四(八)；灌南县实施方案 四(一)"),
        RuleInfo("R-07", Level.BLOCK, "核实期间暂停惩戒", "黄石市实施意见 七(三)"),
        RuleInfo("R-08", Level.BLOCK, "认定机关层级", f"{GUOBAN_49} 四(八)"),
        RuleInfo("R-09", Level.BLOCK, "惩戒措施清单管理", f"{GUOBAN_49} 五(九)"),
        RuleInfo("R-10", Level.WARN, "过惩相当", f"{GUOBAN_49} 五(十)"),
        RuleInfo("R-11", Level.WARN, "宽容审慎认定", f"{GUOBAN_49} 八(十六)；灌南县实施方案 四(三)"),
        RuleInfo("R-12", Level.BLOCK, "决定书载明事项", f"{GUOBAN_49} 四(八)；国办发〔2025〕22号"),
        RuleInfo("R-13", Level.BLOCK, "身份标识有效", "GB 32100-2015；GB 11643-1999（SPEC R-13 数据质量）"),
        RuleInfo("R-14", Level.BLOCK, "个人信息脱敏公开", f"{GUOBAN_49} 三(四)"),
        RuleInfo("R-15", Level.BLOCK, "信用修复", f"{GUOBAN_49} 六(十一)(十二)"),
        RuleInfo("R-16", Level.BLOCK, "已发文书不可更改", "SPEC R-16（文书完整性）"),
        RuleInfo("R-17", Level.BLOCK, "信用信息查询使用登记", f"{GUOBAN_49} 七(十三)"),
        RuleInfo("R-18", Level.WARN, "节假日数据缺失", R18_CITATION),
    )
}


def finding(rule: str, message: str, field: str = "", *, level: Level | None = None) -> Finding:
    """A finding of ``rule`` with the rule's level and citation."""
    info = RULES[rule]
    return Finding(rule=rule, level=level or info.level, message=message, citation=info.citation, field=field)
