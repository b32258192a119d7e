"""The usage-log viewer (R-17) and the integrity check (“完整性校验”) as the officer and inspector see them.

Thin widgets over ``services.usage_log`` and ``services.verify``: filters (date range, officer,
action, text), the newest entries in a table, an export for the inspector (CSV/XLSX, purpose asked,
written off the GUI thread with progress and cancel), and the verify report naming each bad record.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from credit_desk.services import usage_log
from credit_desk.services.usage_log import ACTION_LABELS, LogFilter, LogPage
from credit_desk.services.verify import VerifyReport, verify
from credit_desk.services.workspace import Workspace
from credit_desk.store.db import StoreError
from credit_desk.ui import errors
from credit_desk.ui.background import Task, db_lock, run_in_background, run_with_progress
from credit_desk.ui.catalog_models import RowsModel
from credit_desk.ui.usage_record import ask_purpose, officer_of

PAGE_SIZE = 500
OK_STYLE = "background:#e7f4e8; color:#1b5e20; border:1px solid #a5d6a7; border-radius:3px; padding:6px 10px;"
BAD_STYLE = "background:#fdecea; color:#8a1c12; border:1px solid #f0a9a1; border-radius:3px; padding:6px 10px;"


class LogRowsModel(RowsModel):
    """The viewer's rows, replaced in place on each query (the view keeps its header settings)."""

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self.endResetModel()


def _fill(text: str, *values: object) -> str:
    for n, value in reversed(list(enumerate(values, 1))):
        text = text.replace(f"%{n}", str(value))
    return text


class UsageLogWindow(QDialog):
    """Browse the usage log with filters; export it for an inspector; run the integrity check.

    Signals:
        loaded(int): a page of entries is shown; the number that match the filters.
        exported(str): the inspector's file was written; its path.
    """

    loaded = Signal(int)
    exported = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("usageLogWindow")
        self.setWindowTitle(self.tr("Usage log"))
        self.setWindowFlag(Qt.WindowType.Window)
        self._ws = workspace
        self._generation = 0
        self.page: LogPage | None = None
        self._build()
        self.resize(1100, 640)
        self.refresh(reload_choices=True)

    # --- layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30), self)
        self.until = QDateEdit(today, self)
        for edit, name in ((self.since, "sinceEdit"), (self.until, "untilEdit")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.officer = QComboBox(self)
        self.officer.setObjectName("officerFilter")
        self.officer.setMinimumContentsLength(8)
        self.action = QComboBox(self)
        self.action.setObjectName("actionFilter")
        self.search = QLineEdit(self)
        self.search.setObjectName("searchEdit")
        self.search.setPlaceholderText(self.tr("Search object, purpose, details"))
        self.search.setClearButtonEnabled(True)
        self.apply_button = QPushButton(self.tr("&Show"), self)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setDefault(True)
        for label, widget in ((self.tr("From"), self.since), (self.tr("to"), self.until),
                              (self.tr("Officer"), self.officer), (self.tr("Action"), self.action)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.apply_button)
        layout.addLayout(filters)

        self.table = QTableView(self)
        self.table.setObjectName("usageLogTable")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.model = LogRowsModel(self._headers(), [], parent=self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        bottom.addWidget(self.count_label, 1)
        self.export_button = QPushButton(self.tr("&Export for inspector…"), self)
        self.export_button.setObjectName("exportLogButton")
        self.verify_button = QPushButton(self.tr("&Verify integrity…"), self)
        self.verify_button.setObjectName("verifyButton")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        self.apply_button.clicked.connect(lambda: self.refresh())
        self.search.returnPressed.connect(lambda: self.refresh())
        self.officer.activated.connect(lambda _i: self.refresh())
        self.action.activated.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self.export_for_inspector)
        self.verify_button.clicked.connect(lambda: show_verify(self._ws, self))

    def _headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Time"), self.tr("Officer"), self.tr("Action"), self.tr("Object"),
                self.tr("Purpose"), self.tr("Details")]

    # --- data --------------------------------------------------------------------------------------

    def current_filter(self) -> LogFilter:
        """The filters as the officer set them (local calendar days, both ends included)."""
        first = self.since.date().toPython()
        last = self.until.date().toPython()
        since, until = usage_log.day_range(first, last)
        return LogFilter(since=since, until=until, officer=self.officer.currentData() or "",
                         action=self.action.currentData() or "", text=self.search.text().strip())

    def refresh(self, *, reload_choices: bool = False) -> None:
        """Query the log off the GUI thread; the newest answer wins."""
        self._generation += 1
        generation, ws, f = self._generation, self._ws, self.current_filter()

        def job() -> tuple[LogPage, tuple[list[str], list[str]] | None]:
            with db_lock:
                page = usage_log.query(ws, f, limit=PAGE_SIZE)
                return page, usage_log.filter_choices(ws) if reload_choices else None

        run_in_background(job, on_done=lambda r: self._show(generation, *r), on_error=self._failed)

    def _show(self, generation: int, page: LogPage, choices: tuple[list[str], list[str]] | None) -> None:
        if generation != self._generation:
            return
        if choices is not None:
            self._set_choices(*choices)
        self.page = page
        rows = [
            [str(e.id), e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), e.officer,
             ACTION_LABELS.get(e.action, e.action), usage_log.object_label(e.object), e.purpose, e.details]
            for e in page.entries
        ]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if len(page.entries) < page.total:
            text = _fill(self.tr("Showing the newest %1 of %2 matching entries."), len(page.entries), page.total)
        else:
            text = _fill(self.tr("%1 matching entries."), page.total)
        self.count_label.setText(text)
        self.loaded.emit(page.total)

    def _set_choices(self, officers: list[str], actions: list[str]) -> None:
        for combo, items, everyone in ((self.officer, officers, self.tr("All officers")),
                                       (self.action, actions, self.tr("All actions"))):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everyone, "")
            for item in items:
                combo.addItem(ACTION_LABELS.get(item, item) if combo is self.action else item, item)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))

    def _failed(self, exc: BaseException, tb: str) -> None:
        if isinstance(exc, StoreError):
            errors.environment_failure(self, self.tr("Cannot read the usage log"), exc.message_cn)
        else:
            errors.report(exc, tb, self)

    # --- export ------------------------------------------------------------------------------------

    def export_for_inspector(self) -> None:
        """Ask where (CSV or XLSX), then why, then write the filtered log with progress and cancel."""
        xlsx = self.tr("Excel workbooks (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export usage log"), "usage-log.xlsx",
                                                   xlsx + ";;" + self.tr("CSV files (*.csv)"))
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".xlsx" if chosen == xlsx else ".csv"
        ask_purpose(self, self.tr("The usage log"), lambda purpose: self._export(path, purpose))

    def _export(self, path: str, purpose: str) -> None:
        ws, f, officer = self._ws, self.current_filter(), officer_of(self)

        def job(task: Task) -> int:
            with db_lock:
                return usage_log.export_for_inspector(
                    ws, Path(path), f, officer=officer, purpose=purpose,
                    progress=lambda done, total: task.progress(done, total), cancelled=lambda: task.cancelled,
                )

        def done(count: int) -> None:
            self.count_label.setText(_fill(self.tr("Exported %1 entries to %2"), count, path))
            self.exported.emit(path)
            self.refresh(reload_choices=True)

        def failed(exc: BaseException, tb: str) -> None:
            if isinstance(exc, OSError):
                errors.environment_failure(self, self.tr("Cannot write the file"), f"{path}：{exc.strerror or exc}")
            else:
                self._failed(exc, tb)

        run_with_progress(self, self.tr("Exporting the usage log…"), job, on_done=done, on_error=failed)


