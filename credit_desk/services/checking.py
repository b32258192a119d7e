"""Use case: check a case against every rule and compute its dates (what ``check`` and the wizard show)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from credit_desk.domain import rules
from credit_desk.domain.calendar import WorkCalendar
from credit_desk.domain.catalog import Catalogs
from credit_desk.domain.deadlines import Deadline, case_deadlines
from credit_desk.domain.findings import Finding, Level
from credit_desk.domain.model import Case, Confirmation


@dataclass(frozen=True)
class CheckReport:
    """Findings and computed dates of one case."""

    findings: list[Finding]
    deadlines: list[Deadline] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return any(f.level is Level.BLOCK for f in self.findings)

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.level is Level.BLOCK]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level is Level.WARN]


def check_case(
    case: Case,
    catalogs: Catalogs,
    *,
    calendar: WorkCalendar | None = None,
    settings: Mapping[str, object] | None = None,
    step: rules.Step | None = None,
    today: date | None = None,
) -> CheckReport:
    """Run all rules for the step the case has reached (or ``step``) and compute its deadlines."""
    cal = calendar or WorkCalendar()
    found = rules.check_case(case, catalogs, step=step, calendar=cal, settings=settings, today=today)
    std = catalogs.standards.get(case.standard_code)
    return CheckReport(findings=found, deadlines=case_deadlines(case, std, cal, settings=settings or {}))


def confirmable_warnings(
    case: Case,
    catalogs: Catalogs,
    warnings: list[Finding],
    **kw: object,
) -> set[tuple[str, str]]:
    """(rule, field) of the warnings a written reason resolves — asked of the rules themselves.

    Some warnings are facts to note, not questions for the officer (R-18 on the holiday calendar, a
    late objection reply): the rules keep them even when "confirmed". So the case is checked again with
    every warning confirmed, and only the warnings that disappear need a reason.
    """
    if not warnings:
        return set()
    probe = case.model_copy(
        update={"confirmations": [*case.confirmations,
                                  *(Confirmation(rule=f.rule, field=f.field, reason="?") for f in warnings)]}
    )
    still = {(f.rule, f.field) for f in rules.check_case(probe, catalogs, **kw) if f.level is Level.WARN}  # type: ignore[arg-type]
    return {(f.rule, f.field) for f in warnings} - still
