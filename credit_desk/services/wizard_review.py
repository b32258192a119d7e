"""The wizard's review page as data: every section of the decision with its values, generated from the case.

Each value is written as the officer reads it (names, not codes; dates the Chinese way), grouped by the
letter section it fills, with the pages that edit it and the findings still open in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from credit_desk.domain.catalog import SEVERITY_LABELS, Catalogs
from credit_desk.domain.dates import cn_date
from credit_desk.domain.model import INSTRUMENT_TYPE_LABELS, BasisInstrument, Case
from credit_desk.services.case_fields import get_value, is_empty, is_under
from credit_desk.services.wizard_pages import (
    Form,
    PageField,
    PageFinding,
    WizardCheck,
    field_shown,
    measure_options,
    options,
)

__all__ = ["ReviewItem", "ReviewSection", "describe", "review_sections"]


def _choice_label(catalog: str, code: str, case: Case, catalogs: Catalogs) -> str:
    return next((o.label for o in options(catalog, case, catalogs) if o.code == code), code)


def _instrument_line(ins: BasisInstrument) -> str:
    parts = [ins.title or INSTRUMENT_TYPE_LABELS[ins.type], ins.number, ins.issuing_body]
    dates = []
    if ins.issue_date:
        dates.append(f"{cn_date(ins.issue_date)}作出")
    if ins.effective_date:
        dates.append(f"{cn_date(ins.effective_date)}生效")
    return "　".join(p for p in [*parts, "，".join(dates)] if p)


def describe(case: Case, f: PageField, catalogs: Catalogs) -> str:
    """The value of a field as the officer reads it ("" when nothing is filled in)."""
    value = get_value(case, f.path)
    if f.kind == "bool":
        return "是" if value else "否"
    if is_empty(value):
        return ""
    if f.kind == "date":
        return cn_date(value)
    if f.kind == "choice":
        return _choice_label(f.arg, str(getattr(value, "value", value)), case, catalogs)
    if f.kind == "multi" and f.arg == "provisions":
        return "\n".join(catalogs.provision_citation(c) for c in value)
    if f.kind == "multi" and f.arg == "measures":
        by_code = {o.code: o for o in measure_options(case, catalogs)}
        lines = []
        for c in value:
            o = by_code.get(c)
            sev = SEVERITY_LABELS.get(o.severity, "") if o else ""
            lines.append(f"{o.label}（{o.basis}；{sev}）" if o else c)
        return "\n".join(lines)
    if f.kind == "list" and f.arg == "instruments":
        return "\n".join(_instrument_line(i) for i in value)
    if f.kind == "list":
        return "\n".join(str(v) for v in value)
    return str(value)


@dataclass(frozen=True, slots=True)
class ReviewItem:
    label: str
    text: str
    path: str
    page: str
    mandated: bool = False


@dataclass(frozen=True, slots=True)
class ReviewSection:
    """One section of the decision with its values, the pages that edit it and its open findings."""

    key: str
    heading: str
    items: tuple[ReviewItem, ...]
    pages: tuple[str, ...]
    findings: tuple[PageFinding, ...]


def review_sections(case: Case, form: Form, catalogs: Catalogs, check: WizardCheck) -> list[ReviewSection]:
    """The party block, then every section of the letter that wizard fields fill, in letter order."""
    pages = form.pages
    headings = {s.key: s.heading or s.key for s in form.sections}
    party_page = next((p for p in pages if any(f.section == "party" for f in p.fields)), None)
    headings["party"] = party_page.title if party_page else "当事人"
    out = []
    for key in ["party", *(s.key for s in form.sections)]:
        items = [
            ReviewItem(f.label, describe(case, f, catalogs), f.path, p.key, f.mandated)
            for p in pages
            for f in p.fields
            if f.section == key and field_shown(f, case)
        ]
        if not items:
            continue
        found = tuple(
            pf for pf in check.all_findings() if any(is_under(pf.finding.field, i.path) for i in items)
        )
        out.append(ReviewSection(key, headings[key], tuple(items), tuple(dict.fromkeys(i.page for i in items)), found))
    return out
