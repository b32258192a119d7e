"""The wizard itself: the steps, the pages, Back / Next / Finish, all editing ONE case object.

Every page reads from and writes to the same ``Case``; pages are built once and kept, so going Back and
Forward, or jumping from the review to a page and back, never loses what was typed. After each change
the rules run (about a millisecond) and the page shows its findings; a page whose findings block, or
whose mandated fields are empty, or whose warnings lack a written reason, keeps Next (and Finish)
disabled, and a line beside the buttons says why, with the citation.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from credit_desk.domain.findings import Level
from credit_desk.domain.model import Case, Office
from credit_desk.services.case_fields import set_value
from credit_desk.services.drafting import prefill, set_confirmation
from credit_desk.services.wizard_pages import Form, WizardCheck, check_pages
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors
from credit_desk.ui.wizard.page import WizardPageView
from credit_desk.ui.wizard.review import ReviewPageView

log = logging.getLogger(__name__)
PageView = WizardPageView | ReviewPageView


class WizardView(QWidget):
    """Steps on the left, the current page, and the navigation line at the bottom.

    Signals:
        case_changed(): the case was edited (it is the same object, changed in place).
        page_changed(str): another page is shown (its key).
        finish_requested(): the officer pressed Finish on a review that nothing blocks.
        cancel_requested(): the officer pressed Cancel.
    """

    case_changed = Signal()
    page_changed = Signal(str)
    finish_requested = Signal()
    cancel_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        form: Form,
        case: Case,
        *,
        officer: str = "",
        office: Office | None = None,
        start_page: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wizard_view")
        self.ws, self.form_def, self.case = workspace, form, case
        self.officer, self.office, self.today = officer, office, today
        self.pages = list(form.pages)
        self.keys = [p.key for p in self.pages]
        self.check: WizardCheck = self._run_check()

        self.steps = QListWidget(self)
        self.steps.setObjectName("wizard_steps")
        self.steps.setFixedWidth(150)
        self.steps.setSpacing(2)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("wizard_stack")
        self.views: dict[str, PageView] = {}
        for i, page in enumerate(self.pages):
            view: PageView
            if page.review:
                view = ReviewPageView(page, form, workspace.catalogs, self.stack)
                view.jump.connect(self.go_to)
            else:
                view = WizardPageView(page, workspace.catalogs, self.stack)
                view.edited.connect(self._apply)
            view.reason_changed.connect(self._reason)
            self.views[page.key] = view
            self.stack.addWidget(view)
            QListWidgetItem(f"{i + 1}  {page.title}", self.steps)
        self.steps.itemClicked.connect(lambda item: self.go_to(self.keys[self.steps.row(item)]))

        self.blocked_reason = QLabel(self)
        self.blocked_reason.setObjectName("blocked_reason")
        self.blocked_reason.setWordWrap(True)
        self.blocked_reason.setStyleSheet("color: #b3261e;")
        self.btn_cancel = QPushButton(self.tr("Cancel"), self)
        self.btn_cancel.setObjectName("btn_cancel")
        self.btn_back = QPushButton(self.tr("< &Back"), self)
        self.btn_back.setObjectName("btn_back")
        self.btn_next = QPushButton(self.tr("&Next >"), self)
        self.btn_next.setObjectName("btn_next")
        self.btn_next.setDefault(True)
        self.btn_finish = QPushButton(self.tr("&Finish"), self)
        self.btn_finish.setObjectName("btn_finish")
        self.btn_cancel.clicked.connect(self.cancel_requested)
        self.btn_back.clicked.connect(self.back)
        self.btn_next.clicked.connect(self.next)
        self.btn_finish.clicked.connect(self._finish)

        nav = QHBoxLayout()
        nav.addWidget(self.blocked_reason, 1)
        for b in (self.btn_cancel, self.btn_back, self.btn_next, self.btn_finish):
            nav.addWidget(b, 0, Qt.AlignmentFlag.AlignBottom)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.steps)
        layout.addLayout(right, 1)

        start = self.keys.index(start_page) if start_page in self.keys else 0
        self._show(start)

    # --- navigation ---------------------------------------------------------------------------

    def current_key(self) -> str:
        return self.keys[self.stack.currentIndex()]

    def current_view(self) -> PageView:
        return self.views[self.current_key()]

    def can_reach(self, key: str) -> bool:
        """Back is always open; forward only over pages that nothing blocks."""
        target, here = self.keys.index(key), self.stack.currentIndex()
        return target <= here or not any(self.check.blocked(k) for k in self.keys[:target])

    def go_to(self, key: str) -> bool:
        """Show the page ``key`` if it can be reached; returns whether it is shown."""
        if key not in self.keys or not self.can_reach(key):
            self._update_nav()
            return False
        self._show(self.keys.index(key))
        return True

    def first_blocked(self, upto: int) -> str:
        """The first page up to index ``upto`` that stops the wizard ("" if none): an earlier page can
        become blocked by a later entry (a minor's ID number once the conduct date is known, R-11)."""
        return next((k for k in self.keys[: upto + 1] if self.check.blocked(k)), "")

    def next(self) -> None:
        i = self.stack.currentIndex()
        if i + 1 < len(self.keys) and not self.first_blocked(i):
            self._show(i + 1)

    def back(self) -> None:
        i = self.stack.currentIndex()
        if i > 0:
            self._show(i - 1)

    def _show(self, index: int) -> None:
        if prefill(self.case, self.ws.catalogs, self.office):
            self.case_changed.emit()
        self.check = self._run_check()
        self.stack.setCurrentIndex(index)
        self.views[self.keys[index]].load(self.case, self.check)
        self._update_nav()
        self.page_changed.emit(self.keys[index])

    def _finish(self) -> None:
        if self.current_key() == self.keys[-1] and not self.check.blocked(self.keys[-1]):
            self.finish_requested.emit()

    # --- editing ------------------------------------------------------------------------------

    def _run_check(self) -> WizardCheck:
        return check_pages(self.case, self.pages, self.ws.catalogs, calendar=self.ws.calendar,
                           settings=self.ws.settings, today=self.today)

    def _apply(self, path: str, value: Any) -> None:
        try:
            set_value(self.case, path, value)
        except (ValueError, ValidationError) as exc:  # a value the case model refuses: say so, keep going
            log.info("refused %s=%r: %s", path, value, exc)
            errors.show_status(self, self.tr("This value cannot be used here: %1").replace("%1", str(exc)))
            return
        self._changed()

    def _reason(self, rule: str, field: str, text: str) -> None:
        set_confirmation(self.case, rule, field, text, officer=self.officer)
        self._changed()

    def _changed(self) -> None:
        self.check = self._run_check()
        self.current_view().refresh(self.case, self.check)
        self._update_nav()
        self.case_changed.emit()

    # --- the navigation line ------------------------------------------------------------------

    def page_reason(self, key: str) -> str:
        """Why the page ``key`` stops the wizard, with rule and citation; "" if it does not."""
        status = self.check.status(key)
        blocks = [pf.finding for pf in status.findings if pf.finding.level is Level.BLOCK]
        if blocks:
            f = blocks[0]
            return self.tr("%1 %2 (basis: %3)").replace("%1", f.rule).replace("%2", f.message).replace(
                "%3", f.citation)
        if status.missing:
            return self.tr("“%1” must be filled in.").replace("%1", status.missing[0].label)
        waiting = [pf.finding for pf in status.findings if pf.blocks]
        if waiting:
            f = waiting[0]
            return self.tr("%1 needs a written reason: %2 (basis: %3)").replace("%1", f.rule).replace(
                "%2", f.message).replace("%3", f.citation)
        return ""

    def _update_nav(self) -> None:
        i = self.stack.currentIndex()
        key = self.keys[i]
        last = i == len(self.keys) - 1
        first = self.first_blocked(i)
        self.btn_back.setEnabled(i > 0)
        self.btn_next.setEnabled(not last and not first)
        self.btn_next.setVisible(not last)
        self.btn_finish.setVisible(last)
        self.btn_finish.setEnabled(last and not first)
        if first == key and not last:
            text = self.tr("Next is disabled: %1").replace("%1", self.page_reason(key))
        elif first:
            if first == key:  # the review: name the first page that stops it
                first = next((k for k in self.keys[:-1] if self.check.blocked(k)), key)
            title = self.pages[self.keys.index(first)].title
            what = self.tr("Finish is disabled: page “%1”: %2") if last else self.tr(
                "Next is disabled: page “%1”: %2")
            text = what.replace("%1", title).replace("%2", self.page_reason(first))
        else:
            text = ""
        self.blocked_reason.setText(text)
        self.blocked_reason.setToolTip(text)
        for j, k in enumerate(self.keys):
            item = self.steps.item(j)
            font = QFont(self.steps.font())
            font.setBold(j == i)
            item.setFont(font)
            bad = self.check.blocked(k) and not self.pages[j].review
            item.setForeground(QBrush(QColor("#b3261e" if bad else "#202124")))
            item.setToolTip(self.page_reason(k) if bad else "")
        self.steps.setCurrentRow(i)
