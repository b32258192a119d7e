"""The main window: assembles the register, the case page, menus and the drafting windows; no rules here."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

from credit_desk.store.quick_read import FirstScreen
from credit_desk.ui import errors
from credit_desk.ui.background import db_lock, run_in_background
from credit_desk.ui.register_view import RegisterWidget

if TYPE_CHECKING:  # windows and dialogs behind a menu load when first opened, not at start-up
    from credit_desk.domain.model import Office
    from credit_desk.services.workspace import Workspace
    from credit_desk.ui.case_page import CasePage
    from credit_desk.ui.dashboard_view import DashboardWidget
    from credit_desk.ui.holiday_dialog import HolidayDialog
    from credit_desk.ui.publication_view import PublicationRegisterWidget
    from credit_desk.ui.usage_log_view import UsageLogWindow
    from credit_desk.ui.wizard.window import DraftingWindow


def _drafting_window_class() -> type[DraftingWindow]:
    from credit_desk.ui.wizard.window import DraftingWindow

    return DraftingWindow


class _CasePageSlot(QWidget):
    """Holds the case page's place in the first frame, sized like the empty case page so nothing jumps.

    The hints are the empty ``CasePage``'s at the default font; tests/gui/test_startup_layout.py checks
    that the register keeps its height when the real page moves in.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePageSlot")

    def sizeHint(self) -> QSize:
        return QSize(695, 548)

    def minimumSizeHint(self) -> QSize:
        return QSize(513, 308)


