"""The holiday calendar dialog (SPEC §5, R-18): the officer enters a year's State Council schedule.

Thin by design: parsing, checking, saving and recomputing open cases are ``services.holidays``; this
dialog only shows the year's entries in an editable table (a date editor that shows the weekday, a
休息/上班 choice, the name), reads a schedule file, lists the problems next to the table with their row
or line numbers, and after saving lists the dates of open cases that moved (before → after).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from credit_desk.domain.calendar import weekday_name
from credit_desk.domain.dates import cn_date
from credit_desk.services import holidays
from credit_desk.services.holidays import HolidayEntry, HolidayInputError, LineProblem, RecomputeReport
from credit_desk.services.workspace import Workspace
from credit_desk.store.db import StoreError
from credit_desk.ui import errors
from credit_desk.ui.background import Task, db_lock, run_with_progress

COL_DATE, COL_KIND, COL_NAME = range(3)
_BLOCK_COLOR = "#b00020"
_HINT_STYLE = "color: #555;"
_FIRST_YEAR, _LAST_YEAR = 2004, 2100
#: what a schedule file looks like (data in the notice's own words, so not translated)
FILE_EXAMPLE = "\n2027-10-01..2027-10-07 休 国庆节\n2027-09-26 班 国庆节调休\n# 注释"
#: the 休息/上班 choice is kept as a bool under this role; the cell shows its label
WORKDAY_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def _to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class DateDelegate(QStyledItemDelegate):
    """Dates shown as 2027-10-01（周五）, edited with a date editor limited to the year being entered."""

    def __init__(self, dialog: HolidayDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def displayText(self, value: object, locale: object) -> str:
        if isinstance(value, QDate) and value.isValid():
            d = _from_qdate(value)
            return f"{d.isoformat()}（{weekday_name(d)}）"
        return super().displayText(value, locale)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setObjectName("holidayDateEditor")
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setCalendarPopup(True)
        year = self._dialog.year
        editor.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit) and isinstance(value, QDate):
            editor.setDate(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


class KindDelegate(QStyledItemDelegate):
    """休息 or 上班, chosen in a combo box that commits as soon as the officer picks."""

    def __init__(self, dialog: HolidayDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("holidayKindEditor")
        combo.addItem(self._dialog.kind_label(False), False)
        combo.addItem(self._dialog.kind_label(True), True)
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(1 if index.data(WORKDAY_ROLE) else 0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            workday = bool(editor.currentData())
            model.setData(index, workday, WORKDAY_ROLE)
            model.setData(index, self._dialog.kind_label(workday), Qt.ItemDataRole.DisplayRole)


class HolidayDialog(QDialog):
    """Enter one year's holidays and 调休 working days; ``saved`` carries the recompute report."""

    saved = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        officer: str = "",
        year: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("holidayDialog")
        self.setWindowTitle(self.tr("Holiday calendar"))
        self._ws = workspace
        self._officer = officer
        self._dirty = False
        self._loading = False
        self.report: RecomputeReport | None = None
        start_year = year or self._first_uncovered_year(today or date.today())

        intro = QLabel(self.tr(
            "Enter the schedule of the State Council notice on public holidays: the days off as “Day off”, "
            "the Saturdays and Sundays worked in exchange as “Working day”. Deadlines of open cases are "
            "recomputed when you save."
        ), self)
        intro.setObjectName("holidayIntro")
        intro.setWordWrap(True)
        intro.setStyleSheet(_HINT_STYLE)

        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(_FIRST_YEAR, _LAST_YEAR)
        self.year_spin.setValue(start_year)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_spin)
        self.year_status = QLabel(self)
        self.year_status.setObjectName("yearStatus")
        self.year_status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addWidget(self.year_status, 1)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("holidayTable")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Day off / working day"), self.tr("Name")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(COL_DATE, DateDelegate(self))
        self.table.setItemDelegateForColumn(COL_KIND, KindDelegate(self))
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()  # wide enough for "2027-10-01（周五）" even while the table is empty
        self.table.setColumnWidth(COL_DATE, metrics.horizontalAdvance("2027-10-01（周五）") + 40)
        self.table.setColumnWidth(COL_KIND, metrics.horizontalAdvance(self.tr("Day off / working day")) + 24)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.itemChanged.connect(self._edited)

        self.add_button = self._button(self.tr("&Add row"), "addRowButton", self.add_row)
        self.remove_button = self._button(self.tr("&Remove row"), "removeRowButton", self.remove_rows)
        self.import_button = self._button(self.tr("&Import from file…"), "importButton", self.choose_file)
        file_hint = QLabel(self.tr("A file has one entry a line, for example:") + FILE_EXAMPLE, self)
        file_hint.setObjectName("fileHint")
        file_hint.setStyleSheet(_HINT_STYLE)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("problemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setStyleSheet(f"color: {_BLOCK_COLOR};")
        self.problems_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problems_label.setMinimumWidth(260)
        side = QVBoxLayout()
        for w in (self.add_button, self.remove_button, self.import_button, file_hint):
            side.addWidget(w)
        side.addWidget(self.problems_label, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addLayout(side, 2)

        self.moved_box = QGroupBox(self.tr("Dates of open cases recomputed"), self)
        self.moved_box.setObjectName("movedBox")
        self.moved_summary = QLabel(self.moved_box)
        self.moved_summary.setObjectName("movedSummary")
        self.moved_summary.setWordWrap(True)
        self.moved_table = QTableWidget(0, 5, self.moved_box)
        self.moved_table.setObjectName("movedTable")
        self.moved_table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Party"), self.tr("Date"), self.tr("Before"), self.tr("After")]
        )
        self.moved_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.moved_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.moved_table.horizontalHeader().setStretchLastSection(True)
        moved_layout = QVBoxLayout(self.moved_box)
        moved_layout.addWidget(self.moved_summary)
        moved_layout.addWidget(self.moved_table)
        self.moved_box.setVisible(False)

        self.save_button = self._button(self.tr("&Save"), "saveButton", self.save)
        self.save_button.setDefault(True)
        self.close_button = self._button(self.tr("Close"), "closeButton", self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)

        outer = QVBoxLayout(self)
        outer.addWidget(intro)
        outer.addLayout(top)
        outer.addLayout(middle, 3)
        outer.addWidget(self.moved_box, 2)
        outer.addLayout(bottom)

        self._shown_year = start_year
        self.year_spin.valueChanged.connect(self._year_changed)
        self.load_year(start_year)
        self.resize(980, 680)

    # --- small helpers ------------------------------------------------------------------------------

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def kind_label(self, workday: bool) -> str:
        return self.tr("Working day") if workday else self.tr("Day off")

    @property
    def year(self) -> int:
        return self.year_spin.value()

    def _first_uncovered_year(self, today: date) -> int:
        """The year the officer most likely came for: the first one from this year on that nobody entered."""
        for y in range(today.year, today.year + 3):
            if not self._ws.calendar.covers(y):
                return y
        return today.year + 1

    # --- the table ----------------------------------------------------------------------------------

    def load_year(self, year: int) -> None:
        """Show what is stored for ``year`` (discarding unsaved rows)."""
        self._shown_year = year
        self.set_entries(holidays.year_entries(self._ws, year))
        self._dirty = False
        self._show_problems([])
        self.year_status.setText(holidays.year_status(self._ws, year).text())

    def set_entries(self, entries: list[HolidayEntry]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for e in entries:
                self._append(e)
        finally:
            self._loading = False

    def _append(self, e: HolidayEntry) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        day = QTableWidgetItem()
        day.setData(Qt.ItemDataRole.EditRole, _to_qdate(e.day))
        kind = QTableWidgetItem(self.kind_label(e.workday))
        kind.setData(WORKDAY_ROLE, e.workday)
        self.table.setItem(row, COL_DATE, day)
        self.table.setItem(row, COL_KIND, kind)
        self.table.setItem(row, COL_NAME, QTableWidgetItem(e.name))
        return row

    def entries(self) -> list[HolidayEntry]:
        """The rows as entries, in table order (row numbers in messages count from 1)."""
        out = []
        for row in range(self.table.rowCount()):
            day = self.table.item(row, COL_DATE).data(Qt.ItemDataRole.EditRole)
            kind = self.table.item(row, COL_KIND)
            name = self.table.item(row, COL_NAME)
            out.append(HolidayEntry(
                day=_from_qdate(day), workday=bool(kind.data(WORKDAY_ROLE)), name=(name.text() if name else "").strip()
            ))
        return out

    def add_row(self) -> None:
        """A new row on the day after the last one, same kind and name: a 7-day holiday is 1 row + 6 clicks."""
        rows = self.entries()
        if rows:
            last = rows[-1]
            nxt = last.day + timedelta(days=1)
            entry = HolidayEntry(nxt if nxt.year == self.year else last.day, last.workday, last.name)
        else:
            entry = HolidayEntry(date(self.year, 1, 1), False, "")
        self._loading = True
        try:
            row = self._append(entry)
        finally:
            self._loading = False
        self._dirty = True
        self.table.setCurrentCell(row, COL_DATE)
        self.table.scrollToItem(self.table.item(row, COL_DATE))

    def remove_rows(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._dirty = True

    def _edited(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self._dirty = True

    def _year_changed(self, year: int) -> None:
        if year == self._shown_year:
            return
        if self._dirty and not errors.ask(
            self, self.tr("Discard changes?"),
            self.tr("The rows of %1 are not saved. Show %2 and discard them?")
            .replace("%1", str(self._shown_year)).replace("%2", str(year)),
        ):
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(self._shown_year)
            self.year_spin.blockSignals(False)
            return
        self.moved_box.setVisible(False)
        self.load_year(year)

    def _show_problems(self, problems: list[LineProblem], heading: str = "") -> None:
        lines = [heading] if heading and problems else []
        lines += [str(p) for p in problems]
        self.problems_label.setText("\n".join(lines))

    # --- importing ----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import holiday schedule"), "", self.tr("Text files (*.txt);;All files (*)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        """Fill the table from a schedule file; on any bad line the table stays as it was."""
        try:
            entries = holidays.read_holiday_file(path, self.year)
        except HolidayInputError as exc:
            self._show_problems(exc.problems, self.tr("The file %1 was not read:").replace("%1", path.name))
            return False
        self.set_entries(entries)
        self._dirty = True
        self._show_problems([])
        read = self.tr("%1 dates read from %2; check them and save.")
        read = read.replace("%1", str(len(entries))).replace("%2", path.name)
        errors.show_status(self, read)
        self.year_status.setText(read)
        return True

    # --- saving -------------------------------------------------------------------------------------

    def save(self) -> None:
        """Check the rows, then save and recompute off the GUI thread (thousands of open cases)."""
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:  # the officer clicked Save while still typing in a cell: keep what was typed
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        entries, year = self.entries(), self.year
        problems = holidays.check_entries(entries, year)
        if problems:
            self._show_problems(problems, self.tr("Not saved:"))
            return
        self._show_problems([])
        self.save_button.setEnabled(False)
        ws, officer = self._ws, self._officer
        step = self.tr("Recomputing deadlines: %1/%2")

        def work(task: Task) -> RecomputeReport:
            with db_lock:
                return holidays.save_year(
                    ws, year, entries, officer=officer,
                    progress=lambda done, total: task.progress(
                        done, total, step.replace("%1", str(done)).replace("%2", str(total))
                    ),
                )

        self._progress = run_with_progress(
            self, self.tr("Saving the holiday calendar"), work, on_done=self._saved, on_error=self._failed,
        )

    def _saved(self, report: RecomputeReport) -> None:
        self.save_button.setEnabled(True)
        self.report = report
        self._dirty = False
        self.year_status.setText(holidays.year_status(self._ws, report.year).text())
        self._show_moved(report)
        errors.show_status(self, self.moved_summary.text())
        self.saved.emit(report)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, HolidayInputError):
            self._show_problems(exc.problems, self.tr("Not saved:"))
        elif isinstance(exc, StoreError):
            errors.environment_failure(self, self.tr("Cannot save the holiday calendar"), exc.message_cn)
        else:
            errors.report(exc, tb, self)

    def _show_moved(self, report: RecomputeReport) -> None:
        self.moved_box.setVisible(True)
        self.moved_table.setRowCount(0)
        saved = (self.tr("Saved the holidays of %1 (%2 dates).")
                 .replace("%1", str(report.year)).replace("%2", str(report.days_saved)))
        if not report.moved:
            self.moved_summary.setText(saved + self.tr(" No case's dates changed (%1 open cases checked).")
                                       .replace("%1", str(report.cases_checked)))
            self.moved_table.setVisible(False)
            return
        self.moved_summary.setText(saved + self.tr(" %1 dates of %2 cases changed; each case's history "
                                                   "records the change:")
                                   .replace("%1", str(len(report.moved))).replace("%2", str(len(report.cases_moved))))
        self.moved_table.setVisible(True)
        for m in report.moved:
            row = self.moved_table.rowCount()
            self.moved_table.insertRow(row)
            after = cn_date(m.new) + (self.tr(" (holidays entered, no longer provisional)") if m.r18_cleared else "")
            cells = (m.reference or f"#{m.case_id}", m.subject_name, m.label, cn_date(m.old), after)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.case_id)
                self.moved_table.setItem(row, col, item)
        self.moved_table.resizeColumnsToContents()

    def closeEvent(self, event) -> None:
        if self._dirty and not errors.ask(
            self, self.tr("Discard changes?"), self.tr("The holiday table is not saved. Close and discard it?"),
        ):
            event.ignore()
            return
        super().closeEvent(event)
