"""Use cases for issuing numbered letters: check, number, render and freeze in one transaction (R-16).

Why one transaction: the number, the rendered PDF and the stored snapshot must exist together or not
at all. If a rule blocks the letter (``RenderRefused``) or the letter cannot be drawn
(``DocumentError``), everything rolls back and the number is not used. The sequence is keyed on the
office *profile* row (stable across edits of the profile) and numbered by the profile's pattern for
the letter type, so every case of the office shares one sequence per type and year.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from credit_desk.domain.model import Case
from credit_desk.domain.rules.office import NUMBERED_LETTERS, format_number
from credit_desk.services import rendering
from credit_desk.services.office import default_number_patterns
from credit_desk.services.rendering import DocumentError, RenderRefused
from credit_desk.services.workspace import Workspace
from credit_desk.store import cases as case_store
from credit_desk.store import documents as doc_store
from credit_desk.store import profile as profile_store
from credit_desk.store.documents import DocumentFrozen, DocumentNotFound, IssuedDocument, RenderedDoc

__all__ = [
    "CITING_LETTERS",
    "DocumentError",
    "DocumentFrozen",
    "DocumentNotFound",
    "IssueRefused",
    "IssuedLetter",
    "RenderRefused",
    "correct_letter",
    "correction_date_problem",
    "issue_decision_with_repair_notice",
    "issue_letter",
    "issued_letter",
    "issued_letter_docx",
    "issued_letters",
    "letters_citing",
]


class IssueRefused(Exception):
    """The letter cannot be numbered (no office profile, not a numbered letter, bad pattern)."""

    def __init__(self, message_cn: str, *, rule: str = "R-16") -> None:
        super().__init__(f"{message_cn}（{rule}）")
        self.message_cn = message_cn
        self.rule = rule


@dataclass(frozen=True, slots=True)
class IssuedLetter:
    """An issued letter as the officer sees it: its stored row plus the text that was rendered."""

    document: IssuedDocument
    text: str = ""
    #: letters corrected together with this one because they cite its number (a D-08 follows its D-03)
    companions: tuple[IssuedLetter, ...] = ()

    @property
    def id(self) -> int:
        return self.document.id

    @property
    def number(self) -> str:
        return self.document.number

    @property
    def pdf(self) -> bytes:
        return self.document.pdf


def _numbering(session: Session, doc_id: str) -> tuple[int, str, str]:
    """(profile id, abbreviation, pattern) for ``doc_id``; refuses what cannot be numbered."""
    if doc_id not in NUMBERED_LETTERS:
        raise IssueRefused(f"{doc_id} 不是单独编号的文书，不能出具编号。")
    office_id = profile_store.current_profile_id(session)
    office = profile_store.load_profile(session)
    if office_id is None or office is None:
        raise IssueRefused("尚未设置本机关信息（认定机关、机关代字、文号格式），不能出具文书。")
    pattern = office.number_patterns.get(doc_id) or default_number_patterns()[doc_id]
    return office_id, office.abbreviation, pattern


def _issue(
    ws: Workspace,
    session: Session,
    case: Case,
    doc_id: str,
    *,
    issue_date: date,
    supersedes: int | None = None,
    extras: Mapping[str, Any] | None = None,
) -> IssuedLetter:
    """Number, render and store one letter of ``case`` inside the caller's transaction.

    ``extras`` are letter facts passed to the form beside the settings (``objection_index``,
    ``repair_index``, ``delivery_index``…), see ``documents.context_extras``.
    """
    assert case.id is not None
    office_id, abbr, pattern = _numbering(session, doc_id)
    rendered: dict[str, Any] = {}

    def fmt(seq: int) -> str:
        try:
            return format_number(pattern, abbr=abbr, year=issue_date.year, seq=seq)
        except ValueError as exc:
            raise IssueRefused(f"{doc_id} 的文号格式不可用：{exc}") from exc

    def render(number: str) -> RenderedDoc:
        result = rendering.render_document(
            case,
            ws.catalogs,
            doc_id=doc_id,
            number=number,
            issue_date=issue_date,
            calendar=ws.calendar,
            settings={**ws.settings, **(extras or {})},
        )
        rendered["text"] = result.text
        return RenderedDoc(pdf=result.pdf, fields=result.context)

    common: dict[str, Any] = {"office_id": office_id, "issue_date": issue_date, "render": render, "format_number": fmt}
    if supersedes is None:
        doc = doc_store.issue(session, case_id=case.id, doc_type=doc_id, **common)
    else:
        doc = doc_store.supersede(session, supersedes, **common)
    return IssuedLetter(document=doc, text=rendered.get("text", ""))


def _record(
    session: Session, case_id: int, action: str, officer: str, letters: list[IssuedLetter], reason: str = ""
) -> None:
    """One history line naming the letters; a correction also keeps the officer's written reason (R-16)."""
    extra = {"reason": reason.strip()} if reason.strip() else {}
    case_store.record_event(
        session,
        case_id,
        action=action,
        officer=officer,
        findings=[
            {"document_id": x.id, "doc_type": x.document.doc_type, "number": x.number, **extra} for x in letters
        ],
    )


