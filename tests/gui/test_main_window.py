"""The start window: opens a fresh database with the seed catalogs and shows them."""

from __future__ import annotations

import pytest

from credit_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, workspace):
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_fresh_database_shows_the_seed_catalogs(window):
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["认定标准", "失信惩戒措施清单", "法律条款", "设列领域"]
    assert window.models["standards"].rowCount() >= 5
    assert window.models["measures"].rowCount() >= 20
    assert window.models["fields"].rowCount() == 4
    assert "认定标准 5 项" in window.status_label.text() or "认定标准" in window.status_label.text()


def test_unverified_provisions_are_marked_for_the_officer(window):
    from PySide6.QtCore import Qt

    model = window.models["provisions"]
    marks = [model.index(r, model.columnCount() - 1).data() for r in range(model.rowCount())]
    flagged = [r for r, m in enumerate(marks) if m]
    assert flagged, "unverified provisions must carry a visible mark"
    tip = model.index(flagged[0], 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "尚未核对官方文本" in tip
    assert model.index(flagged[0], 0).data(Qt.ItemDataRole.BackgroundRole) is not None


@pytest.mark.parametrize("kind", ["standards", "measures", "provisions", "fields"])
def test_models_pass_qtmodeltester(window, qtmodeltester, kind):
    qtmodeltester.check(window.models[kind])
