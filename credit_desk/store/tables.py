"""The database tables (SQLModel, ``table=True``): rows only, no validation and no rules.

Table models skip pydantic validation on construction, so nothing from the officer reaches a row
without passing the domain models (``domain.model``) first; ``cases`` and ``catalog_store`` convert.
Portable column types only (Text, Integer, Boolean, Date, JSON, LargeBinary, UTC timestamps), so the
same schema runs on SQLite and PostgreSQL. Dates are local calendar dates; timestamps are UTC.
Enumerations are stored as their string values (no database enum types: migrations stay simple).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
# Named constraints make later migrations (SQLite batch copies, PostgreSQL ALTERs) predictable.
SQLModel.metadata.naming_convention = NAMING_CONVENTION
metadata = SQLModel.metadata


def utcnow() -> datetime:
    return datetime.now(UTC)


def _text(default: str = "", **kw: Any) -> Any:
    return Field(default=default, sa_type=Text, **kw)


def _json(factory: Any = list) -> Any:
    return Field(default_factory=factory, sa_type=JSON)


def _case_fk(*, unique: bool = False) -> Any:
    """The owning case; child rows go with it."""
    return Field(
        sa_column=Column(Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True, unique=unique)
    )


# --- people and offices -------------------------------------------------------------------------


class Office(SQLModel, table=True):
    """An office profile (deciding body, handling unit, remedy bodies); cases point at one."""

    __tablename__ = "office"
    id: int | None = Field(default=None, primary_key=True)
    deciding_body: str = _text(index=True)
    abbreviation: str = _text()
    level: str = _text("county")
    handling_unit: str = _text()
    address: str = _text()
    contact_person: str = _text()
    phone: str = _text()
    reconsideration_body: str = _text()
    court: str = _text()
    number_patterns: dict[str, str] = _json(dict)
    created_at: datetime = Field(default_factory=utcnow)


class Officer(SQLModel, table=True):
    __tablename__ = "officer"
    id: int | None = Field(default=None, primary_key=True)
    name: str = _text(unique=True)
    created_at: datetime = Field(default_factory=utcnow)


class Subject(SQLModel, table=True):
    """The party of one case (each case owns its subject row: the party block as of that case)."""

    __tablename__ = "subject"
    id: int | None = Field(default=None, primary_key=True)
    kind: str = _text()
    name: str = _text(index=True)
    uscc: str = _text(index=True)
    id_number: str = _text(index=True)
    legal_representative: str = _text()
    address: str = _text()
    trade_secret_notes: str = _text()


# --- the case and its parts ---------------------------------------------------------------------


class Case(SQLModel, table=True):
    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_state_updated_at", "state", "updated_at"),)
    id: int | None = Field(default=None, primary_key=True)
    reference: str = _text(index=True)
    state: str = _text("draft")
    office_id: int = Field(foreign_key="office.id", index=True)
    subject_id: int = Field(foreign_key="subject.id", unique=True)
    standard_code: str = _text(index=True)
    criterion_code: str = _text()
    conduct_date: date | None = None
    conduct_summary: str = _text()
    gravity: str = _text("serious")
    leniency: dict[str, Any] = _json(dict)
    free_text_sanctions: list[str] = _json()
    removal_conditions: list[str] = _json()
    removal_procedure: str = _text()
    publication_consent: bool = False
    publication_legal_basis: str = _text()
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class BasisInstrument(SQLModel, table=True):
    __tablename__ = "basis_instrument"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    position: int
    type: str = _text()
    title: str = _text()
    number: str = _text()
    issuing_body: str = _text()
    issue_date: date | None = None
    effective_date: date | None = None
    named_by_law: str = _text()


class CaseProvision(SQLModel, table=True):
    """A provision the case cites (code into the provisions catalog; no foreign key, the catalog is
    replaceable and issued letters keep their own snapshot)."""

    __tablename__ = "case_provision"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    position: int
    provision_code: str = _text()


class CaseSanction(SQLModel, table=True):
    """A sanction chosen from the measures list (code into the measures catalog)."""

    __tablename__ = "case_sanction"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    position: int
    measure_code: str = _text(index=True)


class Notice(SQLModel, table=True):
    """The pre-decision notice D-01 of a case."""

    __tablename__ = "notice"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk(unique=True)
    number: str = _text(index=True)
    issue_date: date | None = None
    delivered_date: date | None = None
    delivery_method: str = _text()
    waived: bool = False
    waiver_date: date | None = None


class Objection(SQLModel, table=True):
    __tablename__ = "objection"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    position: int
    received_date: date
    summary: str = _text()
    verification: str = _text()
    result: str | None = Field(default=None, sa_type=Text)
    reply_date: date | None = None
    reply_number: str = _text()


class Decision(SQLModel, table=True):
    """The listing decision D-03 of a case."""

    __tablename__ = "decision"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk(unique=True)
    number: str = _text(index=True)
    repair_notice_number: str = _text()
    decision_date: date | None = None
    effective_date: date | None = None
    delivered_date: date | None = None
    delivery_method: str = _text()
    publication_channels: list[str] = _json()


class Delivery(SQLModel, table=True):
    """A delivery of one letter (D-06 送达回证); its date starts the letter's clocks."""

    __tablename__ = "delivery"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    position: int
    doc_type: str = _text()
    document_number: str = _text(index=True)
    method: str = _text("direct")
    delivered_date: date
    recipient: str = _text()
    place: str = _text()
    servers: list[str] = _json()
    proof: str = _text()
    note: str = _text()


