"""The case page: one case's data, its rule findings with citations, its deadlines with their reasons,
its letters, its history and its timeline, and the “办理” (Process) buttons that take the next step.
Everything comes from ``services.register.case_overview`` and ``services.timeline``; the steps run
through ``services.lifecycle`` (``ui.lifecycle``); nothing here judges the case.
"""

from __future__ import annotations

import getpass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
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
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from credit_desk.domain.dates import cn_date
from credit_desk.domain.deadlines import Deadline
from credit_desk.domain.rules.citations import RULES
from credit_desk.services.lifecycle import StepResult, sanctions_suspended
from credit_desk.services.register import CaseNotFound, CaseOverview, StoreError, case_overview
from credit_desk.services.timeline import TimelineEntry, timeline_of
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors
from credit_desk.ui.background import db_lock, run_in_background
from credit_desk.ui.case_details import case_details_html
from credit_desk.ui.case_models import COL_CITATION, COL_LEVEL, COL_MESSAGE, COL_RULE, FindingsModel, level_icon
from credit_desk.ui.catalog_models import RowsModel
from credit_desk.ui.letters_tab import LettersTab
from credit_desk.ui.lifecycle.issued_letters import IssuedLettersDialog
from credit_desk.ui.lifecycle.process_bar import ProcessBar, available_steps
from credit_desk.ui.lifecycle.step_dialog import StepDialog
from credit_desk.ui.lifecycle.step_forms import DIALOGS
from credit_desk.ui.register_model import state_colour
from credit_desk.ui.usage_record import record_view
from credit_desk.ui.widgets.record_table import record_table

