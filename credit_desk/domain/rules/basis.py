"""R-01…R-04: the listing rests on a lawful standard, field, instrument and criterion."""

from __future__ import annotations

from credit_desk.domain.catalog import INSTRUMENT_LEVEL_LABELS, InstrumentLevel
from credit_desk.domain.findings import Finding
from credit_desk.domain.model import INSTRUMENT_TYPE_LABELS, InstrumentType
from credit_desk.domain.rules.citations import finding
from credit_desk.domain.rules.context import RuleContext, Step

NATIONAL_LEVELS = frozenset(
    {
        InstrumentLevel.LAW,
        InstrumentLevel.ADMINISTRATIVE_REGULATION,
        InstrumentLevel.CENTRAL_POLICY,
        InstrumentLevel.DEPARTMENTAL_RULE,
    }
)
LOCAL_LEVELS = frozenset({InstrumentLevel.LOCAL_REGULATION})


def r01_standard_basis(ctx: RuleContext) -> list[Finding]:
    """R-01: the standard rests on 法律/行政法规/党中央国务院政策文件/部门规章 (national) or 地方性法规 (local)."""
    case = ctx.case
    if not case.standard_code:
        return [finding("R-01", "尚未选择认定标准（名单类别）。", "standard_code")]
    std = ctx.standard
    if std is None:
        return [finding("R-01", f"认定标准“{case.standard_code}”不在认定标准目录中。", "standard_code")]
    level = std.instrument.level
    allowed = NATIONAL_LEVELS if std.instrument.scope == "national" else LOCAL_LEVELS
    if level not in allowed:
        scope = "全国范围实施的名单" if std.instrument.scope == "national" else "仅在地方范围实施的名单"
        need = "法律、行政法规、党中央国务院政策文件或部门规章" if std.instrument.scope == "national" else "地方性法规"
        return [
            finding(
                "R-01",
                f"“{std.name}”的认定标准由{INSTRUMENT_LEVEL_LABELS[level]}《{std.instrument.name}》规定；"
                f"{scope}的认定标准应当由{need}规定，不能据此认定。",
                "standard_code",
            )
        ]
    return []


def r02_field(ctx: RuleContext) -> list[Finding]:
    """R-02: the standard's field is one of the four of 国发〔2016〕33号."""
    std = ctx.standard
    if std is None:
        return []
    if std.field_code not in ctx.catalogs.fields:
        return [
            finding(
                "R-02",
                f"“{std.name}”所属领域“{std.field_code}”不属于国发〔2016〕33号规定的四类严重失信行为领域。",
                "standard_code",
            )
        ]
    return []


def r03_instruments(ctx: RuleContext) -> list[Finding]:
    """R-03: at least one legally effective instrument, complete and effective before the decision."""
    case = ctx.case
    out: list[Finding] = []
    if not case.basis_instruments:
        if ctx.at_least(Step.NOTICE):
            out.append(
                finding("R-03", "缺少认定失信行为所依据的具有法律效力的文书（如生效的行政处罚决定书）。",
                        "basis_instruments")
            )
        return out
    for i, ins in enumerate(case.basis_instruments):
        where = f"basis_instruments[{i}]"
        label = ins.title or INSTRUMENT_TYPE_LABELS[ins.type]
        if ins.type is InstrumentType.OTHER:
            out.append(
                finding(
                    "R-03",
                    f"第{i + 1}份依据文书“{label}”不属于可认定失信行为的文书类型"
                    "（生效的司法裁判文书、仲裁文书、行政处罚和行政裁决等行政行为决定文书，"
                    "或法律、法规、党中央国务院政策文件规定的其他文书）。",
                    f"{where}.type",
                )
            )
        if ins.type is InstrumentType.OTHER_STATUTORY and not ins.named_by_law:
            out.append(
                finding("R-03", f"第{i + 1}份依据文书须注明规定其可作为认定依据的法律、法规条款。",
                        f"{where}.named_by_law")
            )
        for attr, name in (("number", "文号"), ("issuing_body", "作出机关"), ("issue_date", "作出日期"),
                           ("effective_date", "生效日期")):
            if not getattr(ins, attr):
                out.append(finding("R-03", f"第{i + 1}份依据文书“{label}”缺少{name}。", f"{where}.{attr}"))
        if ins.issue_date and ins.effective_date and ins.effective_date < ins.issue_date:
            out.append(
                finding("R-03", f"第{i + 1}份依据文书的生效日期早于作出日期，日期顺序有误。",
                        f"{where}.effective_date")
            )
        if case.conduct_date and ins.issue_date and ins.issue_date < case.conduct_date:
            out.append(
                finding("R-03", f"第{i + 1}份依据文书的作出日期早于失信行为发生日期，日期顺序有误。",
                        f"{where}.issue_date")
            )
        dd = ctx.decision_date
        if dd and ins.effective_date and ins.effective_date > dd:
            out.append(
                finding(
                    "R-03",
                    f"第{i + 1}份依据文书于{ins.effective_date:%Y-%m-%d}生效，晚于列入决定日期{dd:%Y-%m-%d}；"
                    "决定只能依据已经生效的文书作出。",
                    f"{where}.effective_date",
                )
            )
    return out


def r04_criterion(ctx: RuleContext) -> list[Finding]:
    """R-04: the conduct matches a criterion of the chosen standard."""
    std = ctx.standard
    if std is None:
        return []
    case = ctx.case
    if not case.criterion_code:
        return [finding("R-04", f"尚未选择“{std.name}”的具体认定情形。", "criterion_code")]
    if ctx.criterion is None:
        return [
            finding("R-04", f"认定情形“{case.criterion_code}”不是“{std.name}”的认定情形。", "criterion_code")
        ]
    if not case.conduct_summary.strip() and ctx.at_least(Step.NOTICE):
        return [finding("R-04", "未填写失信行为事实，无法说明其符合所选认定情形。", "conduct_summary")]
    return []


RULES = (r01_standard_basis, r02_field, r03_instruments, r04_criterion)
