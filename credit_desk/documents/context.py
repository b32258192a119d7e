"""``build_context``: everything a letter template needs, looked up and worded in advance.

Templates and the renderer never consult the case or the catalogs: they read this dictionary. It holds
only strings, booleans, lists and dicts, so it can be stored as the issued document's field snapshot
(JSON). Dates are already written the Chinese way ("2026年9月1日"). User text is stripped of control
characters here, once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from credit_desk.documents.context_extras import EXTRA_SETTING_KEYS, OBJECTION_RESULT_LABELS, letter_extras
from credit_desk.documents.errors import DocumentError
from credit_desk.documents.letter import cn_numeral, format_date_cn
from credit_desk.documents.text import bare, clean, date_cn, join_cn
from credit_desk.domain.catalog import (
    INSTRUMENT_LEVEL_LABELS,
    MEASURE_CATEGORY_LABELS,
    SEVERITY_LABELS,
    VERIFICATION_LABELS,
    Catalogs,
    Criterion,
    Provision,
    Standard,
    Verification,
)
from credit_desk.domain.model import (
    INSTRUMENT_TYPE_LABELS,
    SUBJECT_KIND_LABELS,
    Case,
    SubjectKind,
)

__all__ = ["CONTEXT_NAMES", "CONTEXT_SCHEMA", "build_context", "format_date_cn"]

# Statutory remedy periods, written out in Chinese numerals; catalog settings (reconsideration_period,
# litigation_period) take precedence when present.
RECONSIDERATION_PERIOD = "六十日"  # 行政复议法（2023）第二十条
RECONSIDERATION_BASIS = "《中华人民共和国行政复议法》第二十条"
LITIGATION_PERIOD = "六个月"  # 行政诉讼法 第四十六条
LITIGATION_BASIS = "《中华人民共和国行政诉讼法》第四十六条"
DEFAULT_REPAIR_MATERIALS = ("信用修复申请书", "履行法定义务、纠正失信行为的相关证明材料", "信用承诺书")



# How a body refers to itself in its letters ("本局"), by the ending of its name.
SELF_REFERENCE = (
    ("局", "本局"),
    ("委员会", "本委"),
    ("委", "本委"),
    ("办公室", "本办"),
    ("厅", "本厅"),
    ("办", "本办"),
    ("院", "本院"),
    ("署", "本署"),
    ("中心", "本中心"),
    ("政府", "本机关"),
)

# The keys of each dict-valued context entry: forms are checked against this at load, so a typo such
# as ``subject.nmae`` fails when the form is read, not when a letter is printed. A test keeps it in step
# with build_context.
CONTEXT_SCHEMA: dict[str, frozenset[str] | None] = {
    "doc": frozenset({"id", "number", "issue_date"}),
    "office": frozenset(
        {
            "deciding_body",
            "abbreviation",
            "level_label",
            "handling_unit",
            "address",
            "contact_person",
            "phone",
            "contact_line",
            "reconsideration_body",
            "court",
            "self_ref",
        }
    ),
    "subject": frozenset(
        {
            "name",
            "kind",
            "kind_label",
            "is_person",
            "you",
            "id_label",
            "id_value",
            "legal_rep_label",
            "legal_representative",
            "address_label",
            "address",
        }
    ),
    "party": None,
    "standard": frozenset(
        {
            "code",
            "name",
            "instrument",
            "basis_citations",
            "field",
            "deciding_body",
            "period",
            "publication_period",
            "publication_channels",
            "channels",
            "earliest_removal",
            "removal_conditions",
            "removal_procedure",
            "removal_time_limit",
            "materials",
            "repair_where",
            "auto_removal",
            "non_repairable",
            "hearing_allowed",
            "notice_period",
            "note",
        }
    ),
    "criterion": frozenset({"code", "text", "citations"}),
    "instruments": None,
    "provisions": None,
    "sanctions": None,
    "case": frozenset({"reference", "conduct_date", "conduct_summary", "gravity_label"}),
    "notice": frozenset(
        {
            "exists",
            "title",
            "number",
            "issue_date",
            "delivered_date",
            "delivery_method",
            "waived",
            "waiver_date",
        }
    ),
    "objections": None,
    "objections_summary": None,
    "decision": frozenset(
        {
            "title",
            "number",
            "date",
            "effective_date",
            "start",
            "effective_clause",
            "channels",
            "channels_list",
            "delivered_date",
        }
    ),
    "remedy": frozenset(
        {
            "reconsideration_body",
            "reconsideration_period",
            "reconsideration_basis",
            "court",
            "litigation_period",
            "litigation_basis",
        }
    ),
    "settings": None,
    # The lifecycle letters read the case's objection, repair, delivery and closing records, chosen by
    # index in ``settings`` (see EXTRA_SETTING_KEYS and context_extras.letter_extras).
    "objection": frozenset(
        {"exists", "received_date", "summary", "verification", "result", "result_label", "reply_date", "reply_number"}
    ),
    "repair": frozenset(
        {
            "application_date",
            "acceptance_date",
            "not_accepted",
            "materials",
            "findings",
            "effects",
            "reasons",
            "effective_date",
            "granted",
            "refused",
        }
    ),
    "delivery": frozenset(
        {
            "doc_type",
            "pending",
            "document_title",
            "document_number",
            "recipient",
            "method",
            "place",
            "date",
            "servers",
            "proof",
            "note",
        }
    ),
    "closing": frozenset({"kind", "not_listed", "date", "reasons", "findings"}),
}
CONTEXT_NAMES = frozenset(CONTEXT_SCHEMA)

_PERIOD_UNITS_CN = {"days": "日", "working_days": "个工作日", "months": "个月", "years": "年"}


def period_cn(value: object, default: str) -> str:
    """A period from settings ({"count": 60, "unit": "days"}) in words: 六十日; the default if unusable."""
    if isinstance(value, Mapping):
        count, unit = value.get("count"), value.get("unit")
        if isinstance(count, int) and 0 < count < 100 and unit in _PERIOD_UNITS_CN:
            return cn_numeral(count) + _PERIOD_UNITS_CN[unit]
    return default


def quote_inner(text: str) -> str:
    """Text to be quoted in “…”: its own double quotes become single ones (‘信用中国’)."""
    return text.replace("“", "‘").replace("”", "’")


def group_citations(provisions: Iterable[Provision]) -> str:
    """《A》第二条、第十二条、《B》第四部分第（八）项: the instrument is named once per run of articles.

    A provision whose article number the catalog has not confirmed (``article_known``) is cited as the
    instrument's 有关规定 — a letter never prints a guessed article or a note meant for the office.
    """
    runs: list[tuple[str, list[str], list[bool]]] = []
    for p in provisions:
        if not runs or runs[-1][0] != p.instrument:
            runs.append((p.instrument, [], [False]))
        articles, unknown = runs[-1][1], runs[-1][2]
        if p.article_known:
            if clean(p.article) not in articles:
                articles.append(clean(p.article))
        else:
            unknown[0] = True
    parts = []
    for instrument, articles, unknown in runs:
        cited = "、".join(articles)
        if unknown[0]:
            cited = f"{cited}及有关规定" if cited else "有关规定"
        parts.append(f"《{clean(instrument)}》{cited}")
    return "、".join(parts)


def _self_ref(body: str) -> str:
    for ending, ref in SELF_REFERENCE:
        if body.endswith(ending):
            return ref
    return "本机关"


def _provision(p: Provision) -> dict[str, Any]:
    note = "" if p.verification is Verification.VERIFIED else f"（{VERIFICATION_LABELS[p.verification]}）"
    return {
        "code": p.code,
        "citation": clean(p.citation),
        "instrument": clean(p.instrument),
        "number": clean(p.number),
        "article": clean(p.article),
        "level_label": INSTRUMENT_LEVEL_LABELS[p.level],
        "text": "".join(clean(p.text).split("\n")),
        "quoted": quote_inner("".join(clean(p.text).split("\n"))),
        "note": note,
        "verified": p.verification is Verification.VERIFIED,
    }


def _lookup_provision(catalogs: Catalogs, code: str, where: str) -> Provision:
    p = catalogs.provisions.get(code)
    if p is None:
        raise DocumentError(
            f"法律条文目录中没有编号为“{code}”的条文（{where}），请先维护条文目录。", field="provision_codes"
        )
    return p


def _standard(case: Case, catalogs: Catalogs) -> tuple[Standard, Criterion]:
    st = catalogs.standards.get(case.standard_code)
    if st is None:
        what = f"认定标准“{case.standard_code}”不在目录中" if case.standard_code else "尚未选择认定标准"
        raise DocumentError(f"{what}。", rule="R-01", field="standard_code")
    crit = next((c for c in st.criteria if c.code == case.criterion_code), None)
    if crit is None:
        what = (f"情形“{case.criterion_code}”不属于“{st.name}”" if case.criterion_code
                else f"尚未选择“{st.name}”的列入情形")
        raise DocumentError(f"{what}。", rule="R-04", field="criterion_code")
    return st, crit


def _subject(case: Case) -> dict[str, Any]:
    s = case.subject
    person = s.kind is SubjectKind.NATURAL_PERSON
    rep_label = {
        SubjectKind.LEGAL_PERSON: "法定代表人",
        SubjectKind.OTHER_ORG: "负责人",
        SubjectKind.INDIVIDUAL_BUSINESS: "经营者",
    }.get(s.kind, "")
    return {
        "name": clean(s.name),
        "kind": str(s.kind),
        "kind_label": SUBJECT_KIND_LABELS[s.kind],
        "is_person": person,
        "you": "你" if person else "你单位",
        "id_label": "公民身份号码" if person else "统一社会信用代码",
        "id_value": clean(s.id_number if person else s.uscc),
        "legal_rep_label": rep_label,
        "legal_representative": "" if person else clean(s.legal_representative),
        "address_label": "住址" if person else "住所",
        "address": clean(s.address),
    }


def _party(subject: Mapping[str, Any]) -> list[dict[str, str]]:
    lines = [("当事人", subject["name"]), (subject["id_label"], subject["id_value"])]
    if subject["legal_rep_label"] and subject["legal_representative"]:
        lines.append((subject["legal_rep_label"], subject["legal_representative"]))
    if subject["address"]:
        lines.append((subject["address_label"], subject["address"]))
    return [{"label": k, "value": v} for k, v in lines]


def _objections(case: Case, you: str, self_ref: str) -> tuple[list[dict[str, Any]], str]:
    items = []
    sentences = []
    for o in case.objections:
        result = OBJECTION_RESULT_LABELS.get(o.result, "") if o.result else ""
        item = {
            "received_date": date_cn(o.received_date),
            "summary": bare(o.summary),
            "verification": bare(o.verification),
            "result_label": result,
            "reply_date": date_cn(o.reply_date),
            "reply_number": clean(o.reply_number),
        }
        items.append(item)
        s = f"{you}于{item['received_date']}提出异议"
        if item["summary"]:
            s += f"，称{item['summary']}"
        s += f"。{self_ref}依法进行了核实"
        if item["reply_date"]:
            s += f"，并于{item['reply_date']}作出答复"
            if item["reply_number"]:
                s += f"（{item['reply_number']}）"
        if result:
            s += f"，认定异议{result}"
        sentences.append(s + "。")
    if sentences:
        return items, "".join(sentences)
    notice = case.notice
    if notice and notice.waived:
        when = f"于{date_cn(notice.waiver_date)}" if notice.waiver_date else ""
        return items, f"{you}{when}书面放弃陈述、申辩的权利。"
    return items, f"{you}在规定期限内未提出陈述、申辩意见，也未提出异议。"


def build_context(
    case: Case,
    catalogs: Catalogs,
    *,
    doc_id: str,
    number: str,
    issue_date: date,
    settings: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The template context of one letter of one case.

    Raises:
        DocumentError: the case names a standard, criterion, provision or measure the catalogs lack,
            or carries free-text sanctions (R-09).
    """
    merged_settings: dict[str, Any] = {**catalogs.settings, **(settings or {})}
    st, crit = _standard(case, catalogs)
    off = case.office
    self_ref = clean(merged_settings.get("self_reference") or _self_ref(off.deciding_body))
    subject = _subject(case)
    you = subject["you"]

    office = {
        "deciding_body": clean(off.deciding_body),
        "abbreviation": clean(off.abbreviation),
        "level_label": str(off.level),
        "handling_unit": clean(off.handling_unit),
        "address": clean(off.address),
        "contact_person": clean(off.contact_person),
        "phone": clean(off.phone),
        "contact_line": join_cn(
            [
                f"地址：{clean(off.address)}" if off.address else "",
                f"联系人：{clean(off.contact_person)}" if off.contact_person else "",
                f"联系电话：{clean(off.phone)}" if off.phone else "",
            ],
            "；",
        ),
        "reconsideration_body": clean(off.reconsideration_body),
        "court": clean(off.court),
        "self_ref": self_ref,
    }

    # provisions quoted in the letter: the criterion's and the officer's choice (the standard's basis if
    # neither names any); all of them, the standard's basis first, are cited in the 依据 sentence
    quoted = list(dict.fromkeys([*crit.provision_codes, *case.provision_codes])) or list(st.basis_provision_codes)
    provisions = [_provision(_lookup_provision(catalogs, c, "依据条文")) for c in quoted]
    cited = list(dict.fromkeys([*st.basis_provision_codes, *crit.provision_codes, *case.provision_codes]))
    basis_citations = group_citations(_lookup_provision(catalogs, c, "依据条文") for c in cited)

    if case.free_text_sanctions:
        raise DocumentError(
            "失信惩戒措施只能从措施清单中选择，自由填写的措施不能写入决定书（R-09，国办发〔2020〕49号 五(九)）。",
            rule="R-09",
            field="free_text_sanctions",
        )
    sanctions = []
    for code in case.sanction_codes:
        m = catalogs.measures.get(code)
        if m is None:
            raise DocumentError(
                f"失信惩戒措施清单中没有编号为“{code}”的措施（R-09）。", rule="R-09", field="sanction_codes"
            )
        where = f"措施“{bare(m.text)}”的依据"
        cites = group_citations(_lookup_provision(catalogs, c, where) for c in m.provision_codes)
        sanctions.append(
            {
                "code": m.code,
                "text": bare(m.text),
                "basis": clean(cites or m.basis_text),
                "implementing_body": clean(m.implementing_body),
                "category": m.category,
                "category_label": MEASURE_CATEGORY_LABELS[m.category],
                "severity_label": SEVERITY_LABELS[m.severity],
                "note": "" if m.verification is Verification.VERIFIED else f"（{VERIFICATION_LABELS[m.verification]}）",
            }
        )

    field = catalogs.fields.get(st.field_code)
    instrument_name = clean(st.instrument.name)
    instrument_title = instrument_name if instrument_name.startswith("《") else f"《{instrument_name}》"
    inst_number = clean(st.instrument.number)
    channels = [
        clean(c)
        for c in ((case.decision.publication_channels if case.decision else []) or st.publication_channels)
        if clean(c)
    ]
    materials = [
        bare(m) for m in (st.repair_materials or merged_settings.get("repair_materials") or DEFAULT_REPAIR_MATERIALS)
    ]
    standard = {
        "code": st.code,
        "name": clean(st.name),
        "instrument": {
            "name": instrument_name,
            "number": inst_number,
            "level_label": INSTRUMENT_LEVEL_LABELS[st.instrument.level],
            "full": f"{instrument_title}（{inst_number}）" if inst_number else instrument_title,
        },
        "basis_citations": basis_citations or instrument_title,
        "field": clean(field.name) if field else "",
        "deciding_body": clean(st.deciding_body),
        "period": st.publication_period.label(),
        "publication_period": st.publication_period.label(),
        "publication_channels": channels,
        "channels": join_cn(channels),
        "earliest_removal": st.earliest_removal.label(),
        "removal_conditions": [bare(c) for c in (case.removal_conditions or st.removal_conditions) if bare(c)],
        "removal_procedure": clean(case.removal_procedure or st.removal_procedure),
        "removal_time_limit": st.removal_time_limit.label(),
        "materials": [m for m in materials if m],
        "repair_where": bare(st.repair_where),
        "auto_removal": st.auto_removal,
        "non_repairable": [bare(n) for n in st.non_repairable if bare(n)],
        "hearing_allowed": st.hearing_allowed,
        "notice_period": st.notice_period.label(),
        "note": "" if st.verification is Verification.VERIFIED else f"（{VERIFICATION_LABELS[st.verification]}）",
    }
    criterion = {
        "code": crit.code,
        "text": bare(crit.text),
        "citations": group_citations(_lookup_provision(catalogs, c, "列入情形") for c in crit.provision_codes),
    }
    instruments = []
    for b in case.basis_instruments:
        type_label = INSTRUMENT_TYPE_LABELS[b.type]
        title = bare(b.title).strip("《》")
        instruments.append(
            {
                "type": str(b.type),
                "type_label": type_label,
                "title": title,
                "name": title or type_label,
                "number": clean(b.number),
                "issuing_body": clean(b.issuing_body),
                "issue_date": date_cn(b.issue_date),
                "effective_date": date_cn(b.effective_date),
                "named_by_law": clean(b.named_by_law),
            }
        )

    n = case.notice
    notice = {
        "exists": bool(n and (n.number or n.issue_date)),
        "title": f"列入{clean(st.name)}告知书",
        "number": clean(n.number) if n else "",
        "issue_date": date_cn(n.issue_date) if n else "",
        "delivered_date": date_cn(n.delivered_date) if n else "",
        "delivery_method": clean(n.delivery_method) if n else "",
        "waived": bool(n and n.waived),
        "waiver_date": date_cn(n.waiver_date) if n else "",
    }
    objections, objections_summary = _objections(case, you, self_ref)

    dec = case.decision
    is_decision = doc_id == "D-03"
    effective = dec.effective_date if dec else None
    decision = {
        "title": f"列入{clean(st.name)}决定书",
        "number": clean(number) if is_decision else clean(dec.number if dec else ""),
        "date": format_date_cn(issue_date) if is_decision else date_cn(dec.decision_date if dec else None),
        "effective_date": date_cn(effective),
        "start": date_cn(effective) or "本决定生效之日",
        "effective_clause": f"本决定自{date_cn(effective)}起生效。" if effective else "本决定自送达之日起生效。",
        "channels": join_cn(channels),
        "channels_list": channels,
        "delivered_date": date_cn(dec.delivered_date if dec else None),
    }
    remedy = {
        "reconsideration_body": office["reconsideration_body"],
        "reconsideration_period": period_cn(merged_settings.get("reconsideration_period"), RECONSIDERATION_PERIOD),
        "reconsideration_basis": RECONSIDERATION_BASIS,
        "court": office["court"],
        "litigation_period": period_cn(merged_settings.get("litigation_period"), LITIGATION_PERIOD),
        "litigation_basis": LITIGATION_BASIS,
    }
    return {
        "doc": {"id": doc_id, "number": clean(number), "issue_date": format_date_cn(issue_date)},
        "office": office,
        "subject": subject,
        "party": _party(subject),
        "standard": standard,
        "criterion": criterion,
        "instruments": instruments,
        "provisions": provisions,
        "sanctions": sanctions,
        "case": {
            "reference": clean(case.reference),
            "conduct_date": date_cn(case.conduct_date),
            "conduct_summary": clean(case.conduct_summary),
            "gravity_label": {"slight": "轻微", "general": "一般", "serious": "严重"}[str(case.gravity)],
        },
        "notice": notice,
        "objections": objections,
        "objections_summary": objections_summary,
        "decision": decision,
        "remedy": remedy,
        "settings": {k: v for k, v in merged_settings.items() if k != "fonts" and k not in EXTRA_SETTING_KEYS},
        **letter_extras(case, merged_settings, you=you, list_name=standard["name"], decision_title=decision["title"]),
    }
