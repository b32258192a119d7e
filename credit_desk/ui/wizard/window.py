"""The drafting window: the wizard on the left, the live preview of the letter on the right.

It owns the case being drafted, keeps its draft safe (autosave, the crash path, asking on close),
feeds the preview on every change, and on Finish stores the case and drops the draft.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QWidget,
)

from credit_desk.domain.model import Case
from credit_desk.services import drafting
from credit_desk.services.drafting import Draft, StoreError
from credit_desk.services.wizard_pages import wizard_form
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors
from credit_desk.ui.widgets.rare_char import SHORTCUT, open_rare_char_dialog
from credit_desk.ui.wizard.autosave import DraftKeeper
from credit_desk.ui.wizard.wizard_view import WizardView

log = logging.getLogger(__name__)


def _preview_widget(workspace: Workspace, doc_id: str, parent: QWidget) -> QWidget:
    """The letter preview (``ui.preview.PreviewPane``), or a placeholder while it is not installed."""
    try:
        from credit_desk.ui.preview import PreviewPane
    except ImportError:
        label = QLabel(QCoreApplication.translate("DraftingWindow", "The letter preview is not available."), parent)
        label.setObjectName("preview_placeholder")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label
    pane = PreviewPane(workspace, doc_id, parent)
    pane.setObjectName("preview_pane")
    return pane


class DraftingWindow(QMainWindow):
    """Draft a listing decision (D-03) for a new or stored case.

    Signals:
        case_saved(int): the case was stored under this id (the register should refresh).
    """

    case_saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        case: Case | None = None,
        *,
        officer: str = "",
        draft_id: int | None = None,
        page: str = "",
        doc_id: str = "D-03",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("drafting_window")
        self.ws, self.officer = workspace, officer
        self.case = case if case is not None else drafting.new_case(workspace)
        self._finished = False
        self.wizard = WizardView(workspace, wizard_form(doc_id), self.case, officer=officer,
                                 office=drafting.office_profile(workspace), start_page=page, today=today, parent=self)
        self.preview = _preview_widget(workspace, doc_id, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("drafting_splitter")
        splitter.addWidget(self.wizard)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.splitter = splitter

        self.keeper = DraftKeeper(workspace, lambda: (self.case, self.wizard.current_key()), draft_id=draft_id,
                                  parent=self)
        self.autosave_status = QLabel(self)
        self.autosave_status.setObjectName("autosave_status")
        self.statusBar().addPermanentWidget(self.autosave_status)
        self.keeper.saved.connect(self._saved)
        self.keeper.failed.connect(self._save_failed)
        self._build_actions()

        self._initial = self.case.model_dump_json()  # after the first page's pre-fill
        self.wizard.case_changed.connect(self._changed)
        self.wizard.page_changed.connect(lambda _key: self._mark_dirty())
        self.wizard.finish_requested.connect(self.finish)
        self.wizard.cancel_requested.connect(self.close)
        errors.draft_savers.append(self._crash_save)
        self._update_title()
        self._feed_preview()

    @classmethod
    def from_draft(cls, workspace: Workspace, draft: Draft, **kw: object) -> DraftingWindow:
        """Continue an unfinished draft where the officer left it."""
        return cls(workspace, draft.case, draft_id=draft.id, page=draft.page, **kw)  # type: ignore[arg-type]

    # --- actions ------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        bar = self.addToolBar(self.tr("Drafting"))
        bar.setObjectName("drafting_toolbar")
        bar.setMovable(False)
        self.rare_action = QAction(self.tr("Insert rare character…"), self)
        self.rare_action.setObjectName("action_rare_char")
        self.rare_action.setToolTip(self.tr("Insert a character the input method lacks, by code point (%1 in a "
                                            "text field)").replace("%1", SHORTCUT))
        self.rare_action.triggered.connect(self.insert_rare_char)
        self.save_action = QAction(self.tr("Save draft"), self)
        self.save_action.setObjectName("action_save_draft")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_draft_now)
        bar.addAction(self.rare_action)
        bar.addAction(self.save_action)

    def insert_rare_char(self) -> None:
        """Open the rare-character dialog for the text field that has the focus."""
        target = QApplication.focusWidget()
        if isinstance(target, (QLineEdit, QPlainTextEdit)) and self.isAncestorOf(target):
            open_rare_char_dialog(target)
        else:
            errors.show_status(self, self.tr("Click into a text field first, then insert the character."))

    def save_draft_now(self) -> None:
        try:
            self.keeper.save_now()
        except StoreError as exc:
            errors.environment_failure(self, self.tr("The draft was not saved"), exc.message_cn)

    # --- reacting to the wizard ---------------------------------------------------------------

    def pristine(self) -> bool:
        """Nothing typed yet and no draft stored: closing needs no question, and no draft is kept."""
        return self.keeper.draft_id is None and self.case.model_dump_json() == self._initial

    def _mark_dirty(self) -> None:
        if not self.pristine():
            self.keeper.mark_dirty()

    def _changed(self) -> None:
        self._mark_dirty()
        self._update_title()
        self._feed_preview()

    def _feed_preview(self) -> None:
        update = getattr(self.preview, "update_case", None)
        if update is not None:
            update(self.case.model_copy(deep=True))  # the pane renders off the GUI thread: give it a copy

    def _update_title(self) -> None:
        name = self.case.subject.name or self.tr("new case")
        self.setWindowTitle(self.tr("Listing decision — %1").replace("%1", name))

    def _saved(self, _draft_id: int, at: datetime) -> None:
        self.autosave_status.setText(self.tr("Draft saved at %1").replace("%1", at.strftime("%H:%M:%S")))
        self.autosave_status.setStyleSheet("")

    def _save_failed(self, message: str) -> None:
        self.autosave_status.setText(self.tr("Draft NOT saved: %1").replace("%1", message))
        self.autosave_status.setStyleSheet("color: #b3261e;")

    def _crash_save(self) -> None:
        if not self._finished:
            self.keeper.save_now()

    # --- finishing and closing ----------------------------------------------------------------

    def finish(self) -> None:
        """Store the case, drop the draft, close. A refusal keeps the wizard open with the reason."""
        from credit_desk.domain.case_file import CaseFileError

        self.keeper.close()
        try:
            result = drafting.finish_draft(self.ws, self.case, draft_id=self.keeper.draft_id, officer=self.officer)
        except CaseFileError as exc:
            self.keeper = self._reopened_keeper()
            errors.show_status(self, str(exc))
            self.wizard.blocked_reason.setText(str(exc))
            return
        except StoreError as exc:
            self.keeper = self._reopened_keeper()
            errors.environment_failure(self, self.tr("The case was not saved"), exc.message_cn)
            return
        self._finished = True
        self.case_saved.emit(result.case_id)
        self.close()

    def _reopened_keeper(self) -> DraftKeeper:
        keeper = DraftKeeper(self.ws, lambda: (self.case, self.wizard.current_key()), draft_id=self.keeper.draft_id,
                             parent=self)
        keeper.saved.connect(self._saved)
        keeper.failed.connect(self._save_failed)
        keeper.mark_dirty()
        return keeper

    def ask_on_close(self) -> str:
        """"keep", "discard" or "stay": what to do with the draft when the officer closes the wizard.

        Without interaction (tests) the draft is kept: nothing typed is ever thrown away unasked.
        """
        title = self.tr("Close the wizard")
        text = self.tr("Keep the draft to continue later? It will be offered at the next start.")
        if not errors.INTERACTIVE:
            errors.shown.append(("question", title, text))
            return "keep"
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        keep = box.addButton(self.tr("Keep draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard draft"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Go on editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "keep" if clicked is keep else "discard" if clicked is discard else "stay"

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._finished and not self.pristine():
            choice = self.ask_on_close()
            if choice == "stay":
                event.ignore()
                return
            try:
                if choice == "keep":
                    self.keeper.save_now()
                    self.keeper.close()
                else:
                    self.keeper.discard()
            except StoreError as exc:
                errors.environment_failure(self, self.tr("The draft was not saved"), exc.message_cn)
                event.ignore()
                return
        self.keeper.close()
        if self._crash_save in errors.draft_savers:
            errors.draft_savers.remove(self._crash_save)
        super().closeEvent(event)
