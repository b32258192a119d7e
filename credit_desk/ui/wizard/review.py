"""The review page: every section of the decision with its values, generated from the case.

Each section lists what the letter will say in it (party block, 事由, 依据, 惩戒措施, 移出条件和程序,
救济措施, the decision and publication), the findings still open in it, and a button per page that edits
it, so the officer fixes a value where it is entered, then comes back here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from credit_desk.domain.catalog import Catalogs
from credit_desk.domain.findings import Level
from credit_desk.domain.model import Case
from credit_desk.services.wizard_pages import Form, WizardCheck, WizardPage
from credit_desk.services.wizard_review import ReviewSection, review_sections
from credit_desk.ui.wizard.findings_panel import FindingsPanel
from credit_desk.ui.wizard.page import page_header


class ReviewPageView(QWidget):
    """The generated review.

    Signals:
        jump(str): the officer wants to edit the page with this key.
        reason_changed(str, str, str): a written reason for a warning shown here (rule, field, text).
    """

    jump = Signal(str)
    reason_changed = Signal(str, str, str)

    def __init__(self, page: WizardPage, form: Form, catalogs: Catalogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page, self.form_def, self.catalogs = page, form, catalogs
        self.titles = {p.key: p.title for p in form.pages}
        self.setObjectName(f"page_{page.key}")
        title, intro = page_header(page, self)
        self.summary = QLabel(self)
        self.summary.setObjectName("review_summary")
        self.summary.setWordWrap(True)
        self.body = QWidget()
        self.body.setObjectName("review_body")
        self.sections_layout = QVBoxLayout(self.body)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.sections_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.findings = FindingsPanel(self)
        self.findings.setObjectName(f"findings_{page.key}")
        self.findings.reason_changed.connect(self.reason_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.findings, 0)
        self.boxes: dict[str, QGroupBox] = {}

    def load(self, case: Case, check: WizardCheck) -> None:
        self.refresh(case, check)

    def refresh(self, case: Case, check: WizardCheck) -> None:
        """Rebuild the sections from the case (the review is never edited in place)."""
        for box in self.boxes.values():
            self.sections_layout.removeWidget(box)
            box.setParent(None)
            box.deleteLater()
        self.boxes = {}
        for i, section in enumerate(review_sections(case, self.form_def, self.catalogs, check)):
            box = self._section_box(section)
            self.sections_layout.insertWidget(i, box)
            box.show()
            self.boxes[section.key] = box
        status = check.status(self.page.key)
        self.findings.show_findings(status.findings, status.missing)
        blocked = [p.key for p in self.form_def.pages if not p.review and check.blocked(p.key)]
        if blocked:
            names = "、".join(f"“{self.titles[k]}”" for k in blocked)
            self.summary.setText(self.tr("Still to fix on the pages %1.").replace("%1", names))
            self.summary.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            self.summary.setText(self.tr("Every page passes the rules. Check the text once more, then finish."))
            self.summary.setStyleSheet("color: #1b5e20; font-weight: bold;")

    def _section_box(self, section: ReviewSection) -> QGroupBox:
        box = QGroupBox(section.heading, self.body)
        box.setObjectName(f"review_{section.key}")
        box.setStyleSheet("QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }")
        outer = QVBoxLayout(box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for item in section.items:
            value = QLabel(item.text or self.tr("(not filled in)"), box)
            value.setObjectName(f"review_value_{item.path}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if not item.text:
                value.setStyleSheet("color: #b3261e;" if item.mandated else "color: #80868b;")
            label = QLabel(item.label, box)
            label.setWordWrap(True)
            label.setStyleSheet("color: #5f6368;")
            form.addRow(label, value)
        outer.addLayout(form)
        for pf in section.findings:
            if not pf.blocks and pf.finding.level is not Level.BLOCK:
                continue
            line = QLabel(f"{pf.finding.rule}　{pf.finding.message}", box)
            line.setObjectName("review_finding")
            line.setWordWrap(True)
            line.setStyleSheet("color: #b3261e;" if pf.finding.level is Level.BLOCK else "color: #8a5a00;")
            outer.addWidget(line)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for key in section.pages:
            b = QPushButton(self.tr("Edit on page “%1”").replace("%1", self.titles[key]), box)
            b.setObjectName(f"review_edit_{section.key}_{key}")
            b.clicked.connect(lambda _=False, k=key: self.jump.emit(k))
            buttons.addWidget(b)
        outer.addLayout(buttons)
        return box
