"""The rule findings of a page, inline: rule ID, Chinese message, citation, and a reason box for warnings.

Rows are updated in place as the officer types, so a reason being written keeps its box, its cursor
and its focus while the findings around it change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from credit_desk.domain.findings import Level
from credit_desk.services.wizard_pages import PageField, PageFinding
from credit_desk.ui.widgets.rare_char import install_rare_char_helper

STYLES = {
    "block": "QFrame#finding_row { background: #fdecea; border-left: 4px solid #b3261e; }",
    "reason": "QFrame#finding_row { background: #fff4d6; border-left: 4px solid #c77700; }",
    "done": "QFrame#finding_row { background: #eef6ee; border-left: 4px solid #2e7d32; }",
    "note": "QFrame#finding_row { background: #f1f3f4; border-left: 4px solid #80868b; }",
}


class FindingRow(QFrame):
    """One finding (or one missing mandated field). Labels are named so tests can read them."""

    reason_changed = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finding_row")
        self.tag = QLabel(self)
        self.tag.setObjectName("finding_tag")
        self.rule = QLabel(self)
        self.rule.setObjectName("finding_rule")
        self.rule.setStyleSheet("font-weight: bold;")
        self.message = QLabel(self)
        self.message.setObjectName("finding_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.citation = QLabel(self)
        self.citation.setObjectName("finding_citation")
        self.citation.setWordWrap(True)
        self.citation.setStyleSheet("color: #5f6368;")
        self.reason: QLineEdit | None = None
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.tag)
        top.addWidget(self.rule)
        top.addWidget(self.message, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 6, 4)
        self._layout.setSpacing(2)
        self._layout.addLayout(top)
        self._layout.addWidget(self.citation)
        self.key: tuple[str, str] = ("", "")

    def show_finding(self, pf: PageFinding) -> None:
        f = pf.finding
        self.key = pf.key
        self.rule.setText(f.rule)
        self.message.setText(f.message)
        self.citation.setText(self.tr("Basis: %1").replace("%1", f.citation))
        self.citation.setVisible(True)
        if f.level is Level.BLOCK:
            self.tag.setText(self.tr("Blocks"))
            style = "block"
        elif pf.confirmable:
            self.tag.setText(self.tr("Reason needed") if pf.blocks else self.tr("Reason given"))
            style = "reason" if pf.blocks else "done"
            self._ensure_reason(pf)
        else:
            self.tag.setText(self.tr("Note"))
            style = "note"
        self.setStyleSheet(STYLES[style])
        self.setProperty("level", style)

    def show_missing(self, field: PageField) -> None:
        self.key = ("", field.label)
        self.tag.setText(self.tr("Required"))
        self.rule.setText("")
        self.message.setText(self.tr("“%1” must be filled in.").replace("%1", field.label))
        self.citation.setVisible(False)
        self.setStyleSheet(STYLES["block"])
        self.setProperty("level", "block")

    def _ensure_reason(self, pf: PageFinding) -> None:
        if self.reason is None:
            self.reason = QLineEdit(self)
            rule, field = pf.key
            self.reason.setObjectName(f"reason_{rule}_{field}")
            # ask why the subject is listed all the same; other warnings (R-15…) why the step goes on
            self.reason.setPlaceholderText(
                self.tr("Written reason for listing despite this (required)") if rule in ("R-10", "R-11")
                else self.tr("Written reason for going on despite this (required)"))
            install_rare_char_helper(self.reason)
            self.reason.textEdited.connect(lambda text: self.reason_changed.emit(rule, field, text))
            self._layout.addWidget(self.reason)
        if self.reason.text().strip() != pf.reason.strip():
            self.reason.setText(pf.reason)


class FindingsPanel(QWidget):
    """All findings of one page, blocks first; a line "no problems" when there are none.

    Signals:
        reason_changed(str, str, str): rule, field and the reason text the officer typed.
    """

    reason_changed = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.empty = QLabel(self.tr("✓ The rules find nothing to fix on this page."), self)
        self.empty.setObjectName("findings_empty")
        self.empty.setStyleSheet("color: #1b5e20;")
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)  # rows keep their height; spare room stays below them
        self._rows: dict[tuple[str, ...], FindingRow] = {}

    def rows(self) -> list[FindingRow]:
        """The rows in the order shown."""
        items = (self._layout.itemAt(i).widget() for i in range(self._layout.count()))
        return [w for w in items if isinstance(w, FindingRow)]

    def texts(self) -> list[str]:
        """Every text shown, one string per row: tag, rule, message, citation (for tests)."""
        return [" ".join(x.text() for x in (r.tag, r.rule, r.message, r.citation) if x.text()) for r in self.rows()]

    def show_findings(self, findings: list[PageFinding], missing: list[PageField]) -> None:
        order = sorted(findings, key=lambda pf: (pf.finding.level is not Level.BLOCK, not pf.blocks, pf.key))
        wanted: list[tuple[tuple[str, ...], PageFinding | PageField]] = []
        for pf in order:
            f = pf.finding
            key = ("F", f.rule, f.field) if pf.confirmable else ("F", f.rule, f.field, f.message)
            wanted.append((key, pf))
        wanted += [(("M", m.path), m) for m in missing]
        keys = {k for k, _ in wanted}
        for k in [k for k in self._rows if k not in keys]:
            row = self._rows.pop(k)
            row.setParent(None)
            row.deleteLater()
        for i, (k, item) in enumerate(wanted):
            row = self._rows.get(k)
            if row is None:
                row = FindingRow(self)
                row.reason_changed.connect(self.reason_changed)
                self._rows[k] = row
            if isinstance(item, PageFinding):
                row.show_finding(item)
            else:
                row.show_missing(item)
            if self._layout.indexOf(row) != i:
                self._layout.removeWidget(row)
                self._layout.insertWidget(i, row)
            row.show()  # a layout shows new children only on the next event-loop turn
        self.empty.setVisible(not wanted)
