"""The catalogs, read-only: what the letters cite, with texts not yet checked against the statute marked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from credit_desk.services.catalog_view import COLUMNS, catalog_rows
from credit_desk.services.workspace import Workspace
from credit_desk.ui.catalog_models import RowsModel


class CatalogWidget(QWidget):
    """Tabs over the four catalogs; unverified rows are tinted with the reason in the tooltip."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("catalogWidget")
        titles = {
            "standards": self.tr("Listing standards"),
            "measures": self.tr("Measures list"),
            "provisions": self.tr("Legal provisions"),
            "fields": self.tr("Fields"),
        }
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("catalogTabs")
        self.models: dict[str, RowsModel] = {}
        for kind, title in titles.items():
            self.tabs.addTab(self._view(workspace, kind), title)
        note = QLabel(self.tr("Rows tinted amber have not yet been verified against the official text."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(note)

    def _view(self, ws: Workspace, kind: str) -> QTableView:
        columns = COLUMNS[kind]
        rows = catalog_rows(ws.catalogs, kind)
        marks = [r.get("mark", "") for r in rows]
        model = RowsModel(
            [label for _, label in columns],
            [[r[key] for key, _ in columns] for r in rows],
            flag=lambda i: marks[i],
            parent=self,
        )
        self.models[kind] = model
        view = QTableView(self)
        view.setObjectName(f"catalogView_{kind}")
        view.setModel(model)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.resizeColumnsToContents()
        for col in range(model.columnCount()):
            view.setColumnWidth(col, min(view.columnWidth(col), 360))
        return view


class CatalogDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("catalogDialog")
        self.setWindowTitle(self.tr("Catalogs"))
        self.resize(1100, 700)
        self.catalogs = CatalogWidget(workspace, self)
        QVBoxLayout(self).addWidget(self.catalogs)
