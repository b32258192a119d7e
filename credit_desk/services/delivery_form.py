"""Use case: the 送达回证 (D-06, proof of delivery) of one issued letter, to print and take along.

Why a use case of its own: D-06 is not a numbered letter and is never frozen; it is printed whenever
the officer goes out to serve a letter. Before delivery it names the letter (title and number as
issued) and leaves the method, the date and the signatures blank, to be ticked, written and signed on
the spot (R-05: the delivery date starts the clocks, so it must be the real one). Once a delivery is
recorded for that letter it prints filled from the record instead (``delivery_index``). The rules that
can stop a proof of delivery are only those on who signs and whom it names (R-08, R-13; see
``services.rendering.LETTER_RULES``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from credit_desk.domain.model import Case
from credit_desk.services.checking import check_case
from credit_desk.services.rendering import LETTER_STEP, DocumentError, RenderRefused, letter_blocks
from credit_desk.services.workspace import Workspace
from credit_desk.store import cases as case_store
from credit_desk.store import documents as doc_store
from credit_desk.store.documents import DocumentNotFound, IssuedDocument

__all__ = [
    "DELIVERY_FORM",
    "DocumentError",
    "DocumentNotFound",
    "NotDeliverable",
    "RenderRefused",
    "delivery_form",
    "delivery_settings",
    "recorded_delivery",
]

#: The form of the proof of delivery.
DELIVERY_FORM = "D-06"


class NotDeliverable(Exception):
    """The document cannot have a proof of delivery: it is itself one, or belongs to another case."""

    def __init__(self, message_cn: str, *, rule: str = "R-05") -> None:
        super().__init__(f"{message_cn}（{rule}）")
        self.message_cn = message_cn
        self.rule = rule


def recorded_delivery(case: Case, doc: IssuedDocument) -> int | None:
    """Index into ``case.deliveries`` of the (last) recorded delivery of ``doc``, or None if not delivered."""
    found = [
        i for i, d in enumerate(case.deliveries) if d.document_number == doc.number and d.doc_type == doc.doc_type
    ]
    return found[-1] if found else None


def _issued_title(doc: IssuedDocument) -> str:
    """The letter's title as it was printed, from the field snapshot frozen with it ("" if unreadable)."""
    from credit_desk.documents.forms import load_form  # the forms load on the first letter, not at start-up

    try:
        return load_form(doc.doc_type).render_title(doc.fields)
    except Exception:  # an old snapshot the current form cannot read: the form's standard title is used
        return ""


def delivery_settings(case: Case, doc: IssuedDocument) -> dict[str, Any]:
    """The D-06 settings for ``doc``: the recorded delivery, or the letter to be delivered."""
    index = recorded_delivery(case, doc)
    if index is not None:
        return {"delivery_index": index}
    return {"delivery_doc": {"doc_type": doc.doc_type, "number": doc.number, "title": _issued_title(doc)}}


def delivery_form(ws: Workspace, case_id: int, document_id: int, *, today: date) -> bytes:
    """The PDF of the 送达回证 for issued letter ``document_id`` of case ``case_id``, dated ``today``.

    Raises:
        DocumentNotFound: no such letter. credit_desk.store.cases.CaseNotFound: no such case.
        NotDeliverable: the letter is itself a proof of delivery, or belongs to another case.
        RenderRefused: R-08/R-13 block (rule IDs and citations in ``findings``).
        DocumentError: a mandated field is empty or a character has no glyph.
    """
    with ws.db.session() as s:
        doc = doc_store.load_document(s, document_id)
        case = case_store.load_case(s, case_id)
    if doc.case_id != case_id:
        raise NotDeliverable(f"文书{doc.number}不属于本案，不能打印本案的送达回证。", rule="R-16")
    if doc.doc_type == DELIVERY_FORM:
        raise NotDeliverable("送达回证本身无需送达回证。")
    settings = {**ws.settings, **delivery_settings(case, doc)}
    report = check_case(case, ws.catalogs, calendar=ws.calendar, settings=settings, step=LETTER_STEP[DELIVERY_FORM])
    blocks = letter_blocks(report.blocking, DELIVERY_FORM)
    if blocks:
        raise RenderRefused(blocks)
    from credit_desk.documents.render import render_document  # reportlab loads on the first letter

    result = render_document(DELIVERY_FORM, case, ws.catalogs, number="", issue_date=today, settings=settings)
    return result.pdf