def issue_letter(ws: Workspace, case_id: int, doc_id: str, *, issue_date: date, officer: str = "") -> IssuedLetter:
    """Issue letter ``doc_id`` of a stored case: rules, next number, PDF and frozen copy in one transaction.

    Raises:
        RenderRefused: a rule blocks the letter (rule IDs and citations in ``findings``); no number is used.
        DocumentError: the letter cannot be produced (empty mandated field, missing glyph).
        IssueRefused: no office profile or no usable number pattern.
        credit_desk.store.cases.CaseNotFound: no such case.
    """
    with ws.db.session() as s:
        doc_store.begin_write(s)
        case = case_store.load_case(s, case_id)
        letter = _issue(ws, s, case, doc_id, issue_date=issue_date)
        _record(s, case_id, f"issue:{doc_id}", officer, [letter])
        return letter


def issue_decision_with_repair_notice(
    ws: Workspace, case_id: int, *, issue_date: date, officer: str = ""
) -> tuple[IssuedLetter, IssuedLetter]:
    """“两书同达”: the decision D-03 and the credit-repair notice D-08 issued together, each with its own
    number, in one transaction (国办发〔2025〕22号: the repair notice goes out with the decision).

    Raises:
        RenderRefused / DocumentError / IssueRefused: as :func:`issue_letter`; then neither is issued.
    """
    with ws.db.session() as s:
        doc_store.begin_write(s)
        case = case_store.load_case(s, case_id)
        decision = _issue(ws, s, case, "D-03", issue_date=issue_date)
        repair = _issue(ws, s, case, "D-08", issue_date=issue_date)
        _record(s, case_id, "issue:D-03+D-08", officer, [decision, repair])
        return decision, repair


def correction_date_problem(old_date: date, issue_date: date) -> str:
    """Why ``issue_date`` cannot date a correction of a letter dated ``old_date`` ("" when it can): a
    correction supersedes the letter, so it cannot be dated before it (R-16)."""
    if issue_date < old_date:
        return f"更正文书的成文日期不能早于被替代文书的成文日期（{old_date.isoformat()}）。"
    return ""


def correct_letter(
    ws: Workspace,
    document_id: int,
    case_update: Case | Mapping[str, Any] | None = None,
    *,
    issue_date: date,
    officer: str = "",
    reason: str = "",
) -> IssuedLetter:
    """Correct an issued letter: store the corrected case, then issue a new letter (new number) that
    supersedes the old one. The old letter stays unchanged and printable (R-16).

    ``case_update`` is the corrected case, or a mapping of top-level case fields to replace; None
    issues the correction from the case as stored now. ``reason`` (why the letter is corrected) goes
    into the history line of the correction, so the file shows why two numbers exist.

    Raises:
        DocumentNotFound: no such document.
        DocumentFrozen: the letter was already superseded.
        RenderRefused / DocumentError / IssueRefused: as :func:`issue_letter`; nothing is stored.
    """
    with ws.db.session() as s:
        doc_store.begin_write(s)
        old = doc_store.load_document(s, document_id)
        problem = correction_date_problem(old.issue_date, issue_date)
        if problem:
            raise IssueRefused(problem)
        case = case_store.load_case(s, old.case_id)
        if isinstance(case_update, Case):
            case = case_update.model_copy(update={"id": old.case_id})
        elif case_update:
            case = Case.model_validate({**case.model_dump(), **dict(case_update), "id": old.case_id})
        if case_update is not None:
            case_store.save_case(s, case, officer=officer)
        extras = _letter_extras(case, old.doc_type, old.number)
        letter = _issue(ws, s, case, old.doc_type, issue_date=issue_date, supersedes=document_id, extras=extras)
        if renumber(case, old.number, letter.number):
            case_store.save_case(s, case, officer=officer)
        companions: list[IssuedLetter] = []
        for doc in letters_citing(s, old):
            companion = _issue(ws, s, case, doc.doc_type, issue_date=issue_date, supersedes=doc.id)
            if renumber(case, doc.number, companion.number):
                case_store.save_case(s, case, officer=officer)
            companions.append(companion)
        _record(s, old.case_id, f"correct:{old.doc_type}", officer, [letter, *companions], reason)
        return dataclasses.replace(letter, companions=tuple(companions))


