"""Use cases for the office profile: read it, check and store it, and the number patterns it starts with.

The profile is the deciding body in whose name every letter goes out (R-08), the remedy bodies the
decision must name (R-12) and the document-number pattern per letter type. New cases copy it; a case
keeps its own copy, so changing the profile never rewrites a case already saved.
"""

from __future__ import annotations

from datetime import date

from credit_desk.domain.findings import Finding, Level
from credit_desk.domain.model import AdminLevel, Office
from credit_desk.domain.rules.office import (
    NUMBERED_LETTERS,
    RemedySuggestion,
    check_office,
    format_number,
    suggest_reconsideration_body,
)
from credit_desk.services.workspace import Workspace
from credit_desk.store import profile as profile_store
from credit_desk.store.db import StoreError

__all__ = [
    "NUMBERED_LETTERS",
    "OfficeRefused",
    "RemedySuggestion",
    "StoreError",
    "blank_office",
    "check_office",
    "current_office_id",
    "default_number_patterns",
    "load_office",
    "preview_number",
    "save_office",
    "suggest_reconsideration_body",
]

# 机关代字 + 信用 + a letter-type character, as county bureaus number such letters (X市监信列〔2026〕3号).
# The proof of delivery (D-06) carries the number of the letter it proves; D-08 is served with D-03
# ("两书同达") but is a letter of its own with its own sequence, so it gets its own character.
_DEFAULT_PATTERNS = {
    "D-01": "{abbr}信告〔{year}〕{seq}号",
    "D-02": "{abbr}信复〔{year}〕{seq}号",
    "D-03": "{abbr}信列〔{year}〕{seq}号",
    "D-04": "{abbr}信修〔{year}〕{seq}号",
    "D-05": "{abbr}信不修〔{year}〕{seq}号",
    "D-07": "{abbr}信不列〔{year}〕{seq}号",
    "D-08": "{abbr}信修告〔{year}〕{seq}号",
}


class OfficeRefused(ValueError):
    """The profile breaks a blocking rule; ``findings`` says which (rule ID, message, citation)."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("；".join(f.message for f in findings))
        self.findings = findings


def default_number_patterns() -> dict[str, str]:
    """A fresh copy of the shipped pattern per numbered letter type (D-01…D-05, D-07, D-08)."""
    return dict(_DEFAULT_PATTERNS)


def blank_office() -> Office:
    """What the first-run dialog starts from: a county body, nothing typed, the default patterns."""
    return Office(deciding_body="", level=AdminLevel.COUNTY, number_patterns=default_number_patterns())


def preview_number(pattern: str, abbr: str, year: int | None = None, seq: int = 1) -> str:
    """The number ``pattern`` would give, for showing an example; "" while the pattern is unusable."""
    try:
        return format_number(pattern, abbr=abbr, year=year or date.today().year, seq=seq)
    except ValueError:
        return ""


def load_office(ws: Workspace) -> Office | None:
    """The office's current profile, or None before the first run was completed."""
    with ws.db.session() as session:
        return profile_store.load_profile(session)


def current_office_id(ws: Workspace) -> int | None:
    """The row id of the current profile: stable across edits (document sequences can use it)."""
    with ws.db.session() as session:
        return profile_store.current_profile_id(session)


def save_office(ws: Workspace, office: Office) -> list[Finding]:
    """Check ``office`` and make it the current profile; returns the warnings the officer should see.

    Raises:
        OfficeRefused: a blocking finding (e.g. R-08 for a township deciding body); nothing is stored.
        credit_desk.store.db.StoreError: the database cannot be written.
    """
    findings = check_office(office)
    blocks = [f for f in findings if f.level is Level.BLOCK]
    if blocks:
        raise OfficeRefused(blocks)
    with ws.db.session() as session:
        profile_store.save_profile(session, office)
    return [f for f in findings if f.level is Level.WARN]
