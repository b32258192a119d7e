"""What the drafting wizard shows, computed from the case: options, typed codes, findings per page.

The wizard's widgets hold no rules: they ask this module which measures a party of this kind may get
under this standard, which findings belong on a page and whether they stop it, whether a typed code is
valid so far. Pages come from the form (``form_pages``); the review page is ``wizard_review``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from credit_desk.documents.form_pages import PageField, WizardPage
from credit_desk.domain.calendar import WorkCalendar
from credit_desk.domain.catalog import INSTRUMENT_LEVEL_LABELS, Catalogs
from credit_desk.domain.findings import Finding, Level
from credit_desk.domain.identifiers import USCC_ALPHABET, check_ric, check_uscc, normalize
from credit_desk.domain.model import (
    ADMIN_LEVEL_LABELS,
    INSTRUMENT_TYPE_LABELS,
    SUBJECT_KIND_LABELS,
    Case,
)
from credit_desk.domain.rules import Step, step_for
from credit_desk.services.case_fields import get_value, is_empty, is_under
from credit_desk.services.catalog_view import verification_mark
from credit_desk.services.checking import check_case, confirmable_warnings

if TYPE_CHECKING:  # the forms (jinja2 templates) load with the first wizard, not with the case page
    from credit_desk.documents.forms import Form


def __getattr__(name: str) -> Any:
    """``Form`` for the wizard's modules without importing the forms (jinja2) when this module loads."""
    if name == "Form":
        from credit_desk.documents.forms import Form

        return Form
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "GRAVITY_LABELS",
    "LETTER_RECORD_PATHS",
    "Form",
    "IdFeedback",
    "Option",
    "PageField",
    "PageFinding",
    "PageStatus",
    "WizardCheck",
    "WizardPage",
    "check_pages",
    "clean_identifier",
    "field_shown",
    "identifier_feedback",
    "measure_options",
    "options",
    "wizard_form",
]

#: 国办发〔2025〕22号 classes of dishonesty information, as the officer judges the conduct.
GRAVITY_LABELS = {"slight": "轻微", "general": "一般", "serious": "严重"}
#: Fields the drafting wizard asks for only when the case already describes the decision (a notice or
#: decision issued outside Credit Desk and typed in): a new case gets them from the case page's steps
#: (发出告知书, 登记送达, 作出列入决定 number and date the letters), so they never hold a draft back.
LETTER_RECORD_PATHS = ("notice.", "decision.")


def wizard_form(doc_id: str = "D-03") -> Form:
    """The form whose ``[[pages]]`` declare the wizard (the office's override if it has one).

    Raises:
        credit_desk.documents.errors.FormError: the form is invalid, or declares no wizard.
    """
    from credit_desk.documents.forms import load_form

    form = load_form(doc_id)
    if not form.pages:
        from credit_desk.documents.errors import FormError

        raise FormError(f"表单 {doc_id} 没有定义向导页面（[[pages]]）", form=doc_id, section="pages")
    return form


# --- options of choice and multi widgets ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Option:
    """One choice. ``group`` orders and heads the rows (``listed`` measures of the standard first)."""

    code: str
    label: str
    detail: str = ""
    basis: str = ""
    body: str = ""
    severity: str = ""
    group: str = ""
    mark: str = ""


def _labels(table: Mapping[Any, str]) -> list[Option]:
    return [Option(str(getattr(k, "value", k)), v) for k, v in table.items()]