# --- verify ----------------------------------------------------------------------------------------


class VerifyReportDialog(QDialog):
    """The integrity report: a green or red headline, then every problem with the record it names."""

    def __init__(self, report: VerifyReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verifyReportDialog")
        self.setWindowTitle(self.tr("Integrity check"))
        self.report = report
        layout = QVBoxLayout(self)
        self.headline = QLabel(self)
        self.headline.setObjectName("verifyHeadline")
        self.headline.setWordWrap(True)
        if report.ok:
            self.headline.setText(self.tr("All checks passed: the database, the usage log and every issued letter "
                                          "are as they were recorded."))
            self.headline.setStyleSheet(OK_STYLE)
        else:
            self.headline.setText(_fill(self.tr("%1 problem(s) found. Each line names the record concerned."),
                                        len(report.problems)))
            self.headline.setStyleSheet(BAD_STYLE)
        layout.addWidget(self.headline)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("verifyDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFont(self.details.font())
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.details.setFont(mono)
        self.details.setPlainText("\n".join(report.lines()) + "\n\n" + _fill(
            self.tr("Head of the usage log: entry %1, SHA-256 %2 (note it down to compare at the next check)."),
            report.log_head_id, report.log_head_hash))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(760, 420)


def show_verify(ws: Workspace, parent: QWidget | None = None) -> None:
    """Run ``verify`` off the GUI thread with progress and cancel, then show the report."""
    stages = {
        "database": QCoreApplication.translate("UsageLogWindow", "Checking the database file…"),
        "usage_log": QCoreApplication.translate("UsageLogWindow", "Checking the usage log…"),
        "documents": QCoreApplication.translate("UsageLogWindow", "Checking the issued letters…"),
    }

    def job(task: Task) -> VerifyReport:
        # no db_lock: verify reads one snapshot (store.dialect.snapshot_read_options), so drafts, letters and
        # the usage log go on being written meanwhile and closing a drafting window never waits for the check
        return verify(ws, progress=lambda stage, done, total: task.progress(done, total, stages.get(stage, "")),
                      cancelled=lambda: task.cancelled)

    def done(report: VerifyReport) -> None:
        dialog = VerifyReportDialog(report, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        _shown.append(dialog)

    def failed(exc: BaseException, tb: str) -> None:
        if isinstance(exc, StoreError):
            title = QCoreApplication.translate("UsageLogWindow", "Cannot check the database")
            errors.environment_failure(parent, title, exc.message_cn)
        else:
            errors.report(exc, tb, parent)

    run_with_progress(parent, QCoreApplication.translate("UsageLogWindow", "Integrity check"), job,
                      on_done=done, on_error=failed)


#: The report dialogs opened (newest last), so the main window and tests can find them.
_shown: list[VerifyReportDialog] = []


def last_report_dialog() -> VerifyReportDialog | None:
    """The newest integrity report still open."""
    import shiboken6

    while _shown and not shiboken6.isValid(_shown[-1]):
        _shown.pop()
    return _shown[-1] if _shown else None


__all__ = ["UsageLogWindow", "VerifyReportDialog", "last_report_dialog", "show_verify"]
