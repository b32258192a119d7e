"""The assembled main window: register, case page, menus, drafting windows, import, catalogs, draft recovery."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QTableView

from credit_desk.services import drafting
from credit_desk.services.office import save_office
from credit_desk.ui.catalog_window import CatalogWidget
from credit_desk.ui.main_window import MainWindow
from credit_desk.ui.wizard.window import DraftingWindow

pytestmark = pytest.mark.gui

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"


def _office():
    from credit_desk.domain.model import Case

    return Case.model_validate(json.loads((CASES / "samr_company.json").read_text("utf-8"))["case"]).office


@pytest.fixture
def window(qtbot, workspace):
    office = _office()
    save_office(workspace, office)
    w = MainWindow(workspace, office=office)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    for d in list(w.drafting_windows):
        d.close()
    QThreadPool.globalInstance().waitForDone()


def test_without_office_profile_the_window_is_view_only(qtbot, workspace):
    w = MainWindow(workspace, office=None)
    qtbot.addWidget(w)
    assert not w.new_case_action.isEnabled() and not w.import_action.isEnabled()
    assert w.read_only_label.text()
    assert w.new_case() is None
    QThreadPool.globalInstance().waitForDone()


def test_import_shows_the_case_in_register_and_page(window, qtbot):
    with qtbot.waitSignal(window.case_page.loaded, timeout=5000) as loaded:
        window.import_from(CASES / "samr_company.json")
    case_id = loaded.args[0]
    table = window.register.findChild(QTableView, "register-table")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)
    assert table.model().index(0, 1).data() == "青山县味佳食品有限公司"
    assert str(case_id) in window.statusBar().currentMessage()
    assert case_id >= 1


def test_bad_case_file_lists_every_problem_and_writes_nothing(window, qtbot, tmp_path, _no_modal_dialogs):
    data = json.loads((CASES / "samr_company.json").read_text("utf-8"))
    data["case"]["sanction_codes"] = ["M-999"]
    data["case"]["subject"]["kind"] = "company"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window.import_from(bad)
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, *_ in _no_modal_dialogs), timeout=5000)
    text = next(t for kind, _title, t in _no_modal_dialogs if kind == "inform")
    assert "case.subject.kind" in text
    from credit_desk.store.cases import count_cases

    with window.ws.db.session() as s:
        assert count_cases(s) == 0


def test_new_case_opens_a_drafting_window(window):
    d = window.new_case()
    assert isinstance(d, DraftingWindow) and d in window.drafting_windows
    assert d.case.office.deciding_body == window.office.deciding_body


def test_pending_draft_is_offered_again(window, _no_modal_dialogs):
    case = drafting.new_case(window.ws)
    case.subject.name = "青山县测试有限公司"
    drafting.save_draft(window.ws, case, page="party")
    d = window.offer_pending_draft()
    assert d is not None and d.case.subject.name == "青山县测试有限公司"
    asked = [t for kind, _title, t in _no_modal_dialogs if kind == "ask"]
    assert asked and "青山县测试有限公司" in asked[0]


def test_catalogs_are_shown_with_unverified_rows_marked(qtbot, workspace, qtmodeltester):
    w = CatalogWidget(workspace)
    qtbot.addWidget(w)
    assert w.models["standards"].rowCount() >= 5
    assert w.models["measures"].rowCount() >= 20
    assert w.models["fields"].rowCount() == 4
    model = w.models["provisions"]
    flagged = [r for r in range(model.rowCount()) if model.index(r, model.columnCount() - 1).data()]
    assert flagged
    assert "尚未核对官方文本" in model.index(flagged[0], 0).data(Qt.ItemDataRole.ToolTipRole)
    for m in w.models.values():
        qtmodeltester.check(m)