def options(catalog: str, case: Case, catalogs: Catalogs) -> list[Option]:
    """The choices of a ``choice:``/``multi:`` widget for this case, in the order to show them.

    ``criteria`` are the chosen standard's; ``measures`` are those the measures list allows for the
    party's kind, the standard's own first (group ``listed``), the rest as group ``other`` (R-10 asks a
    reason for them); a measure already chosen is always offered, so it can be unchecked. ``provisions``
    put those the standard and criterion rest on first (group ``related``).

    Raises:
        KeyError: an unknown catalog name (the form loader allows only known ones).
    """
    std = catalogs.standards.get(case.standard_code)
    if catalog == "subject_kinds":
        return _labels(SUBJECT_KIND_LABELS)
    if catalog == "gravity":
        return _labels(GRAVITY_LABELS)
    if catalog == "admin_levels":
        return _labels(ADMIN_LEVEL_LABELS)
    if catalog == "instrument_types":
        return _labels(INSTRUMENT_TYPE_LABELS)
    if catalog == "standards":
        return [
            Option(s.code, s.name, f"《{s.instrument.name}》{s.instrument.number}"
                   f"（{INSTRUMENT_LEVEL_LABELS[s.instrument.level]}）", mark=verification_mark(s.verification))
            for s in catalogs.standards.values()
        ]
    if catalog == "criteria":
        if std is None:
            return []
        return [
            Option(c.code, c.text, "；".join(catalogs.provision_citation(p) for p in c.provision_codes))
            for c in std.criteria
        ]
    if catalog == "provisions":
        return _provision_options(case, catalogs)
    if catalog == "measures":
        return measure_options(case, catalogs)
    raise KeyError(catalog)


def _provision_options(case: Case, catalogs: Catalogs) -> list[Option]:
    std = catalogs.standards.get(case.standard_code)
    related: list[str] = []
    if std is not None:
        related += std.basis_provision_codes
        crit = next((c for c in std.criteria if c.code == case.criterion_code), None)
        related += crit.provision_codes if crit else []
    related = list(dict.fromkeys(c for c in related if c in catalogs.provisions))

    def opt(code: str, group: str) -> Option:
        p = catalogs.provisions[code]
        return Option(code, p.citation, p.text, group=group, mark=verification_mark(p.verification))

    others = [c for c in catalogs.provisions if c not in related]
    return [opt(c, "related") for c in related] + [opt(c, "other") for c in others]


def measure_options(case: Case, catalogs: Catalogs) -> list[Option]:
    std = catalogs.standards.get(case.standard_code)
    kind = case.subject.kind.value
    listed = [c for c in (std.measure_codes if std else []) if c in catalogs.measures]
    chosen = set(case.sanction_codes)

    def fits(code: str) -> bool:
        m = catalogs.measures[code]
        return not m.subject_kinds or kind in m.subject_kinds or code in chosen

    def opt(code: str, group: str) -> Option:
        m = catalogs.measures[code]
        basis = "；".join(catalogs.provision_citation(p) for p in m.provision_codes) or m.basis_text
        return Option(code, m.text, m.text, basis=basis, body=m.implementing_body, severity=m.severity,
                      group=group, mark=verification_mark(m.verification))

    first = [opt(c, "listed") for c in listed if fits(c)]
    rest = [opt(c, "other") for c in catalogs.measures if c not in listed and fits(c)]
    return first + rest


# --- typed identifiers -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IdFeedback:
    """How a code reads so far: ``partial`` while shorter than 18 and plausible, else ok or error."""

    state: Literal["empty", "partial", "ok", "error"]
    message: str = ""
    length: int = 0
    expected: int = 18


def clean_identifier(text: str) -> str:
    """A typed code as it is stored and printed: full-width folded, spaces removed, upper case."""
    return normalize(text)


def identifier_feedback(kind: Literal["uscc", "ric"], text: str, *, today: date | None = None) -> IdFeedback:
    """Check a 统一社会信用代码 (``uscc``) or 身份证号码 (``ric``) as it is typed.

    A wrong character is reported at once, with the domain's message for it; the check characters are
    judged once all 18 are there, so the officer is not told "wrong" while still typing.
    """
    code = normalize(text)
    n = len(code)
    if n == 0:
        return IdFeedback("empty")
    check = check_uscc if kind == "uscc" else (lambda c: check_ric(c, today=today))
    if n < 18:
        allowed = USCC_ALPHABET if kind == "uscc" else "0123456789"
        if all(ch in allowed for ch in code):
            return IdFeedback("partial", length=n)
        return IdFeedback("error", check(code + "0" * (18 - n)).message, length=n)
    res = check(code)
    return IdFeedback("ok" if res.ok else "error", res.message, length=n)


