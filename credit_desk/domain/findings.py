"""Findings: what a rule says about a case, with its SPEC rule ID and legal citation."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum


class Level(StrEnum):
    """How a finding affects the step: block stops it, warn needs a written reason."""

    BLOCK = "block"
    WARN = "warn"


@dataclass(frozen=True, slots=True)
class Finding:
    """One result of one rule.

    Attributes:
        rule: SPEC rule ID, e.g. ``R-03``.
        level: block or warn.
        message: Chinese message the officer reads.
        citation: the provision the rule rests on, e.g. ``国办发〔2020〕49号 四(八)``.
        field: dotted path of the case field concerned (``subject.uscc``), or "" for the whole case.
    """

    rule: str
    level: Level
    message: str
    citation: str
    field: str = ""

    def to_dict(self) -> dict[str, str]:
        d = asdict(self)
        d["level"] = str(self.level)
        return d

    def __str__(self) -> str:
        lvl = "阻止" if self.level is Level.BLOCK else "提示"
        where = f"（{self.field}）" if self.field else ""
        return f"[{self.rule} {lvl}] {self.message}{where} —— 依据：{self.citation}"


def blocking(findings: list[Finding]) -> list[Finding]:
    """The findings that stop the step."""
    return [f for f in findings if f.level is Level.BLOCK]
