"""The 文书 (Letters) tab of the case page: the letters issued for the case, and what the officer does
with one afterwards (issue 4 items 4 and 5).

* 查看/打印 (or a double-click) opens the letter exactly as it went out: the stored PDF bytes, never a
  new rendering (R-16). A superseded letter says so and still opens and prints: both remain.
* 出具更正文书 issues a new numbered letter that supersedes the selected one, from the case as stored
  now, with a written reason kept in the history (``CorrectionDialog``).
* 打印送达回证 prints the proof of delivery (D-06) for the selected letter: blank for method, date and
  signatures before delivery, filled from the record after (``services.delivery_form``).

Every print and saved copy is written to the usage log by the viewer (R-17). Nothing here judges the
case; the services refuse, and their refusals are shown with rule ID, message and citation.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from credit_desk.domain.dates import cn_date
from credit_desk.domain.model import DELIVERY_METHOD_LABELS
from credit_desk.services import delivery_form as delivery_svc
from credit_desk.services import issuing
from credit_desk.services.issuing import IssuedLetter
from credit_desk.services.register import CaseOverview
from credit_desk.services.timeline import LETTER_LABELS, LETTER_SHORT_NAMES
from credit_desk.services.workspace import Workspace
from credit_desk.store.db import StoreError
from credit_desk.store.register import DocumentRow
from credit_desk.ui import errors
from credit_desk.ui.background import db_lock, run_in_background
from credit_desk.ui.catalog_models import RowsModel
from credit_desk.ui.lifecycle.correction_dialog import NOT_CORRECTABLE, CorrectionDialog
from credit_desk.ui.lifecycle.issued_letters import IssuedLettersDialog, PrintableForm
from credit_desk.ui.lifecycle.step_dialog import PROBLEM_STYLE
from credit_desk.ui.usage_record import officer_of
from credit_desk.ui.widgets.record_table import record_table

COL_TYPE, COL_NUMBER, COL_DATE, COL_DELIVERY, COL_CORRECTION, COL_SHA = range(6)


class LettersTab(QWidget):
    """The case's issued letters with 查看/打印, 出具更正文书 and 打印送达回证 for the selected one.

    Call :meth:`set_letters` with each loaded overview (None clears).

    The table rows carry no PDF; a letter's frozen bytes are read from the store when it is opened.

    Signals:
        corrected(object): a correction was issued (the new ``IssuedLetter``); the page reloads.
        shown(object): the viewer (``IssuedLettersDialog``) now shows a letter or a proof of delivery.
    """

    corrected = Signal(object)
    shown = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case-letters")
        self._ws = workspace
        self.overview: CaseOverview | None = None
        self.documents: list[DocumentRow] = []
        self.superseded_by: dict[int, DocumentRow] = {}
        self.delivered: set[str] = set()
        self.viewer: IssuedLettersDialog | None = None
        self.correction: CorrectionDialog | None = None

        self.model = RowsModel(self._headers(), [], parent=self)
        self.table = record_table(self, "case-documents", self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.open_letter(index.row()))

        self.view_button = QPushButton(self.tr("View / print…"), self)
        self.view_button.setObjectName("letter-view")
        self.view_button.setToolTip(self.tr("The letter exactly as issued (the frozen PDF), to read, print or save"))
        self.correct_button = QPushButton(self.tr("Issue corrected letter…"), self)
        self.correct_button.setObjectName("letter-correct")
        self.delivery_button = QPushButton(self.tr("Print proof of delivery…"), self)
        self.delivery_button.setObjectName("letter-delivery-form")
        self.delivery_button.setToolTip(self.tr(
            "The 送达回证 for this letter: before delivery the method, date and signatures are left blank "
            "to fill in by hand; after a recorded delivery it is filled from the record"))
        self.view_button.clicked.connect(lambda: self.open_letter())
        self.correct_button.clicked.connect(lambda: self.correct_selected())
        self.delivery_button.clicked.connect(self.print_delivery_form)
        self.problem = QLabel(self)
        self.problem.setObjectName("letters-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setVisible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.delivery_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self._connect_selection()
        self._update_buttons()

    def _headers(self) -> list[str]:
        return [self.tr("Letter"), self.tr("Number"), self.tr("Date"), self.tr("Delivery"), self.tr("Correction"),
                self.tr("SHA-256")]

    # --- contents ----------------------------------------------------------------------------------

    def set_letters(self, ov: CaseOverview | None) -> None:
        """Show the letters of the loaded case (keeping the selected letter selected)."""
        keep = self.selected()
        self.overview = ov
        self.documents = list(ov.documents) if ov else []
        by_id = {d.id: d for d in self.documents}
        self.superseded_by = {d.supersedes_id: d for d in self.documents if d.supersedes_id in by_id}
        deliveries = ov.case.deliveries if ov else []
        self.delivered = {d.document_number for d in deliveries if d.document_number}
        delivery_text = {
            d.document_number: f"{cn_date(d.delivered_date)} {DELIVERY_METHOD_LABELS[d.method]}" for d in deliveries
        }
        rows = []
        for d in self.documents:
            rows.append([
                f"{d.doc_type} {LETTER_SHORT_NAMES.get(d.doc_type, '')}".strip(),
                d.number,
                cn_date(d.issue_date),
                delivery_text.get(d.number, "" if d.doc_type == "D-06" else self.tr("not delivered")),
                self._correction_text(d, by_id),
                d.sha256[:16],
            ])
        old = self.model
        self.model = RowsModel(self._headers(), rows, flag=self._flag, parent=self)
        self.table.setModel(self.model)
        old.deleteLater()
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):  # CJK glyphs are wider than Qt measures them
            self.table.setColumnWidth(col, self.table.columnWidth(col) + 12)
        self._connect_selection()
        self.problem.setVisible(False)
        if keep is not None:
            row = next((i for i, d in enumerate(self.documents) if d.id == keep.id), -1)
            if row >= 0:
                self.table.selectRow(row)
        self._update_buttons()

    def _correction_text(self, d: DocumentRow, by_id: dict[int, DocumentRow]) -> str:
        parts = []
        newer = self.superseded_by.get(d.id)
        if newer is not None:
            parts.append(self.tr("Superseded by %1").replace("%1", newer.number))
        if d.supersedes_id in by_id:
            parts.append(self.tr("Replaces %1").replace("%1", by_id[d.supersedes_id].number))
        return "；".join(parts)

    def _flag(self, row: int) -> str:
        """Superseded letters are tinted, with a tooltip saying they remain valid to print (R-16)."""
        newer = self.superseded_by.get(self.documents[row].id) if row < len(self.documents) else None
        if newer is None:
            return ""
        return self.tr("Superseded by %1; kept unchanged and still printable (R-16)").replace("%1", newer.number)

    def count(self) -> int:
        return len(self.documents)

    def _connect_selection(self) -> None:
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected(self) -> DocumentRow | None:
        row = self.selected_row()
        return self.documents[row] if 0 <= row < len(self.documents) else None

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def is_superseded(self, doc: DocumentRow) -> bool:
        return doc.id in self.superseded_by

    def can_correct(self, doc: DocumentRow | None) -> bool:
        """A correction replaces the latest letter only, and never a proof of delivery (R-16)."""
        return doc is not None and doc.doc_type not in NOT_CORRECTABLE and not self.is_superseded(doc)

    def can_print_delivery_form(self, doc: DocumentRow | None) -> bool:
        """A proof of delivery is for a letter to deliver (or one delivered), never for a proof itself."""
        if doc is None or doc.doc_type == delivery_svc.DELIVERY_FORM:
            return False
        return doc.number in self.delivered or not self.is_superseded(doc)

    def _update_buttons(self) -> None:
        doc = self.selected()
        self.view_button.setEnabled(doc is not None)
        self.correct_button.setEnabled(self.can_correct(doc))
        self.delivery_button.setEnabled(self.can_print_delivery_form(doc))
        if doc is not None and self.is_superseded(doc):
            self.correct_button.setToolTip(self.tr("This letter was superseded; correct the letter that replaced it"))
        else:
            self.correct_button.setToolTip(self.tr(
                "Issue a new letter with a new number that replaces this one; the old one stays printable (R-16)"))

    # --- actions -----------------------------------------------------------------------------------

    def _show(self, items: list[Any], title: str, note: str) -> IssuedLettersDialog:
        if self.viewer is not None and shiboken6.isValid(self.viewer):
            self.viewer.close()
            self.viewer.deleteLater()
        # parented to the tab itself: a parent wrapper dropped at once (the tab widget's stack) would
        # take the dialog's Python wrappers with it (shiboken invalidates children of a freed wrapper)
        viewer = IssuedLettersDialog(items, self, workspace=self._ws)
        viewer.setWindowTitle(title)
        viewer.note.setText(note)
        self.viewer = viewer
        viewer.show()
        self.shown.emit(viewer)
        return viewer

    def open_letter(self, row: int | None = None) -> None:
        """Open the letter in ``row`` (default: the selected one) as stored: its frozen PDF bytes, read
        in the background; the viewer appears when they arrive (``shown``)."""
        if row is None:
            row = self.selected_row()
        if not 0 <= row < len(self.documents):
            return None
        doc = self.documents[row]
        newer = self.superseded_by.get(doc.id)
        if newer is not None:
            note = self.tr("Superseded by %1. This letter stays as it was issued and can still be printed (R-16).") \
                .replace("%1", newer.number)
        else:
            note = self.tr("The letter exactly as issued (the frozen copy, R-16).")
        title = f"{LETTER_LABELS.get(doc.doc_type, doc.doc_type)} {doc.number}"
        ws = self._ws

        def work() -> IssuedLetter:
            with db_lock:
                return IssuedLetter(document=issuing.issued_letter(ws, doc.id))

        def done(letter: IssuedLetter) -> None:
            if shiboken6.isValid(self):
                self._show([letter], title, note)

        head = self.tr("The letter cannot be shown:")
        run_in_background(work, on_done=done, on_error=lambda exc, tb: self._failed(exc, tb, head))

    def show_corrected(self, letter: IssuedLetter) -> IssuedLettersDialog:
        """The correction just issued, offered at once for printing and delivery."""
        note = self.tr("The corrected letter replaces %1; deliver it to the party.").replace(
            "%1", next((d.number for d in self.documents if d.id == letter.document.supersedes_id), ""))
        for companion in letter.companions:  # a D-08 prints the decision's number: corrected with it
            note += self.tr(" %1 cites its number and was corrected with it as %2; deliver both.").replace(
                "%1", LETTER_LABELS.get(companion.document.doc_type, companion.document.doc_type)).replace(
                "%2", companion.number)
        letters = [letter, *letter.companions]
        return self._show(letters, self.tr("Corrected letter %1").replace("%1", letter.number), note)

    def correct_selected(self) -> CorrectionDialog | None:
        """Open the correction dialog on the selected letter (window-modal, not blocking)."""
        doc = self.selected()
        if self.overview is None or not self.can_correct(doc):
            return None
        assert doc is not None
        if self.correction is not None and shiboken6.isValid(self.correction):
            self.correction.deleteLater()
        dialog = CorrectionDialog(self._ws, self.overview, officer_of(self), doc, self)
        dialog.corrected.connect(self._corrected)
        self.correction = dialog
        dialog.open()
        return dialog

    def _corrected(self, letter: IssuedLetter) -> None:
        self.show_corrected(letter)
        self.corrected.emit(letter)

    def print_delivery_form(self) -> None:
        """Render the 送达回证 of the selected letter in the background, then show it to print."""
        doc = self.selected()
        if self.overview is None or not self.can_print_delivery_form(doc):
            return
        assert doc is not None and self.overview.case.id is not None
        ws, case_id, today = self._ws, self.overview.case.id, date.today()
        self.problem.setVisible(False)
        self.delivery_button.setEnabled(False)
        errors.show_status(self, self.tr("Preparing the proof of delivery…"))

        def work() -> bytes:
            with db_lock:
                return delivery_svc.delivery_form(ws, case_id, doc.id, today=today)

        head = self.tr("The proof of delivery cannot be printed:")
        run_in_background(work, on_done=lambda pdf: self._delivery_ready(doc, case_id, pdf),
                          on_error=lambda exc, tb: self._failed(exc, tb, head))

    def _delivery_ready(self, doc: DocumentRow, case_id: int, pdf: bytes) -> None:
        if not shiboken6.isValid(self):
            return
        self._update_buttons()
        name = self.tr("Proof of delivery")
        form = PrintableForm(doc_type=delivery_svc.DELIVERY_FORM, label=f"{name}\n{doc.number}",
                             file_stem=f"{name}_{doc.number}", case_id=case_id, pdf=pdf)
        if doc.number in self.delivered:
            note = self.tr("Filled in from the recorded delivery of %1.").replace("%1", doc.number)
        else:
            note = self.tr("For %1: tick the method, write the date and have it signed on delivery.") \
                .replace("%1", doc.number)
        self._show([form], self.tr("Proof of delivery for %1").replace("%1", doc.number), note)

    def _failed(self, exc: BaseException, tb: str, head: str) -> None:
        """A refusal in the tab (rule ID, message, citation); the store unreachable is tier 2; else a bug."""
        if not shiboken6.isValid(self):
            return
        self._update_buttons()
        if isinstance(exc, StoreError):
            errors.environment_failure(self, self.tr("Cannot read the letter"), exc.message_cn)
            return
        if isinstance(exc, delivery_svc.RenderRefused):
            text = "\n".join(f"{f.rule} {f.message}（{f.citation}）" for f in exc.findings)
        elif isinstance(exc, delivery_svc.DocumentError):
            text = exc.message + (f"（{exc.rule}）" if exc.rule and exc.rule not in exc.message else "")
        elif isinstance(exc, (delivery_svc.NotDeliverable, delivery_svc.DocumentNotFound)):
            text = str(exc)
        else:
            errors.report(exc, tb, self)
            return
        self.problem.setText(f"{head}\n{text}")
        self.problem.setVisible(True)
        errors.show_status(self, head)


__all__ = ["LettersTab"]
