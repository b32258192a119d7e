"""The common frame of every lifecycle step dialog: fields, the service call off the GUI thread, refusals.

A step dialog never judges the case: it gathers what the officer typed, calls one use case of
``services.lifecycle`` in a worker (``ui.background``) and either closes with the ``StepResult`` or
stays open showing the ``StepRefused``: the Chinese message, every blocking finding with its rule ID,
message and citation, and one reason box per warning that needs a written reason (the wizard's own
``FindingsPanel``). What was typed is never touched by a refusal, so the officer corrects one field
and tries again; the reasons typed are sent back as ``Confirmation``s on the next try.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from credit_desk.domain.findings import Finding
from credit_desk.domain.model import Confirmation
from credit_desk.services.lifecycle import StepRefused, StepResult
from credit_desk.services.register import CaseOverview
from credit_desk.services.wizard_pages import PageFinding
from credit_desk.services.workspace import Workspace
from credit_desk.ui import errors
from credit_desk.ui.background import db_lock, run_in_background
from credit_desk.ui.widgets.rare_char import install_rare_char_helper
from credit_desk.ui.wizard.findings_panel import FindingsPanel

#: A call of one use case, given the confirmations (written reasons) gathered so far.
StepCall = Callable[[list[Confirmation]], StepResult]

PROBLEM_STYLE = "background:#fdecea; color:#8a1c12; border:1px solid #f0a9a1; border-radius:3px; padding:4px 8px;"
FIELD_ERROR_STYLE = "color:#b3261e;"
CN_LOCALE = QLocale(QLocale.Language.Chinese, QLocale.Country.China)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def lines_of(text: str) -> list[str]:
    """One item per non-empty line (reasons, findings, other materials)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def names_of(text: str) -> list[str]:
    """Names typed in one line, separated as officers do: 、，, ; or spaces."""
    for sep in ("，", ",", "；", ";", " ", "　"):
        text = text.replace(sep, "、")
    return [n.strip() for n in text.split("、") if n.strip()]


