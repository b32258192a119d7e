"""Table models of the case page: the rule findings, with rule ID, level, Chinese message and citation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from credit_desk.domain.findings import Finding, Level
from credit_desk.ui.table_model import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex

COL_RULE, COL_LEVEL, COL_MESSAGE, COL_CITATION = range(4)
#: Red for what blocks the next step, amber for what needs a written reason.
LEVEL_COLOURS = {Level.BLOCK: "#b3261e", Level.WARN: "#9a5b00"}
RULE_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2



def level_icon(level: Level) -> QIcon:
    """The platform's error or warning icon, so the level reads without colour too."""
    sp = QStyle.StandardPixmap
    icon = sp.SP_MessageBoxCritical if level is Level.BLOCK else sp.SP_MessageBoxWarning
    return QApplication.style().standardIcon(icon)


class FindingsModel(HeaderedTableModel):
    """Findings of one case (data given, never read from the database), blocking ones first."""

    def __init__(self, findings: Sequence[Finding] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Rule"), self.tr("Level"), self.tr("Finding"), self.tr("Legal basis")]
        self._findings: list[Finding] = []
        self._icons: dict[Level, QIcon] = {}
        self._set(findings)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self._set(findings)
        self.endResetModel()

    def _set(self, findings: Sequence[Finding]) -> None:
        self._findings = sorted(findings, key=lambda f: (f.level is not Level.BLOCK, f.rule, f.field))

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def _row_count(self) -> int:
        return len(self._findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        f = self._findings[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_RULE:
                return f.rule
            if col == COL_LEVEL:
                return self.tr("Blocks") if f.level is Level.BLOCK else self.tr("Warning")
            if col == COL_MESSAGE:
                return f.message
            if col == COL_CITATION:
                return f.citation
        if role == Qt.ItemDataRole.DecorationRole and col == COL_LEVEL:
            if f.level not in self._icons:
                self._icons[f.level] = level_icon(f.level)
            return self._icons[f.level]
        if role == Qt.ItemDataRole.ForegroundRole and col in (COL_RULE, COL_LEVEL):
            return QBrush(QColor(LEVEL_COLOURS[f.level]))
        if role == RULE_ROLE:
            return f.rule
        if role == LEVEL_ROLE:
            return f.level.value
        return None
