"""The dashboard tab as the officer uses it: overdue items in red first, the explanation on demand, and a
double-click that opens the case (SPEC §5 last line; R-06 "past due: a red item on the dashboard")."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QTreeWidget

from credit_desk.domain.model import Case, Notice, Objection
from credit_desk.domain.process import CaseState
from credit_desk.services.cases import save_case
from credit_desk.services.office import save_office
from credit_desk.ui.dashboard_view import (
    CASE_ID_ROLE,
    COL_BASIS,
    COL_DUE,
    COL_ITEM,
    COL_PARTY,
    COL_STATE,
    RED,
    DashboardWidget,
)
from credit_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 23)
CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"


def _sample() -> Case:
    return Case.model_validate(json.loads((CASES / "samr_company.json").read_text("utf-8"))["case"])


def _store_cases(workspace) -> dict[str, int]:
    """An objection answered too late, a statement period running this week, and a closed case."""
    base = _sample()

    def case(name: str, **parts) -> Case:
        fields = {"subject": base.subject.model_copy(update={"name": name}), "decision": None, "objections": []}
        return base.model_copy(update={**fields, **parts})

    notice = Notice(number="青山县市监信告〔2026〕7号", issue_date=date(2026, 10, 28),
                    delivered_date=date(2026, 10, 28))
    late = case("青山县味佳食品有限公司", notice=notice,
                objections=[Objection(received_date=date(2026, 11, 2), summary="认为已履行完毕")])
    running = case("张堃", notice=notice.model_copy(update={"delivered_date": date(2026, 11, 18)}))
    closed = case("已办结的公司", notice=notice, objections=[Objection(received_date=date(2026, 11, 2))])
    return {
        "late": save_case(workspace, late, state=CaseState.OBJECTION).case_id,
        "running": save_case(workspace, running, state=CaseState.NOTIFIED).case_id,
        "closed": save_case(workspace, closed, state=CaseState.NOT_LISTED).case_id,
    }


@pytest.fixture
def view(qtbot, workspace):
    ids = _store_cases(workspace)
    w = DashboardWidget(workspace, clock=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1280, 600)
    with qtbot.waitSignal(w.refreshed, timeout=5000):
        w.show()
    yield w, ids
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()


def _section(tree: QTreeWidget, title_start: str):
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0).startswith(title_start))


def _click_row(qtbot, tree: QTreeWidget, row, *, double: bool = False) -> None:
    tree.scrollToItem(row)
    centre = tree.visualItemRect(row).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    if double:  # as a real double-click arrives: a click, then the double-click event
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_overdue_objection_reply_is_listed_in_red_under_overdue(view):
    w, ids = view
    tree = w.findChild(QTreeWidget, "dashboard-tree")
    assert w.findChild(QLabel, "dashboard-today").text() == "Today: 2026年11月23日（周一）"
    overdue = _section(tree, "Overdue")
    assert overdue.text(0) == "Overdue (1)"
    assert overdue.foreground(0).color() == RED
    row = overdue.child(0)
    assert [row.text(c) for c in (COL_DUE, COL_ITEM, COL_PARTY, COL_STATE)] == [
        "2026年11月16日", "第1项异议答复期限", "青山县味佳食品有限公司", "异议核实中"]
    assert row.text(COL_BASIS).startswith("R-06 ") and "国办发〔2020〕49号 四(八)" in row.text(COL_BASIS)
    assert all(row.foreground(c).color() == RED for c in range(5))
    assert row.data(0, CASE_ID_ROLE) == ids["late"]
    week = _section(tree, "Due within 7 days")
    assert week.childCount() == 1 and week.child(0).text(COL_PARTY) == "张堃"
    assert week.child(0).foreground(COL_ITEM).color() != RED  # a running period is not late
    shown = {tree.topLevelItem(i).child(j).text(COL_PARTY)
             for i in range(tree.topLevelItemCount()) for j in range(tree.topLevelItem(i).childCount())}
    assert "已办结的公司" not in shown  # closed cases are not on the dashboard
    assert "1 overdue" in w.findChild(QLabel, "dashboard-summary").text()


def test_explanation_appears_on_demand(qtbot, view):
    w, _ = view
    tree = w.findChild(QTreeWidget, "dashboard-tree")
    button = w.findChild(QPushButton, "dashboard-explain")
    explanation = w.findChild(QPlainTextEdit, "dashboard-explanation")
    assert not button.isEnabled() and not explanation.isVisible()
    _click_row(qtbot, tree, _section(tree, "Overdue").child(0))
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(explanation.isVisible)
    text = explanation.toPlainText()
    assert "起算事件：收到异议（2026年11月2日）" in text
    assert "届满日期：2026年11月16日" in text and "10个工作日" in text
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not explanation.isVisible())


def test_refresh_picks_up_a_new_case(qtbot, view, workspace):
    w, _ = view
    base = _sample()
    notice = Notice(number="告2", issue_date=date(2026, 11, 20), delivered_date=date(2026, 11, 20))
    save_case(workspace, base.model_copy(update={"decision": None, "notice": notice}), state=CaseState.NOTIFIED)
    with qtbot.waitSignal(w.refreshed, timeout=5000):
        qtbot.mouseClick(w.findChild(QPushButton, "dashboard-refresh"), Qt.MouseButton.LeftButton)
    tree = w.findChild(QTreeWidget, "dashboard-tree")
    assert _section(tree, "Due within 7 days").childCount() == 2


def test_double_click_opens_the_case_on_the_case_page(qtbot, workspace):
    ids = _store_cases(workspace)
    office = _sample().office
    save_office(workspace, office)
    window = MainWindow(workspace, office=office)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dash = window.findChild(DashboardWidget, "dashboardView")
    dash.clock = lambda: TODAY
    tabs = window.tabs
    index = tabs.indexOf(dash)
    assert index > 0 and tabs.tabText(index) == "Due dates"
    with qtbot.waitSignal(dash.refreshed, timeout=5000):
        tabs.setCurrentIndex(index)
    tree = dash.findChild(QTreeWidget, "dashboard-tree")
    row = _section(tree, "Overdue").child(0)
    with qtbot.waitSignal(window.case_page.loaded, timeout=5000) as loaded:
        _click_row(qtbot, tree, row, double=True)
    assert loaded.args == [ids["late"]]
    assert tabs.currentIndex() == 0
    assert window.case_page.findChild(QLabel, "case-title").text() == "青山县味佳食品有限公司"
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