class MainWindow(QMainWindow):
    """Register above, the selected case below; drafting opens in its own window.

    Shell first (issue 3): ``MainWindow(None, first_screen=..., db_url=...)`` shows the register's start-up
    page (``store.quick_read``) before SQLAlchemy and the services are even imported; menus that need the
    database are disabled, and the due-date and publication tabs are missing, until
    :meth:`attach_workspace` — then ``ready`` is emitted. Given a workspace, the window is ready at once.
    """

    #: the workspace is attached: every menu works, every tab is there
    ready = Signal()

    def __init__(self, workspace: Workspace | None, office: Office | None = None, parent: QWidget | None = None,
                 *, first_screen: FirstScreen | None = None, db_url: str = ""):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ws: Workspace | None = None
        self.office = office
        #: recorded with every written reason until officer log-in lands (issue 5)
        self.officer_label = QLabel(self)  # who is at work, always in sight (every step is recorded in their name)
        self.officer_label.setObjectName("officerLabel")
        self.officer = getpass.getuser()
        self.drafting_windows: list[DraftingWindow] = []
        self.setWindowTitle(self.tr("Credit Desk — serious dishonesty listing"))
        self._fit_to_screen()

        self.register = RegisterWidget(None, first_screen=first_screen, parent=self)
        # The case page (its step dialogs, letters viewer, rule tables) is built right after the register's
        # first page is on screen, or when first asked for: the first frame needs only an empty slot.
        self._case_page: CasePage | None = None
        self._case_slot = _CasePageSlot(self)
        # register above, the selected case below: both get the full width, which a 1366×768 screen needs
        splitter = self._splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.register)
        splitter.addWidget(self._case_slot)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([45, 55])  # proportions: about ten register rows on a 768-pixel screen
        # one tab per register: cases (register + case page), then the dashboard and the publication register
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(splitter, self.tr("Cases"))
        self.setCentralWidget(self.tabs)

        self._build_menus()
        self.register.case_activated.connect(self._show_case)
        self.register.new_case_requested.connect(self.new_case)
        self.register.search_finished.connect(self._build_case_page_soon)

        url = workspace.db.url if workspace is not None else db_url
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", url), self)
        self.db_label.setObjectName("dbLabel")
        self.statusBar().addPermanentWidget(self.officer_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("readOnlyLabel")
        self.statusBar().addWidget(self.read_only_label)
        if workspace is not None:
            self.attach_workspace(workspace, office)
        else:  # the shell: nothing that needs the database works yet
            for action in self._database_actions():
                action.setEnabled(False)
            self.register.new_button.setEnabled(False)

    @property
    def officer(self) -> str:
        """The officer at work: named on every step, letter and usage-log entry."""
        return self._officer

    @officer.setter
    def officer(self, name: str) -> None:
        self._officer = name
        self.officer_label.setText(self.tr("Officer: %1").replace("%1", name))
        dashboard = getattr(self, "dashboard", None)
        if dashboard is not None:
            dashboard.officer = name

    @property
    def is_ready(self) -> bool:
        """Whether the workspace is attached (see ``ready``)."""
        return self.ws is not None

    def attach_workspace(self, workspace: Workspace, office: Office | None) -> None:
        """The workspace is open: the register goes live, the tabs and the office menu come, ``ready`` fires."""
        from credit_desk.ui.office_dialog import make_office_action

        self.ws = workspace
        self.office = office
        self.office_action = make_office_action(workspace, self, self._office_saved)
        self.settings_menu.insertAction(self.catalog_action, self.office_action)
        self._add_register_tabs()
        for action in self._database_actions():
            action.setEnabled(True)
        self.register.new_button.setEnabled(True)
        self._set_read_only(office is None)
        self.register.attach_workspace(workspace)
        self.ready.emit()

    def _database_actions(self) -> list[QAction]:
        """Menu actions that need the open workspace."""
        return [self.new_case_action, self.edit_case_action, self.import_action, self.export_action,
                self.catalog_action, self.holiday_action, self.security_action, self.usage_log_action,
                self.verify_action]

    # --- assembly ---------------------------------------------------------------------------------

    @property
    def case_page(self) -> CasePage:
        """The selected case below the register; built on first use (start-up time, issue 3)."""
        if self._case_page is None:
            from credit_desk.ui.case_page import CasePage

            page = CasePage(self.ws, parent=self)
            page.edit_requested.connect(self.edit_case)
            page.export_requested.connect(self.export_case)
            sizes = self._splitter.sizes()
            slot = self._splitter.replaceWidget(1, page)
            self._splitter.setStretchFactor(1, 3)
            self._splitter.setSizes(sizes)
            if slot is not None:
                slot.hide()
                slot.deleteLater()
            self._case_page = page
        return self._case_page

    def _show_case(self, case_id: int) -> None:
        self.case_page.show_case(case_id)

    def _build_case_page_soon(self, _total: int) -> None:
        """Once the register shows its first page, build the case page in the next idle moment."""
        self.register.search_finished.disconnect(self._build_case_page_soon)
        QTimer.singleShot(0, self, lambda: self.case_page)

    def _fit_to_screen(self) -> None:
        """Open at most 1440×900, never larger than the screen (1366×768 laptops are common in offices)."""
        screen = self.screen() or QApplication.primaryScreen()
        avail = screen.availableGeometry() if screen is not None else None
        width, height = 1440, 900
        if avail is not None:
            width, height = min(width, avail.width()), min(height, avail.height() - 40)
        self.resize(width, height)

    def _action(self, text: str, name: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.new_case_action = self._action(self.tr("&New case…"), "newCaseAction", self.new_case,
                                            QKeySequence.StandardKey.New)
        self.edit_case_action = self._action(self.tr("&Edit selected case…"), "editCaseAction",
                                             self.edit_selected_case, "Ctrl+E")
        self.import_action = self._action(self.tr("&Import case file…"), "importCaseAction", self.import_case_file)
        self.export_action = self._action(self.tr("E&xport case file…"), "exportCaseAction",
                                          self.export_selected_case)
        quit_action = self._action(self.tr("&Quit"), "quitAction", self.close, QKeySequence.StandardKey.Quit)
        menu = self.menuBar().addMenu(self.tr("&Case"))
        for action in (self.new_case_action, self.edit_case_action, self.import_action, self.export_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(quit_action)

        # the office profile action comes with the workspace (attach_workspace), before the catalogs
        self.catalog_action = self._action(self.tr("&Catalogs…"), "catalogAction", self.show_catalogs)
        settings = self.settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings.addAction(self.catalog_action)
        # --- holiday calendar action (issue 4) ---
        self.holiday_action = self._action(self.tr("&Holiday calendar…"), "holidayAction", self.show_holidays)
        settings.addAction(self.holiday_action)
        # --- backups and security (issue 5) ---
        self.security_action = self._action(self.tr("&Backups and security…"), "securityAction", self.show_security)
        settings.addAction(self.security_action)
        self._build_records_menu()  # usage log and integrity check (issue 5)

    def _add_register_tabs(self) -> None:
        """The dashboard and the publication register, each a tab beside the cases (with the workspace)."""
        from credit_desk.ui.dashboard_view import DashboardWidget

        # --- dashboard tab (issue 4) ---
        self.dashboard: DashboardWidget = DashboardWidget(self.ws, parent=self)
        self.tabs.addTab(self.dashboard, self.tr("Due dates"))
        self.dashboard.case_activated.connect(lambda _case_id: self.tabs.setCurrentIndex(0))
        self.dashboard.case_activated.connect(self._show_case)
        self.dashboard.officer = self.officer
        self.dashboard.case_changed.connect(self._case_changed_elsewhere)
        # --- publication register tab (issue 4) ---
        from credit_desk.ui.publication_view import PublicationRegisterWidget

        self.publication_view: PublicationRegisterWidget = PublicationRegisterWidget(self.ws, parent=self)
        self.publication_view.setObjectName("publicationView")
        self.tabs.addTab(self.publication_view, self.tr("Publication"))
        self.publication_view.case_activated.connect(lambda _case_id: self.tabs.setCurrentIndex(0))
        self.publication_view.case_activated.connect(self._show_case)

    def _case_changed_elsewhere(self, case_id: int) -> None:
        """A case moved outside the case page (e.g. removed from the dashboard): refresh what shows it."""
        self.register.refresh()
        self.case_page.show_case(case_id)

    def _set_read_only(self, read_only: bool) -> None:
        """Without an office profile the officer may look, but not start cases or issue letters (R-08)."""
        for action in (self.new_case_action, self.edit_case_action, self.import_action, self.holiday_action):
            action.setEnabled(not read_only)
        self.register.new_button.setEnabled(not read_only)
        self.read_only_label.setText(
            self.tr("No office profile yet: view only. Fill it in under Settings › Office profile…")
            if read_only else ""
        )

    def _office_saved(self, office: Office) -> None:
        self.office = office
        self._set_read_only(False)

    # --- cases ------------------------------------------------------------------------------------

    def _open_drafting(self, window: DraftingWindow) -> DraftingWindow:
        window.case_saved.connect(self._case_saved)
        window.destroyed.connect(lambda *_: self._forget(window))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.drafting_windows.append(window)
        window.resize(self.size())
        window.show()
        return window

    def _forget(self, window: DraftingWindow) -> None:
        if window in self.drafting_windows:
            self.drafting_windows.remove(window)

    def new_case(self) -> DraftingWindow | None:
        if self.office is None:
            errors.show_status(self, self.tr("Fill in the office profile first (Settings › Office profile…)."))
            return None
        return self._open_drafting(_drafting_window_class()(self.ws, officer=self.officer))

    def edit_case(self, case_id: int) -> DraftingWindow | None:
        from credit_desk.services import cases as case_service

        try:
            case = case_service.load_case(self.ws, case_id)
        except LookupError as exc:
            errors.show_status(self, str(exc))
            return None
        return self._open_drafting(_drafting_window_class()(self.ws, case, officer=self.officer))

    def _selected_case_id(self) -> int | None:
        """The register's current case; says in the status bar when none is selected."""
        case_id = self.register.current_case_id()
        if case_id is None:
            errors.show_status(self, self.tr("Select a case in the register first."))
        return case_id

    def edit_selected_case(self) -> None:
        if (case_id := self._selected_case_id()) is not None:
            self.edit_case(case_id)

    def offer_pending_draft(self) -> DraftingWindow | None:
        """After a crash or a kill, offer the unfinished draft again (nothing typed is lost)."""
        from credit_desk.services import drafting

        draft = drafting.pending_draft(self.ws)
        if draft is None:
            return None
        name = draft.case.subject.name or self.tr("(no party yet)")
        when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        question = self.tr("An unfinished draft was found (party: %1, saved %2). Continue editing it?")
        if not errors.ask(self, self.tr("Unfinished draft"), question.replace("%1", name).replace("%2", when)):
            return None
        return self._open_drafting(_drafting_window_class().from_draft(self.ws, draft, officer=self.officer))

    def _case_saved(self, case_id: int) -> None:
        self.register.refresh()
        self.case_page.show_case(case_id)

    def import_case_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import case file"), "",
                                              self.tr("Case files (*.json)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        """Validate the whole file and store it as a draft, off the GUI thread; nothing is half-written."""
        from credit_desk.domain.case_file import CaseFileError
        from credit_desk.services import cases as case_service

        def work():
            with db_lock:
                return case_service.import_case_file(self.ws, path)

        def done(result) -> None:
            self.register.refresh()
            self.case_page.show_case(result.case_id)
            errors.show_status(self, self.tr("Imported as case %1 (draft).").replace("%1", str(result.case_id)))

        def failed(exc: BaseException, tb: str) -> None:
            if isinstance(exc, CaseFileError):
                lines = "\n".join(f"• {p}" for p in exc.problems)
                errors.inform(self, self.tr("The case file was not imported"), lines)
            else:
                errors.report(exc, tb, self)

        run_in_background(work, on_done=done, on_error=failed)

    def export_selected_case(self) -> None:
        if (case_id := self._selected_case_id()) is not None:
            self.export_case(case_id)

    def export_case(self, case_id: int) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export case file"), f"case-{case_id}.json",
                                              self.tr("Case files (*.json)"))
        if not path:
            return
        from credit_desk.ui.usage_record import ask_purpose

        # a case file holds the subject's personal data: the officer states why (usage log, R-17)
        ask_purpose(self, self.tr("The case file"), lambda purpose: self._export_case_to(case_id, path, purpose))

    def _export_case_to(self, case_id: int, path: str, purpose: str) -> None:
        from credit_desk.services import cases as case_service
        from credit_desk.ui.usage_record import record_export

        try:
            case_service.export_case_file(self.ws, case_id, Path(path))
        except OSError as exc:
            errors.environment_failure(self, self.tr("Export failed"), f"{path}：{exc.strerror}")
            return
        record_export(self, self.ws, f"case:{case_id}", purpose, f"案件文件 {path}")
        errors.show_status(self, self.tr("Exported to %1").replace("%1", path))

    def show_catalogs(self) -> None:
        from credit_desk.ui.catalog_window import CatalogDialog

        dialog = CatalogDialog(self.ws, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # --- records: usage log and integrity check (issue 5) -------------------------------------------

    def _build_records_menu(self) -> None:
        self.usage_log_action = self._action(self.tr("&Usage log…"), "usageLogAction", self.show_usage_log)
        self.verify_action = self._action(self.tr("&Verify integrity…"), "verifyAction", self.verify_integrity)
        records = self.records_menu = self.menuBar().addMenu(self.tr("&Records"))
        records.addAction(self.usage_log_action)
        records.addAction(self.verify_action)

    def show_usage_log(self) -> UsageLogWindow:
        """The usage log viewer (R-17): filters, export for an inspector."""
        from credit_desk.ui.usage_log_view import UsageLogWindow

        window = UsageLogWindow(self.ws, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def verify_integrity(self) -> None:
        """Database, usage-log chain and every issued letter, checked off the GUI thread."""
        from credit_desk.ui.usage_log_view import show_verify

        show_verify(self.ws, self)

    def show_holidays(self) -> HolidayDialog:
        """The holiday calendar (R-18); the shown case is reloaded after a save, its dates may have moved."""
        from credit_desk.ui.holiday_dialog import HolidayDialog

        dialog = HolidayDialog(self.ws, self, officer=self.officer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _report: self.case_page.reload())
        dialog.show()
        return dialog

    # --- backups and security (issue 5) ---
    def show_security(self):
        """Backup folder, back up / restore now, auto-lock minutes, the officer's password."""
        from credit_desk.ui.security_dialog import SecurityDialog

        dialog = SecurityDialog(self.ws, self, officer=self.officer)
        dialog.restored.connect(self.after_restore)
        dialog.accepted.connect(lambda: self._security_saved(dialog.officer))
        dialog.open()
        return dialog

    def after_restore(self) -> None:
        """The database was replaced by a backup: everything shown is read again, the office profile too (a
        new computer restoring its office's backup leaves the view-only mode at once)."""
        from credit_desk.services import office as office_service

        ws = self.ws

        def work() -> Office | None:
            with db_lock:
                return office_service.load_office(ws)

        def done(office: Office | None) -> None:
            self.office = office
            self._set_read_only(office is None)
            self.register.refresh()
            for view in (getattr(self, "dashboard", None), getattr(self, "publication_view", None)):
                if view is not None:
                    view.refresh()
            if self._case_page is not None:
                self._case_page.reload()

        run_in_background(work, on_done=done)

    def _security_saved(self, officer: str) -> None:
        self.officer = officer
        lock = getattr(self, "idle_lock", None)
        if lock is not None:
            lock.restart()

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.drafting_windows):
            if not window.close():
                event.ignore()
                return
        super().closeEvent(event)
