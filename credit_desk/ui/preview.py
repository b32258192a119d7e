"""The live preview of a letter beside the drafting wizard, with printing and PDF export.

The pane never renders on the GUI thread: ``update_case`` only stores the case and (re)starts a short
debounce timer; when the officer pauses, one render of the newest state runs through
``ui.background.run_in_background``. A generation counter drops results that a later change made
stale, and only one render runs at a time, so a burst of keystrokes costs one render of the last state.

The preview is a draft (``services.preview``): it renders while rules still block, marked "草稿", with
the number of blocking findings above it. Printing and export take the official path
(``services.rendering.render_document``), which refuses while a rule blocks; the refusal is shown here
with each rule ID, message and citation, never as a traceback.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QMargins,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from credit_desk.domain.model import Case
from credit_desk.services.preview import PreviewResult, preview_document
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors, printing
from credit_desk.ui.background import run_in_background
from credit_desk.ui.letter_output import LetterOutput, fill

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400
#: "Fit width" stops growing the page beyond this zoom (of its physical size) on very wide panes.
MAX_FIT_ZOOM = 1.5
PAGE_GAP = 12  # pixels around and between pages
A4_WIDTH_IN = 595.28 / 72
#: Letter types the pane can show, in the order of the switch.
DOC_IDS = ("D-03", "D-08")
NOTICE_STYLE = "background:#fff4d6; color:#6b4a00; border:1px solid #e8c66a; border-radius:3px; padding:4px 8px;"
PROBLEM_STYLE = "background:#fdecea; color:#8a1c12; border:1px solid #f0a9a1; border-radius:3px; padding:4px 8px;"


class PreviewPane(QWidget):
    """A letter of the current case, re-rendered off the GUI thread as the case changes.

    Signals:
        rendered(int): a preview was shown; the number of pages.
        failed(str): the letter cannot be made as the case stands; the Chinese message.
        render_started(int): a render began (its generation), for status and tests.
        printed(str, int): a letter was sent to the printer (doc id, pages) — for the usage log (R-17).
        exported(str, str): a letter was exported (doc id, path) — for the usage log (R-17).
    """

    rendered = Signal(int)
    failed = Signal(str)
    render_started = Signal(int)
    printed = Signal(str, int)
    exported = Signal(str, str)

    def __init__(self, workspace: Workspace, doc_id: str = "D-03", parent: QWidget | None = None, *,
                 debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self.setObjectName("previewPane")
        self._ws = workspace
        self._doc_id = doc_id if doc_id in DOC_IDS else DOC_IDS[0]
        self._case: Case | None = None
        self._generation = 0
        self._busy = False
        self._result: PreviewResult | None = None
        self._buffer: QBuffer | None = None  # the bytes the QPdfDocument reads; lives as long as it does
        self._shown_doc_id = ""  # the letter type of the pages on screen

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._on_timer)

        self._document = QPdfDocument(self)
        self._output = LetterOutput(workspace, self)
        self._build()
        self._output.busy.connect(self._output_busy)
        self._output.refused.connect(self._show_problem_text)
        self._output.message.connect(self._output_message)
        self._output.printed.connect(self.printed)
        self._output.exported.connect(self.exported)

    # --- layout -------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.doc_switch = QComboBox(self)
        self.doc_switch.setObjectName("previewDocType")
        self.doc_switch.addItem(self.tr("Listing decision (D-03)"), "D-03")
        self.doc_switch.addItem(self.tr("Repair notice (D-08)"), "D-08")
        self.doc_switch.setCurrentIndex(DOC_IDS.index(self._doc_id))
        self.doc_switch.currentIndexChanged.connect(self._on_doc_switched)

        self.zoom = QComboBox(self)
        self.zoom.setObjectName("previewZoom")
        self.zoom.addItem(self.tr("Fit width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom.addItem(self.tr("Actual size"), QPdfView.ZoomMode.Custom)
        self.zoom.currentIndexChanged.connect(self._on_zoom)

        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("previewPrint")
        self.print_button.setToolTip(printing.print_note())
        self.print_button.clicked.connect(self.print_letter)
        self.export_button = QPushButton(self.tr("Export PDF or Word…"), self)
        self.export_button.setObjectName("previewExport")
        self.export_button.clicked.connect(self.export_letter)

        top = QHBoxLayout()
        label = QLabel(self.tr("Letter:"), self)
        label.setBuddy(self.doc_switch)
        top.addWidget(label)
        top.addWidget(self.doc_switch)
        top.addWidget(self.zoom)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)

        self.notice = QLabel(self)
        self.notice.setObjectName("previewNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()

        self.problem = QLabel(self)
        self.problem.setObjectName("previewProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # names and messages are shown literally
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.problem.hide()

        self.view = QPdfView(self)
        self.view.setObjectName("previewView")
        self.view.setDocument(self._document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(PAGE_GAP)
        self.view.viewport().installEventFilter(self)

        self.empty = QLabel(self.tr("The letter appears here as soon as it can be made."), self)
        self.empty.setObjectName("previewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#555; background:#e6e6e6;")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.view)

        self.status = QLabel(self.tr("No case yet."), self)
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.print_note = QLabel(printing.print_note(), self)
        self.print_note.setObjectName("previewPrintNote")
        self.print_note.setStyleSheet("color:#6b4a00;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.print_note, 0, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.problem)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

    # --- public API ----------------------------------------------------------------------------------

    def doc_id(self) -> str:
        return self._doc_id

    def set_doc_id(self, doc_id: str) -> None:
        """Switch the letter shown (D-03 / D-08); re-renders at once."""
        if doc_id not in DOC_IDS:
            raise ValueError(f"no preview for {doc_id}")
        self.doc_switch.setCurrentIndex(DOC_IDS.index(doc_id))

    def document(self) -> QPdfDocument:
        """The QPdfDocument on screen (its text is what the officer sees)."""
        return self._document

    def result(self) -> PreviewResult | None:
        """The last preview shown (bytes, blocking findings, or the reason there is no letter)."""
        return self._result

    def is_rendering(self) -> bool:
        return self._busy or self._timer.isActive()

    def update_case(self, case: Case) -> None:
        """The case changed: render it after a short pause (newest state only, off the GUI thread)."""
        self._case = case
        self._generation += 1
        self._timer.start()

    def refresh(self) -> None:
        """Render again now, e.g. after the catalogs or the office profile were edited."""
        if self._case is not None:
            self._generation += 1
            self._timer.start(0)

    # --- rendering -----------------------------------------------------------------------------------

    def _on_doc_switched(self, index: int) -> None:
        self._doc_id = DOC_IDS[index]
        self.problem.hide()
        self.refresh()

    def _on_zoom(self, index: int) -> None:
        mode = self.zoom.itemData(index)
        self.view.setZoomMode(mode)
        if mode == QPdfView.ZoomMode.Custom:
            self.view.setZoomFactor(1.0)
        self._fit_margins()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_margins()
        return super().eventFilter(watched, event)

    def _fit_margins(self) -> None:
        """Centre the page in a wide pane instead of blowing it up past MAX_FIT_ZOOM (full-screen use)."""
        side = PAGE_GAP
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            widest = round(A4_WIDTH_IN * self.view.logicalDpiX() * MAX_FIT_ZOOM)
            side = max(PAGE_GAP, (self.view.viewport().width() - widest) // 2)
        if self.view.documentMargins().left() != side:
            self.view.setDocumentMargins(QMargins(side, PAGE_GAP, side, PAGE_GAP))

    def _on_timer(self) -> None:
        if self._busy:  # the running render's result will be stale; _on_rendered starts the next one
            return
        self._start_render()

    def _start_render(self) -> None:
        if self._case is None:
            return
        generation = self._generation
        case = self._case.model_copy(deep=True)  # the wizard may keep editing its copy meanwhile
        ws, doc_id = self._ws, self._doc_id
        self._busy = True
        self.status.setText(self.tr("Rendering…"))
        self.render_started.emit(generation)

        def work() -> PreviewResult:
            return preview_document(case, ws.catalogs, doc_id=doc_id, settings=ws.settings, calendar=ws.calendar)

        def done(result: PreviewResult) -> None:
            if shiboken6.isValid(self):
                self._on_rendered(generation, result)

        def failed(exc: BaseException, tb: str) -> None:
            if shiboken6.isValid(self):
                self._busy = False
                self.status.setText(self.tr("The preview failed; see the error report."))
            errors.report(exc, tb)

        run_in_background(work, on_done=done, on_error=failed)

    def _on_rendered(self, generation: int, result: PreviewResult) -> None:
        self._busy = False
        if generation != self._generation:  # the case changed while rendering: drop, render the newest
            if not self._timer.isActive():
                self._start_render()
            return
        self._result = result
        self._show_notice(result)
        if result.pdf is None:
            self._show_problem(result)
            if self._shown_doc_id != result.doc_id:  # never leave another letter's pages on screen
                self._clear()
            kept = self._document.pageCount() > 0
            self.status.setText(
                self.tr("The letter cannot be made yet; the last preview that could be made is shown.")
                if kept else self.tr("The letter cannot be made yet.")
            )
            self.failed.emit(result.error)
            return
        self.problem.hide()
        pages = self._load(result.pdf)
        self._shown_doc_id = result.doc_id
        self.pages.setCurrentWidget(self.view)
        text = fill(self.tr("%1 page(s), rendered in %2 ms."), pages, round(result.elapsed_ms))
        if result.warnings:
            text += " " + fill(self.tr("%1 warning(s) need a written reason before issue."), len(result.warnings))
        self.status.setText(text)
        self.rendered.emit(pages)

    def _load(self, pdf: bytes) -> int:
        """Show new PDF bytes, keeping the reading position so the page does not jump while typing."""
        bar = self.view.verticalScrollBar()
        position = bar.value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(buffer)  # closes the previous document, which released the old buffer
        old, self._buffer = self._buffer, buffer
        if old is not None:
            old.close()
            old.deleteLater()
        QTimer.singleShot(0, self, lambda: bar.setValue(min(position, bar.maximum())))
        return self._document.pageCount()

    def _clear(self) -> None:
        self.pages.setCurrentWidget(self.empty)
        self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._shown_doc_id = ""

    def _say(self, text: str) -> None:
        """A tier-1 message: in the pane's own status line and in the window's status bar."""
        self.status.setText(text)
        errors.show_status(self, text)

    def _show_notice(self, result: PreviewResult) -> None:
        if result.blocking:
            rules = "、".join(dict.fromkeys(f.rule for f in result.blocking))
            self.notice.setText(f"{result.notice}（{rules}）")
            self.notice.setToolTip("\n".join(str(f) for f in result.blocking))
            self.notice.show()
        elif result.draft:
            self.notice.setText(self.tr("Draft preview: the decision has no document number yet."))
            self.notice.setToolTip("")
            self.notice.show()
        else:
            self.notice.hide()

    def _show_problem(self, result: PreviewResult) -> None:
        rule = ""
        if result.error_rule and result.error_rule not in result.error:
            from credit_desk.domain.rules.citations import RULES

            info = RULES.get(result.error_rule)
            cited = f"{result.error_rule}（{info.citation}）" if info else result.error_rule
            rule = "\n" + fill(self.tr("Rule: %1"), cited)
        self._show_problem_text(result.error + rule)
        self.problem.setToolTip(fill(self.tr("Field: %1"), result.error_field) if result.error_field else "")

    def _show_problem_text(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # --- official output: print and export (refused while a rule blocks) ------------------------------

    def print_letter(self) -> None:
        """Print the official letter through the system dialog at 100 % (refused while a rule blocks)."""
        if self._case is None:
            self._say(self.tr("Open or start a case first."))
            return
        self.problem.hide()
        self._output.print_letter(self._case, self._doc_id)

    def export_letter(self) -> None:
        """Ask where to save, then write the official PDF there atomically (refused while a rule blocks)."""
        if self._case is None:
            self._say(self.tr("Open or start a case first."))
            return
        self.problem.hide()
        self._output.export_letter(self._case, self._doc_id)

    def _output_busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)

    def _output_message(self, text: str) -> None:
        if text:
            self._say(text)
        elif not self._busy:
            self.status.setText("")