class Publication(SQLModel, table=True):
    """The public listing of a case (R-14) and its withdrawal."""

    __tablename__ = "publication"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk(unique=True)
    start_date: date = Field(index=True)
    end_date: date | None = Field(default=None, index=True)
    channels: list[str] = _json()
    public_text: str = _text()
    unmasked_reason: str = _text()
    withdrawn_date: date | None = None
    withdrawal_reason: str = _text()


class RepairApplication(SQLModel, table=True):
    """A credit-repair application and its decision (R-15). No fee column exists, by design."""

    __tablename__ = "repair_application"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    position: int
    received_date: date
    materials: list[str] = _json()
    other_materials: list[str] = _json()
    accepted: bool | None = None
    acceptance_date: date | None = None
    findings: list[str] = _json()
    outcome: str | None = Field(default=None, sa_type=Text)
    decision_date: date | None = None
    reasons: list[str] = _json()
    effects: list[str] = _json()
    letter_number: str = _text()


class Closing(SQLModel, table=True):
    """How a case ended: not listed, or removed (repair, end of period, revocation)."""

    __tablename__ = "closing"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk(unique=True)
    kind: str = _text()
    closing_date: date
    reasons: list[str] = _json()
    findings: list[str] = _json()
    letter_number: str = _text()


class Confirmation(SQLModel, table=True):
    """A warning the officer confirmed, with the written reason (SPEC §3 "warn")."""

    __tablename__ = "confirmation"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    position: int
    rule: str = _text()
    field: str = _text()
    reason: str = _text()
    officer: str = _text()
    at: datetime | None = None


class CaseEvent(SQLModel, table=True):
    """One line of a case's history: a transition (or creation) with time, officer and findings."""

    __tablename__ = "case_event"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = _case_fk()
    at: datetime = Field(default_factory=utcnow)
    officer: str = _text()
    action: str = _text()
    from_state: str | None = Field(default=None, sa_type=Text)
    to_state: str | None = Field(default=None, sa_type=Text)
    findings: list[dict[str, Any]] = _json()
    #: the day the step took legal effect (letter dated, delivery received…), which may lie before ``at``
    step_date: date | None = None


# --- catalogs -----------------------------------------------------------------------------------


class ListFieldRow(SQLModel, table=True):
    __tablename__ = "list_field"
    id: int | None = Field(default=None, primary_key=True)
    code: str = _text(unique=True)
    position: int = 0
    name: str = _text()
    description: str = _text()


class ListingStandard(SQLModel, table=True):
    """A listing standard: searchable columns, plus ``data`` = the rest of the Standard as JSON."""

    __tablename__ = "listing_standard"
    id: int | None = Field(default=None, primary_key=True)
    code: str = _text(unique=True)
    position: int = 0
    name: str = _text()
    field_code: str = _text(index=True)
    data: dict[str, Any] = _json(dict)


class Criterion(SQLModel, table=True):
    __tablename__ = "criterion"
    __table_args__ = (UniqueConstraint("standard_code", "code"),)
    id: int | None = Field(default=None, primary_key=True)
    standard_code: str = Field(
        sa_column=Column(Text, ForeignKey("listing_standard.code", ondelete="CASCADE"), nullable=False)
    )
    position: int = 0
    code: str = _text()
    text: str = _text()
    provision_codes: list[str] = _json()
    field_code: str = _text()


class Measure(SQLModel, table=True):
    __tablename__ = "measure"
    id: int | None = Field(default=None, primary_key=True)
    code: str = _text(unique=True)
    position: int = 0
    text: str = _text()
    category: str = _text()
    provision_codes: list[str] = _json()
    basis_text: str = _text()
    implementing_body: str = _text()
    subject_kinds: list[str] = _json()
    severity: str = _text()
    list_kind: str = _text("national")
    verification: str = _text("unverified")


