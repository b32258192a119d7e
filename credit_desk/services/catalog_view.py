"""Use case: the catalogs as rows to show (CLI list, GUI tables), with unverified texts marked."""

from __future__ import annotations

from credit_desk.domain.catalog import (
    INSTRUMENT_LEVEL_LABELS,
    MEASURE_CATEGORY_LABELS,
    SEVERITY_LABELS,
    VERIFICATION_LABELS,
    Catalogs,
    Verification,
)

#: Column headers per catalog kind (keys of the row dicts, then their Chinese labels).
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "standards": [("code", "代码"), ("name", "名单"), ("instrument", "认定标准依据"), ("level", "效力层级"),
                  ("period", "公示期限"), ("mark", "核对情况")],
    "measures": [("code", "代码"), ("text", "惩戒措施"), ("category", "类别"), ("severity", "轻重"),
                 ("basis", "法律依据"), ("body", "实施主体"), ("mark", "核对情况")],
    "provisions": [("code", "代码"), ("citation", "条款"), ("level", "效力层级"), ("text", "条文"),
                   ("mark", "核对情况")],
    "fields": [("code", "代码"), ("name", "领域（国发〔2016〕33号）")],
}


def verification_mark(v: Verification) -> str:
    """"" for texts checked against the statute; otherwise what the officer must know."""
    return "" if v is Verification.VERIFIED else VERIFICATION_LABELS[v]


def catalog_rows(c: Catalogs, kind: str) -> list[dict[str, str]]:
    """Rows of one catalog, keyed as in ``COLUMNS[kind]``."""
    if kind == "fields":
        return [{"code": f.code, "name": f.name} for f in c.fields.values()]
    if kind == "measures":
        return [
            {
                "code": m.code,
                "text": m.text,
                "category": MEASURE_CATEGORY_LABELS[m.category],
                "severity": SEVERITY_LABELS[m.severity],
                "basis": "；".join(c.provision_citation(p) for p in m.provision_codes) or m.basis_text,
                "body": m.implementing_body,
                "mark": verification_mark(m.verification),
            }
            for m in c.measures.values()
        ]
    if kind == "provisions":
        return [
            {
                "code": p.code,
                "citation": p.citation,
                "level": INSTRUMENT_LEVEL_LABELS[p.level],
                "text": p.text,
                "mark": verification_mark(p.verification),
            }
            for p in c.provisions.values()
        ]
    if kind == "standards":
        return [
            {
                "code": s.code,
                "name": s.name,
                "instrument": f"《{s.instrument.name}》{s.instrument.number}",
                "level": INSTRUMENT_LEVEL_LABELS[s.instrument.level],
                "period": s.publication_period.label(),
                "mark": verification_mark(s.verification),
            }
            for s in c.standards.values()
        ]
    raise ValueError(f"未知目录：{kind}")
