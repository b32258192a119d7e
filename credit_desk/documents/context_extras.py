"""The facts of the lifecycle letters (D-02, D-04, D-05, D-06, D-07) that the case model does not hold yet.

They reach the templates through ``settings`` (repair application, delivery, reasons for not listing) and
become the ``objection``, ``repair``, ``delivery`` and ``closing`` context entries.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from credit_desk.documents.text import bare, clean, date_cn
from credit_desk.domain.model import Case, ObjectionResult

OBJECTION_RESULT_LABELS = {
    ObjectionResult.UPHELD: "成立",
    ObjectionResult.REJECTED: "不成立",
    ObjectionResult.PARTLY: "部分成立",
}

# Keys of ``settings`` that carry a letter's own facts rather than office settings: read by letter_extras into
# the context entries below, and kept out of the ``settings`` snapshot (they may hold dates).
EXTRA_SETTING_KEYS = ("objection_index", "repair", "delivery", "closing_reasons", "closing_findings")

# What a granted repair does to the information (SPEC §6 D-04); an officer may pass other wording.
REPAIR_EFFECTS = {
    "remove": "将{you}移出{list}",
    "stop_sharing": "终止共享、公开{you}的相关失信信息",
    "mark": "在信用信息系统中对相关失信信息标注“已修复”",
    "shield": "在“信用中国”网站、国家企业信用信息公示系统等公示渠道屏蔽相关失信信息",
    "delete": "依法删除相关失信信息",
}
DEFAULT_REPAIR_EFFECTS = ("remove", "stop_sharing", "mark", "shield")


def _text_ordate_cn(value: object) -> str:
    return date_cn(value) if isinstance(value, date) else clean(value)


def _lines(value: object) -> list[str]:
    items = [value] if isinstance(value, str) else (value if isinstance(value, (list, tuple)) else [])
    return [bare(i) for i in items if bare(i)]


def letter_extras(case: Case, s: Mapping[str, Any], *, you: str, list_name: str, decision_title: str) -> dict[str, Any]:
    """objection / repair / delivery / closing: the facts of D-02, D-04, D-05, D-06 and D-07.

    The case model does not record repair applications, deliveries of every letter or the reasons for
    not listing yet, so the caller passes them in ``settings``; absent values stay empty, and a form that
    mandates them refuses to print rather than print a blank.
    """
    index = s.get("objection_index", -1)
    o = None
    if case.objections and isinstance(index, int) and -len(case.objections) <= index < len(case.objections):
        o = case.objections[index]
    objection = {
        "exists": o is not None,
        "received_date": date_cn(o.received_date) if o else "",
        "summary": bare(o.summary) if o else "",
        "verification": bare(o.verification) if o else "",
        "result": str(o.result) if o and o.result else "",
        "result_label": OBJECTION_RESULT_LABELS.get(o.result, "") if o and o.result else "",
        "reply_date": date_cn(o.reply_date) if o else "",
        "reply_number": clean(o.reply_number) if o else "",
    }
    r = s.get("repair") if isinstance(s.get("repair"), Mapping) else {}
    effects = r.get("effects") or DEFAULT_REPAIR_EFFECTS
    repair = {
        "application_date": _text_ordate_cn(r.get("application_date")),
        "materials": _lines(r.get("materials")),
        "findings": _lines(r.get("findings")),
        "effects": [bare(REPAIR_EFFECTS.get(str(e), str(e)).format(you=you, list=list_name)) for e in effects],
        "reasons": _lines(r.get("reasons")),
        "effective_date": _text_ordate_cn(r.get("effective_date")),
    }
    d = s.get("delivery") if isinstance(s.get("delivery"), Mapping) else {}
    dec = case.decision
    delivery = {
        "document_title": bare(d.get("document_title") or (decision_title if dec else "")).strip("《》"),
        "document_number": clean(d.get("document_number") or (dec.number if dec else "")),
        "recipient": clean(d.get("recipient") or case.subject.name),
        "method": clean(d.get("method") or (dec.delivery_method if dec else "")),
        "place": clean(d.get("place") or case.subject.address),
        "date": _text_ordate_cn(d.get("date") or (dec.delivered_date if dec else None)),
        "servers": _lines(d.get("servers")),
        "note": clean(d.get("note")),
    }
    closing = {"reasons": _lines(s.get("closing_reasons")), "findings": _lines(s.get("closing_findings"))}
    return {"objection": objection, "repair": repair, "delivery": delivery, "closing": closing}