# --- findings per page -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageFinding:
    """A finding placed on a page; a warning a written reason resolves is ``confirmable``."""

    finding: Finding
    page: str
    confirmable: bool = False
    reason: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """(rule, field): what a confirmation is stored under."""
        return (self.finding.rule, self.finding.field)

    @property
    def blocks(self) -> bool:
        """A block, or a warning that still lacks its written reason."""
        if self.finding.level is Level.BLOCK:
            return True
        return self.confirmable and not self.reason.strip()


@dataclass(frozen=True)
class PageStatus:
    findings: list[PageFinding] = field(default_factory=list)
    missing: list[PageField] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return bool(self.missing) or any(f.blocks for f in self.findings)


@dataclass(frozen=True)
class WizardCheck:
    """Findings and missing mandated fields of every page; the review page is blocked by any of them."""

    pages: dict[str, PageStatus]
    review_key: str

    def status(self, key: str) -> PageStatus:
        return self.pages.get(key, PageStatus())

    def blocked(self, key: str) -> bool:
        if key == self.review_key:
            return any(s.blocked for s in self.pages.values())
        return self.status(key).blocked

    def all_findings(self) -> list[PageFinding]:
        return [f for s in self.pages.values() for f in s.findings]


def field_shown(f: PageField, case: Case) -> bool:
    """A field applies to the party's kind, or already holds a value (never hide what must be fixed)."""
    return f.shown_for(case.subject.kind.value) or not is_empty(get_value(case, f.path))


def page_of(finding: Finding, pages: Sequence[WizardPage]) -> str:
    """The page a finding belongs on: the page whose field it concerns, else the first page that lists
    its rule, else the review page."""
    for p in pages:
        if any(is_under(finding.field, f.path) for f in p.fields):
            return p.key
    for p in pages:
        if finding.rule in p.rules:
            return p.key
    return next((p.key for p in pages if p.review), pages[-1].key)


def check_pages(
    case: Case,
    pages: Sequence[WizardPage],
    catalogs: Catalogs,
    *,
    calendar: WorkCalendar | None = None,
    settings: Mapping[str, object] | None = None,
    today: date | None = None,
) -> WizardCheck:
    """Run the rules for the step the case describes (``step_for``: a new case is a draft, one with a typed
    notice is at the notice, one with a typed decision at the decision) and place every finding on its page.

    Rules drop a warning once the officer has confirmed it; the wizard must still show it with the
    reason typed, so the case is checked without its confirmations. Which warnings a reason resolves is
    asked of the rules too (checked again with every warning confirmed): those the rules keep (R-18 on
    the holiday calendar, a late objection reply) are facts to note, not questions for the officer.
    """
    step = step_for(case)
    kw: dict[str, Any] = {"calendar": calendar, "settings": settings, "step": step, "today": today}
    bare = case.model_copy(update={"confirmations": []})
    found = check_case(bare, catalogs, **kw).findings
    warns = [f for f in found if f.level is Level.WARN]
    confirmable = confirmable_warnings(bare, catalogs, warns, **kw)
    reasons = {(c.rule, c.field): c.reason for c in case.confirmations}
    statuses: dict[str, PageStatus] = {p.key: PageStatus() for p in pages}
    for f in found:
        key = (f.rule, f.field)
        pf = PageFinding(f, page_of(f, pages), key in confirmable, reasons.get(key, ""))
        statuses[pf.page].findings.append(pf)
    for p in pages:
        statuses[p.key].missing.extend(
            f for f in p.fields
            if f.mandated and field_shown(f, case) and is_empty(get_value(case, f.path))
            and (step is Step.DECISION or not f.path.startswith(LETTER_RECORD_PATHS))
        )
    review = next((p.key for p in pages if p.review), pages[-1].key)
    return WizardCheck(statuses, review)
