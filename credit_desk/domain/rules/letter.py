"""R-12…R-14: the decision states its five sections, identifiers are valid, publication is masked."""

from __future__ import annotations

from credit_desk.domain.findings import Finding, Level
from credit_desk.domain.identifiers import check_ric, check_uscc
from credit_desk.domain.masking import public_text_for_subject
from credit_desk.domain.model import Case, SubjectKind
from credit_desk.domain.rules.citations import finding
from credit_desk.domain.rules.context import RuleContext, Step

#: The five sections 49号 四(八) requires in the decision, with what fills each.
MANDATED_SECTIONS = {
    "reason": "事由",
    "basis": "依据",
    "sanctions": "失信惩戒措施提示",
    "removal": "移出条件和程序",
    "remedy": "救济措施",
}


def r12_decision_sections(ctx: RuleContext) -> list[Finding]:
    """R-12: none of 事由, 依据, 失信惩戒措施提示, 移出条件和程序, 救济措施 may be empty."""
    if not ctx.at_least(Step.DECISION):
        return []
    case = ctx.case
    std = ctx.standard
    out: list[Finding] = []

    def empty(section: str, what: str, field: str) -> None:
        out.append(finding("R-12", f"决定书“{MANDATED_SECTIONS[section]}”部分为空：{what}。", field))

    if not case.conduct_summary.strip():
        empty("reason", "未填写失信行为事实", "conduct_summary")
    if not case.basis_instruments:
        empty("reason", "未列明所依据的法律文书", "basis_instruments")
    if not case.provision_codes and not (std and std.basis_provision_codes):
        empty("basis", "未引用任何法律条款", "provision_codes")
    for i, code in enumerate(case.provision_codes):
        if code not in ctx.catalogs.provisions:
            out.append(finding("R-12", f"引用的条款“{code}”不在法律条款目录中，无法逐字引用。",
                               f"provision_codes[{i}]"))
    if not case.sanction_codes:
        empty("sanctions", "未选择失信惩戒措施", "sanction_codes")
    conditions = case.removal_conditions or (std.removal_conditions if std else [])
    procedure = case.removal_procedure or (std.removal_procedure if std else "")
    if not [c for c in conditions if c.strip()]:
        empty("removal", "未载明移出条件", "removal_conditions")
    if not procedure.strip():
        empty("removal", "未载明移出程序", "removal_procedure")
    if not case.office.reconsideration_body:
        empty("remedy", "未载明行政复议机关（申请期限六十日）", "office.reconsideration_body")
    if not case.office.court:
        empty("remedy", "未载明管辖人民法院（起诉期限六个月）", "office.court")
    decision = case.decision
    if decision is not None and not decision.decision_date:
        out.append(finding("R-12", "未填写决定日期。", "decision.decision_date"))
    if decision is not None and decision.decision_date and decision.effective_date and (
        decision.effective_date < decision.decision_date
    ):
        out.append(finding("R-12", "决定生效日期早于决定日期，日期顺序有误。", "decision.effective_date"))
    return out


def r13_identifiers(ctx: RuleContext) -> list[Finding]:
    """R-13: 统一社会信用代码 and 居民身份证号码 are valid where required or given."""
    s = ctx.case.subject
    out: list[Finding] = []
    if not s.name.strip():
        out.append(finding("R-13", "未填写当事人名称或姓名。", "subject.name"))
    if s.kind is SubjectKind.NATURAL_PERSON:
        if not s.id_number:
            out.append(finding("R-13", "自然人须填写居民身份证号码。", "subject.id_number"))
        else:
            res = check_ric(s.id_number, today=ctx.today)
            if not res.ok:
                out.append(finding("R-13", res.message, "subject.id_number"))
        if s.uscc:
            res = check_uscc(s.uscc)
            if not res.ok:
                out.append(finding("R-13", res.message, "subject.uscc"))
        return out
    if not s.uscc:
        if s.kind is not SubjectKind.INDIVIDUAL_BUSINESS:
            out.append(finding("R-13", "法人和非法人组织须填写统一社会信用代码。", "subject.uscc"))
    else:
        res = check_uscc(s.uscc)
        if not res.ok:
            out.append(finding("R-13", res.message, "subject.uscc"))
    if s.id_number:
        res = check_ric(s.id_number, today=ctx.today)
        if not res.ok:
            out.append(finding("R-13", res.message, "subject.id_number"))
    return out


def check_publication_text(case: Case, public_text: str) -> list[Finding]:
    """R-14: public text shows no unmasked personal data (without basis or consent) and no trade secret."""
    s = case.subject
    out: list[Finding] = []
    if s.trade_secret_notes.strip() and s.trade_secret_notes.strip() in public_text:
        out.append(finding("R-14", "公示内容含有商业秘密，商业秘密一律不得公开。", "subject.trade_secret_notes"))
    if s.kind is not SubjectKind.NATURAL_PERSON:
        return out
    if case.publication_consent or case.publication_legal_basis.strip():
        return out
    masked = public_text_for_subject(s, consent=False, legal_basis="")
    exposed = []
    if s.id_number and s.id_number in public_text:
        exposed.append("完整身份证号码")
    if len(s.name) > 1 and s.name in public_text and masked.get("name") != s.name:
        exposed.append("完整姓名")
    if s.address and s.address in public_text and masked.get("address") != s.address:
        exposed.append("详细住址")
    if exposed:
        out.append(
            finding(
                "R-14",
                f"公示内容含有自然人的{'、'.join(exposed)}；未登记法律依据或本人同意的，须脱敏后公开。",
                "publication",
            )
        )
    return out


def r12_uncertain_articles(ctx: RuleContext) -> list[Finding]:
    """R-12, a note (a warning no reason removes): a provision the letters cite whose article number the
    catalog has not confirmed against the official text. The letter then cites the instrument's 有关规定,
    never a guessed article; the officer learns it before issuing, with where to get it corrected."""
    if not ctx.at_least(Step.NOTICE):
        return []
    case, std, crit = ctx.case, ctx.standard, ctx.criterion
    basis = [*(std.basis_provision_codes if std else []), *(crit.provision_codes if crit else []),
             *case.provision_codes]
    measures = [c for code in case.sanction_codes if (m := ctx.catalogs.measures.get(code))
                for c in m.provision_codes]
    out: list[Finding] = []
    seen: set[str] = set()
    for field, codes in (("provision_codes", basis), ("sanction_codes", measures)):
        for code in codes:
            p = ctx.catalogs.provisions.get(code)
            if p is None or p.article_known or code in seen:
                continue
            seen.add(code)
            out.append(finding(
                "R-12",
                f"所引《{p.instrument}》的“{p.article}”尚未与官方文本核对条款序号，文书中写作“《{p.instrument}》"
                "有关规定”，不写条款序号。如需写明，请把核对后的条款报送软件维护单位更新法律条款目录。",
                field, level=Level.WARN))
    return out


RULES = (r12_decision_sections, r12_uncertain_articles, r13_identifiers)
