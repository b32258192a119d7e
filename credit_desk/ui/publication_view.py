"""The publication register tab: what is published, masked as the public sees it, and its export.

Everything shown comes from ``services.publication`` already masked (R-14); this widget only lists,
filters and hands the rows to the export. Queries and the export run off the GUI thread; a
generation counter drops a query result that a newer one has overtaken.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from credit_desk.services.publication import (
    STATUS_EXPIRED,
    STATUS_WITHDRAWN,
    PublicationExportError,
    PublicationExportRefused,
    PublicationRow,
    export_publications,
    publication_rows,
)
from credit_desk.services.register import StoreError
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors
from credit_desk.ui.background import Task, db_lock, run_in_background, run_with_progress
from credit_desk.ui.table_model import HeaderedTableModel
from credit_desk.ui.widgets.record_table import record_table

Index = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Milliseconds of quiet after the last keystroke before the search runs.
DEBOUNCE_MS = 200

COL_PARTY, COL_IDENTIFIER, COL_LIST, COL_DECISION, COL_DECISION_DATE, COL_PERIOD, COL_CHANNELS, COL_STATUS, \
    COL_WITHDRAWN = range(9)

#: Statuses that need a look: a period that ended with the listing still up is the officer's to fix.
_STATUS_COLOURS = {STATUS_EXPIRED: "#b3261e", STATUS_WITHDRAWN: "#6b6b6b"}


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


class PublicationTableModel(HeaderedTableModel):
    """Publication rows (already masked), one line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            QCoreApplication.translate("PublicationTableModel", "Party"),
            QCoreApplication.translate("PublicationTableModel", "Credit code / ID number"),
            QCoreApplication.translate("PublicationTableModel", "List"),
            QCoreApplication.translate("PublicationTableModel", "Decision number"),
            QCoreApplication.translate("PublicationTableModel", "Decision date"),
            QCoreApplication.translate("PublicationTableModel", "Publication period"),
            QCoreApplication.translate("PublicationTableModel", "Channels"),
            QCoreApplication.translate("PublicationTableModel", "Status"),
            QCoreApplication.translate("PublicationTableModel", "Withdrawn on"),
        ]
        self.rows: list[PublicationRow] = []

    def set_rows(self, rows: list[PublicationRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS and row.status in _STATUS_COLOURS:
            return QBrush(QColor(_STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_STATUS and row.withdrawal_reason:
                return row.withdrawal_reason
            if col == COL_IDENTIFIER:
                return row.id_label
        return None

    @staticmethod
    def _text(row: PublicationRow, col: int) -> str:
        if col == COL_PARTY:
            return row.subject_name
        if col == COL_IDENTIFIER:
            return row.identifier
        if col == COL_LIST:
            return row.standard_name
        if col == COL_DECISION:
            return row.decision_number
        if col == COL_DECISION_DATE:
            return _iso(row.decision_date)
        if col == COL_PERIOD:
            return f"{_iso(row.start_date)} — {_iso(row.end_date)}"
        if col == COL_CHANNELS:
            return row.channels
        if col == COL_STATUS:
            return row.status
        if col == COL_WITHDRAWN:
            return _iso(row.withdrawn_date)
        return ""


class ExportOptionsDialog(QDialog):
    """Asks for the file type and, for CSV, the encoding (UTF-8 with BOM for the website, GB18030)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publicationExportDialog")
        self.setWindowTitle(self.tr("Export publications"))
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("publication-export-format")
        self.format_combo.addItem(self.tr("CSV text file (.csv)"), "csv")
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("publication-export-encoding")
        self.encoding_combo.addItem(self.tr("UTF-8 with BOM (for the website)"), "utf-8-sig")
        self.encoding_combo.addItem(self.tr("GB18030 (for platforms that require it)"), "gb18030")
        hint = QLabel(self.tr("Only masked data is exported: a row that would show a natural person's full data "
                              "without a recorded legal basis or consent stops the export (R-14)."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("File type"), self.format_combo)
        form.addRow(self.tr("Encoding"), self.encoding_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.setMinimumWidth(420)

    def _format_changed(self) -> None:
        self.encoding_combo.setEnabled(self.fmt == "csv")  # an .xlsx file has no encoding to choose

    @property
    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    @property
    def encoding(self) -> str:
        return str(self.encoding_combo.currentData())


class PublicationRegisterWidget(QWidget):
    """The publication register: filter (current / withdrawn / all), search, the masked rows, export.

    Signals:
        refreshed(int): rows are on screen; the argument is their count.
        exported(str): an export file was written; the argument is its path.
        case_activated(int): the officer opened a row (double-click or Enter).
    """

    refreshed = Signal(int)
    exported = Signal(str)
    case_activated = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publicationView")
        self._ws = workspace
        self._generation = 0
        self.export_dialog: ExportOptionsDialog | None = None
        self.model = PublicationTableModel(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._build()

    # --- layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("publication-search")
        self.search_edit.setPlaceholderText(self.tr("Search by name, credit code, ID number or decision number"))
        self.search_edit.setClearButtonEnabled(True)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("publication-filter")
        self.filter_combo.addItem(self.tr("Currently published"), "current")
        self.filter_combo.addItem(self.tr("Withdrawn"), "withdrawn")
        self.filter_combo.addItem(self.tr("All"), "all")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("publication-count")
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("publication-export")
        self.export_label = QLabel(self)
        self.export_label.setObjectName("publication-export-result")
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = record_table(self, "publication-table", self.model, wrap=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PARTY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_LIST, QHeaderView.ResizeMode.Stretch)
        widths = {COL_IDENTIFIER: 170, COL_DECISION: 185, COL_DECISION_DATE: 90, COL_PERIOD: 175,
                  COL_CHANNELS: 150, COL_STATUS: 105, COL_WITHDRAWN: 90}
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)

        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("publication-text")
        self.text_view.setReadOnly(True)
        self.text_view.setPlaceholderText(self.tr("Select a row to see its public text as published."))

        top = QHBoxLayout()
        search_label = QLabel(self.tr("Search"), self)
        search_label.setBuddy(self.search_edit)
        filter_label = QLabel(self.tr("Show"), self)
        filter_label.setBuddy(self.filter_combo)
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(filter_label)
        top.addWidget(self.filter_combo)
        top.addWidget(self.count_label)
        top.addWidget(self.export_button)
        text_box = QWidget(self)
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(QLabel(self.tr("Public text (masked as published)"), text_box))
        text_layout.addWidget(self.text_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(text_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.export_label)

        self.search_edit.textChanged.connect(self._debounce.start)
        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._show_text)
        self.table.activated.connect(self._activated)
        self.export_button.clicked.connect(self.ask_export)

    # --- loading ---------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Publications change in other tabs (publish, removal): read them again whenever the tab shows."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the register again with the current filter and search (off the GUI thread)."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        view = str(self.filter_combo.currentData())
        text = self.search_edit.text()
        ws = self._ws

        def job() -> list[PublicationRow]:
            if generation != self._generation:
                return []  # overtaken before it started: skip the query
            with db_lock:
                return publication_rows(
                    ws, include_withdrawn=view != "current", withdrawn_only=view == "withdrawn", text=text
                )

        def done(rows: list[PublicationRow]) -> None:
            if generation == self._generation:
                self._show_rows(rows)

        run_in_background(job, on_done=done, on_error=self._load_failed)

    def _show_rows(self, rows: list[PublicationRow]) -> None:
        self.model.set_rows(rows)
        self.text_view.clear()
        expired = sum(1 for r in rows if r.status == STATUS_EXPIRED)
        text = self.tr("%1 shown").replace("%1", str(len(rows)))
        if expired:
            text += self.tr(" · %1 past the end date, still published").replace("%1", str(expired))
        self.count_label.setText(text)
        self.count_label.setStyleSheet("color: #b3261e;" if expired else "")
        self.refreshed.emit(len(rows))

    def _load_failed(self, exc: BaseException, tb: str) -> None:
        if isinstance(exc, StoreError):
            errors.environment_failure(self, self.tr("Publication register"), str(exc))
        else:
            errors.report(exc, tb, self)

    def _show_text(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.rows[current.row()] if 0 <= current.row() < len(self.model.rows) else None
        self.text_view.setPlainText(row.public_text if row else "")

    def _activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.model.rows):
            self.case_activated.emit(self.model.rows[index.row()].case_id)

    # --- export ----------------------------------------------------------------------------------------

    def ask_export(self) -> None:
        """Ask for file type and encoding, then for the file name; the export itself runs in a worker."""
        if not self.model.rows:
            errors.show_status(self, self.tr("Nothing to export: no publication is shown."))
            return
        dialog = ExportOptionsDialog(self)
        self.export_dialog = dialog
        dialog.accepted.connect(lambda: self._choose_file(dialog.fmt, dialog.encoding))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _choose_file(self, fmt: str, encoding: str) -> None:
        suffix = f".{fmt}"
        name = f"公示名单-{date.today().isoformat()}{suffix}"
        pattern = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel workbooks (*.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export publications"), str(Path.home() / name),
                                                pattern)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.export_to(path, fmt=fmt, encoding=encoding)

    def export_to(self, path: Path, *, fmt: str, encoding: str) -> None:
        """Export the rows on screen to ``path`` in a worker with a progress dialog."""
        rows = list(self.model.rows)

        def job(task: Task) -> Path:
            def progress(done: int, total: int) -> None:
                task.check_cancelled()  # Cancel stops the export; the half-written file is removed
                task.progress(done, total, "")

            return export_publications(rows, path, fmt=fmt, encoding=encoding, progress=progress)  # type: ignore[arg-type]

        self.export_button.setEnabled(False)
        run_with_progress(self, self.tr("Exporting publications…"), job, on_done=self._exported,
                          on_error=self._export_failed, on_cancelled=lambda: self.export_button.setEnabled(True))

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        from credit_desk.ui.usage_record import record_export

        # the register leaves the desk (masked, R-14) for the website or the platform
        record_export(self, self._ws, f"file:{path}", "公示信息导出（上传网站或信用信息平台）",
                      details=f"{len(self.model.rows)}条公示记录")
        message = self.tr("Exported to %1").replace("%1", str(path))
        self.export_label.setText(message)
        errors.show_status(self, message)
        self.exported.emit(str(path))

    def _export_failed(self, exc: BaseException, tb: str) -> None:
        self.export_button.setEnabled(True)
        title = self.tr("Export publications")
        if isinstance(exc, PublicationExportRefused):
            self.export_label.setText(self.tr("Export refused (R-14): see the message."))
            errors.inform(self, title, exc.message)
        elif isinstance(exc, PublicationExportError):
            errors.environment_failure(self, title, exc.message)
        else:
            errors.report(exc, tb, self)
