"""The holiday calendar dialog driven as an officer would: open it from the Settings menu, type the 2027
schedule row by row (or import it from a file), save, and see the case's dates move (SPEC §5, R-18)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget
from qt_helpers import type_cjk

from credit_desk.domain.model import Case
from credit_desk.domain.process import CaseState
from credit_desk.services import holidays
from credit_desk.services.cases import save_case
from credit_desk.services.office import save_office
from credit_desk.ui.holiday_dialog import COL_DATE, COL_KIND, COL_NAME, HolidayDialog
from credit_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"


def _samr_case() -> Case:
    case = Case.model_validate(json.loads((CASES / "samr_company.json").read_text("utf-8"))["case"])
    notice = case.notice.model_copy(update={"issue_date": date(2027, 9, 24), "delivered_date": date(2027, 9, 28)})
    return case.model_copy(update={"id": None, "notice": notice, "decision": None, "publication": None})


@pytest.fixture
def window(qtbot, workspace):
    """The main window showing a case notified on Tuesday 2027-09-28 (statement period: 5 working days)."""
    case = _samr_case()
    save_office(workspace, case.office)
    case_id = save_case(workspace, case, state=CaseState.NOTIFIED).case_id
    w = MainWindow(workspace, office=case.office)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.case_page.loaded, timeout=5000):
        w.case_page.show_case(case_id)
    yield w
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()


def open_dialog(qtbot, window: MainWindow) -> HolidayDialog:
    action = window.findChild(QAction, "holidayAction")
    assert action is not None and action.isEnabled()
    assert action in window.settings_menu.actions()
    action.trigger()
    dialog = window.findChild(HolidayDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    spin = dialog.findChild(QSpinBox, "yearSpin")
    spin.setValue(2027)
    assert "尚未录入" in dialog.findChild(QLabel, "yearStatus").text()
    return dialog


def statement_date(window: MainWindow) -> str:
    return window.case_page.findChild(QLabel, "deadline-date-statement_end").text()


def click(qtbot, dialog, name: str) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def double_click_cell(qtbot, table: QTableWidget, row: int, col: int) -> None:
    qtbot.wait(1)  # the event loop runs between two officer actions: the previous cell editor goes away
    rect = table.visualItemRect(table.item(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_date(qtbot, table: QTableWidget, row: int, iso: str) -> None:
    double_click_cell(qtbot, table, row, COL_DATE)
    editor = table.viewport().findChild(QDateEdit, "holidayDateEditor")
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, iso)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)  # Qt commits on Return through a queued call


def type_name(qtbot, table: QTableWidget, row: int, name: str) -> None:
    double_click_cell(qtbot, table, row, COL_NAME)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is table.viewport()
    editor.selectAll()
    type_cjk(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)


def choose_working_day(qtbot, table: QTableWidget, row: int) -> None:
    double_click_cell(qtbot, table, row, COL_KIND)
    combo = table.viewport().findChild(QComboBox, "holidayKindEditor")
    assert combo is not None
    combo.setCurrentIndex(1)
    combo.activated.emit(1)  # what picking from the open list sends


def save_and_wait(qtbot, dialog: HolidayDialog, window: MainWindow):
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved, \
            qtbot.waitSignal(window.case_page.loaded, timeout=10000):
        click(qtbot, dialog, "saveButton")
    return saved.args[0]


def moved_rows(dialog: HolidayDialog) -> list[list[str]]:
    table = dialog.findChild(QTableWidget, "movedTable")
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_typing_the_2027_schedule_moves_the_statement_end(qtbot, window):
    assert statement_date(window) == "2027年10月5日"  # Monday–Friday, flagged R-18
    assert window.case_page.deadline_rows["statement_end"].deadline.findings[0].rule == "R-18"
    dialog = open_dialog(qtbot, window)
    table = dialog.findChild(QTableWidget, "holidayTable")
    assert table.rowCount() == 0

    click(qtbot, dialog, "addRowButton")
    type_date(qtbot, table, 0, "2027-10-01")
    type_name(qtbot, table, 0, "国庆节")
    for _ in range(6):  # each new row is the next day, same kind and name
        click(qtbot, dialog, "addRowButton")
    click(qtbot, dialog, "addRowButton")
    type_date(qtbot, table, 7, "2027-10-09")
    choose_working_day(qtbot, table, 7)
    type_name(qtbot, table, 7, "国庆节调休")

    assert table.rowCount() == 8
    shown = table.itemDelegateForColumn(COL_DATE).displayText(table.item(6, COL_DATE).data(Qt.ItemDataRole.EditRole),
                                                               table.locale())
    assert shown == "2027-10-07（周四）"  # the weekday beside the date
    assert table.item(6, COL_NAME).text() == "国庆节"
    assert table.item(7, COL_KIND).text() == dialog.kind_label(True)
    entries = dialog.entries()
    assert [e.day for e in entries[:7]] == [date(2027, 10, d) for d in range(1, 8)]
    assert entries[7] == holidays.HolidayEntry(date(2027, 10, 9), True, "国庆节调休")

    report = save_and_wait(qtbot, dialog, window)
    assert [(m.key, m.old, m.new) for m in report.moved] == [
        ("statement_end", date(2027, 10, 5), date(2027, 10, 11))
    ]
    rows = moved_rows(dialog)
    assert rows[0][1:4] == ["青山县味佳食品有限公司", "陈述申辩期届满", "2027年10月5日"]
    assert rows[0][4].startswith("2027年10月11日")
    assert dialog.findChild(QTableWidget, "movedTable").isVisible()
    assert "1 dates of 1 cases changed" in dialog.findChild(QLabel, "movedSummary").text()
    assert "已由本单位录入" in dialog.findChild(QLabel, "yearStatus").text()
    # the case page shows the new date, no longer provisional
    assert statement_date(window) == "2027年10月11日"
    assert window.case_page.deadline_rows["statement_end"].deadline.findings == []


def test_importing_a_file_fills_the_table_and_saving_moves_the_date(qtbot, window, tmp_path, monkeypatch):
    good = tmp_path / "2027.txt"
    good.write_text(
        "# 国务院办公厅关于2027年部分节假日安排的通知\n"
        "2027-01-01 休 元旦\n2027-10-01..2027-10-07 休 国庆节\n2027-09-26 班 国庆节调休\n2027-10-09 班 国庆节调休\n",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.txt"
    bad.write_text("2027-10-01 休 国庆节\n2027-13-01 休 国庆节\n2026-12-31 休 元旦\n", encoding="utf-8")
    dialog = open_dialog(qtbot, window)
    table = dialog.findChild(QTableWidget, "holidayTable")
    chosen = iter([str(bad), str(good)])
    monkeypatch.setattr(
        "credit_desk.ui.holiday_dialog.QFileDialog.getOpenFileName", lambda *a, **k: (next(chosen), "")
    )

    click(qtbot, dialog, "importButton")
    problems = dialog.findChild(QLabel, "problemsLabel")
    assert "第2行" in problems.text() and "不存在" in problems.text()
    assert "第3行" in problems.text() and "不属于2027年" in problems.text()
    assert problems.isVisible()
    assert table.rowCount() == 0  # nothing half-read

    click(qtbot, dialog, "importButton")
    assert problems.text() == ""
    assert table.rowCount() == 10
    delegate = table.itemDelegateForColumn(COL_DATE)
    assert delegate.displayText(table.item(1, COL_DATE).data(Qt.ItemDataRole.EditRole), table.locale()) \
        == "2027-09-26（周日）"  # sorted by date, the weekday shown beside it

    save_and_wait(qtbot, dialog, window)
    assert moved_rows(dialog)[0][2:4] == ["陈述申辩期届满", "2027年10月5日"]
    assert statement_date(window) == "2027年10月11日"


def test_bad_rows_are_explained_next_to_the_table_and_nothing_is_saved(qtbot, window):
    dialog = open_dialog(qtbot, window)
    table = dialog.findChild(QTableWidget, "holidayTable")
    click(qtbot, dialog, "saveButton")
    problems = dialog.findChild(QLabel, "problemsLabel")
    assert "没有任何日期" in problems.text()

    click(qtbot, dialog, "addRowButton")
    type_date(qtbot, table, 0, "2027-09-27")  # a Monday, entered as 调休上班 by mistake
    choose_working_day(qtbot, table, 0)
    click(qtbot, dialog, "saveButton")
    assert "第1行" in problems.text() and "周一" in problems.text()
    assert holidays.year_entries(window.ws, 2027) == []
    assert not window.ws.calendar.covers(2027)

    click(qtbot, dialog, "removeRowButton")
    assert table.rowCount() == 0




def test_a_year_without_moved_dates_says_so_in_chinese(qtbot, chinese, window):
    dialog = open_dialog(qtbot, window)
    assert dialog.windowTitle() == "节假日安排"
    click(qtbot, dialog, "addRowButton")  # 2027-01-01, day off
    table = dialog.findChild(QTableWidget, "holidayTable")
    assert table.item(0, COL_KIND).text() == "休息"
    type_name(qtbot, table, 0, "元旦")
    save_and_wait(qtbot, dialog, window)
    assert "没有案件的日期发生变化（已检查1件未结案件）" in dialog.findChild(QLabel, "movedSummary").text()
    assert not dialog.findChild(QTableWidget, "movedTable").isVisible()
    assert statement_date(window) == "2027年10月5日"


def test_the_action_is_disabled_without_an_office_profile(qtbot, workspace):
    w = MainWindow(workspace, office=None)
    qtbot.addWidget(w)
    assert not w.findChild(QAction, "holidayAction").isEnabled()
    QThreadPool.globalInstance().waitForDone()


def test_save_keeps_a_name_still_being_typed_and_other_years_show_their_source(qtbot, window):
    dialog = open_dialog(qtbot, window)
    table = dialog.findChild(QTableWidget, "holidayTable")
    click(qtbot, dialog, "addRowButton")
    double_click_cell(qtbot, table, 0, COL_NAME)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_cjk(editor, "元旦")  # no Return: the officer goes straight to Save
    save_and_wait(qtbot, dialog, window)
    assert holidays.year_entries(window.ws, 2027) == [holidays.HolidayEntry(date(2027, 1, 1), False, "元旦")]

    dialog.findChild(QSpinBox, "yearSpin").setValue(2026)
    assert table.rowCount() == 0
    assert "chinesecalendar" in dialog.findChild(QLabel, "yearStatus").text()
    dialog.findChild(QSpinBox, "yearSpin").setValue(2027)
    assert table.rowCount() == 1 and table.item(0, COL_NAME).text() == "元旦"
