"""The office profile dialog driven as an officer would: Chinese typed by IME commit, findings read on screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QTableView
from qt_helpers import type_cjk

from credit_desk.domain.model import AdminLevel
from credit_desk.services import office as office_service
from credit_desk.ui.number_pattern_model import EXAMPLE, PATTERN
from credit_desk.ui.office_dialog import OfficeDialog

pytestmark = pytest.mark.gui
R08_TEXT = "严重失信主体名单原则上应当由县级以上（含县级）人民政府有关部门认定"
R08_CITATION = "国办发〔2020〕49号 四(八)"


@pytest.fixture
def dialog(qtbot, workspace):
    dlg = OfficeDialog(workspace)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def edit(dlg: QDialog, name: str) -> QLineEdit:
    found = dlg.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def label(dlg: QDialog, name: str) -> QLabel:
    found = dlg.findChild(QLabel, name)
    assert found is not None, name
    return found


def ok(dlg: QDialog) -> QPushButton:
    return dlg.findChild(QPushButton, "okButton")


def pick_level(dlg: QDialog, level: AdminLevel) -> None:
    combo = dlg.findChild(QComboBox, "level")
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(level.value))


def fill_county_bureau(dlg: QDialog) -> None:
    type_cjk(edit(dlg, "decidingBody"), "青山县市场监督管理局")
    type_cjk(edit(dlg, "abbreviation"), "青山县市监")
    type_cjk(edit(dlg, "handlingUnit"), "青山县市场监督管理局城关市场监管所")
    type_cjk(edit(dlg, "address"), "青山县城关镇人民路88号")
    type_cjk(edit(dlg, "contactPerson"), "李明")
    type_cjk(edit(dlg, "court"), "青山县人民法院")


def test_fresh_workspace_blocks_until_the_profile_is_complete(dialog):
    assert not ok(dialog).isEnabled()
    assert label(dialog, "findings_deciding_body").isVisible()
    assert "R-08" in label(dialog, "findings_deciding_body").text()
    assert label(dialog, "blockSummary").text()
    assert label(dialog, "handlingUnitNote").isVisible()


def test_township_level_is_refused_with_its_citation_and_county_is_accepted(qtbot, dialog, workspace):
    fill_county_bureau(dialog)
    qtbot.keyClicks(edit(dialog, "phone"), "0395-6000000")
    assert ok(dialog).isEnabled()

    pick_level(dialog, AdminLevel.TOWNSHIP)
    shown = label(dialog, "findings_level")
    assert shown.isVisible()
    assert "R-08" in shown.text() and R08_TEXT in shown.text() and R08_CITATION in shown.text()
    assert not ok(dialog).isEnabled()

    pick_level(dialog, AdminLevel.COUNTY)
    assert not label(dialog, "findings_level").isVisible()
    assert ok(dialog).isEnabled()

    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = office_service.load_office(workspace)
    assert saved is not None and saved == dialog.office
    assert saved.deciding_body == "青山县市场监督管理局"
    assert saved.abbreviation == "青山县市监"
    assert saved.level is AdminLevel.COUNTY
    assert saved.handling_unit == "青山县市场监督管理局城关市场监管所"
    assert saved.address == "青山县城关镇人民路88号"
    assert saved.contact_person == "李明"
    assert saved.phone == "0395-6000000"
    assert saved.reconsideration_body == "青山县人民政府"
    assert saved.court == "青山县人民法院"
    assert saved.number_patterns == office_service.default_number_patterns()


def test_example_number_follows_the_abbreviation_as_typed(dialog):
    year = date.today().year
    example = label(dialog, "abbreviationExample")
    type_cjk(edit(dialog, "abbreviation"), "青山")
    assert example.text().endswith(f"青山信列〔{year}〕1号")
    type_cjk(edit(dialog, "abbreviation"), "县市监")
    assert example.text().endswith(f"青山县市监信列〔{year}〕1号")
    view = dialog.findChild(QTableView, "numberPatterns")
    model = view.model()
    row = list(office_service.NUMBERED_LETTERS).index("D-01")
    assert model.index(row, EXAMPLE).data() == f"青山县市监信告〔{year}〕1号"


def test_reconsideration_body_is_suggested_from_the_level_with_the_article(dialog):
    type_cjk(edit(dialog, "decidingBody"), "青山县市场监督管理局")
    assert edit(dialog, "reconsiderationBody").text() == "青山县人民政府"
    hint = label(dialog, "reconsiderationHint")
    assert hint.isVisible() and "第二十四条" in hint.text()


def test_the_officers_reconsideration_body_is_never_overwritten(dialog):
    type_cjk(edit(dialog, "reconsiderationBody"), "青山县司法局")
    type_cjk(edit(dialog, "decidingBody"), "青山县应急管理局")
    assert edit(dialog, "reconsiderationBody").text() == "青山县司法局"


def test_a_pattern_without_sequence_blocks_and_is_explained(qtbot, dialog):
    fill_county_bureau(dialog)
    assert ok(dialog).isEnabled()
    view = dialog.findChild(QTableView, "numberPatterns")
    row = list(office_service.NUMBERED_LETTERS).index("D-03")
    index = view.model().index(row, PATTERN)
    view.setCurrentIndex(index)
    view.edit(index)
    qtbot.waitUntil(lambda: view.viewport().findChild(QLineEdit) is not None, timeout=2000)
    editor = view.viewport().findChild(QLineEdit)
    editor.selectAll()
    type_cjk(editor, "{abbr}信列〔{year}〕号")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event-loop turn
    qtbot.waitUntil(lambda: view.model().index(row, PATTERN).data() == "{abbr}信列〔{year}〕号", timeout=2000)
    findings = label(dialog, "numberPatternFindings")
    assert findings.isVisible() and "R-16" in findings.text() and "顺序号" in findings.text()
    assert not ok(dialog).isEnabled()

    qtbot.mouseClick(dialog.findChild(QPushButton, "resetPatterns"), Qt.MouseButton.LeftButton)
    assert not findings.isVisible()
    assert ok(dialog).isEnabled()


def test_pattern_model_passes_the_model_tester(qtmodeltester, dialog):
    qtmodeltester.check(dialog.findChild(QTableView, "numberPatterns").model())


def test_an_existing_profile_is_shown_for_editing(qtbot, workspace, samr_case):
    office = samr_case.office
    office_service.save_office(workspace, office)
    dlg = OfficeDialog(workspace)
    qtbot.addWidget(dlg)
    assert edit(dlg, "decidingBody").text() == office.deciding_body
    assert edit(dlg, "court").text() == office.court
    assert dlg.findChild(QComboBox, "level").currentData() == office.level.value
    assert dlg.current_office() == office


def test_a_database_failure_keeps_the_dialog_open(qtbot, dialog, monkeypatch, _no_modal_dialogs):
    fill_county_bureau(dialog)

    def locked(*_args, **_kw):
        raise office_service.StoreError("数据库正被其他程序占用")

    monkeypatch.setattr(office_service, "save_office", locked)
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.office is None
    assert [kind for kind, _, _ in _no_modal_dialogs] == ["environment"]


def test_the_menu_action_opens_the_dialog_and_reports_the_saved_profile(qtbot, workspace, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    from credit_desk.ui.office_dialog import make_office_action

    window = QMainWindow()
    qtbot.addWidget(window)
    saved = []

    def officer_fills_and_saves(dlg: OfficeDialog) -> int:
        qtbot.addWidget(dlg)
        dlg.show()
        fill_county_bureau(dlg)
        qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
        return dlg.result()

    monkeypatch.setattr(OfficeDialog, "exec", officer_fills_and_saves)
    action = make_office_action(workspace, window, saved.append)
    assert action.objectName() == "officeProfileAction"
    action.trigger()
    assert len(saved) == 1 and saved[0] == office_service.load_office(workspace)
