"""One wizard page built from its declaration: title, the fields in a form, the findings beneath.

The page never judges the case: the wizard hands it the case and the check (``WizardCheck``) after each
change, and the page shows values, the rows that apply to the party's kind, the findings of the page,
and a coloured label on each field a finding concerns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from credit_desk.domain.catalog import Catalogs
from credit_desk.domain.findings import Level
from credit_desk.domain.model import Case
from credit_desk.services.case_fields import is_under
from credit_desk.services.wizard_pages import WizardCheck, WizardPage, field_shown
from credit_desk.ui.wizard.factory import FieldEditor, build_editor
from credit_desk.ui.wizard.findings_panel import FindingsPanel

#: Widgets that take the page's width and spare height (check-list tables, instrument cards).
_TALL = {"multi", "list:instruments"}


def _tall(widget: str) -> bool:
    return widget in _TALL or widget.partition(":")[0] in _TALL


def page_header(page: WizardPage, parent: QWidget) -> tuple[QLabel, QLabel]:
    title = QLabel(page.title, parent)
    title.setObjectName("page_title")
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    intro = QLabel(page.intro, parent)
    intro.setObjectName("page_intro")
    intro.setWordWrap(True)
    intro.setStyleSheet("color: #3c4043;")
    intro.setVisible(bool(page.intro))
    return title, intro


class WizardPageView(QWidget):
    """A page of fields.

    Signals:
        edited(str, object): a field's new value (path, value).
        reason_changed(str, str, str): a written reason for a warning (rule, field, text).
    """

    edited = Signal(str, object)
    reason_changed = Signal(str, str, str)

    def __init__(self, page: WizardPage, catalogs: Catalogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName(f"page_{page.key}")
        title, intro = page_header(page, self)

        body = QWidget()
        body.setObjectName(f"page_body_{page.key}")
        self.form = QFormLayout(body)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.editors: list[FieldEditor] = []
        tall = any(_tall(f.widget) for f in page.fields)
        for spec in page.fields:
            editor = build_editor(spec, spec.path, catalogs, body)
            editor.edited.connect(self.edited)
            if editor.label is not None and not _tall(spec.widget):
                self.form.addRow(editor.label, editor.widget)
            elif editor.label is not None:
                self.form.addRow(editor.label)
                self.form.addRow(editor.widget)
            else:
                self.form.addRow("", editor.widget)
            self.editors.append(editor)
        scroll = QScrollArea(self)
        scroll.setObjectName(f"page_scroll_{page.key}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.findings = FindingsPanel()
        self.findings.setObjectName(f"findings_{page.key}")
        self.findings.reason_changed.connect(self.reason_changed)
        self.findings_scroll = QScrollArea(self)
        self.findings_scroll.setWidgetResizable(True)
        self.findings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.findings_scroll.setWidget(self.findings)
        self.findings_scroll.setMaximumHeight(240 if tall else 300)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.findings_scroll, 0)

    def all_editors(self) -> list[FieldEditor]:
        return [e for top in self.editors for e in top.editors()]

    def editor(self, path: str) -> FieldEditor | None:
        return next((e for e in self.all_editors() if e.path == path), None)

    def load(self, case: Case, check: WizardCheck) -> None:
        """Show the case (on entering the page, or after the review jumped here)."""
        for e in self.editors:
            e.load(case)
        self.show_check(case, check)

    def refresh(self, case: Case, check: WizardCheck) -> None:
        """After a change: options that depend on other fields, then the findings."""
        for e in self.editors:
            e.refresh(case)
        self.show_check(case, check)

    def show_check(self, case: Case, check: WizardCheck) -> None:
        status = check.status(self.page.key)
        for e in self.editors:
            shown = field_shown(e.spec, case)
            self.form.setRowVisible(e.widget, shown)
            if e.label is not None:
                self.form.setRowVisible(e.label, shown)
        missing = {m.path for m in status.missing}
        for e in self.all_editors():
            hits = [pf for pf in status.findings if is_under(pf.finding.field, e.path) and pf.finding.field]
            blocks = [pf for pf in hits if pf.finding.level is Level.BLOCK]
            needs = [pf for pf in hits if pf.blocks and pf.finding.level is not Level.BLOCK]
            level = "block" if blocks or e.path in missing else ("warn" if needs else None)
            tip = "\n".join(f"{pf.finding.rule} {pf.finding.message}" for pf in hits)
            e.mark(level, tip)
        self.findings.show_findings(status.findings, status.missing)
        self.findings.adjustSize()
        self.findings_scroll.setMinimumHeight(min(self.findings.sizeHint().height() + 4, 160))
