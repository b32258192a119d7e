"""The main window: assembles the catalog views and the status bar; no business rules here."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView, QTabWidget

from credit_desk.services.catalog_view import COLUMNS, catalog_rows
from credit_desk.services.workspace import Workspace
from credit_desk.ui.catalog_models import RowsModel

TAB_TITLES = {
    "standards": "认定标准",
    "measures": "失信惩戒措施清单",
    "provisions": "法律条款",
    "fields": "设列领域",
}


class MainWindow(QMainWindow):
    """Until the case register lands: the open database and its catalogs, read-only."""

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Credit Desk") + " — 信用认定工作台")
        self.resize(1200, 760)
        self.tabs = QTabWidget(self)
        self.models: dict[str, RowsModel] = {}
        for kind, title in TAB_TITLES.items():
            self.tabs.addTab(self._catalog_view(workspace, kind), title)
        self.setCentralWidget(self.tabs)
        counts = "，".join(f"{TAB_TITLES[k]} {m.rowCount()} 项" for k, m in self.models.items())
        self.status_label = QLabel(f"数据库：{workspace.db.url}　{counts}")
        self.statusBar().addWidget(self.status_label)

    def _catalog_view(self, ws: Workspace, kind: str) -> QTableView:
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
        view.setModel(model)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.resizeColumnsToContents()
        for col in range(model.columnCount()):
            view.setColumnWidth(col, min(view.columnWidth(col), 360))
        return view