_STATE_STYLE = "QLabel#case-state { background: %s; color: white; border-radius: 4px; padding: 2px 8px; }"
_SUSPENDED_STYLE = "background:#fdecea; color:#8a1c12; border:1px solid #f0a9a1; border-radius:3px; padding:4px 8px;"
_NOTES_STYLE = "background:#fff4d6; color:#6b4a00; border:1px solid #e8c66a; border-radius:3px; padding:4px 8px;"
_UPCOMING = QColor("#1d3f66")


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
        self.passed = deadline.due < date.today()
        if self.passed:  # kept for the record (the statement period that ran out), not as something to do
            self.date_label.setText(self.tr("%1 (ended)").replace("%1", cn_date(deadline.due)))
            self.date_label.setStyleSheet("color: #5f6368;")
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
        step_taken(int): a lifecycle step of this case was taken (the page reloads itself).
    """

    edit_requested = Signal(int)
    export_requested = Signal(int)
    loaded = Signal(int)
    step_taken = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case-page")
        self._ws = workspace
        self._generation = 0
        self.case_id: int | None = None
        self.overview: CaseOverview | None = None
        self.deadline_rows: dict[str, DeadlineRow] = {}
        self.timeline_entries: list[TimelineEntry] = []
        self.step_dialog: StepDialog | None = None
        self.letters_dialog: IssuedLettersDialog | None = None
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
        self.no_deadlines = QLabel(self.deadlines_box)  # says why the list is empty, never a blank panel
        self.no_deadlines.setObjectName("noDeadlines")
        self.no_deadlines.setWordWrap(True)
        self.no_deadlines.setStyleSheet("color: #5f6368;")
        self.deadlines_layout.addWidget(self.no_deadlines)
        self.deadlines_layout.addStretch(1)
        deadlines_scroll = QScrollArea(self)
        deadlines_scroll.setWidgetResizable(True)
        deadlines_scroll.setWidget(self.deadlines_box)

        self.letters_tab = LettersTab(self._ws, self)  # view, correct, proof of delivery
        self.letters_tab.corrected.connect(self._letter_corrected)
        self.documents = self.letters_tab.table
        self.history_model = RowsModel(self._history_headers(), [], parent=self)
        self.history = self._table("case-history", self.history_model)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("case-tabs")
        self.tabs.addTab(deadlines_scroll, self.tr("Deadlines"))
        self.tabs.addTab(self.letters_tab, self.tr("Letters"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.timeline = QTreeWidget(self)
        self.timeline.setObjectName("case-timeline")
        self.timeline.setColumnCount(3)
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Basis")])
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(True)
        self.timeline.header().setStretchLastSection(True)
        self.timeline.setColumnWidth(0, 130)
        self.timeline.setColumnWidth(1, 460)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))

        self.process_bar = ProcessBar(self)
        self.process_bar.step_requested.connect(self.open_step)
        self.suspended_banner = QLabel(self)
        self.suspended_banner.setObjectName("case-sanctions-suspended")
        self.suspended_banner.setStyleSheet(_SUSPENDED_STYLE)
        self.suspended_banner.setWordWrap(True)
        self.suspended_banner.setVisible(False)
        self.step_notes = QLabel(self)
        self.step_notes.setObjectName("case-step-notes")
        self.step_notes.setStyleSheet(_NOTES_STYLE)
        self.step_notes.setWordWrap(True)
        self.step_notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.step_notes.setVisible(False)

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
        layout.addWidget(self.process_bar)
        layout.addWidget(self.suspended_banner)
        layout.addWidget(self.step_notes)
        layout.addWidget(self.splitter, 1)

    def _table(self, name: str, model: Any) -> QTableView:
        view = record_table(self, name, model, single=False)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _history_headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Officer"), self.tr("Action"), self.tr("From"), self.tr("To"),
                self.tr("Recorded at")]

    # --- loading -------------------------------------------------------------------------------------

    def show_case(self, case_id: int) -> None:
        """Load ``case_id`` in the background and fill the page when it arrives."""
        self._generation += 1
        generation, ws = self._generation, self._ws
        opened = case_id != self.case_id
        if opened:
            self.step_notes.setVisible(False)
        self.case_id = case_id

        def job() -> CaseOverview | None:
            with db_lock:
                if generation != self._generation:
                    return None
                return case_overview(ws, case_id)

        run_in_background(job, on_done=lambda ov: self._fill(generation, ov), on_error=self._failed)
        if opened:  # the page shows the subject's personal data: usage log, R-17 (not again on each reload)
            record_view(self, ws, case_id)

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
        self.letters_tab.set_letters(None)
        self._fill_rows([])
        self._set_timeline([])
        self.process_bar.set_steps([])
        self.suspended_banner.setVisible(False)
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
        self._set_timeline(timeline_of(ov))
        self.process_bar.set_steps(available_steps(ov))
        suspended = sanctions_suspended(case)
        if suspended:
            self.suspended_banner.setText(
                self.tr("Sanctions suspended while the objection is verified (R-07, %1)")
                .replace("%1", RULES["R-07"].citation)
            )
        self.suspended_banner.setVisible(suspended)
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
        self.no_deadlines.setVisible(not deadlines)
        if not deadlines:
            self.no_deadlines.setText(self.tr(
                "No deadline runs now. The statement period starts when the notice (D-01) is delivered, the "
                "remedy and publication periods when the decision (D-03) is; a closed case keeps only the "
                "party's remedy periods that have not ended."))
        self.tabs.setTabText(0, self.tr("Deadlines (%1)").replace("%1", str(len(deadlines))))

    def _fill_tables(self, ov: CaseOverview) -> None:
        self.letters_tab.set_letters(ov)
        history = [
            # the day the step took effect (a letter's date, a delivery's day), then when it was entered
            [cn_date(h.step_date or h.at.date()), h.officer, h.action, h.from_state, h.to_state,
             f"{h.at:%Y-%m-%d %H:%M}"]
            for h in ov.history
        ]
        self._fill_rows(history)

    def _fill_rows(self, history: list[list[str]]) -> None:
        old = self.history_model
        self.history_model = RowsModel(self._history_headers(), history, parent=self)
        self.history.setModel(self.history_model)
        self.history.resizeColumnsToContents()
        old.deleteLater()
        self.tabs.setTabText(1, self.tr("Letters (%1)").replace("%1", str(self.letters_tab.count())))
        self.tabs.setTabText(2, self.tr("History (%1)").replace("%1", str(len(history))))

    def _set_timeline(self, entries: list[TimelineEntry]) -> None:
        """Every event in date order; an upcoming deadline unfolds into how it was computed."""
        self.timeline_entries = entries
        self.timeline.clear()
        how = self.tr("How is this computed?")
        for e in entries:
            basis = f"{e.rule} {e.citation}".strip()
            item = QTreeWidgetItem([cn_date(e.date), e.text, basis])
            item.setToolTip(1, e.text)
            item.setToolTip(2, basis)
            if e.future:
                font = item.font(1)
                font.setBold(True)
                for col in range(3):
                    item.setForeground(col, QBrush(_UPCOMING))
                item.setFont(1, font)
            if e.explanation:  # unfolds on demand: one line of the explanation per row
                head = QTreeWidgetItem(["", how, ""])
                bold = head.font(1)
                bold.setBold(True)
                head.setFont(1, bold)
                item.addChild(head)
                for line in e.explanation.splitlines():
                    child = QTreeWidgetItem(["", line, ""])
                    child.setToolTip(1, line)
                    item.addChild(child)
            self.timeline.addTopLevelItem(item)
        self.tabs.setTabText(3, self.tr("Timeline (%1)").replace("%1", str(len(entries))))

    # --- the lifecycle steps -----------------------------------------------------------------------

    def officer(self) -> str:
        """Who takes the step: the main window's officer, or the login name on a page shown alone."""
        return str(getattr(self.window(), "officer", "") or getpass.getuser())

    def open_step(self, key: str) -> StepDialog | None:
        """Open the dialog of the step ``key`` on the case as shown (window-modal, not blocking)."""
        if self.overview is None or key not in DIALOGS:
            return None
        if self.step_dialog is not None:  # the previous one is closed (modal); kept until now for tests
            self.step_dialog.deleteLater()
        dialog = DIALOGS[key](self._ws, self.overview, self.officer(), self)
        dialog.setObjectName(f"step-dialog-{key}")
        dialog.step_done.connect(self._step_done)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _step_done(self, result: StepResult) -> None:
        """Reload the page, refresh the registers, show the notes and offer the letters just issued."""
        case_id = result.case.id or self.case_id
        if result.notes:
            self.step_notes.setText("\n".join(f"{f.rule} {f.message}（{f.citation}）" for f in result.notes))
        self.step_notes.setVisible(bool(result.notes))
        if case_id is not None:
            self.show_case(case_id)
        self._refresh_registers()
        if result.letters:
            if self.letters_dialog is not None:
                self.letters_dialog.close()
                self.letters_dialog.deleteLater()
            self.letters_dialog = IssuedLettersDialog(result.letters, self, workspace=self._ws)
            self.letters_dialog.show()
        if case_id is not None:
            self.step_taken.emit(case_id)

    def _refresh_registers(self) -> None:
        """The main window's lists show states and numbers; they read the case again."""
        window = self.window()
        for name in ("register", "dashboard", "publications", "publication_view"):
            target = getattr(window, name, None)
            refresh = getattr(target, "refresh", None) or getattr(target, "reload", None)
            if callable(refresh):
                refresh()

    def _letter_corrected(self, letter: Any) -> None:
        """A corrected letter was issued from the Letters tab (R-16): show the case with both letters."""
        self.reload()
        self._refresh_registers()
        if self.case_id is not None:
            self.step_taken.emit(self.case_id)

    def _request(self, signal: Any) -> None:
        if self.case_id is not None and self.overview is not None:
            signal.emit(self.case_id)


__all__ = ["CasePage", "DeadlineRow"]
