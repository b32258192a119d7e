"""The rules of SPEC §3 as functions returning findings; ``check_case`` runs all of them.

Each rule module holds the rules of one concern; every finding carries its rule ID, a Chinese
message, the citation from ``citations.RULES`` and the case field it concerns.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from credit_desk.domain.calendar import WorkCalendar
from credit_desk.domain.catalog import Catalogs
from credit_desk.domain.findings import Finding
from credit_desk.domain.model import Case
from credit_desk.domain.rules import basis, letter, procedure, repair, sanctions
from credit_desk.domain.rules.citations import RULES as RULE_INFO
from credit_desk.domain.rules.context import RuleContext, Step, step_for
from credit_desk.domain.rules.letter import check_publication_text
from credit_desk.domain.rules.procedure import sanctions_suspended

ALL_RULES = (*basis.RULES, *procedure.RULES, *sanctions.RULES, *letter.RULES, *repair.RULES)

__all__ = [
    "ALL_RULES",
    "RULE_INFO",
    "RuleContext",
    "Step",
    "check_case",
    "check_publication_text",
    "sanctions_suspended",
    "step_for",
]


def check_case(
    case: Case,
    catalogs: Catalogs,
    *,
    step: Step | None = None,
    calendar: WorkCalendar | None = None,
    settings: Mapping[str, object] | None = None,
    today: date | None = None,
) -> list[Finding]:
    """Run every rule on ``case`` for ``step`` (default: the step the case has reached).

    Rules never raise on bad data: a rule that cannot judge (e.g. unknown standard) leaves it to
    the rule that reports the cause, so each problem is reported once, by the rule it breaks.
    """
    ctx = RuleContext(
        case=case,
        catalogs=catalogs,
        step=step or step_for(case),
        calendar=calendar or WorkCalendar(),
        settings=settings or {},
        today=today or date.today(),
    )
    findings: list[Finding] = []
    for rule in ALL_RULES:
        findings.extend(rule(ctx))
    return sorted(findings, key=lambda f: (f.rule, f.field))