class StepDialog(QDialog):
    """Base of the step dialogs. Subclasses build their fields in ``build`` and return the use-case call
    from ``collect`` (or None after marking a field they found empty or wrong).

    Signals:
        step_done(object): the step was taken; the ``StepResult``.
    """

    step_done = Signal(object)

    #: Title and accept-button text; subclasses set them through ``self.tr`` in ``build``.
    def __init__(
        self,
        workspace: Workspace,
        overview: CaseOverview,
        officer: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.overview = overview
        self.case = overview.case
        self.case_id = overview.case.id or 0
        self.officer = officer
        self.result: StepResult | None = None
        self.refusal: StepRefused | None = None
        self._reasons: dict[tuple[str, str], str] = {}
        self._needs: list[Finding] = []
        self._field_errors: dict[str, QLabel] = {}
        self.setModal(True)
        self.setMinimumWidth(560)

        self.intro = QLabel(self)
        self.intro.setObjectName("step-intro")
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = QLabel(self)
        self.problem.setObjectName("step-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setVisible(False)
        self.findings = FindingsPanel(self)
        self.findings.setObjectName("step-findings")
        self.findings.empty.setVisible(False)
        self.findings.reason_changed.connect(self._reason_typed)
        self.findings_scroll = QScrollArea(self)
        self.findings_scroll.setWidgetResizable(True)
        self.findings_scroll.setWidget(self.findings)
        self.findings_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.findings_scroll.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("step-status")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("step-ok")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("step-cancel")
        self.cancel_button.setText(QCoreApplication.translate("StepDialog", "Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.findings_scroll)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.build()

    # --- for subclasses --------------------------------------------------------------------------

    def build(self) -> None:
        """Add the step's fields (``add_row``) and set the title and the accept-button text."""
        raise NotImplementedError

    def collect(self) -> StepCall | None:
        """The use-case call for what was typed, or None when a field is wrong (already marked)."""
        raise NotImplementedError

    def set_texts(self, title: str, accept: str, intro: str = "") -> None:
        self.setWindowTitle(title)
        self.ok_button.setText(accept)
        if intro:
            self.intro.setText(intro)
            self.intro.setVisible(True)

    def add_row(self, label: str, widget: QWidget, name: str) -> QWidget:
        """A labelled field with room for its own error message just below it (named ``error-<name>``)."""
        widget.setObjectName(name)
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(1)
        inner.addWidget(widget)
        error = QLabel(box)
        error.setObjectName(f"error-{name}")
        error.setStyleSheet(FIELD_ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        inner.addWidget(error)
        self._field_errors[name] = error
        self.form.addRow(label, box)
        return widget

    def date_field(self, label: str, name: str, value: date | None = None) -> QDateEdit:
        """A date, today unless given, picked from a Chinese calendar or typed as yyyy-MM-dd."""
        edit = QDateEdit(self)
        edit.setLocale(CN_LOCALE)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
        edit.calendarWidget().setLocale(CN_LOCALE)
        edit.setMinimumWidth(150)
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.add_row(label, edit, name)
        return edit

    def line_field(self, label: str, name: str, text: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setPlaceholderText(placeholder)
        install_rare_char_helper(edit)
        self.add_row(label, edit, name)
        return edit

    def text_field(self, label: str, name: str, text: str = "", placeholder: str = "", rows: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit(text, self)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + 14)
        self.add_row(label, edit, name)
        return edit

    def field_error(self, name: str, message: str) -> None:
        """Show ``message`` next to the field ``name`` (a clear Chinese message, never a traceback)."""
        label = self._field_errors[name]
        label.setText(message)
        label.setVisible(True)

    def field_errors(self) -> dict[str, str]:
        """The messages shown next to fields now (for tests and screenshots)."""
        return {k: v.text() for k, v in self._field_errors.items() if not v.isHidden()}

    # --- submitting --------------------------------------------------------------------------------

    def submit(self) -> None:
        """Check the fields, then run the step in a worker; the dialog stays open until it answers."""
        for label in self._field_errors.values():
            label.setVisible(False)
        call = self.collect()
        if call is None:
            return
        missing = [f for f in self._needs if not self._reasons.get((f.rule, f.field), "").strip()]
        if missing:
            self.problem.setText(QCoreApplication.translate(
                "StepDialog", "Write a reason for every warning below, then try again."))
            self.problem.setVisible(True)
            return
        now = datetime.now().astimezone()
        confirmations = [
            Confirmation(rule=f.rule, field=f.field, reason=self._reasons[(f.rule, f.field)].strip(),
                         officer=self.officer, at=now)
            for f in self._needs
        ]
        self._busy(True)

        def work() -> StepResult:
            with db_lock:
                return call(confirmations)

        run_in_background(work, on_done=self._succeeded, on_error=self._failed)

    def _busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.status.setText(QCoreApplication.translate("StepDialog", "Working…") if busy else "")

    def _succeeded(self, result: StepResult) -> None:
        self._busy(False)
        self.result = result
        self.step_done.emit(result)
        self.accept()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._busy(False)
        if isinstance(exc, StepRefused):
            self.show_refusal(exc)
        else:
            errors.report(exc, tb, self)

    def show_refusal(self, refusal: StepRefused) -> None:
        """The refusal inside the dialog: message, each finding (rule ID, message, citation), reason boxes."""
        self.refusal = refusal
        text = refusal.message_cn
        if refusal.citation:
            text += "\n" + QCoreApplication.translate("StepDialog", "Basis: %1").replace("%1", refusal.citation)
        self.problem.setText(text)
        self.problem.setVisible(True)
        if refusal.needs_reason:
            self._needs = list(refusal.needs_reason)
        for f in refusal.findings:  # a finding about a field of this dialog is also said beside that field
            name = f.field.rsplit(".", 1)[-1] if f.field else ""
            if name in self._field_errors:
                self.field_error(name, f"{f.rule} {f.message}")
        shown = [PageFinding(f, page="") for f in refusal.findings]
        shown += [PageFinding(f, page="", confirmable=True, reason=self._reasons.get((f.rule, f.field), ""))
                  for f in self._needs]
        self.findings.show_findings(shown, [])
        self.findings.empty.setVisible(False)
        self.findings_scroll.setVisible(bool(shown))
        # as tall as the findings need (up to a limit, then it scrolls), so no empty band stays below them
        width = max(self.findings_scroll.viewport().width(), self.width() - 40)
        needed = self.findings.heightForWidth(width)
        needed = max(needed, self.findings.sizeHint().height())  # reason boxes need their whole height
        self.findings_scroll.setFixedHeight(min(max(needed + 8, 60), 320))
        self.adjustSize()

    def show_notes(self, notes: Sequence[Finding]) -> None:
        """Before the officer acts: what the letters will say differently or what to keep in mind (rule, message,
        citation), in the findings area; a refusal later replaces it."""
        if not notes:
            return
        self.findings.show_findings([PageFinding(f, page="") for f in notes], [])
        self.findings.empty.setVisible(False)
        self.findings_scroll.setVisible(True)
        width = max(self.findings_scroll.viewport().width(), self.width() - 40)
        needed = max(self.findings.heightForWidth(width), self.findings.sizeHint().height())
        self.findings_scroll.setFixedHeight(min(max(needed + 8, 60), 260))

    def shown_findings(self) -> list[str]:
        """Every finding shown: tag, rule ID, message and citation in one string each (for tests)."""
        return self.findings.texts()

    def _reason_typed(self, rule: str, field: str, text: str) -> None:
        self._reasons[(rule, field)] = text


def channels_text(channels: Sequence[str]) -> str:
    return "、".join(channels)


__all__ = ["StepCall", "StepDialog", "channels_text", "lines_of", "names_of", "to_date"]
