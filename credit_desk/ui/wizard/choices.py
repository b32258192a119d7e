"""Check-list tables for ``multi:`` fields (sanctions from the measures list, cited provisions).

Each group of options (the standard's own measures, then the rest of the list) is a table with a check
column; there is no way to type a sanction. Options and their order come from services; the model only
shows them and reports which codes are checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from credit_desk.domain.catalog import SEVERITY_LABELS
from credit_desk.services.wizard_pages import Option

Index = QModelIndex | QPersistentModelIndex

#: Columns per catalog: (option attribute, header) — the header is translated by the model.
COLUMNS = {
    "measures": ("check", "label", "basis", "severity"),
    "provisions": ("check", "label", "detail"),
}
SEVERITY_COLORS = {"heavy": "#b3261e", "medium": "#8a5a00", "light": "#1b5e20"}


class ChoiceTableModel(QAbstractTableModel):
    """Options of one group as rows; column 0 is the check box. Data arrive in the constructor.

    Signals:
        toggled(str, bool): the officer checked or unchecked the option with this code.
    """

    toggled = Signal(str, bool)

    def __init__(self, catalog: str, rows: Sequence[Option], checked: set[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self._columns = COLUMNS[catalog]
        self._rows = list(rows)
        self._checked = set(checked)

    def headers(self) -> dict[str, str]:
        return {
            "check": "",
            "label": self.tr("Measure") if self.catalog == "measures" else self.tr("Provision"),
            "basis": self.tr("Legal basis"),
            "severity": self.tr("Severity"),
            "detail": self.tr("Text"),
        }

    def codes(self) -> list[str]:
        return [o.code for o in self._rows]

    def set_rows(self, rows: Sequence[Option], checked: set[str]) -> None:
        """Replace the options (the standard or the party's kind changed) and the checked set."""
        rows = list(rows)
        if [o for o in rows] == self._rows:
            self.set_checked(checked)
            return
        self.beginResetModel()
        self._rows, self._checked = rows, set(checked)
        self.endResetModel()

    def set_checked(self, checked: set[str]) -> None:
        if checked == self._checked:
            return
        self._checked = set(checked)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        o = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and col == "check":
            return Qt.CheckState.Checked if o.code in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "severity":
                return SEVERITY_LABELS.get(o.severity, "")
            return "" if col == "check" else getattr(o, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (o.detail or o.label, o.basis, o.mark) if x)
        if role == Qt.ItemDataRole.ForegroundRole and col == "severity" and o.severity:
            return QBrush(QColor(SEVERITY_COLORS[o.severity]))
        if role == Qt.ItemDataRole.BackgroundRole and o.mark and col != "check":
            return QBrush(QColor("#fff8e1"))  # text not yet checked against the statute
        if role == Qt.ItemDataRole.UserRole:
            return o.code
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        code = self._rows[index.row()].code
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on == (code in self._checked):
            return True
        if on:
            self._checked.add(code)
        else:
            self._checked.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit(code, on)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[self._columns[section]] if 0 <= section < len(self._columns) else None
        return str(section + 1)


class ChoiceTable(QTableView):
    """The table of one group: a click anywhere on a row toggles it (not only on the small box)."""

    def __init__(self, model: ChoiceTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(0, 28)
        stretch = 1 if model.catalog == "measures" else model.columnCount() - 1  # the long text column
        for col in range(1, model.columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if col == stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(col, mode)
        if model.catalog == "measures":
            self.setColumnWidth(2, 240)
            self.setColumnWidth(3, 56)
        else:
            self.setColumnWidth(1, 250)
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())
        model.modelReset.connect(self.resizeRowsToContents)
        self.clicked.connect(self._toggle)

    def filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.resizeRowsToContents()

    def row_rect(self, code: str) -> QModelIndex:
        """The view index of the row with ``code`` (column 1), for tests and screenshots."""
        for r in range(self.proxy.rowCount()):
            idx = self.proxy.index(r, 1)
            if idx.data(Qt.ItemDataRole.UserRole) == code:
                return idx
        return QModelIndex()

    def _toggle(self, index: QModelIndex) -> None:
        if index.column() == 0:
            return  # the check box handles its own click
        src = self.proxy.mapToSource(index.siblingAtColumn(0))
        state = self.source.data(src, Qt.ItemDataRole.CheckStateRole)
        new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        self.source.setData(src, new, Qt.ItemDataRole.CheckStateRole)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()
