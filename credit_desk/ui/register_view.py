"""The case register widget: search box, filters, result count and the lazily filled table.

Typing never waits for the database: each change restarts a short debounce timer, the search then
runs in a worker (``ui.background``) holding the database lock, and a generation counter drops any
result that a newer search has overtaken (a stale worker skips its query altogether).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from credit_desk.domain.process import OPEN_STATES, STATE_LABELS, CaseState
from credit_desk.store.quick_read import FirstScreen
from credit_desk.ui import errors
from credit_desk.ui.background import db_lock, run_in_background
from credit_desk.ui.register_model import (
    CASE_ID_ROLE,
    COL_DECISION,
    COL_IDENTIFIER,
    COL_PARTY,
    COL_REFERENCE,
    COL_STANDARD,
    COL_STATE,
    COL_UPDATED,
    CaseRegisterModel,
)
from credit_desk.ui.widgets.record_table import record_table

if TYPE_CHECKING:  # the services (SQLAlchemy, pydantic) load behind the first frame: see attach_workspace
    from credit_desk.services.register import CaseRegister, RegisterQuery, RegisterResult
    from credit_desk.services.workspace import Workspace

#: Milliseconds of quiet after the last keystroke before the search runs.
DEBOUNCE_MS = 150
_OPEN = "open"


def _locked(job: Callable[[], Any]) -> Callable[[], Any]:
    def run() -> Any:
        with db_lock:
            return job()

    return run


class RegisterWidget(QWidget):
    """Find a case by name, code or letter number, filter by state, list and dates, and open it.

    Signals:
        case_activated(int): the officer opened a case (double-click or Enter on its line).
        new_case_requested(): the officer asked for a new case.
        search_finished(int): a search result is on screen; the argument is its count.

    Shell first (issue 3): built without a workspace, it shows ``first_screen`` (the start-up page read by
    ``store.quick_read``) with its count; lines cannot be selected or opened, and a search typed meanwhile
    waits, until :meth:`attach_workspace` makes it live (the same lines stay on screen).
    """

    case_activated = Signal(int)
    new_case_requested = Signal()
    search_finished = Signal(int)

    def __init__(self, workspace: Workspace | None, *, register: CaseRegister | None = None,
                 first_screen: FirstScreen | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("register")
        self._ws: Workspace | None = None
        self.register: CaseRegister | None = None
        self._generation = 0
        self._warming = False
        self._search_waiting = False  # the officer searched before the workspace was open
        self._open_waiting: int | None = None  # ... or opened a case on the start-up page
        self.model = CaseRegisterModel(runner=self._run_page, parent=self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self._build()
        self._connect()
        if first_screen is not None:
            self._show_first_screen(first_screen)
        if workspace is not None:
            self.attach_workspace(workspace, register=register)

    @property
    def live(self) -> bool:
        """Whether the register reads through the services (else it shows the start-up page only)."""
        return self.register is not None

    def _show_first_screen(self, first: FirstScreen) -> None:
        self._fill_standards(first.standards)
        self.model.show_first_screen(first.lines, total=first.total)
        self.count_label.setText(self.tr("Cases: %1").replace("%1", f"{first.total:,}"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

    def attach_workspace(self, workspace: Workspace, *, register: CaseRegister | None = None) -> None:
        """Go live: search through the workspace's register from now on (called once)."""
        from credit_desk.services.register import DATE_FIELD_LABELS, CaseRegister

        self._ws = workspace
        self.register = register or CaseRegister(workspace)
        self._fill_standards([(std.code, std.name) for std in workspace.catalogs.standards.values()])
        if self.date_field_combo.count() == 1:
            for key, label in DATE_FIELD_LABELS.items():
                self.date_field_combo.addItem(label, key)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if self._search_waiting or self.model.rowCount() or self.isVisible():
            self.search_now()  # a shown start-up page becomes live; a waiting search runs now
        if self._open_waiting is not None:  # the case double-clicked while the workspace was opening
            case_id, self._open_waiting = self._open_waiting, None
            self.case_activated.emit(case_id)

    def _fill_standards(self, standards: list[tuple[str, str]]) -> None:
        """The list filter's entries (kept as they are when unchanged: nothing moves on screen)."""
        combo = self.standard_combo
        if [(combo.itemData(i), combo.itemText(i)) for i in range(1, combo.count())] == standards:
            return
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for code, name in standards:
                combo.addItem(name, code)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        finally:
            combo.blockSignals(False)

    # --- layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("register-search")
        self.search_edit.setPlaceholderText(self.tr("Search by name, credit code, ID number or letter number"))
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New case…"), self)
        self.new_button.setObjectName("register-new-case")

        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("register-state")
        # Every item carries a string: PySide6 6.12 drops a reference to None whenever a QVariant holding
        # None (or nothing) comes back to Python, and enough of those abort the interpreter.
        self.state_combo.addItem(self.tr("All states"), "")
        self.state_combo.addItem(self.tr("Open cases"), _OPEN)
        for state, label in STATE_LABELS.items():
            self.state_combo.addItem(label, state.value)

        self.standard_combo = QComboBox(self)
        self.standard_combo.setObjectName("register-standard")
        self.standard_combo.addItem(self.tr("All lists"), "")
        self.standard_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.standard_combo.setMinimumContentsLength(14)

        self.date_field_combo = QComboBox(self)
        self.date_field_combo.setObjectName("register-date-field")
        self.date_field_combo.addItem(self.tr("Any date"), "")  # the fields come with the workspace
        # sized for the longest field name (six characters) from the start: nothing moves when they come
        self.date_field_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.date_field_combo.setMinimumContentsLength(12)
        today = QDate.currentDate()
        self.date_from = self._date_edit("register-date-from", today.addYears(-1))
        self.date_to = self._date_edit("register-date-to", today)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("register-count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = record_table(self, "register-table", self.model, wrap=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_PARTY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STANDARD, QHeaderView.ResizeMode.Stretch)
        widths = {COL_REFERENCE: 250, COL_IDENTIFIER: 175, COL_STATE: 90, COL_DECISION: 220, COL_UPDATED: 130}
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self._label(self.tr("State"), self.state_combo))
        filters.addWidget(self.state_combo)
        filters.addWidget(self._label(self.tr("List"), self.standard_combo))
        filters.addWidget(self.standard_combo, 1)
        filters.addWidget(self._label(self.tr("Date"), self.date_field_combo))
        filters.addWidget(self.date_field_combo)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("—", self))
        filters.addWidget(self.date_to)
        filters.addWidget(self.count_label)
        self.empty_hint = QLabel(
            self.tr("No cases yet. Click “New case…” to start one, or import a case file from the Case menu."), self
        )
        self.empty_hint.setObjectName("register-empty-hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #555; padding: 12px; font-size: 11pt;")
        self.empty_hint.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self._update_date_edits()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._schedule)
        self.state_combo.currentIndexChanged.connect(self._schedule)
        self.standard_combo.currentIndexChanged.connect(self._schedule)
        self.date_field_combo.currentIndexChanged.connect(self._update_date_edits)
        self.date_field_combo.currentIndexChanged.connect(self._schedule)
        self.date_from.dateChanged.connect(self._schedule)
        self.date_to.dateChanged.connect(self._schedule)
        self.table.activated.connect(self._activated)
        self.new_button.clicked.connect(self.new_case_requested)

    def _update_date_edits(self) -> None:
        on = bool(self.date_field_combo.currentData())
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)

    # --- the query -------------------------------------------------------------------------------------

    def query(self) -> RegisterQuery:
        """The search as the widgets describe it now."""
        from credit_desk.services.register import RegisterQuery

        state = self.state_combo.currentData()
        if not state:
            states: tuple[CaseState, ...] = ()
        elif state == _OPEN:
            states = tuple(s for s in CaseState if s in OPEN_STATES)
        else:
            states = (CaseState(state),)
        field = self.date_field_combo.currentData() or ""
        date_from: date | None = self.date_from.date().toPython() if field else None
        date_to: date | None = self.date_to.date().toPython() if field else None
        return RegisterQuery(
            text=self.search_edit.text(),
            states=states,
            standard=self.standard_combo.currentData() or "",
            date_from=date_from,
            date_to=date_to,
            date_field=field or "updated",
        )

    def _schedule(self) -> None:
        self._generation += 1  # anything under way is stale from now on
        self._debounce.start()

    def refresh(self) -> None:
        """Search again now, after cases changed elsewhere (a save in the wizard, an import)."""
        if self.register is not None:
            self.register.refresh()
        self.search_now()

    def search_now(self) -> None:
        """Run the current search in the background; its result replaces the table when it arrives.

        Before the workspace is attached the search waits, and runs as soon as it is.
        """
        self._debounce.stop()
        if self.register is None:
            self._search_waiting = True
            return
        self._search_waiting = False
        self._generation += 1
        generation, query = self._generation, self.query()
        register = self.register

        def job() -> RegisterResult | None:
            with db_lock:
                if generation != self._generation:  # overtaken while waiting for the lock
                    return None
                return register.search(query)

        self.count_label.setText(self.tr("Searching…"))
        run_in_background(job, on_done=lambda result: self._show(generation, result), on_error=self._failed)

    def _show(self, generation: int, result: RegisterResult | None) -> None:
        if result is None or not shiboken6.isValid(self) or generation != self._generation:
            return  # a stale search, or the register went while it ran (the window closed)
        self.model.go_live(result.fetch, total=result.total, first_page=result.lines)
        self.count_label.setText(self.tr("Cases: %1").replace("%1", f"{result.total:,}"))
        # a newcomer's empty register says what to do first (only when nothing is filtered)
        self.empty_hint.setVisible(result.total == 0 and not result.query.text and not result.query.states
                                   and not result.query.standard)
        self.search_finished.emit(result.total)
        if self.register is not None and not self.register.ready and not self._warming:
            self._warming = True  # build the search index now, so the first keystroke is quick
            run_in_background(_locked(self.register.prepare), on_done=lambda _: None, on_error=self._failed)

    def _run_page(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        run_in_background(_locked(job), on_done=done, on_error=self._failed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        from credit_desk.store.db import StoreError

        self.count_label.setText("")
        if isinstance(exc, StoreError):
            errors.environment_failure(self, self.tr("Cannot read the case register"), exc.message_cn)
        else:
            errors.report(exc, tb, self)

    # --- opening a case --------------------------------------------------------------------------------

    def _activated(self, index: Any) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is None:
            return
        if not self.live:  # the start-up page: the case opens as soon as the workspace is open
            self._open_waiting = int(case_id)
            return
        self.case_activated.emit(int(case_id))

    def current_case_id(self) -> int | None:
        """The case on the selected line, if any."""
        index = self.table.currentIndex()
        return index.data(CASE_ID_ROLE) if index.isValid() and self.live else None

    def showEvent(self, event: Any) -> None:
        """The first time the register appears, it fills itself."""
        super().showEvent(event)
        if self.model.total == 0 and self._generation == 0 and self.live:
            self.search_now()


__all__ = ["DEBOUNCE_MS", "RegisterWidget"]
