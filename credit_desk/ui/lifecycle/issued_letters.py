"""The letters a step has just issued, offered at once for reading, printing and saving as PDF.

The pages shown are the frozen PDF bytes stored when the letter was numbered (R-16), not a new
rendering: what the officer prints here is exactly what was issued. The same viewer shows a form that
goes out with a letter but is not itself issued (the 送达回证, ``PrintableForm``). Given the workspace,
every print and every saved copy is written to the usage log (R-17): the letters name the party.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from credit_desk.services.issuing import IssuedLetter
from credit_desk.services.timeline import LETTER_LABELS
from credit_desk.services.usage_log import case_object
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors
from credit_desk.ui.background import run_with_progress
from credit_desk.ui.usage_record import record_export, record_print


@dataclass(frozen=True, slots=True)
class PrintableForm:
    """A PDF printed with a letter but not issued itself (no number, not frozen): the 送达回证."""

    doc_type: str
    label: str  # the list entry, e.g. 送达回证 / for 青山县市监信列〔2026〕1号
    file_stem: str  # the suggested file name
    case_id: int
    pdf: bytes


def _label(item: IssuedLetter | PrintableForm) -> str:
    if isinstance(item, PrintableForm):
        return item.label
    doc = item.document
    return f"{doc.number}\n{LETTER_LABELS.get(doc.doc_type, doc.doc_type)}（{doc.doc_type}）"


def _what(item: IssuedLetter | PrintableForm) -> tuple[int, str, str, str]:
    """(case id, doc type, file stem, usage-log details) of a shown item."""
    if isinstance(item, PrintableForm):
        return item.case_id, item.doc_type, item.file_stem, f"{item.doc_type} {item.label}".replace("\n", " ")
    doc = item.document
    return doc.case_id, doc.doc_type, doc.number, f"{doc.doc_type} {doc.number}"


class IssuedLettersDialog(QDialog):
    """Letters as issued (or a form to go with one): a list on the left, the selected one's pages on the right.

    Signals:
        printed(int): the pages of the current item were sent to the printer (logged, R-17).
    """

    printed = Signal(int)

    def __init__(
        self,
        letters: Sequence[IssuedLetter | PrintableForm],
        parent: QWidget | None = None,
        *,
        workspace: Workspace | None = None,
    ) -> None:
        # QtPdf loads when the first letter is shown, not with the case page at start-up
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.setObjectName("issued-letters")
        self.setWindowTitle(self.tr("Letters issued"))
        self.letters = list(letters)
        self._ws = workspace  # the usage log; None only where nothing could be logged
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.list = QListWidget(self)
        self.list.setObjectName("issued-letters-list")
        for letter in self.letters:
            self.list.addItem(_label(letter))
        self.list.setMaximumWidth(300)
        self.view = QPdfView(self)
        self.view.setObjectName("issued-letters-view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("issued-letters-print")
        self.export_button = QPushButton(self.tr("Save as PDF…"), self)
        self.export_button.setObjectName("issued-letters-export")
        self.word_button = QPushButton(self.tr("Save as Word…"), self)
        self.word_button.setObjectName("issued-letters-word")
        self.word_button.setToolTip(self.tr("DOCX for Word or WPS, typeset from the letter as issued"))
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("issued-letters-close")
        self.note = QLabel(self.tr("These are the letters as issued and frozen; print them for delivery."), self)
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.word_button)
        buttons.addWidget(close)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self.show_letter)
        self.print_button.clicked.connect(self.print_current)
        self.export_button.clicked.connect(self.export_current)
        self.word_button.clicked.connect(self.export_current_docx)
        close.clicked.connect(self.accept)
        self.resize(900, 640)
        if self.letters:
            self.list.setCurrentRow(0)

    def current(self) -> IssuedLetter | PrintableForm | None:
        row = self.list.currentRow()
        return self.letters[row] if 0 <= row < len(self.letters) else None

    def show_letter(self, row: int) -> None:
        """Show the frozen pages of the letter in ``row``."""
        if not 0 <= row < len(self.letters):
            return
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self.letters[row].pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        old, self._buffer = self._buffer, buffer
        if old is not None:
            old.close()
            old.deleteLater()
        # the Word copy is typeset from an issued letter's frozen fields; a form to go with one has none
        self.word_button.setEnabled(self._ws is not None and isinstance(self.letters[row], IssuedLetter))

    def print_current(self) -> None:
        """The system print dialog, then the pages at 100 % in the background; logged when sent (R-17)."""
        letter = self.current()
        if letter is None:
            return
        from credit_desk.ui import printing

        try:
            printer = printing.choose_printer(self, printing.load_page_count(letter.pdf))
        except printing.PdfLoadError as exc:
            errors.environment_failure(self, self.tr("Printing failed"), str(exc))
            return
        if printer is None:
            return
        case_id, _doc_type, _stem, details = _what(letter)
        ws = self._ws

        logger = self.parentWidget() or self  # its window names the officer
        failed_title = self.tr("Printing failed")

        def printed(pages: int) -> None:
            if ws is not None:
                record_print(logger, ws, case_object(case_id), f"{details}，{pages} 页")
            if shiboken6.isValid(self):
                self.printed.emit(pages)

        def failed(exc: BaseException, tb: str) -> None:
            if isinstance(exc, (OSError, printing.PdfLoadError)):
                errors.environment_failure(logger, failed_title, str(exc))
            else:
                errors.report(exc, tb, logger)

        run_with_progress(logger, self.tr("Printing…"),
                          lambda task: printing.print_document(letter.pdf, printer, task),
                          on_done=printed, on_error=failed)

    def export_current(self) -> None:
        letter = self.current()
        if letter is None:
            return
        case_id, doc_type, stem, details = _what(letter)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save letter as PDF"), f"{stem}.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        from credit_desk.ui import printing

        try:
            printing.export_pdf(letter.pdf, path)
        except OSError as exc:
            errors.environment_failure(self, self.tr("Saving failed"), f"{path}：{exc.strerror}")
            return
        if self._ws is not None:  # the letter is the purpose of its own copy, as for LetterOutput
            record_export(self.parentWidget() or self, self._ws, case_object(case_id), f"出具文书 {doc_type}",
                          f"{details} → {path}")
        errors.show_status(self.parentWidget(), self.tr("Saved to %1").replace("%1", path))

    def export_current_docx(self) -> None:
        """Save the current issued letter as DOCX (Word/WPS), from its frozen snapshot; logged (R-17)."""
        letter = self.current()
        if not isinstance(letter, IssuedLetter) or self._ws is None:
            return
        case_id, doc_type, stem, details = _what(letter)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save letter as Word"), f"{stem}.docx",
                                              self.tr("Word documents (*.docx)"))
        if not path:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        from credit_desk.services.issuing import DocumentError, issued_letter_docx

        ws, doc_id = self._ws, letter.id
        logger = self.parentWidget() or self  # its window names the officer
        title = self.tr("Saving failed")

        def job(_task: object) -> str:  # typesetting a letter takes a moment: not on the GUI thread
            data = issued_letter_docx(ws, doc_id)
            tmp = Path(path + ".part")
            tmp.write_bytes(data)
            tmp.replace(path)
            return path

        def saved(written: str) -> None:
            record_export(logger, ws, case_object(case_id), f"出具文书 {doc_type}", f"{details} → {written}")
            errors.show_status(logger, self.tr("Saved to %1").replace("%1", written))

        def failed(exc: BaseException, tb: str) -> None:
            if isinstance(exc, DocumentError):
                errors.inform(logger, title, str(exc))
            elif isinstance(exc, OSError):
                errors.environment_failure(logger, title, f"{path}：{exc.strerror}")
            else:
                errors.report(exc, tb, logger)

        run_with_progress(logger, self.tr("Saving as Word…"), job, on_done=saved, on_error=failed)

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)


__all__ = ["IssuedLettersDialog"]
