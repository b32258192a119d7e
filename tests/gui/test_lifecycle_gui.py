"""The officer runs a case through its lifecycle from the case page (issue 4, “Done when” list).

Every step is taken as an officer would: click the Process button, type into the dialog (Chinese
through an input-method commit), accept, and read what the page shows afterwards. The dates are
realistic: notice on 2026-09-25, delivered on 2026-09-28, the statement period running across the
2026 National Day holiday to 2026-10-10, the decision after that.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
)
from qt_helpers import installed_chinese, type_cjk

from credit_desk.domain.model import Delivery, Objection, ObjectionResult
from credit_desk.services import lifecycle
from credit_desk.services.cases import load_case, save_case
from credit_desk.services.office import save_office
from credit_desk.ui.case_page import CasePage
from credit_desk.ui.lifecycle.step_dialog import StepDialog
from credit_desk.ui.main_window import MainWindow
from tests.conftest import load_fixture_case

pytestmark = pytest.mark.gui

OFFICER = "李明"
R07_BANNER = "核实期间失信惩戒措施暂停执行（R-07，黄石市实施意见 七(三)）"


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module", autouse=True)
def _chinese(qapp, chinese_qm):
    """The officer reads Chinese: the shipped translation for the whole module."""
    with installed_chinese(qapp, chinese_qm):
        yield


@pytest.fixture
def office_case(workspace):
    case = load_fixture_case("samr_company")
    save_office(workspace, case.office)
    return case


@pytest.fixture(autouse=True)
def _clock(monkeypatch):
    """The cases here run into the coming years: the steps are recorded as if after they happened."""
    from credit_desk.services import lifecycle

    monkeypatch.setattr(lifecycle, "current_day", lambda: date(2031, 1, 1))


def _store_draft(workspace, case, name: str = "") -> int:
    draft = case.model_copy(update={"notice": None, "decision": None})
    if name:
        draft = draft.model_copy(update={"subject": draft.subject.model_copy(update={"name": name})})
    return save_case(workspace, draft, officer=OFFICER).case_id


@pytest.fixture
def window(qtbot, workspace, office_case):
    w = MainWindow(workspace, office_case.office)
    w.officer = OFFICER
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()


def _show(qtbot, page: CasePage, case_id: int) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show_case(case_id)


def _open(qtbot, page: CasePage, key: str) -> StepDialog:
    button = page.findChild(QPushButton, f"step-{key}")
    assert button is not None, f"no {key} button; shown: {list(page.process_bar.buttons)}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.step_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _type_date(qtbot, dialog: StepDialog, name: str, day: date) -> None:
    """Type a date as digits into the year section; the field moves on to month and day by itself."""
    edit = dialog.findChild(QDateEdit, name)
    edit.setFocus()
    edit.setCurrentSection(QDateTimeEdit.Section.YearSection)
    edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(edit, day.strftime("%Y%m%d"))
    assert edit.date().toPython() == day


def _text(dialog: StepDialog, name: str, text: str) -> None:
    field = dialog.findChild(QLineEdit, name) or dialog.findChild(QPlainTextEdit, name)
    field.clear()
    type_cjk(field, text)


def _accept(qtbot, page: CasePage, dialog: StepDialog) -> None:
    """Click the dialog's accept button and wait until the page shows the case again."""
    with qtbot.waitSignal(page.loaded, timeout=15000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def _refused(qtbot, dialog: StepDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.refusal is not None, timeout=10000)


def _letters(page: CasePage) -> list[tuple[str, str]]:
    """(letter code, number) of each row; the letter column reads “D-03 列入决定书”."""
    model = page.findChild(QTableView, "case-documents").model()
    return [(model.index(r, 0).data().split()[0], model.index(r, 1).data()) for r in range(model.rowCount())]


def _state(page: CasePage) -> str:
    return page.findChild(QLabel, "case-state").text()


def _timeline(page: CasePage) -> list[str]:
    return [e.text for e in page.timeline_entries]


# --------------------------------------------------------------------------- the officer's steps


def test_notice_delivery_objection_and_reply(qtbot, window, workspace, office_case):
    page = window.case_page
    case_id = _store_draft(workspace, office_case)
    _show(qtbot, page, case_id)
    assert list(page.process_bar.buttons) == ["issue_notice", "close_without_listing"]

    dialog = _open(qtbot, page, "issue_notice")
    # before issuing, the officer sees what the letter will cite as 有关规定 (R-12 notes, no reason needed)
    notes = dialog.shown_findings()
    assert notes and all("R-12" in n and "有关规定" in n for n in notes)
    _type_date(qtbot, dialog, "issue_date", date(2026, 9, 25))
    _accept(qtbot, page, dialog)
    assert _state(page) == "已告知"
    assert _letters(page) == [("D-01", "青山县市监信告〔2026〕1号")]
    offered = page.letters_dialog
    assert offered is not None and offered.isVisible()
    assert [x.number for x in offered.letters] == ["青山县市监信告〔2026〕1号"]
    assert offered.document.pageCount() >= 1  # the frozen PDF as issued

    dialog = _open(qtbot, page, "deliver")
    letter = dialog.findChild(QComboBox, "letter")
    assert letter.count() == 1 and "青山县市监信告〔2026〕1号" in letter.currentText()
    method = dialog.findChild(QComboBox, "method")
    assert method.currentText() == "直接送达"
    _text(dialog, "recipient", "王建国")
    _text(dialog, "servers", "李明、张华")
    _text(dialog, "proof", "当事人签收的送达回证")
    _type_date(qtbot, dialog, "delivered_date", date(2031, 1, 6))  # after "today": not delivered yet
    _refused(qtbot, dialog)
    assert "R-05" in dialog.field_errors()["delivered_date"]  # said beside the date, nothing typed lost
    assert dialog.findChild(QLineEdit, "recipient").text() == "王建国"
    _type_date(qtbot, dialog, "delivered_date", date(2026, 9, 28))
    _accept(qtbot, page, dialog)
    stored = load_case(workspace, case_id)
    assert stored.notice.delivered_date == date(2026, 9, 28)
    assert stored.deliveries[0].servers == ["李明", "张华"]
    # the statement period runs across the National Day holiday
    assert page.deadline_rows["statement_end"].date_label.text().startswith("2026年10月10日")
    assert "deliver" not in page.process_bar.buttons  # the only letter is delivered

    dialog = _open(qtbot, page, "record_objection")
    _type_date(qtbot, dialog, "received_date", date(2026, 9, 30))
    _text(dialog, "summary", "当事人称已全额缴纳罚款，请求不予列入")
    _accept(qtbot, page, dialog)
    assert _state(page) == "异议核实中"
    assert not page.suspended_banner.isVisible()  # before the decision nothing is listed yet

    dialog = _open(qtbot, page, "answer_objection")
    _text(dialog, "verification", "经核实，罚款已缴纳，但不影响失信行为的认定")
    result = dialog.findChild(QComboBox, "result")
    result.setCurrentIndex(result.findText("不成立"))
    _type_date(qtbot, dialog, "reply_date", date(2026, 10, 12))
    _accept(qtbot, page, dialog)
    assert _state(page) == "待决定"
    assert ("D-02", "青山县市监信异〔2026〕1号") in _letters(page)
    objection = load_case(workspace, case_id).objections[0]
    assert objection.result is ObjectionResult.REJECTED and objection.reply_number == "青山县市监信异〔2026〕1号"

    # the timeline lists every event in date order, with the transitions and who made them
    entries = page.timeline_entries
    assert [e.date for e in entries] == sorted(e.date for e in entries)
    texts = _timeline(page)
    assert any("青山县市监信告〔2026〕1号" in t and "告知书" in t for t in texts)
    assert any("直接送达" in t and "王建国" in t for t in texts)
    assert any("异议答复" in t and "不成立" in t for t in texts)
    assert any(e.kind == "transition" and e.officer == OFFICER for e in entries)
    assert page.timeline.topLevelItemCount() == len(entries)


def _listed_case(workspace, case) -> int:
    """A case taken through notice, delivery and an answered objection by the services (tested above)."""
    case_id = _store_draft(workspace, case)
    lifecycle.issue_notice(workspace, case_id, issue_date=date(2026, 9, 25), officer=OFFICER)
    lifecycle.record_delivery(workspace, case_id, Delivery(doc_type="D-01", delivered_date=date(2026, 9, 28)),
                              officer=OFFICER)
    return case_id


def test_decision_suspension_publication_and_repair(qtbot, window, workspace, office_case):
    page = window.case_page
    case_id = _listed_case(workspace, office_case)
    _show(qtbot, page, case_id)
    assert _state(page) == "已告知"

    # the decision and the repair notice, issued together, each numbered (“两书同达”)
    dialog = _open(qtbot, page, "decide")
    _type_date(qtbot, dialog, "decision_date", date(2026, 10, 20))
    channels = [b.text() for b in dialog.findChildren(QCheckBox) if b.objectName().startswith("channel-")]
    assert "国家企业信用信息公示系统" in channels  # prefilled from the standard
    _accept(qtbot, page, dialog)
    assert _state(page) == "已列入"
    letters = _letters(page)
    assert ("D-03", "青山县市监信列〔2026〕1号") in letters and ("D-08", "青山县市监信修告〔2026〕1号") in letters
    assert [x.document.doc_type for x in page.letters_dialog.letters] == ["D-03", "D-08"]

    dialog = _open(qtbot, page, "deliver")
    letter = dialog.findChild(QComboBox, "letter")
    letter.setCurrentIndex(next(i for i in range(letter.count()) if letter.itemData(i)[0] == "D-03"))
    _type_date(qtbot, dialog, "delivered_date", date(2026, 10, 22))
    _accept(qtbot, page, dialog)
    assert load_case(workspace, case_id).decision.delivered_date == date(2026, 10, 22)

    # an objection to listed information suspends the sanctions while it is verified
    dialog = _open(qtbot, page, "record_objection")
    assert "R-07" in dialog.findChild(QLabel, "step-intro").text()
    _type_date(qtbot, dialog, "received_date", date(2026, 10, 26))
    _text(dialog, "summary", "当事人称决定书所载违法事实有误")
    _accept(qtbot, page, dialog)
    assert _state(page) == "已列入"
    assert page.suspended_banner.isVisible() and page.suspended_banner.text() == R07_BANNER
    details = page.findChild(QTextBrowser, "case-details").toPlainText()
    assert details.count("【暂停】") == len(page.overview.sanctions) > 0
    assert "R-07" in page.step_notes.text() and page.step_notes.isVisible()

    dialog = _open(qtbot, page, "answer_objection")
    _text(dialog, "verification", "经核实，违法事实清楚，异议不成立")
    _type_date(qtbot, dialog, "reply_date", date(2026, 10, 30))
    _accept(qtbot, page, dialog)
    assert not page.suspended_banner.isVisible()
    assert "【暂停】" not in page.findChild(QTextBrowser, "case-details").toPlainText()

    pytest.importorskip("credit_desk.services.publication")
    dialog = _open(qtbot, page, "publish")
    public_text = dialog.findChild(QPlainTextEdit, "public_text")
    assert public_text.isReadOnly()  # no consent or legal basis recorded: the masked default stands
    assert "青山县味佳食品有限公司" in public_text.toPlainText()
    _type_date(qtbot, dialog, "start_date", date(2026, 10, 23))
    _accept(qtbot, page, dialog)
    assert _state(page) == "公示中"

    # credit repair: no fee anywhere in the form; granted after the minimum period
    dialog = _open(qtbot, page, "apply_repair")
    form = dialog.form
    fields = [form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text() for r in range(form.rowCount())]
    assert fields == ["收到日期", "已收材料", "其他材料"]  # and no fee field: repair is free
    assert "不收取任何费用" in dialog.findChild(QLabel, "step-intro").text()
    for box in dialog.findChildren(QCheckBox):
        if box.objectName() == "material-application":  # the commitment and the proof come later
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the box
    _type_date(qtbot, dialog, "received_date", date(2027, 10, 25))
    _accept(qtbot, page, dialog)
    assert _state(page) == "修复申请中"
    assert "grant_repair" not in page.process_bar.buttons  # R-15 would refuse it: materials missing

    dialog = _open(qtbot, page, "supplement_repair")  # the party brings the rest
    held = dialog.findChild(QCheckBox, "material-application")
    assert held.isChecked() and not held.isEnabled()  # what the application holds is shown, fixed
    for box in dialog.findChildren(QCheckBox):
        if box.objectName().startswith("material-") and box.isEnabled():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    _type_date(qtbot, dialog, "received_date", date(2027, 10, 27))
    _accept(qtbot, page, dialog)
    assert len(load_case(workspace, case_id).repairs[0].materials) == 3
    assert "supplement_repair" not in page.process_bar.buttons

    dialog = _open(qtbot, page, "grant_repair")
    assert dialog.findChild(QCheckBox, "effect-remove").isChecked()
    _type_date(qtbot, dialog, "decision_date", date(2027, 11, 1))
    _text(dialog, "findings", "已履行行政处罚决定，提交了信用承诺书")
    _accept(qtbot, page, dialog)
    assert _state(page) == "已移出"
    assert any(doc == "D-04" and number.startswith("青山县市监信修〔2027〕") for doc, number in _letters(page))
    stored = load_case(workspace, case_id)
    assert stored.publication.withdrawn_date == date(2027, 11, 1)
    texts = _timeline(page)
    assert any(t.startswith("撤下公示") for t in texts)
    assert any(t.startswith("准予信用修复") for t in texts)
    assert not any(e.future for e in page.timeline_entries)  # a closed case has nothing ahead
    assert list(page.process_bar.buttons) == ["deliver"]  # only the delivery of letters such as D-04 remains


def test_close_another_case_without_listing(qtbot, window, workspace, office_case):
    page = window.case_page
    case_id = _store_draft(workspace, office_case, name="青山县福来商贸有限公司")
    _show(qtbot, page, case_id)
    dialog = _open(qtbot, page, "close_without_listing")
    _type_date(qtbot, dialog, "closing_date", date(2026, 10, 9))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "reasons" in dialog.field_errors()  # reasons are required, said at the field
    _text(dialog, "reasons", "当事人主动纠正失信行为，情节轻微")
    _text(dialog, "findings", "经核查，当事人已于2026年10月8日主动消除危害后果")
    _accept(qtbot, page, dialog)
    assert _state(page) == "不予列入"
    assert _letters(page) == [("D-07", "青山县市监信不列〔2026〕1号")]
    assert page.letters_dialog.letters[0].number == "青山县市监信不列〔2026〕1号"
    assert load_case(workspace, case_id).closing.reasons == ["当事人主动纠正失信行为，情节轻微"]


def test_refused_decision_shows_r05_with_citation_and_keeps_what_was_typed(qtbot, window, workspace, office_case):
    page = window.case_page
    case_id = _listed_case(workspace, office_case)
    _show(qtbot, page, case_id)
    dialog = _open(qtbot, page, "decide")
    _type_date(qtbot, dialog, "decision_date", date(2026, 10, 9))  # the statement period ends on 10 October
    other = dialog.findChild(QLineEdit, "channels-other")
    type_cjk(other, "青山县人民政府网站")
    _refused(qtbot, dialog)
    assert dialog.isVisible()
    shown = " ".join(dialog.shown_findings())
    assert "R-05" in shown and "2026年10月10日" in shown and "国办发〔2020〕49号 四(八)" in shown
    assert dialog.findChild(QLabel, "step-problem").text().startswith("陈述申辩期尚未届满")
    # nothing typed is lost, and nothing was issued
    assert dialog.findChild(QDateEdit, "decision_date").date().toPython() == date(2026, 10, 9)
    assert other.text() == "青山县人民政府网站"
    assert _letters(page) == [("D-01", "青山县市监信告〔2026〕1号")]
    # the officer corrects the date and the same dialog goes through
    _type_date(qtbot, dialog, "decision_date", date(2026, 10, 20))
    _accept(qtbot, page, dialog)
    assert _state(page) == "已列入"
    assert "青山县人民政府网站" in load_case(workspace, case_id).decision.publication_channels


def test_objection_answered_in_the_objection_state_is_offered_once(qtbot, window, workspace, office_case):
    """The page offers exactly the moves of the state plus the open facts (no duplicate answer button)."""
    page = window.case_page
    case_id = _listed_case(workspace, office_case)
    lifecycle.record_objection(workspace, case_id, Objection(received_date=date(2026, 9, 30), summary="异议"),
                               officer=OFFICER)
    _show(qtbot, page, case_id)
    assert list(page.process_bar.buttons) == ["record_objection", "answer_objection", "close_without_listing"]