#: letters that print another letter's number, issued with it: the credit-repair notice D-08 names the
#: decision D-03 it accompanies (“两书同达”, 国办发〔2025〕22号)
CITING_LETTERS: dict[str, tuple[str, ...]] = {"D-03": ("D-08",)}


def letters_citing(session: Session, old: IssuedDocument) -> list[IssuedDocument]:
    """The letters in force that print ``old``'s number: corrected with it, or they would cite a superseded
    number (R-16: the old ones stay, unchanged and printable)."""
    kinds = CITING_LETTERS.get(old.doc_type, ())
    if not kinds:
        return []
    return [
        doc for doc in doc_store.documents_of_case(session, old.case_id)
        if doc.doc_type in kinds and doc_store.superseded_by(session, doc.id) is None
        and old.number in json.dumps(doc.fields, ensure_ascii=False, default=str)
    ]


def _letter_extras(case: Case, doc_type: str, number: str) -> dict[str, Any]:
    """Which objection or repair application a D-02/D-04/D-05 being corrected answered."""
    if doc_type == "D-02":
        index = next((i for i, o in enumerate(case.objections) if o.reply_number == number), -1)
        return {"objection_index": index}
    if doc_type in {"D-04", "D-05"}:
        index = next((i for i, r in enumerate(case.repairs) if r.letter_number == number), len(case.repairs) - 1)
        return {"repair_index": index}
    return {}


def renumber(case: Case, old: str, new: str) -> bool:
    """Point the case's record of a letter (notice, decision, objection reply, repair, closing) at the
    letter that supersedes it; deliveries keep the number of the letter actually delivered."""
    changed = False
    holders: list[Any] = [case.notice, case.decision, case.closing, *case.objections, *case.repairs]
    for holder in holders:
        for attr in ("number", "repair_notice_number", "reply_number", "letter_number"):
            if holder is not None and getattr(holder, attr, None) == old:
                setattr(holder, attr, new)
                changed = True
    return changed


def issued_letters(ws: Workspace, case_id: int) -> list[IssuedDocument]:
    """Every letter issued for a case, superseded ones included (both print)."""
    with ws.db.session() as s:
        return doc_store.documents_of_case(s, case_id)


def issued_letter(ws: Workspace, document_id: int) -> IssuedDocument:
    """One issued letter, to print or export it again exactly as it went out."""
    with ws.db.session() as s:
        return doc_store.load_document(s, document_id)


def issued_letter_docx(ws: Workspace, document_id: int) -> bytes:
    """An issued letter as DOCX for Word/WPS, typeset from its frozen field snapshot (R-16), never from the
    case as it is now: the Word copy says exactly what the issued PDF says.

    Raises:
        DocumentNotFound: no such document.
        DocumentError: the snapshot no longer fits the form (the form was changed since).
    """
    from credit_desk.documents.docx_export import render_docx
    from credit_desk.documents.forms import load_form
    from credit_desk.documents.render import build_letter

    doc = issued_letter(ws, document_id)
    letter = build_letter(load_form(doc.doc_type), doc.fields, number=doc.number, issue_date=doc.issue_date)
    return render_docx(letter)
