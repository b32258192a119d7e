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
from credit_desk.domain.model import Case


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
