"""Editors of lists: check-list tables for ``multi:`` fields and cards for ``list:instruments``.

Sanctions and cited provisions are only ever ticked in tables of catalog entries (no free text, R-09);
each basis instrument is a card whose fields the factory builds from the declared item fields.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from credit_desk.domain.model import BasisInstrument, Case, InstrumentType
from credit_desk.services.case_fields import get_value
from credit_desk.services.wizard_pages import options
from credit_desk.ui.widgets.rare_char import install_rare_char_helper
from credit_desk.ui.wizard.choices import ChoiceTable, ChoiceTableModel
from credit_desk.ui.wizard.fields import FieldEditor


class MultiEditor(FieldEditor):
    """Check-list tables, one per group of options; values keep the officer's order."""

    GROUPS: ClassVar[dict[str, tuple[str, ...]]] = {"measures": ("listed", "other"), "provisions": ("related", "other")}

    def _build(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search: QLineEdit | None = None
        if self.spec.arg == "provisions":
            self.search = QLineEdit(box)
            self.search.setObjectName(f"search_{self.path}")
            self.search.setPlaceholderText(self.tr("Search by law, article or text"))
            self.search.setClearButtonEnabled(True)
            install_rare_char_helper(self.search)
            layout.addWidget(self.search)
        self.tables: dict[str, ChoiceTable] = {}
        self.headings: dict[str, QLabel] = {}
        for group in self.GROUPS[self.spec.arg]:
            heading = QLabel(self._group_title(group), box)
            heading.setWordWrap(True)
            heading.setStyleSheet("font-weight: bold; margin-top: 6px;")
            model = ChoiceTableModel(self.spec.arg, [], set(), box)
            model.toggled.connect(self._toggled)
            table = ChoiceTable(model, box)
            table.setObjectName(f"choices_{self.path}_{group}")
            table.setMinimumHeight(160)
            layout.addWidget(heading)
            layout.addWidget(table, 3 if group in ("listed", "related") else 2)
            self.tables[group], self.headings[group] = table, heading
        if self.search is not None:
            self.search.textChanged.connect(lambda t: [tb.filter(t) for tb in self.tables.values()])
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._value: list[str] = []
        return box

    def _group_title(self, group: str) -> str:
        titles = {
            ("measures", "listed"): self.tr("Measures this standard lists"),
            ("measures", "other"): self.tr(
                "Other measures of the list (choosing one needs a written reason, R-10)"),
            ("provisions", "related"): self.tr("Provisions of the chosen standard and criterion"),
            ("provisions", "other"): self.tr("Other provisions"),
        }
        return titles[(self.spec.arg, group)]

    def _show(self, value: Any, case: Case) -> None:
        self._value = list(value or [])
        opts = options(self.spec.arg, case, self.catalogs)
        checked = set(self._value)
        for group, table in self.tables.items():
            rows = [o for o in opts if o.group == group]
            table.source.set_rows(rows, checked)
            table.setVisible(bool(rows))
            self.headings[group].setVisible(bool(rows))

    def refresh(self, case: Case) -> None:
        self.load(case)

    def _toggled(self, code: str, on: bool) -> None:
        value = [c for c in self._value if c != code or on]
        if on and code not in value:
            value.append(code)
        self._value = value
        for table in self.tables.values():
            table.source.set_checked(set(value))
        self._emit(list(value))


class InstrumentsEditor(FieldEditor):
    """The basis instruments as cards, each built by the same factory from the declared item fields."""

    def _build(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        self._layout = QVBoxLayout(box)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._cards: list[tuple[QGroupBox, list[FieldEditor]]] = []
        self.add_button = QPushButton(self.tr("Add an instrument"), box)
        self.add_button.setObjectName(f"add_{self.path}")
        self.add_button.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self._layout.addLayout(row)
        self._items: list[BasisInstrument] = []
        return box

    def editors(self) -> list[FieldEditor]:
        return [self, *(e for _, eds in self._cards for e in eds)]

    def _show(self, value: Any, case: Case) -> None:
        self._items = list(value or [])
        if len(self._cards) != len(self._items):
            self._rebuild(len(self._items))
        for _, eds in self._cards:
            for e in eds:
                e.load(case)

    def refresh(self, case: Case) -> None:
        items = list(get_value(case, self.path) or [])
        if len(items) != len(self._cards):
            self.load(case)
            return
        self._items = items
        for _, eds in self._cards:
            for e in eds:
                e.refresh(case)

    def _rebuild(self, n: int) -> None:
        from credit_desk.ui.wizard.factory import build_editor  # the factory knows this class

        for card, _ in self._cards:
            card.setParent(None)
            card.deleteLater()
        self._cards = []
        host = self.editor
        for i in range(n):
            card = QGroupBox(self.tr("Instrument %1").replace("%1", str(i + 1)), host)
            card.setObjectName(f"instrument_{i}")
            form = QFormLayout(card)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            eds = []
            for item in self.spec.items:
                e = build_editor(item, f"{self.path}[{i}].{item.path}", self.catalogs, card)  # same factory
                e.edited.connect(self.edited)
                form.addRow(e.label, e.widget) if e.label is not None else form.addRow(e.widget)
                eds.append(e)
            remove = QPushButton(self.tr("Remove this instrument"), card)
            remove.setObjectName(f"remove_{self.path}_{i}")
            remove.clicked.connect(lambda _=False, k=i: self._remove(k))
            form.addRow("", remove)
            self._layout.insertWidget(i, card)
            card.show()
            self._cards.append((card, eds))

    def _add(self) -> None:
        self._emit([*self._items, BasisInstrument(type=InstrumentType.PENALTY_DECISION, title="行政处罚决定书")])

    def _remove(self, k: int) -> None:
        self._emit(self._items[:k] + self._items[k + 1:])