class Provision(SQLModel, table=True):
    __tablename__ = "provision"
    id: int | None = Field(default=None, primary_key=True)
    code: str = _text(unique=True)
    position: int = 0
    instrument: str = _text()
    number: str = _text()
    level: str = _text()
    article: str = _text()
    text: str = _text()
    law_file: str = _text()
    verification: str = _text("unverified")
    source: str = _text()


class SettingRow(SQLModel, table=True):
    __tablename__ = "setting"
    id: int | None = Field(default=None, primary_key=True)
    key: str = _text(unique=True)
    value: Any = Field(default=None, sa_type=JSON)


# --- issued documents ---------------------------------------------------------------------------


class Document(SQLModel, table=True):
    """An issued letter: immutable once written (R-16); a correction supersedes it."""

    __tablename__ = "document"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    doc_type: str = _text()
    number: str = _text(index=True)
    issue_date: date
    fields: dict[str, Any] = _json(dict)
    pdf: bytes
    sha256: str = _text()
    supersedes_id: int | None = Field(default=None, foreign_key="document.id")
    created_at: datetime = Field(default_factory=utcnow)


class DocumentSequence(SQLModel, table=True):
    """Last number used per office, letter type and year (numbers are never reused or skipped)."""

    __tablename__ = "document_sequence"
    __table_args__ = (UniqueConstraint("office_id", "doc_type", "year"),)
    id: int | None = Field(default=None, primary_key=True)
    office_id: int = Field(foreign_key="office.id")
    doc_type: str = _text()
    year: int
    last_value: int = 0


# --- calendar and usage log ---------------------------------------------------------------------


class HolidayOverride(SQLModel, table=True):
    """A day whose working status the office set (holiday, or 调休 make-up working day)."""

    __tablename__ = "holiday_override"
    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(unique=True)
    workday: bool
    name: str = _text()
    year: int = Field(index=True)


class HolidayYear(SQLModel, table=True):
    """A year whose holiday schedule the office entered (the calendar then covers it, R-18)."""

    __tablename__ = "holiday_year"
    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(unique=True)
    entered_at: datetime = Field(default_factory=utcnow)
    source: str = _text()


class UsageLogEntry(SQLModel, table=True):
    """Who viewed, exported or printed what, and why (R-17); append-only, hash-chained.

    Ids are assigned 1, 2, 3… by ``store.usage_log.append`` and are part of the hashed content, so a
    gap shows a deletion. ``prev_hash`` is unique (schema 0004): two appenders can never both chain
    onto the same entry. Triggers refuse UPDATE and DELETE (``dialect.append_only_ddl``).
    """

    __tablename__ = "usage_log"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    officer: str = _text(index=True)
    action: str = _text(index=True)
    object: str = _text()
    purpose: str = _text()
    details: str = _text()
    prev_hash: str = _text(unique=True)
    hash: str = _text(unique=True)


class UsageLogHead(SQLModel, table=True):
    """The newest usage-log entry (one row, id 1), written in the same transaction as each append.

    Why: the hash chain shows an edited, inserted or removed entry in the middle, but not entries cut
    off at the end; the head still names the last entry, so a truncation takes a second, deliberate
    edit — and ``verify`` prints the head hash for an inspector to note down as an outside anchor.
    """

    __tablename__ = "usage_log_head"
    id: int | None = Field(default=None, primary_key=True)
    last_id: int = Field(default=0)
    last_hash: str = _text()


# --- drafting ------------------------------------------------------------------------------------


class WizardDraft(SQLModel, table=True):
    """What the officer is typing in the drafting wizard, saved every few seconds (schema 0002).

    The whole case as JSON (``Case.model_dump_json``), not the case tables: a draft may be half-typed
    and is only ever read back whole, after a crash or a kill, to be offered again. ``case_id`` names
    the stored case being edited (None for a new case); the draft goes when its case goes.
    """

    __tablename__ = "wizard_draft"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=True, index=True),
    )
    case_json: str = _text()
    page: str = _text()
    saved_at: datetime = Field(default_factory=utcnow, index=True)


CASE_CHILD_TABLES = (
    BasisInstrument, CaseProvision, CaseSanction, Notice, Objection, Decision, Delivery, Publication,
    RepairApplication, Closing, Confirmation,
)
CATALOG_TABLES = (Criterion, ListingStandard, ListFieldRow, Measure, Provision, SettingRow)
