"""R-09…R-11: sanctions only from the measures list, proportionate, and leniency considered."""

from __future__ import annotations

from credit_desk.domain.findings import Finding
from credit_desk.domain.identifiers import age_on, check_ric, ric_birth_date
from credit_desk.domain.model import SUBJECT_KIND_LABELS, Gravity, SubjectKind
from credit_desk.domain.rules.citations import finding
from credit_desk.domain.rules.context import RuleContext, Step


def r09_measures_list(ctx: RuleContext) -> list[Finding]:
    """R-09: every sanction is a catalog measure with a legal basis that applies to this subject."""
    case = ctx.case
    out: list[Finding] = []
    for i, text in enumerate(case.free_text_sanctions):
        out.append(
            finding(
                "R-09",
                f"惩戒措施“{text}”为自行填写的文字，不在失信惩戒措施清单中；只能从清单中选择措施。",
                f"free_text_sanctions[{i}]",
            )
        )
    seen: set[str] = set()
    for i, code in enumerate(case.sanction_codes):
        where = f"sanction_codes[{i}]"
        if code in seen:
            out.append(finding("R-09", f"惩戒措施“{code}”重复选择。", where))
            continue
        seen.add(code)
        m = ctx.catalogs.measures.get(code)
        if m is None:
            out.append(finding("R-09", f"惩戒措施“{code}”不在失信惩戒措施清单中。", where))
            continue
        if not m.provision_codes and not m.basis_text:
            out.append(finding("R-09", f"惩戒措施“{m.text}”在清单中没有法律依据，不能采用。", where))
        if m.subject_kinds and case.subject.kind.value not in m.subject_kinds:
            out.append(
                finding(
                    "R-09",
                    f"惩戒措施“{m.text}”不适用于{SUBJECT_KIND_LABELS[case.subject.kind]}。",
                    where,
                )
            )
    if ctx.at_least(Step.DECISION) and not case.sanction_codes:
        out.append(finding("R-09", "未从清单中选择任何失信惩戒措施，决定书的“失信惩戒措施提示”将为空。",
                           "sanction_codes"))
    return out


def r10_proportionality(ctx: RuleContext) -> list[Finding]:
    """R-10: heavy measures for minor conduct, or more measures than the standard lists, need a reason."""
    case = ctx.case
    out: list[Finding] = []
    minor_conduct = case.gravity is Gravity.SLIGHT or case.leniency.slight
    for i, code in enumerate(case.sanction_codes):
        m = ctx.catalogs.measures.get(code)
        if m is None:
            continue
        where = f"sanction_codes[{i}]"
        if minor_conduct and m.severity == "heavy" and not case.confirmed("R-10", where):
            out.append(
                finding(
                    "R-10",
                    f"失信行为被标为轻微，却选择了较重的惩戒措施“{m.text}”；防止小过重惩，须书面说明理由。",
                    where,
                )
            )
    std = ctx.standard
    if std is not None and std.measure_codes:
        extra = [c for c in case.sanction_codes if c in ctx.catalogs.measures and c not in std.measure_codes]
        if extra and not case.confirmed("R-10", "sanction_codes"):
            names = "、".join(ctx.catalogs.measures[c].text for c in extra)
            out.append(
                finding(
                    "R-10",
                    f"以下措施不在“{std.name}”所列措施范围内：{names}；须书面说明理由。",
                    "sanction_codes",
                )
            )
    return out


def minor_on_conduct_date(ctx: RuleContext) -> int | None:
    """The natural person's age on the conduct date, if it is below 18; else None."""
    s = ctx.case.subject
    if s.kind is not SubjectKind.NATURAL_PERSON or not ctx.case.conduct_date:
        return None
    if not check_ric(s.id_number).ok:
        return None
    age = age_on(ric_birth_date(s.id_number), ctx.case.conduct_date)
    return age if age < 18 else None


def r11_leniency(ctx: RuleContext) -> list[Finding]:
    """R-11: a minor, force majeure, no intent or slight conduct: listing needs a written reason."""
    case = ctx.case
    out: list[Finding] = []
    age = minor_on_conduct_date(ctx)
    checks = [
        (age is not None, "subject.id_number",
         f"当事人在失信行为发生时未满18周岁（{age}周岁），应宽容审慎认定；列入须书面说明理由。"),
        (case.leniency.force_majeure, "leniency.force_majeure",
         "失信行为受自然灾害、疫情等不可抗力影响，应宽容审慎认定；列入须书面说明理由。"),
        (case.leniency.no_intent, "leniency.no_intent",
         "失信行为非主观故意，应宽容审慎认定；列入须书面说明理由。"),
        (case.leniency.slight or case.gravity is Gravity.SLIGHT, "leniency.slight",
         "失信行为情节轻微，应宽容审慎认定；列入须书面说明理由。"),
    ]
    for applies, field, message in checks:
        if applies and not case.confirmed("R-11", field):
            out.append(finding("R-11", message, field))
    return out


RULES = (r09_measures_list, r10_proportionality, r11_leniency)
