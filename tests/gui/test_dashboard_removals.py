"""End-of-period removals (期满移出) confirmed from the dashboard: the case leaves the list, publication withdrawn."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QPushButton, QTreeWidget

from credit_desk.domain import model as m
from credit_desk.domain.process import CaseState
from credit_desk.services import cases as case_svc
from credit_desk.services import lifecycle as lc
from credit_desk.services import office as office_svc
from credit_desk.store import cases as case_store
from credit_desk.ui import errors
from credit_desk.ui.dashboard_view import COL_ITEM, COL_PARTY, DashboardWidget

pytestmark = pytest.mark.gui

AFTER_END = date(2029, 10, 22)  # SAMR-44: three years from 2026-10-15 end on 2029-10-15


@pytest.fixture(autouse=True)
def _clock(monkeypatch):
    """The cases here run into the coming years: the steps are recorded as if after they happened."""
    from credit_desk.services import lifecycle

    monkeypatch.setattr(lifecycle, "current_day", lambda: date(2031, 1, 1))


def _published_case(workspace, samr_case) -> int:
    office_svc.save_office(workspace, samr_case.office)
    draft = samr_case.model_copy(update={"id": None, "notice": None, "decision": None})
    case_id = case_svc.save_case(workspace, draft).case_id
    lc.issue_notice(workspace, case_id, issue_date=date(2026, 9, 25))
    lc.record_delivery(workspace, case_id, m.Delivery(doc_type="D-01", delivered_date=date(2026, 9, 28)))
    lc.decide(workspace, case_id, decision_date=date(2026, 10, 13))
    lc.record_delivery(workspace, case_id, m.Delivery(doc_type="D-03", delivered_date=date(2026, 10, 15)))
    lc.publish(workspace, case_id, start_date=date(2026, 10, 16))
    return case_id


def _rows(tree: QTreeWidget):
    for i in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(i)
        for j in range(section.childCount()):
            yield section.child(j)


def test_officer_confirms_an_end_of_period_removal(qtbot, workspace, samr_case):
    pytest.importorskip("credit_desk.services.publication")
    case_id = _published_case(workspace, samr_case)
    w = DashboardWidget(workspace, clock=lambda: AFTER_END)
    w.officer = "李明"
    qtbot.addWidget(w)
    w.resize(1280, 600)
    with qtbot.waitSignal(w.refreshed, timeout=5000):
        w.show()
    tree = w.findChild(QTreeWidget, "dashboard-tree")
    button = w.findChild(QPushButton, "dashboard-remove")
    row = next(r for r in _rows(tree) if r.text(COL_ITEM).startswith("公示期届满"))
    assert row.text(COL_PARTY) == samr_case.subject.name
    assert not button.isEnabled()
    tree.setCurrentItem(row)
    assert button.isEnabled()

    errors.answers["End-of-period removal"] = True
    with qtbot.waitSignal(w.case_changed, timeout=5000) as changed:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert changed.args == [case_id]
    question = next(q for kind, title, q in errors.shown if kind == "ask")
    assert "2029年10月15日" in question
    qtbot.waitUntil(lambda: not any(r.text(COL_ITEM).startswith("公示期届满") for r in _rows(tree)), timeout=5000)

    case = case_svc.load_case(workspace, case_id)
    assert case.closing.kind is m.ClosingKind.EXPIRED and case.closing.closing_date == AFTER_END
    assert case.publication.withdrawn_date == AFTER_END
    with workspace.db.session() as s:
        assert case_store.case_state(s, case_id) is CaseState.REMOVED
        assert case_store.case_history(s, case_id)[-1].officer == "李明"
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()


def test_officer_can_say_no(qtbot, workspace, samr_case):
    pytest.importorskip("credit_desk.services.publication")
    case_id = _published_case(workspace, samr_case)
    w = DashboardWidget(workspace, clock=lambda: AFTER_END)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.refreshed, timeout=5000):
        w.show()
    tree = w.findChild(QTreeWidget, "dashboard-tree")
    tree.setCurrentItem(next(r for r in _rows(tree) if r.text(COL_ITEM).startswith("公示期届满")))
    errors.answers["End-of-period removal"] = False
    qtbot.mouseClick(w.findChild(QPushButton, "dashboard-remove"), Qt.MouseButton.LeftButton)
    with workspace.db.session() as s:
        assert case_store.case_state(s, case_id) is CaseState.PUBLISHED
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
