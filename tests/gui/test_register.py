"""The case register: typing Chinese into the search, filters, lazy loading, opening a case."""

from __future__ import annotations

from datetime import date

import pytest
from case_factory import insert_cases
from PySide6.QtCore import QDate, QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton, QTableView
from qt_helpers import type_cjk

from credit_desk.domain.process import OPEN_STATES, CaseState
from credit_desk.services.cases import save_case
from credit_desk.services.register import CaseRegister, RegisterLine, RegisterQuery
from credit_desk.store import cases as case_store
from credit_desk.store.register import count_cases, list_cases
from credit_desk.ui.qt_compat import protect_none
from credit_desk.ui.register_model import CASE_ID_ROLE, CaseRegisterModel
from credit_desk.ui.register_view import RegisterWidget

pytestmark = pytest.mark.gui
protect_none()

N_BULK = 300


@pytest.fixture
def cases(workspace, samr_case, minor_case) -> dict[str, int]:
    """300 bulk cases plus the two sample cases, saved last (so they are the newest)."""
    insert_cases(workspace.db, N_BULK, seed=1)
    samr = save_case(workspace, samr_case, officer="李明", state=CaseState.LISTED)
    minor = save_case(workspace, minor_case, officer="李明", state=CaseState.READY)
    return {"samr": samr.case_id, "minor": minor.case_id}


@pytest.fixture
def register(qtbot, workspace, cases):
    w = RegisterWidget(workspace)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    with qtbot.waitSignal(w.search_finished, timeout=5000):
        w.show()
    yield w
    QThreadPool.globalInstance().waitForDone(5000)  # no worker may report to a deleted widget
    QApplication.processEvents()


def _store_ids(workspace, **kw) -> list[int]:
    with workspace.db.session() as s:
        return [r.id for r in list_cases(s, limit=10_000, **kw)]


def _shown(w: RegisterWidget) -> list[RegisterLine]:
    return [w.model.line(r) for r in range(w.model.rowCount())]


def _search(qtbot, w: RegisterWidget, text: str) -> None:
    edit = w.findChild(QLineEdit, "register-search")
    with qtbot.waitSignal(w.search_finished, timeout=5000):
        edit.clear()
        type_cjk(edit, text)


def test_first_screen_shows_the_newest_cases_and_the_count(register, workspace, cases):
    total = N_BULK + 2
    label = register.findChild(QLabel, "register-count")
    assert str(total) in label.text()
    assert register.model.total == total
    assert register.model.rowCount() == 200  # one page; the rest comes on scrolling
    assert [line.id for line in _shown(register)[:2]] == [cases["minor"], cases["samr"]]
    assert [line.id for line in _shown(register)] == _store_ids(workspace)[:200]


def test_one_character_chinese_name_is_found(qtbot, register, workspace):
    _search(qtbot, register, "堃")
    expected = _store_ids(workspace, text="堃")
    assert len(expected) >= 4
    qtbot.waitUntil(lambda: register.model.rowCount() == len(expected))
    assert [line.id for line in _shown(register)] == expected
    assert all("堃" in line.party for line in _shown(register))
    assert str(len(expected)) in register.findChild(QLabel, "register-count").text()


def test_rare_character_and_natural_persons_are_marked(qtbot, register, cases):
    _search(qtbot, register, "𠈌")
    assert [line.id for line in _shown(register)] == [cases["minor"]]
    index = register.model.index(0, 1)
    assert index.data(Qt.ItemDataRole.UserRole + 2) is True  # natural person
    assert "陈𠈌䶮" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_typing_quickly_shows_only_the_last_search(qtbot, register, workspace):
    edit = register.findChild(QLineEdit, "register-search")
    totals: list[int] = []
    register.search_finished.connect(totals.append)
    expected = _store_ids(workspace, text="王堃")
    with qtbot.waitSignal(register.search_finished, timeout=5000):
        type_cjk(edit, "王")
        register.search_now()  # a search under way…
        type_cjk(edit, "堃")  # …overtaken by the next keystroke
    qtbot.waitUntil(lambda: register.model.total == len(expected))
    assert totals == [len(expected)]  # the stale result never reached the screen
    assert [line.id for line in _shown(register)] == expected


def test_search_by_credit_code_and_by_letter_number(qtbot, register, cases):
    edit = register.findChild(QLineEdit, "register-search")
    with qtbot.waitSignal(register.search_finished, timeout=5000):
        qtbot.keyClicks(edit, "914111223581")  # ASCII: QTest can type it
    assert [line.id for line in _shown(register)] == [cases["samr"]]
    _search(qtbot, register, "信列〔2026〕5号")
    ids = [line.id for line in _shown(register)]
    assert cases["samr"] in ids
    assert all("信列〔2026〕5号" in line.decision_number for line in _shown(register))


def test_full_width_digits_from_an_input_method_match(qtbot, register, cases):
    _search(qtbot, register, "９１４１１１２２３５８１")
    assert [line.id for line in _shown(register)] == [cases["samr"]]


