"""The read-only table of records used by the register, the publication register, the letters and the
case page's lists: whole rows selected, nothing edited in place, alternating rows, no row numbers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def record_table(parent: QWidget, name: str, model: QAbstractItemModel, *, single: bool = True,
                 wrap: bool = True) -> QTableView:
    """A ``QTableView`` named ``name`` (tests and style sheets find it by that) showing ``model``.

    Args:
        single: one row at a time (the officer acts on the selected record).
        wrap: let long cells wrap; registers with thousands of lines keep one line per row.
    """
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(wrap)
    view.verticalHeader().setVisible(False)
    return view
