"""The facts of the lifecycle letters (D-02, D-04, D-05, D-06, D-07), read from the case's own records.

The case model holds the objections, the repair applications (``Case.repairs``), the deliveries
(``Case.deliveries``) and how the case ended (``Case.closing``). The caller only says *which* record a
letter is about, through ``settings`` (the contract with the lifecycle service):

* ``objection_index`` (int, default the last objection) for D-02;
* ``repair_index`` (int, default the last application) for D-04 and D-05;
* ``delivery_index`` (int into ``case.deliveries``) for D-06 printed after the delivery was recorded, or
  ``delivery_doc`` = {"doc_type": "D-03", "number": "…", "title": "…"} for D-06 printed *before* it: the
  送达回证 travels with the letter and is filled in by hand on delivery, so method and date print as
  blanks to be ticked and written.

Before the case model held these facts they came as whole mappings in ``settings`` (``repair``,
``delivery``, ``closing_reasons``, ``closing_findings``); those still work when the case has no record,
so letters prepared that way keep rendering the same.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from credit_desk.documents.text import bare, clean, date_cn
from credit_desk.domain.model import (
    DELIVERY_METHOD_LABELS,
    REPAIR_MATERIAL_LABELS,
    Case,
    ClosingKind,
    Delivery,
    ObjectionResult,
    RepairApplication,
    RepairOutcome,
)

OBJECTION_RESULT_LABELS = {
    ObjectionResult.UPHELD: "成立",
    ObjectionResult.REJECTED: "不成立",
    ObjectionResult.PARTLY: "部分成立",
}

# Keys of ``settings`` that carry a letter's own facts rather than office settings: read by letter_extras into
# the context entries below, and kept out of the ``settings`` snapshot (they may hold dates).
EXTRA_SETTING_KEYS = (
    "objection_index",
    "repair_index",
    "delivery_index",
    "delivery_doc",
    "repair",
    "delivery",
    "closing_reasons",
    "closing_findings",
)

# What a granted repair does to the information (SPEC §6 D-04); an officer may pass other wording.
REPAIR_EFFECTS = {
    "remove": "将{you}移出{list}",
    "stop_sharing": "终止共享、公开{you}的相关失信信息",
    "mark": "在信用信息系统中对相关失信信息标注“已修复”",
    "shield": "在“信用中国”网站、国家企业信用信息公示系统等公示渠道屏蔽相关失信信息",
    "delete": "依法删除相关失信信息",
}
DEFAULT_REPAIR_EFFECTS = ("remove", "stop_sharing", "mark", "shield")

# The title of each letter a 送达回证 may cover; {list} is the standard's list name.
DOC_TITLES = {
    "D-01": "列入{list}告知书",
    "D-02": "异议核实答复书",
    "D-03": "列入{list}决定书",
    "D-04": "信用修复（移出）决定书",
    "D-05": "不予信用修复（移出）决定书",
    "D-07": "不予列入决定书",
    "D-08": "信用修复告知书",
}

# Printed in place of the method and date on a 送达回证 made before delivery: the server ticks and writes.
# Short labels (the line already says 送达方式) and half-width gaps, so the six boxes fit one line.
BLANK_METHODS = " ".join(f"□{DELIVERY_METHOD_LABELS[m].removesuffix('送达')}" for m in DELIVERY_METHOD_LABELS)
BLANK_DATE = "＿＿＿＿年＿＿月＿＿日"

GRANTED_LABEL = "准予信用修复"
REFUSED_LABEL = "不予信用修复"

T = TypeVar("T")


def _text_or_date_cn(value: object) -> str:
    return date_cn(value) if isinstance(value, date) else clean(value)


def _lines(value: object) -> list[str]:
    items = [value] if isinstance(value, str) else (value if isinstance(value, (list, tuple)) else [])
    return [bare(i) for i in items if bare(i)]


def _pick(records: Sequence[T], index: object) -> T | None:
    """records[index] (negative counts from the end), or None when the index is not a valid int."""
    if isinstance(index, bool) or not isinstance(index, int):
        return None
    return records[index] if -len(records) <= index < len(records) else None


def _objection(case: Case, s: Mapping[str, Any]) -> dict[str, Any]:
    o = _pick(case.objections, s.get("objection_index", -1))
    return {
        "exists": o is not None,
        "received_date": date_cn(o.received_date) if o else "",
        "summary": bare(o.summary) if o else "",
        "verification": bare(o.verification) if o else "",
        "result": str(o.result) if o and o.result else "",
        "result_label": OBJECTION_RESULT_LABELS.get(o.result, "") if o and o.result else "",
        "reply_date": date_cn(o.reply_date) if o else "",
        "reply_number": clean(o.reply_number) if o else "",
    }


def _effects(effects: Sequence[object], you: str, list_name: str) -> list[str]:
    chosen = [str(e) for e in effects] or list(DEFAULT_REPAIR_EFFECTS)
    return [bare(REPAIR_EFFECTS.get(e, e).format(you=you, list=list_name)) for e in chosen]


def _repair_from_model(r: RepairApplication, you: str, list_name: str) -> dict[str, Any]:
    """A recorded application. ``granted``/``refused`` are filled only for the recorded outcome, so D-04
    refuses to print for a refused application and D-05 for a granted one (both mandate theirs)."""
    refused = r.outcome is RepairOutcome.REFUSED or r.accepted is False
    return {
        "application_date": date_cn(r.received_date),
        "acceptance_date": date_cn(r.acceptance_date) if r.accepted else "",
        "not_accepted": r.accepted is False,
        "materials": [REPAIR_MATERIAL_LABELS[m] for m in r.materials] + _lines(r.other_materials),
        "findings": _lines(r.findings),
        "effects": _effects(r.effects, you, list_name),
        "reasons": _lines(r.reasons),
        "effective_date": date_cn(r.decision_date),
        "granted": GRANTED_LABEL if r.outcome is RepairOutcome.GRANTED and r.accepted is not False else "",
        "refused": REFUSED_LABEL if refused else "",
    }


def _repair_from_settings(r: Mapping[str, Any], you: str, list_name: str) -> dict[str, Any]:
    """The older ``settings["repair"]`` mapping: it names no outcome unless it says so, and the letter
    chosen (D-04 or D-05) states it."""
    outcome = str(r.get("outcome") or "")
    applied = bool(r.get("application_date"))
    return {
        "application_date": _text_or_date_cn(r.get("application_date")),
        "acceptance_date": _text_or_date_cn(r.get("acceptance_date")),
        "not_accepted": False,
        "materials": _lines(r.get("materials")),
        "findings": _lines(r.get("findings")),
        "effects": _effects(r.get("effects") or (), you, list_name),
        "reasons": _lines(r.get("reasons")),
        "effective_date": _text_or_date_cn(r.get("effective_date")),
        "granted": GRANTED_LABEL if applied and outcome in ("", "granted") else "",
        "refused": REFUSED_LABEL if applied and outcome in ("", "refused") else "",
    }


def _repair(case: Case, s: Mapping[str, Any], you: str, list_name: str) -> dict[str, Any]:
    r = _pick(case.repairs, s.get("repair_index", -1))
    if r is not None:
        return _repair_from_model(r, you, list_name)
    legacy = s.get("repair")
    return _repair_from_settings(legacy if isinstance(legacy, Mapping) else {}, you, list_name)


def _known_number(case: Case, doc_type: str) -> str:
    """The number a letter of the case was issued under, when the case records it."""
    if doc_type == "D-01" and case.notice:
        return case.notice.number
    if doc_type == "D-03" and case.decision:
        return case.decision.number
    if doc_type == "D-02" and case.objections:
        return case.objections[-1].reply_number
    if doc_type in ("D-04", "D-05") and case.repairs:
        return case.repairs[-1].letter_number
    if doc_type == "D-07" and case.closing:
        return case.closing.letter_number
    return ""


def _delivery_from_model(case: Case, d: Delivery, list_name: str) -> dict[str, Any]:
    return {
        "doc_type": d.doc_type,
        "pending": False,
        "document_title": DOC_TITLES.get(d.doc_type, "").format(list=list_name),
        "document_number": clean(d.document_number or _known_number(case, d.doc_type)),
        "recipient": clean(d.recipient or case.subject.name),
        "method": DELIVERY_METHOD_LABELS[d.method],
        "place": clean(d.place or case.subject.address),
        "date": date_cn(d.delivered_date),
        "servers": _lines(d.servers),
        "proof": clean(d.proof),
        "note": clean(d.note),
    }


def _delivery_to_come(case: Case, doc: Mapping[str, Any], list_name: str) -> dict[str, Any]:
    """A 送达回证 printed with the letter it will prove: the method is ticked and the date written on delivery."""
    doc_type = clean(doc.get("doc_type"))
    title = bare(doc.get("title") or DOC_TITLES.get(doc_type, "").format(list=list_name)).strip("《》")
    return {
        "doc_type": doc_type,
        "pending": True,
        "document_title": title,
        "document_number": clean(doc.get("number") or _known_number(case, doc_type)),
        "recipient": clean(case.subject.name),
        "method": BLANK_METHODS,
        "place": clean(case.subject.address),
        "date": BLANK_DATE,
        "servers": [],
        "proof": "",
        "note": "",
    }


def _delivery_from_settings(case: Case, d: Mapping[str, Any], decision_title: str) -> dict[str, Any]:
    """The older ``settings["delivery"]`` mapping; by default the listing decision and its recorded delivery."""
    dec = case.decision
    return {
        "doc_type": clean(d.get("doc_type") or ("D-03" if dec else "")),
        "pending": False,
        "document_title": bare(d.get("document_title") or (decision_title if dec else "")).strip("《》"),
        "document_number": clean(d.get("document_number") or (dec.number if dec else "")),
        "recipient": clean(d.get("recipient") or case.subject.name),
        "method": clean(d.get("method") or (dec.delivery_method if dec else "")),
        "place": clean(d.get("place") or case.subject.address),
        "date": _text_or_date_cn(d.get("date") or (dec.delivered_date if dec else None)),
        "servers": _lines(d.get("servers")),
        "proof": clean(d.get("proof")),
        "note": clean(d.get("note")),
    }


def _delivery(case: Case, s: Mapping[str, Any], list_name: str, decision_title: str) -> dict[str, Any]:
    recorded = _pick(case.deliveries, s.get("delivery_index"))
    if recorded is not None:
        return _delivery_from_model(case, recorded, list_name)
    doc = s.get("delivery_doc")
    if isinstance(doc, Mapping):
        return _delivery_to_come(case, doc, list_name)
    if case.deliveries and "delivery" not in s:  # no index, no letter to come: the last recorded delivery
        return _delivery_from_model(case, case.deliveries[-1], list_name)
    legacy = s.get("delivery")
    return _delivery_from_settings(case, legacy if isinstance(legacy, Mapping) else {}, decision_title)


def _closing(case: Case, s: Mapping[str, Any]) -> dict[str, Any]:
    """How the case ended. ``not_listed`` is filled only for a non-listing (D-07 mandates it)."""
    c = case.closing
    if c is not None:
        return {
            "kind": str(c.kind),
            "not_listed": "不予列入" if c.kind is ClosingKind.NOT_LISTED else "",
            "date": date_cn(c.closing_date),
            "reasons": _lines(c.reasons),
            "findings": _lines(c.findings),
        }
    reasons = _lines(s.get("closing_reasons"))
    return {
        "kind": str(ClosingKind.NOT_LISTED) if reasons else "",
        "not_listed": "不予列入" if reasons else "",
        "date": "",
        "reasons": reasons,
        "findings": _lines(s.get("closing_findings")),
    }


def letter_extras(case: Case, s: Mapping[str, Any], *, you: str, list_name: str, decision_title: str) -> dict[str, Any]:
    """objection / repair / delivery / closing: the facts of D-02, D-04, D-05, D-06 and D-07.

    Absent values stay empty, and a form that mandates them refuses to print rather than print a blank.
    """
    return {
        "objection": _objection(case, s),
        "repair": _repair(case, s, you, list_name),
        "delivery": _delivery(case, s, list_name, decision_title),
        "closing": _closing(case, s),
    }