def test_filter_by_state_and_by_list(qtbot, register, workspace):
    states = register.findChild(QComboBox, "register-state")
    with qtbot.waitSignal(register.search_finished, timeout=5000):
        states.setCurrentIndex(states.findData(CaseState.LISTED.value))
    expected = _store_ids(workspace, state=CaseState.LISTED)
    assert register.model.total == len(expected)
    assert {line.state_label for line in _shown(register)} == {"已列入"}

    standards = register.findChild(QComboBox, "register-standard")
    with qtbot.waitSignal(register.search_finished, timeout=5000):
        standards.setCurrentIndex(standards.findData("MEM-11"))
    expected = _store_ids(workspace, state=CaseState.LISTED, standard="MEM-11")
    assert [line.id for line in _shown(register)] == expected
    assert {line.standard_name for line in _shown(register)} == {"安全生产严重失信主体名单"}

    with qtbot.waitSignal(register.search_finished, timeout=5000):
        states.setCurrentIndex(states.findData("open"))
    assert register.model.total == len(_store_ids(workspace, state=OPEN_STATES, standard="MEM-11"))


def test_filter_by_date_range(qtbot, register, workspace):
    field = register.findChild(QComboBox, "register-date-field")
    date_from = register.findChild(QDateEdit, "register-date-from")
    date_to = register.findChild(QDateEdit, "register-date-to")
    assert not date_from.isEnabled()
    with qtbot.waitSignal(register.search_finished, timeout=5000):
        field.setCurrentIndex(field.findData("conduct"))
    assert date_from.isEnabled() and date_from.calendarPopup()
    with qtbot.waitSignal(register.search_finished, timeout=5000):
        date_from.setDate(QDate(2025, 3, 1))
        date_to.setDate(QDate(2025, 6, 30))
    expected = _store_ids(workspace, date_field="conduct", date_from=date(2025, 3, 1), date_to=date(2025, 6, 30))
    assert 0 < len(expected) < N_BULK
    assert [line.id for line in _shown(register)] == expected


def test_scrolling_fetches_the_next_page(qtbot, register, workspace):
    table = register.findChild(QTableView, "register-table")
    assert register.model.rowCount() == 200
    table.scrollToBottom()
    qtbot.waitUntil(lambda: register.model.rowCount() == N_BULK + 2, timeout=5000)
    assert [line.id for line in _shown(register)] == _store_ids(workspace)
    assert not register.model.canFetchMore(QModelIndex())


def test_double_click_and_enter_open_the_case(qtbot, register, cases):
    _search(qtbot, register, "味佳")
    table = register.findChild(QTableView, "register-table")
    row = register.model.row_of(cases["samr"])
    rect = table.visualRect(register.model.index(row, 1))
    with qtbot.waitSignal(register.case_activated, timeout=2000) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [cases["samr"]]
    assert register.current_case_id() == cases["samr"]
    table.setFocus()
    with qtbot.waitSignal(register.case_activated, timeout=2000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [cases["samr"]]


def test_new_case_button(qtbot, register):
    with qtbot.waitSignal(register.new_case_requested, timeout=1000):
        qtbot.mouseClick(register.findChild(QPushButton, "register-new-case"), Qt.MouseButton.LeftButton)


def test_refresh_shows_saved_and_deleted_cases(qtbot, register, workspace, samr_case):
    case = samr_case.model_copy(update={"reference": "新案-001"})
    new_id = save_case(workspace, case, officer="李明").case_id
    with qtbot.waitSignal(register.search_finished, timeout=5000):
        register.refresh()
    assert register.model.total == N_BULK + 3
    assert register.model.line(0).id == new_id
    with workspace.db.session() as s:
        case_store.delete_case(s, new_id)
    with qtbot.waitSignal(register.search_finished, timeout=5000):
        register.refresh()
    assert register.model.total == N_BULK + 2
    assert register.model.row_of(new_id) == -1


@pytest.mark.parametrize(
    "query",
    [
        RegisterQuery(),
        RegisterQuery(text="堃"),
        RegisterQuery(text="青山县 王"),
        RegisterQuery(text="9131"),
        RegisterQuery(text="%"),
        RegisterQuery(states=(CaseState.DRAFT, CaseState.NOT_LISTED)),
        RegisterQuery(standard="STA-54", text="县"),
        RegisterQuery(date_field="notice", date_from=date(2025, 6, 1)),
        RegisterQuery(date_field="updated", date_to=date(2026, 11, 19)),
    ],
    ids=lambda q: repr(q)[:60],
)
def test_index_finds_what_the_store_finds(workspace, cases, query):
    """The in-memory index and the SQL search (store.register) agree on every kind of query."""
    register = CaseRegister(workspace)
    register.prepare()
    result = register.search(query, limit=10_000)
    kw = {
        "text": query.text,
        "state": list(query.states) or None,
        "standard": query.standard or None,
        "date_from": query.date_from,
        "date_to": query.date_to,
        "date_field": query.date_field,
    }
    with workspace.db.session() as s:
        expected = [r.id for r in list_cases(s, limit=10_000, **kw)]
        assert result.total == count_cases(s, **kw) == len(expected)
    assert [line.id for line in result.lines] == expected


def test_model_passes_qtmodeltester(qtmodeltester, workspace, cases):
    register = CaseRegister(workspace)
    result = register.search(RegisterQuery())
    model = CaseRegisterModel(result.fetch, total=result.total, first_page=result.lines[:50], page_size=50)
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == result.total
    assert model.index(0, 0).data(CASE_ID_ROLE) == cases["minor"]
    qtmodeltester.check(model)
    model.reset_source(None, total=0, first_page=[])
    qtmodeltester.check(model)
