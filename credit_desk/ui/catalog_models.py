"""Read-only table models over the catalogs, so the officer can see what the letters cite."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from credit_desk.ui.table_model import HeaderedTableModel, Index


class RowsModel(HeaderedTableModel):
    """A table of plain rows with fixed columns; a row may be flagged (shown in amber with a tooltip).

    The data source comes in the constructor (STYLE practice 11); the model never reads the database.
    """

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        flag: Callable[[int], str] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._flag = flag or (lambda _row: "")

    def _row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        flag = self._flag(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return flag or self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and flag:
            return QBrush(QColor("#fff4d6"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return super().headerData(section, orientation, role)
