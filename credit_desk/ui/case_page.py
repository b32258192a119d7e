"""The case page: one case's data, its rule findings with citations, its deadlines with their reasons,
its letters and its history. Everything comes from ``services.register.case_overview``; nothing here
judges the case.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from credit_desk.domain.dates import cn_date
from credit_desk.domain.deadlines import Deadline
from credit_desk.services.register import CaseNotFound, CaseOverview, StoreError, case_overview
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors
from credit_desk.ui.background import db_lock, run_in_background
from credit_desk.ui.case_details import case_details_html
from credit_desk.ui.case_models import COL_CITATION, COL_LEVEL, COL_MESSAGE, COL_RULE, FindingsModel, level_icon
from credit_desk.ui.catalog_models import RowsModel
from credit_desk.ui.register_model import state_colour

_STATE_STYLE = "QLabel#case-state { background: %s; color: white; border-radius: 4px; padding: 2px 8px; }"


class DeadlineRow(QFrame):
    """A computed date with a 依据 button that unfolds its explanation (event, rule, days skipped, calendar)."""

    def __init__(self, deadline: Deadline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"deadline-{deadline.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.deadline = deadline
        title = QLabel(deadline.label, self)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        title.setContentsMargins(0, 0, 4, 0)  # CJK fonts are emboldened synthetically, wider than measured
        self.date_label = QLabel(cn_date(deadline.due), self)
        self.date_label.setObjectName(f"deadline-date-{deadline.key}")
        self.date_label.setToolTip(deadline.explanation.text())
        self.toggle = QToolButton(self)
        self.toggle.setObjectName(f"deadline-toggle-{deadline.key}")
        self.toggle.setText(self.tr("How is this computed?"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.explanation = QLabel(deadline.explanation.text(), self)
        self.explanation.setObjectName(f"deadline-explanation-{deadline.key}")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setStyleSheet("color: #333333; padding-left: 18px;")
        self.explanation.setVisible(False)
        head = QHBoxLayout()
        if deadline.findings:  # the calendar of that year is not entered yet
            warn = QLabel(self)
            warn.setPixmap(level_icon(deadline.findings[0].level).pixmap(16, 16))
            warn.setToolTip("\n".join(f"{f.rule} {f.message}（{f.citation}）" for f in deadline.findings))
            head.addWidget(warn)
        head.addWidget(title)
        head.addWidget(self.date_label)
        head.addStretch(1)
        head.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(head)
        layout.addWidget(self.explanation)
        self.toggle.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        self.explanation.setVisible(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)


class CasePage(QWidget):
    """Everything about one case, read-only, with the way to edit it and to export it.

    Call :meth:`show_case` (``show`` is QWidget's own). Loading runs in a worker; a case chosen while
    another loads wins.

    Signals:
        edit_requested(int): open the drafting wizard on this case.
        export_requested(int): export this case as a case file.
        loaded(int): the page shows this case now.
    """

    edit_requested = Signal(int)
    export_requested = Signal(int)
    loaded = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case-page")
        self._ws = workspace
        self._generation = 0
        self.case_id: int | None = None
        self.overview: CaseOverview | None = None
        self.deadline_rows: dict[str, DeadlineRow] = {}
        self._build()

    # --- layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.tr("No case selected"), self)
        self.title.setObjectName("case-title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setContentsMargins(0, 0, 6, 0)  # synthetic bold of CJK glyphs is wider than measured
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("case-state")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("case-subtitle")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit case…"), self)
        self.edit_button.setObjectName("case-edit")
        self.export_button = QPushButton(self.tr("Export case file…"), self)
        self.export_button.setObjectName("case-export")
        for b in (self.edit_button, self.export_button):
            b.setEnabled(False)
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.export_button.clicked.connect(lambda: self._request(self.export_requested))

        self.details = QTextBrowser(self)
        self.details.setObjectName("case-details")
        self.details.setOpenLinks(False)

        self.findings_label = QLabel(self.tr("Findings"), self)
        self.findings_label.setObjectName("case-findings-label")
        self.findings_model = FindingsModel(parent=self)
        self.findings = self._table("case-findings", self.findings_model)
        self.findings.setWordWrap(True)
        header = self.findings.horizontalHeader()
        header.setSectionResizeMode(COL_RULE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CITATION, QHeaderView.ResizeMode.Interactive)
        self.findings.setColumnWidth(COL_CITATION, 220)
        header.sectionResized.connect(lambda *_: self.findings.resizeRowsToContents())

        self.deadlines_box = QWidget(self)
        self.deadlines_box.setObjectName("case-deadlines")
        self.deadlines_layout = QVBoxLayout(self.deadlines_box)
        self.deadlines_layout.addStretch(1)
        deadlines_scroll = QScrollArea(self)
        deadlines_scroll.setWidgetResizable(True)
        deadlines_scroll.setWidget(self.deadlines_box)

        self.documents_model = RowsModel(self._document_headers(), [], parent=self)
        self.documents = self._table("case-documents", self.documents_model)
        self.history_model = RowsModel(self._history_headers(), [], parent=self)
        self.history = self._table("case-history", self.history_model)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("case-tabs")
        self.tabs.addTab(deadlines_scroll, self.tr("Deadlines"))
        self.tabs.addTab(self.documents, self.tr("Letters"))
        self.tabs.addTab(self.history, self.tr("History"))

        findings_box = QWidget(self)
        fl = QVBoxLayout(findings_box)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.findings_label)
        fl.addWidget(self.findings, 1)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(findings_box)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("case-splitter")
        self.splitter.addWidget(self.details)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.state_label)
        head.addStretch(1)
        head.addWidget(self.edit_button)
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.splitter, 1)

    def _table(self, name: str, model: Any) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _document_headers(self) -> list[str]:
        return [self.tr("Letter"), self.tr("Number"), self.tr("Date"), self.tr("Supersedes"), self.tr("SHA-256")]

    def _history_headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Officer"), self.tr("Action"), self.tr("From"), self.tr("To")]

    # --- loading -------------------------------------------------------------------------------------

    def show_case(self, case_id: int) -> None:
        """Load ``case_id`` in the background and fill the page when it arrives."""
        self._generation += 1
        generation, ws = self._generation, self._ws
        self.case_id = case_id

        def job() -> CaseOverview | None:
            with db_lock:
                if generation != self._generation:
                    return None
                return case_overview(ws, case_id)

        run_in_background(job, on_done=lambda ov: self._fill(generation, ov), on_error=self._failed)

    def reload(self) -> None:
        """Show the current case again (after an edit)."""
        if self.case_id is not None:
            self.show_case(self.case_id)

    def _failed(self, exc: BaseException, tb: str) -> None:
        if isinstance(exc, CaseNotFound):
            self._clear(str(exc))
            errors.show_status(self, str(exc))
        elif isinstance(exc, StoreError):
            errors.environment_failure(self, self.tr("Cannot read the case"), exc.message_cn)
        else:
            errors.report(exc, tb, self)

    def _clear(self, message: str) -> None:
        self.overview = None
        self.title.setText(message)
        self.state_label.clear()
        self.subtitle.clear()
        self.details.clear()
        self.findings_model.set_findings([])
        self._set_deadlines([])
        self._fill_rows([], [])
        for b in (self.edit_button, self.export_button):
            b.setEnabled(False)

    def _fill(self, generation: int, ov: CaseOverview | None) -> None:
        if ov is None or generation != self._generation:
            return
        self.overview = ov
        case = ov.case
        self.title.setText(case.subject.name)
        self.state_label.setText(ov.state_label)
        colour = state_colour(ov.state)
        self.state_label.setStyleSheet(_STATE_STYLE % colour)
        std = ov.standard.name if ov.standard else case.standard_code
        self.subtitle.setText("　·　".join(p for p in (case.reference, std, case.office.deciding_body) if p))
        self.details.setHtml(case_details_html(ov))
        self.findings_model.set_findings(ov.findings)
        self.findings.resizeRowsToContents()
        blocks = sum(1 for f in ov.findings if f.level.value == "block")
        self.findings_label.setText(
            self.tr("Findings: %1 blocking, %2 warnings")
            .replace("%1", str(blocks))
            .replace("%2", str(len(ov.findings) - blocks))
        )
        self._set_deadlines(ov.deadlines)
        self._fill_tables(ov)
        for b in (self.edit_button, self.export_button):
            b.setEnabled(True)
        self.loaded.emit(case.id or 0)

    def _set_deadlines(self, deadlines: list[Deadline]) -> None:
        for row in self.deadline_rows.values():
            row.setParent(None)
            row.deleteLater()
        self.deadline_rows = {}
        for d in deadlines:
            row = DeadlineRow(d, self.deadlines_box)
            self.deadlines_layout.insertWidget(self.deadlines_layout.count() - 1, row)
            self.deadline_rows[d.key] = row
        self.tabs.setTabText(0, self.tr("Deadlines (%1)").replace("%1", str(len(deadlines))))

    def _fill_tables(self, ov: CaseOverview) -> None:
        numbers = {d.id: d.number for d in ov.documents}
        docs = [
            [d.doc_type, d.number, cn_date(d.issue_date), numbers.get(d.supersedes_id or 0, ""), d.sha256[:16]]
            for d in ov.documents
        ]
        history = [
            [f"{h.at:%Y-%m-%d %H:%M}", h.officer, h.action, h.from_state, h.to_state] for h in ov.history
        ]
        self._fill_rows(docs, history)

    def _fill_rows(self, docs: list[list[str]], history: list[list[str]]) -> None:
        old = (self.documents_model, self.history_model)
        self.documents_model = RowsModel(self._document_headers(), docs, parent=self)
        self.documents.setModel(self.documents_model)
        self.history_model = RowsModel(self._history_headers(), history, parent=self)
        self.history.setModel(self.history_model)
        self.history.resizeColumnsToContents()
        for model in old:
            model.deleteLater()
        self.tabs.setTabText(1, self.tr("Letters (%1)").replace("%1", str(len(docs))))
        self.tabs.setTabText(2, self.tr("History (%1)").replace("%1", str(len(history))))

    def _request(self, signal: Any) -> None:
        if self.case_id is not None and self.overview is not None:
            signal.emit(self.case_id)


__all__ = ["CasePage", "DeadlineRow"]
