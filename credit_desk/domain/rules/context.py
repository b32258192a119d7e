"""What every rule reads: the case, the catalogs, the calendar and the step being taken."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from credit_desk.domain.calendar import WorkCalendar
from credit_desk.domain.catalog import Catalogs, Criterion, Standard
from credit_desk.domain.model import Case


class Step(StrEnum):
    """The step the case is checked for: what must already hold depends on it."""

    DRAFT = "draft"  # shape and catalog choices only
    NOTICE = "notice"  # issuing the pre-decision notice D-01
    DECISION = "decision"  # issuing the listing decision D-03 (with D-08)


@dataclass(frozen=True)
class RuleContext:
    case: Case
    catalogs: Catalogs
    step: Step
    calendar: WorkCalendar = field(default_factory=WorkCalendar)
    settings: Mapping[str, object] = field(default_factory=dict)
    today: date = field(default_factory=date.today)

    @property
    def standard(self) -> Standard | None:
        return self.catalogs.standards.get(self.case.standard_code)

    @property
    def criterion(self) -> Criterion | None:
        std = self.standard
        if std is None:
            return None
        return next((c for c in std.criteria if c.code == self.case.criterion_code), None)

    @property
    def decision_date(self) -> date | None:
        d = self.case.decision
        return d.decision_date if d else None

    def at_least(self, step: Step) -> bool:
        order = [Step.DRAFT, Step.NOTICE, Step.DECISION]
        return order.index(self.step) >= order.index(step)


def step_for(case: Case) -> Step:
    """The step a case file describes: a decision → DECISION, a notice → NOTICE, else DRAFT."""
    if case.decision is not None and (case.decision.number or case.decision.decision_date):
        return Step.DECISION
    if case.notice is not None and (case.notice.number or case.notice.issue_date):
        return Step.NOTICE
    return Step.DRAFT
