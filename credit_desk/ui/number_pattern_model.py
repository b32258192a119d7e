"""The number-pattern table of the office dialog: one row per numbered letter, with a live example."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from credit_desk.domain.findings import Finding, Level
from credit_desk.services.office import NUMBERED_LETTERS, preview_number

_Index = QModelIndex | QPersistentModelIndex
LETTER, PATTERN, EXAMPLE = range(3)
_BLOCK_BACKGROUND = QColor("#fde7e9")
_WARN_BACKGROUND = QColor("#fff4d6")


class NumberPatternModel(QAbstractTableModel):
    """Letter type, editable pattern, and the number it gives for the current abbreviation and year.

    The example follows the abbreviation as it is typed (``set_abbreviation``), so the officer sees
    the 文号 a letter will carry before saving; rows with a finding are tinted and explain it on hover.
    """

    patterns_changed = Signal()

    def __init__(self, patterns: Mapping[str, str], *, abbreviation: str = "", year: int | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._docs = list(NUMBERED_LETTERS)
        self._patterns = {doc: patterns.get(doc, "") for doc in self._docs}
        self._abbr = abbreviation
        self._year = year or date.today().year
        self._findings: dict[str, list[Finding]] = {}

    # --- what the dialog reads and sets -------------------------------------------------------

    def patterns(self) -> dict[str, str]:
        """The patterns as edited (stripped), per letter type."""
        return {doc: p.strip() for doc, p in self._patterns.items()}

    def set_patterns(self, patterns: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._patterns = {doc: patterns.get(doc, "") for doc in self._docs}
        self.endResetModel()
        self.patterns_changed.emit()

    def set_abbreviation(self, abbreviation: str) -> None:
        if abbreviation != self._abbr:
            self._abbr = abbreviation
            self._column_changed(EXAMPLE)

    def set_findings(self, findings: Mapping[str, list[Finding]]) -> None:
        """Findings per letter type (``D-03``); rows are tinted and show them as tooltips."""
        self._findings = {doc: list(fs) for doc, fs in findings.items()}
        self._column_changed(LETTER, EXAMPLE)

    def example(self, doc: str) -> str:
        """The number letter ``doc`` would get as the first of this year; "" while its pattern is unusable."""
        return preview_number(self._patterns.get(doc, ""), self._abbr.strip(), self._year, 1)

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("Letter"), self.tr("Number pattern"), self.tr("Example"))[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == PATTERN else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._docs)):
            return None
        doc = self._docs[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == LETTER:
                return f"{doc} {NUMBERED_LETTERS[doc]}"
            if col == PATTERN:
                return self._patterns[doc]
            return self.example(doc) or self.tr("(pattern unusable)")
        found = self._findings.get(doc, [])
        if role == Qt.ItemDataRole.ToolTipRole and found:
            return "\n".join(f"{f.rule} {f.message}（{f.citation}）" for f in found)
        if role == Qt.ItemDataRole.BackgroundRole and found:
            blocked = any(f.level is Level.BLOCK for f in found)
            return QBrush(_BLOCK_BACKGROUND if blocked else _WARN_BACKGROUND)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != PATTERN or role != Qt.ItemDataRole.EditRole:
            return False
        doc = self._docs[index.row()]
        text = str(value or "")
        if text == self._patterns[doc]:
            return False
        self._patterns[doc] = text
        self.dataChanged.emit(self.index(index.row(), PATTERN), self.index(index.row(), EXAMPLE))
        self.patterns_changed.emit()
        return True

    def _column_changed(self, first: int, last: int | None = None) -> None:
        if self._docs:
            self.dataChanged.emit(self.index(0, first), self.index(len(self._docs) - 1, last or first))
