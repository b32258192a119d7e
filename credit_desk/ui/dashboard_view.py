"""The dashboard tab: what is overdue (red, R-06/R-15), due today, within seven days and later, for every
open case. Everything comes from ``services.dashboard``; this widget only lays it out.

The dates are computed in a worker (``ui.background``) holding the database lock, each time the tab is
shown or the officer presses Refresh; a generation counter drops a result that a newer one overtook.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from credit_desk.domain.calendar import weekday_name
from credit_desk.domain.dates import cn_date
from credit_desk.services import lifecycle
from credit_desk.services.dashboard import Bucket, Dashboard, DashboardItem, dashboard, is_due_removal
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors
from credit_desk.ui.background import db_lock, run_in_background
from credit_desk.ui.register_model import state_colour

COL_DUE, COL_ITEM, COL_PARTY, COL_STATE, COL_BASIS = range(5)
#: Item data: the case id (-1 on a section row; never None, see ui.qt_compat) and the line's index.
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
RED = QColor("#b00020")
_SECTION_COLOURS = {Bucket.OVERDUE: RED, Bucket.TODAY: QColor("#a15c00"), Bucket.THIS_WEEK: QColor("#1d5fa8"),
                    Bucket.LATER: QColor("#555555")}


class DashboardWidget(QWidget):
    """The due dates of all open cases, grouped 逾期 / 今日到期 / 7日内到期 / 以后.

    Signals:
        case_activated(int): the officer opened a case (double-click or Enter on its line).
        refreshed(int): a new result is on screen; the argument is its number of items.
    """

    case_activated = Signal(int)
    refreshed = Signal(int)
    #: a case changed state here (an end-of-period removal was confirmed)
    case_changed = Signal(int)

    def __init__(self, workspace: Workspace, *, clock: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self._ws = workspace
        #: where "today" comes from (tests and screenshots fix it)
        self.clock = clock
        self._generation = 0
        self.board: Dashboard | None = None
        self._lines: list[DashboardItem] = []
        self._build()

    # --- layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.today_label = QLabel(self)
        self.today_label.setObjectName("dashboard-today")
        bold = self.today_label.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.today_label.setFont(bold)
        self.today_label.setContentsMargins(0, 0, 6, 0)  # CJK bold is synthetic, wider than measured
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("dashboard-summary")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("dashboard-refresh")
        self.refresh_button.clicked.connect(self.refresh)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("dashboard-tree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [self.tr("Due date"), self.tr("Item"), self.tr("Party"), self.tr("Case state"), self.tr("Basis")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setExpandsOnDoubleClick(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((COL_DUE, 190), (COL_ITEM, 230), (COL_PARTY, 260), (COL_STATE, 100)):
            self.tree.setColumnWidth(col, width)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._current_changed)

        self.explain_button = QPushButton(self.tr("How is this computed?"), self)
        self.explain_button.setObjectName("dashboard-explain")
        self.explain_button.setCheckable(True)
        self.explain_button.setEnabled(False)
        self.explain_button.toggled.connect(self._show_explanation)
        self.open_button = QPushButton(self.tr("Open case"), self)
        self.open_button.setObjectName("dashboard-open")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_current)
        self.remove_button = QPushButton(self.tr("Confirm removal at end of period…"), self)
        self.remove_button.setObjectName("dashboard-remove")
        self.remove_button.setEnabled(False)
        self.remove_button.setToolTip(self.tr("Period over: remove from the list and withdraw the publication."))
        self.remove_button.clicked.connect(self.confirm_removal)
        #: who confirms removals; the main window sets it
        self.officer = ""
        self.hint_label = QLabel(self.tr("Double-click a line to open its case."), self)
        self.hint_label.setStyleSheet("color: #555;")
        self.explanation = QPlainTextEdit(self)
        self.explanation.setObjectName("dashboard-explanation")
        self.explanation.setReadOnly(True)
        self.explanation.hide()

        top = QHBoxLayout()
        top.addWidget(self.today_label)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.explain_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.hint_label, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.explanation)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self._set_today(self.clock())

    def _set_today(self, today: date) -> None:
        self.today_label.setText(self.tr("Today: %1").replace("%1", f"{cn_date(today)}（{weekday_name(today)}）"))

    def _section_title(self, bucket: Bucket, count: int) -> str:
        titles = {
            Bucket.OVERDUE: self.tr("Overdue"),
            Bucket.TODAY: self.tr("Due today"),
            Bucket.THIS_WEEK: self.tr("Due within 7 days"),
            Bucket.LATER: self.tr("Later"),
        }
        return self.tr("%1 (%2)").replace("%1", titles[bucket]).replace("%2", str(count))

    # --- loading ---------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Recompute whenever the tab comes into view: cases change elsewhere, and so does the date."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Recompute the due dates off the GUI thread and show them when done."""
        self._generation += 1
        generation = self._generation
        today = self.clock()
        self._set_today(today)
        self.summary_label.setText(self.tr("Computing…"))
        self.refresh_button.setEnabled(False)
        ws = self._ws

        def job() -> Dashboard:
            with db_lock:
                return dashboard(ws, today)

        run_in_background(job, on_done=lambda board: self._fill(generation, board), on_error=self._failed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        if not isValid(self):  # the window closed while the worker ran
            return
        self.refresh_button.setEnabled(True)
        if isinstance(exc, ValueError):  # a malformed period in the settings catalog: its message is Chinese
            self.summary_label.setText(str(exc))
            return
        self.summary_label.setText(self.tr("The due dates could not be computed."))
        errors.report(exc, tb, self)

    def _fill(self, generation: int, board: Dashboard) -> None:
        if not isValid(self) or generation != self._generation:
            return  # closed meanwhile, or a newer refresh is on its way
        self.refresh_button.setEnabled(True)
        self.board = board
        self._lines = list(board.items)
        selected = self._current_key()
        self.tree.clear()
        index = 0
        restore: QTreeWidgetItem | None = None
        for bucket, items in board.by_bucket.items():
            section = QTreeWidgetItem([self._section_title(bucket, len(items))])
            section.setData(0, CASE_ID_ROLE, -1)
            section.setData(0, INDEX_ROLE, -1)
            section.setFirstColumnSpanned(True)
            font = QFont(self.tree.font())
            font.setBold(True)
            section.setFont(0, font)
            section.setForeground(0, QBrush(_SECTION_COLOURS[bucket]))
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(section)
            for item in items:
                row = self._row(item, index)
                section.addChild(row)
                if selected == (item.case_id, item.key):
                    restore = row
                index += 1
            section.setExpanded(bucket is not Bucket.LATER or len(items) <= 50)
            section.setFirstColumnSpanned(True)
        self.summary_label.setText(
            self.tr("%1 open cases · %2 items · %3 overdue that must be dealt with")
            .replace("%1", str(board.open_cases)).replace("%2", str(len(board.items)))
            .replace("%3", str(board.red_count))
        )
        if restore is not None:
            self.tree.setCurrentItem(restore)
        else:
            self._current_changed(None, None)
        self.refreshed.emit(len(board.items))

    def _row(self, item: DashboardItem, index: int) -> QTreeWidgetItem:
        row = QTreeWidgetItem([cn_date(item.due), item.label, item.subject_name, item.state_label, item.basis])
        row.setData(0, CASE_ID_ROLE, item.case_id)
        row.setData(0, INDEX_ROLE, index)
        row.setToolTip(COL_PARTY, item.reference)
        row.setToolTip(COL_BASIS, item.basis)
        row.setToolTip(COL_DUE, item.explanation())
        row.setForeground(COL_STATE, QBrush(QColor(state_colour(item.state))))
        if item.red:
            font = QFont(self.tree.font())
            font.setBold(True)
            for col in range(5):
                row.setForeground(col, QBrush(RED))
            row.setFont(COL_DUE, font)
            row.setFont(COL_ITEM, font)
        if item.warnings:  # a year without holiday data was counted Monday–Friday
            row.setText(COL_DUE, cn_date(item.due) + " ！")
        return row

    # --- selection, explanation, opening ----------------------------------------------------------------

    def current_line(self) -> DashboardItem | None:
        """The dashboard line under the cursor (None on a section row or nothing)."""
        current = self.tree.currentItem()
        if current is None:
            return None
        index = current.data(0, INDEX_ROLE)
        return self._lines[index] if isinstance(index, int) and 0 <= index < len(self._lines) else None

    def _current_key(self) -> tuple[int, str] | None:
        line = self.current_line()
        return (line.case_id, line.key) if line is not None else None

    def _current_changed(self, *_: object) -> None:
        line = self.current_line()
        self.explain_button.setEnabled(line is not None)
        self.open_button.setEnabled(line is not None)
        self.remove_button.setEnabled(is_due_removal(line, self.clock()))
        self.explanation.setPlainText(line.explanation() if line is not None else "")

    def _show_explanation(self, on: bool) -> None:
        self.explanation.setVisible(on)
        if on:  # a third of the height: the explanation runs to eight or ten lines
            total = max(self.splitter.height(), 300)
            self.splitter.setSizes([total - total // 3, total // 3])

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        case_id = row.data(0, CASE_ID_ROLE)
        if isinstance(case_id, int) and case_id >= 0:
            self.case_activated.emit(case_id)

    def _open_current(self) -> None:
        line = self.current_line()
        if line is not None:
            self.case_activated.emit(line.case_id)

    # --- end-of-period removals (期满移出) ----------------------------------------------------------------

    def confirm_removal(self) -> None:
        """Remove the selected case at the end of its period (lifecycle.expire), after the officer confirms."""
        line = self.current_line()
        if not is_due_removal(line, self.clock()):
            return
        assert line is not None
        today = self.clock()
        question = (self.tr("The publication period of %1 ended on %2. Remove it from the list today (%3)?")
                    .replace("%1", line.subject_name).replace("%2", cn_date(line.due)).replace("%3", cn_date(today)))
        if not errors.ask(self, self.tr("End-of-period removal"), question):
            return
        self.remove_button.setEnabled(False)
        case_id, officer = line.case_id, getattr(self.window(), "officer", "") or self.officer

        def job() -> int:
            with db_lock:
                lifecycle.expire(self._ws, case_id, closing_date=today, officer=officer)
            return case_id

        def failed(exc: BaseException, tb: str) -> None:
            if isinstance(exc, lifecycle.StepRefused):
                errors.inform(self, self.tr("Removal refused"), str(exc))
            else:
                errors.report(exc, tb, self)
            self.refresh()

        def done(removed: int) -> None:
            errors.show_status(self, self.tr("Removed from the list at the end of its period."))
            self.case_changed.emit(removed)
            self.refresh()

        self._removal_task = run_in_background(job, on_done=done, on_error=failed)
