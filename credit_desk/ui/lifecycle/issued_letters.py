"""The letters a step has just issued, offered at once for reading, printing and saving as PDF.

The pages shown are the frozen PDF bytes stored when the letter was numbered (R-16), not a new
rendering: what the officer prints here is exactly what was issued.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
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
from credit_desk.ui import errors, printing


class IssuedLettersDialog(QDialog):
    """The letters just issued: a list on the left, the selected letter's pages on the right."""

    def __init__(self, letters: Sequence[IssuedLetter], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issued-letters")
        self.setWindowTitle(self.tr("Letters issued"))
        self.letters = list(letters)
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.list = QListWidget(self)
        self.list.setObjectName("issued-letters-list")
        for letter in self.letters:
            doc = letter.document
            self.list.addItem(f"{doc.number}\n{LETTER_LABELS.get(doc.doc_type, doc.doc_type)}（{doc.doc_type}）")
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
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("issued-letters-close")
        self.note = QLabel(self.tr("These are the letters as issued and frozen; print them for delivery."), self)
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
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
        close.clicked.connect(self.accept)
        self.resize(900, 640)
        if self.letters:
            self.list.setCurrentRow(0)

    def current(self) -> IssuedLetter | None:
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

    def print_current(self) -> None:
        letter = self.current()
        if letter is None:
            return
        try:
            printing.print_pdf(letter.pdf, self)
        except (OSError, printing.PdfLoadError) as exc:
            errors.environment_failure(self, self.tr("Printing failed"), str(exc))

    def export_current(self) -> None:
        letter = self.current()
        if letter is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save letter as PDF"), f"{letter.number}.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            printing.export_pdf(letter.pdf, path)
        except OSError as exc:
            errors.environment_failure(self, self.tr("Saving failed"), f"{path}：{exc.strerror}")
            return
        errors.show_status(self.parentWidget(), self.tr("Saved to %1").replace("%1", path))

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)


__all__ = ["IssuedLettersDialog"]
