"""Official output of a letter: print and export PDF, through the path that refuses while rules block.

The preview is a draft; what goes to paper or to a file is rendered again by
``services.rendering.render_document``, which checks the rules first. That render runs off the GUI
thread, then the print dialog (or the save dialog, asked before) runs on it, and the pages are painted
or the file is written in the background. Refusals become inline messages with rule IDs and citations
(tier 1), a file that cannot be written is an environment failure (tier 2), anything else a bug (tier 3).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from credit_desk.domain.model import Case
from credit_desk.services import rendering
from credit_desk.services.usage_log import case_object
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors, printing
from credit_desk.ui.background import run_in_background, run_with_progress
from credit_desk.ui.usage_record import record_export, record_print

_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def fill(text: str, *values: object) -> str:
    """Fill Qt-style %1, %2 placeholders (kept in the source strings so translations can reorder them)."""
    for n, value in reversed(list(enumerate(values, 1))):
        text = text.replace(f"%{n}", str(value))
    return text


def default_export_path(doc_id: str, case: Case) -> Path:
    """``<Documents>/D-03_<party name>.pdf``, with characters no file system accepts replaced."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    stem = _UNSAFE_FILE_CHARS.sub("_", f"{doc_id}_{case.subject.name}".strip("_"))
    return Path(folder) / f"{stem}.pdf"


class LetterOutput(QObject):
    """Prints and exports the official letter of a case for a widget (the preview pane).

    Signals:
        busy(bool): official work started / ended (the caller disables its buttons meanwhile).
        refused(str): the letter cannot be issued; the text lists each rule ID, message and citation.
        message(str): a status line for the officer ("已保存：…").
        printed(str, int): doc id and pages sent to the printer (for the usage log, R-17).
        exported(str, str): doc id and the path written (for the usage log, R-17).
    """

    busy = Signal(bool)
    refused = Signal(str)
    message = Signal(str)
    printed = Signal(str, int)
    exported = Signal(str, str)

    def __init__(self, workspace: Workspace, widget: QWidget):
        super().__init__(widget)
        self._ws = workspace
        self._widget = widget  # parent of the dialogs
        self._case_id: int | None = None

    def print_letter(self, case: Case, doc_id: str) -> None:
        """Render officially, then the system print dialog, then print at 100 % in the background."""
        self._official(case, doc_id, lambda result: self._print(result.pdf, doc_id))

    def export_letter(self, case: Case, doc_id: str) -> None:
        """Ask where to save (PDF, or DOCX for Word/WPS), render officially, write the file atomically."""
        word_filter = self.tr("Word documents (*.docx)")
        path, chosen = QFileDialog.getSaveFileName(
            self._widget, self.tr("Export PDF"), str(default_export_path(doc_id, case)),
            self.tr("PDF files (*.pdf)") + ";;" + word_filter,
        )
        if not path:
            return
        as_docx = path.lower().endswith(".docx") or (chosen == word_filter and not path.lower().endswith(".pdf"))
        suffix = ".docx" if as_docx else ".pdf"
        if not path.lower().endswith(suffix):
            path += suffix
        self._official(case, doc_id, lambda result: self._export(result, doc_id, path, as_docx=as_docx))

    # --- steps ---------------------------------------------------------------------------------------

    def _official(self, case: Case, doc_id: str, then: Callable[[rendering.RenderResult], None]) -> None:
        case = case.model_copy(deep=True)
        ws = self._ws
        self._case_id = case.id  # names the case in the usage log
        self.busy.emit(True)
        self.message.emit(self.tr("Preparing the letter…"))

        def work() -> rendering.RenderResult:
            return rendering.render_document(
                case, ws.catalogs, doc_id=doc_id, calendar=ws.calendar, settings=ws.settings
            )

        def done(result: rendering.RenderResult) -> None:
            if shiboken6.isValid(self):
                self.busy.emit(False)
                self.message.emit("")
                then(result)

        def failed(exc: BaseException, tb: str) -> None:
            if shiboken6.isValid(self):
                self.busy.emit(False)
                self._failed(exc, tb)

        run_in_background(work, on_done=done, on_error=failed)

    def _print(self, pdf: bytes, doc_id: str) -> None:
        printer = printing.choose_printer(self._widget, printing.load_page_count(pdf))
        if printer is None:
            return

        def done(pages: int) -> None:
            if shiboken6.isValid(self):
                self.message.emit(fill(self.tr("Sent %1 page(s) to the printer."), pages))
                self.printed.emit(doc_id, pages)
                record_print(self._widget, self._ws, case_object(self._case_id), f"{doc_id}，{pages} 页")

        run_with_progress(
            self._widget, self.tr("Printing…"), lambda task: printing.print_document(pdf, printer, task),
            on_done=done, on_error=lambda exc, tb: self._failed_if_alive(exc, tb, self.tr("Cannot print")),
        )

    def _export(self, result: rendering.RenderResult, doc_id: str, path: str, *, as_docx: bool = False) -> None:
        def content() -> Path:
            if as_docx:  # the same Letter as the PDF, East-Asian fonts set explicitly for Word and WPS
                from credit_desk.documents.docx_export import render_docx

                return printing.export_pdf(render_docx(result.letter), path)
            return printing.export_pdf(result.pdf, path)

        def done(written: Path) -> None:
            if shiboken6.isValid(self):
                self.message.emit(fill(self.tr("Saved %1"), written))
                self.exported.emit(doc_id, str(written))
                # the letter is the purpose of its own export (the officer states one for case files)
                record_export(self._widget, self._ws, case_object(self._case_id), f"出具文书 {doc_id}",
                              f"{doc_id} → {written}")

        run_in_background(
            content, on_done=done,
            on_error=lambda exc, tb: self._failed_if_alive(exc, tb, self.tr("Cannot write the file")),
        )

    def _failed_if_alive(self, exc: BaseException, tb: str, env_title: str = "") -> None:
        if shiboken6.isValid(self):
            self._failed(exc, tb, env_title)
        elif not isinstance(exc, OSError):
            errors.report(exc, tb)

    def _failed(self, exc: BaseException, tb: str, env_title: str = "") -> None:
        """Tier 1 for refusals (rules, incomplete letter), tier 2 for the environment, tier 3 for bugs."""
        if isinstance(exc, rendering.RenderRefused):
            head = self.tr("The letter cannot be issued yet. Resolve these first:")
            self.refused.emit(head + "\n" + "\n".join(str(f) for f in exc.findings))
            self.message.emit(head)
        elif isinstance(exc, rendering.DocumentError):
            rule = f"（{exc.rule}）" if exc.rule and exc.rule not in exc.message else ""
            self.refused.emit(exc.message + rule)
            self.message.emit(exc.message)
        elif isinstance(exc, OSError):
            self.message.emit(str(exc))
            errors.environment_failure(self._widget, env_title or self.tr("Cannot write the file"), str(exc))
        else:
            errors.report(exc, tb, self._widget)
