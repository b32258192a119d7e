"""The case page: the case's data, its findings with citations, deadlines that explain themselves."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableView, QTabWidget, QTextBrowser, QToolButton
from sqlalchemy import insert

from credit_desk.domain.process import CaseState
from credit_desk.services.cases import save_case
from credit_desk.store import tables as t
from credit_desk.ui.case_models import COL_CITATION, COL_MESSAGE, COL_RULE, LEVEL_ROLE, FindingsModel
from credit_desk.ui.case_page import CasePage
from credit_desk.ui.qt_compat import protect_none

pytestmark = pytest.mark.gui
protect_none()


@pytest.fixture
def page(qtbot, workspace):
    w = CasePage(workspace)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()


def _show(qtbot, page: CasePage, case_id: int) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000) as blocker:
        page.show_case(case_id)
    assert blocker.args == [case_id]


def _findings(page: CasePage) -> list[tuple[str, str, str, str]]:
    view = page.findChild(QTableView, "case-findings")
    model = view.model()
    return [
        (
            model.index(r, COL_RULE).data(),
            model.index(r, COL_RULE).data(LEVEL_ROLE),
            model.index(r, COL_MESSAGE).data(),
            model.index(r, COL_CITATION).data(),
        )
        for r in range(model.rowCount())
    ]


def test_shows_the_data_of_the_samr_case(qtbot, page, workspace, samr_case):
    case_id = save_case(workspace, samr_case, officer="李明", state=CaseState.LISTED).case_id
    _show(qtbot, page, case_id)
    assert page.findChild(QLabel, "case-title").text() == "青山县味佳食品有限公司"
    assert page.findChild(QLabel, "case-state").text() == "已列入"
    assert "市场监督管理严重违法失信名单" in page.findChild(QLabel, "case-subtitle").text()
    text = page.findChild(QTextBrowser, "case-details").toPlainText()
    for expected in (
        "91411122358172640B",  # party
        "王建国",
        "在食品安全领域实施违法行为",  # the criterion the letter quotes
        "青山县市监处罚〔2026〕18号",  # the instrument proving the conduct
        "《企业信息公示暂行条例》第十八条",  # a sanction's legal basis
        "青山县市监信告〔2026〕3号",  # notice
        "青山县市监信列〔2026〕5号",  # decision
        "国家企业信用信息公示系统",
    ):
        assert expected in text, expected


def test_findings_show_rule_level_message_and_citation(qtbot, page, workspace, minor_case):
    case = minor_case.model_copy(update={"free_text_sanctions": ["限制乘坐飞机"]})
    case_id = save_case(workspace, case, officer="李明").case_id
    _show(qtbot, page, case_id)
    rows = _findings(page)
    assert rows[0][:2] == ("R-09", "block")  # what blocks comes first
    assert rows[0][3]  # with its citation on screen
    r11 = next(r for r in rows if r[0] == "R-11")
    assert r11[1] == "warn"
    assert "未满18周岁" in r11[2]
    assert "国办发〔2020〕49号 八(十六)" in r11[3]
    label = page.findChild(QLabel, "case-findings-label").text()
    assert "1" in label and str(len(rows) - 1) in label
    assert "限制乘坐飞机" in page.findChild(QTextBrowser, "case-details").toPlainText()


def test_a_deadline_explains_itself(qtbot, page, workspace, samr_case):
    case_id = save_case(workspace, samr_case, officer="李明", state=CaseState.LISTED).case_id
    _show(qtbot, page, case_id)
    assert set(page.deadline_rows) >= {"statement_end", "reconsideration_end", "litigation_end"}
    date_label = page.findChild(QLabel, "deadline-date-statement_end")
    assert date_label.text().startswith("2026年10月10日")
    assert page.deadline_rows["statement_end"].passed  # ran out before today: shown as ended, kept for the record
    explanation = page.findChild(QLabel, "deadline-explanation-statement_end")
    assert not explanation.isVisible()
    toggle = page.findChild(QToolButton, "deadline-toggle-statement_end")
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(explanation.isVisible)
    assert "起算事件：告知书送达（2026年9月28日）" in explanation.text()
    assert "国庆节（法定节假日）" in explanation.text()  # the holidays skipped
    assert "计入的调休上班日：2026年10月10日" in explanation.text()
    assert date_label.toolTip() == explanation.text()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not explanation.isVisible())


def test_a_draft_says_why_no_deadline_runs_yet(qtbot, page, workspace, samr_case):
    draft = samr_case.model_copy(update={"id": None, "notice": None, "decision": None})
    case_id = save_case(workspace, draft, officer="李明").case_id
    _show(qtbot, page, case_id)
    assert page.deadline_rows == {} and page.no_deadlines.isVisible()
    assert "D-01" in page.no_deadlines.text()
    listed = save_case(workspace, samr_case, officer="李明", state=CaseState.LISTED).case_id
    _show(qtbot, page, listed)
    assert page.deadline_rows and not page.no_deadlines.isVisible()


def test_letters_and_history(qtbot, page, workspace, samr_case):
    case_id = save_case(workspace, samr_case, officer="李明", state=CaseState.LISTED).case_id
    with workspace.db.session() as s:
        s.execute(
            insert(t.Document).values(
                case_id=case_id, doc_type="D-03", number="青山县市监信列〔2026〕5号", issue_date=date(2026, 10, 20),
                fields={}, pdf=b"%PDF", sha256="ab" * 32, supersedes_id=None,
            )
        )
    _show(qtbot, page, case_id)
    tabs = page.findChild(QTabWidget, "case-tabs")
    assert "1" in tabs.tabText(1)
    docs = page.findChild(QTableView, "case-documents").model()
    assert docs.index(0, 1).data() == "青山县市监信列〔2026〕5号"
    history = page.findChild(QTableView, "case-history").model()
    assert history.rowCount() == 1
    assert history.index(0, 1).data() == "李明"
    assert history.index(0, 2).data() == "创建案件"
    assert history.index(0, 4).data() == "已列入"
    assert history.index(0, 0).data().startswith("20") and "年" in history.index(0, 0).data()  # the step's day
    assert history.columnCount() == 6  # and when it was entered, last


def test_edit_and_export_ask_for_this_case(qtbot, page, workspace, samr_case):
    edit = page.findChild(QPushButton, "case-edit")
    assert not edit.isEnabled()  # nothing to edit before a case is shown
    case_id = save_case(workspace, samr_case, officer="李明").case_id
    _show(qtbot, page, case_id)
    with qtbot.waitSignal(page.edit_requested, timeout=1000) as blocker:
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert blocker.args == [case_id]
    with qtbot.waitSignal(page.export_requested, timeout=1000) as blocker:
        qtbot.mouseClick(page.findChild(QPushButton, "case-export"), Qt.MouseButton.LeftButton)
    assert blocker.args == [case_id]


def test_the_last_case_chosen_wins(qtbot, page, workspace, samr_case, minor_case):
    first = save_case(workspace, samr_case).case_id
    second = save_case(workspace, minor_case).case_id
    with qtbot.waitSignal(page.loaded, timeout=5000) as blocker:
        page.show_case(first)
        page.show_case(second)
    assert blocker.args == [second]
    assert page.findChild(QLabel, "case-title").text() == "陈𠈌䶮"


def test_a_deleted_case_is_reported_inline(qtbot, page, _no_modal_dialogs):
    title = page.findChild(QLabel, "case-title")
    page.show_case(424242)
    qtbot.waitUntil(lambda: "案件不存在" in title.text(), timeout=5000)
    assert not page.findChild(QPushButton, "case-edit").isEnabled()
    assert _no_modal_dialogs == []  # tier 1: no dialog for a case that is gone


def test_findings_model_passes_qtmodeltester(qtmodeltester, workspace, minor_case):
    from credit_desk.services.checking import check_case

    report = check_case(minor_case, workspace.catalogs, settings=workspace.settings)
    model = FindingsModel(report.findings)
    assert model.rowCount() == len(report.findings) > 0
    qtmodeltester.check(model)
    model.set_findings([])
    qtmodeltester.check(model)


def test_showing_a_case_is_logged_once_not_on_every_reload(qtbot, page, workspace, samr_case):
    """R-17: each time the officer opens a case its personal data is viewed; a reload after a step is not
    a new view. The log is written by a worker, so the test waits for the workers."""
    from credit_desk.services import usage_log
    from credit_desk.store.usage_log import LogFilter

    def views() -> int:
        QThreadPool.globalInstance().waitForDone(5000)
        return usage_log.count(workspace, LogFilter(action=usage_log.VIEW))

    first = save_case(workspace, samr_case, officer="李明").case_id
    second = save_case(workspace, samr_case.model_copy(update={"id": None})).case_id
    _show(qtbot, page, first)
    assert views() == 1
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.reload()
    assert views() == 1
    _show(qtbot, page, second)
    _show(qtbot, page, first)
    assert views() == 3
    entries = usage_log.query(workspace, LogFilter(action=usage_log.VIEW)).entries
    assert {e.object for e in entries} == {f"case:{first}", f"case:{second}"}
