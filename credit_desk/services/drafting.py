"""Use cases of the drafting wizard: start a case, pre-fill it, record reasons, keep drafts safe, finish.

A draft is the whole case as JSON plus the page the officer was on, written in one transaction every few
seconds while the wizard is open (``save_draft``) and offered again on the next start after a crash or
a kill (``pending_draft``). Finishing stores the case through ``services.cases.save_case`` and then
drops the draft.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import ValidationError

from credit_desk.domain.catalog import Catalogs, Standard
from credit_desk.domain.model import Case, Confirmation, Office, Subject, SubjectKind
from credit_desk.services import cases
from credit_desk.services.cases import SaveResult
from credit_desk.services.workspace import Workspace
from credit_desk.store import drafts as draft_store
from credit_desk.store.db import StoreError

__all__ = [
    "Draft",
    "StoreError",
    "discard_draft",
    "finish_draft",
    "list_drafts",
    "new_case",
    "office_profile",
    "pending_draft",
    "prefill",
    "save_draft",
    "set_confirmation",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Draft:
    """An unfinished wizard: the case as typed, the page key it was on, when it was saved (UTC)."""

    id: int
    case: Case
    page: str
    saved_at: datetime
    case_id: int | None = None


# --- starting and filling a case -------------------------------------------------------------------


def office_profile(ws: Workspace) -> Office | None:
    """The office profile (services.office), or None before the first-run dialog was completed."""
    try:
        from credit_desk.services.office import load_office
    except ImportError:  # the profile use case is not installed: cases carry their own office
        return None
    return load_office(ws)


def new_case(ws: Workspace) -> Case:
    """An empty case for the wizard, issued in the name of the office profile (R-08)."""
    office = office_profile(ws) or Office(deciding_body="")
    return Case(office=office.model_copy(deep=True), subject=Subject(kind=SubjectKind.LEGAL_PERSON, name=""))


def _defaults_of_any(catalogs: Catalogs, conditions: list[str], procedure: str) -> bool:
    """Whether the removal texts are some standard's own (copied earlier, not typed by the officer)."""
    return any(s.removal_conditions == conditions and s.removal_procedure == procedure
               for s in catalogs.standards.values())


def prefill(case: Case, catalogs: Catalogs, office: Office | None = None) -> list[str]:
    """Fill what the officer should not have to type: returns the paths it filled.

    Removal conditions and procedure come from the chosen standard while they are empty or still
    another standard's defaults (the officer changed the standard); edited texts are left alone. The
    remedy bodies come from the office profile while they are empty.
    """
    filled: list[str] = []
    std: Standard | None = catalogs.standards.get(case.standard_code)
    if std is not None:
        stale = _defaults_of_any(catalogs, case.removal_conditions, case.removal_procedure)
        if not case.removal_conditions or (stale and case.removal_conditions != std.removal_conditions):
            case.removal_conditions = list(std.removal_conditions)
            filled.append("removal_conditions")
        if not case.removal_procedure.strip() or (stale and case.removal_procedure != std.removal_procedure):
            case.removal_procedure = std.removal_procedure
            filled.append("removal_procedure")
    if office is not None:
        for attr in ("deciding_body", "reconsideration_body", "court"):
            if not getattr(case.office, attr).strip() and getattr(office, attr).strip():
                setattr(case.office, attr, getattr(office, attr))
                filled.append(f"office.{attr}")
    return filled


def set_confirmation(case: Case, rule: str, field: str, reason: str, *, officer: str = "",
                     at: datetime | None = None) -> None:
    """Record (or, with an empty reason, withdraw) the officer's written reason for a warning.

    The reason is kept with the case as a ``Confirmation``; the rules then count the warning as
    confirmed (``Case.confirmed``).
    """
    kept = [c for c in case.confirmations if not (c.rule == rule and c.field == field)]
    if reason.strip():
        kept.append(Confirmation(rule=rule, field=field, reason=reason, officer=officer, at=at or datetime.now(UTC)))
    case.confirmations = kept


# --- drafts ----------------------------------------------------------------------------------------


def save_draft(ws: Workspace, case: Case, *, page: str, draft_id: int | None = None) -> int:
    """Write the draft in one transaction; returns its id (a new one the first time).

    Raises:
        credit_desk.store.db.StoreError: the database cannot be written (locked, disk full…).
    """
    with ws.db.session() as s:
        return draft_store.save_draft(s, case_json=case.model_dump_json(), page=page, draft_id=draft_id,
                                      case_id=case.id)


def _as_draft(row: draft_store.DraftRow) -> Draft | None:
    try:
        case = Case.model_validate_json(row.case_json)
    except ValidationError:
        log.warning("draft %s cannot be read back and is skipped", row.id, exc_info=True)
        return None
    return Draft(id=row.id, case=case, page=row.page, saved_at=row.saved_at, case_id=row.case_id)


def list_drafts(ws: Workspace) -> list[Draft]:
    """Every readable draft, newest first."""
    with ws.db.session() as s:
        rows = draft_store.list_drafts(s)
    return [d for d in (_as_draft(r) for r in rows) if d is not None]


def pending_draft(ws: Workspace) -> Draft | None:
    """The newest unfinished draft, to offer on start ("发现未完成的草稿，是否继续编辑？"), or None."""
    drafts = list_drafts(ws)
    return drafts[0] if drafts else None


def discard_draft(ws: Workspace, draft_id: int) -> None:
    """Drop a draft the officer chose not to keep."""
    with ws.db.session() as s:
        draft_store.delete_draft(s, draft_id)


def finish_draft(ws: Workspace, case: Case, *, draft_id: int | None, officer: str = "") -> SaveResult:
    """Store the case through ``services.cases.save_case`` (the one way a case is saved), then drop its
    draft; ``case.id`` is set to the stored id.

    Two transactions, so that saving a case has one code path; the draft goes only after the case is
    safely stored (a failure in between leaves the draft to be offered again, never loses the case).

    Raises:
        CaseFileError: the case names codes the catalogs lack; nothing is written.
        credit_desk.store.db.StoreError: the database cannot be written; the draft stays.
    """
    result = cases.save_case(ws, case, officer=officer)
    case.id = result.case_id
    if draft_id is not None:
        discard_draft(ws, draft_id)
    return result
