"""The drafting wizard driven as an officer would: every page, the blocking rules, reasons, Back/Forward, Finish."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from wizard_driver import (
    SAMR_VALUES,
    blocked_reason,
    button,
    choose,
    click,
    enter,
    fill_samr_company,
    page_of,
    set_date,
    set_text,
    shown,
    tick,
    type_into,
    widget,
)

from credit_desk.domain.identifiers import ric_check_digit
from credit_desk.domain.model import Case
from credit_desk.services.cases import load_case
from credit_desk.services.drafting import pending_draft
from credit_desk.services.office import save_office
from credit_desk.services.wizard_pages import options
from credit_desk.ui.wizard import DraftingWindow
from credit_desk.ui.wizard.choices import ChoiceTableModel
from credit_desk.ui.wizard.findings_panel import FindingsPanel

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 20)


@pytest.fixture
def office_ws(workspace, samr_case):
    """The sample county bureau saved as the office profile (what the first-run dialog would do)."""
    save_office(workspace, samr_case.office)
    return workspace


def open_window(qtbot, ws, case: Case | None = None, **kw) -> DraftingWindow:
    w = DraftingWindow(ws, case, officer="李明", today=TODAY, **kw)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, office_ws):
    w = open_window(qtbot, office_ws)
    yield w
    w.close()


@pytest.fixture
def loaded(qtbot, office_ws, samr_case):
    """The wizard on a copy of the complete sample company case."""
    w = open_window(qtbot, office_ws, samr_case.model_copy(deep=True))
    yield w
    w.close()


def findings_text(window: DraftingWindow, page: str) -> str:
    panel = window.findChild(FindingsPanel, f"findings_{page}")
    return "\n".join(panel.texts())


def go(qtbot, window: DraftingWindow, page: str) -> None:
    """Forward with Next (or back with Back) until ``page`` is shown."""
    wizard = window.wizard
    while wizard.current_key() != page:
        forward = wizard.keys.index(page) > wizard.keys.index(wizard.current_key())
        click(qtbot, button(window, "btn_next" if forward else "btn_back"))


# --- the whole wizard --------------------------------------------------------------------------------


def test_walk_the_whole_wizard_for_a_samr_company_case(qtbot, window, office_ws, samr_case):
    fill_samr_company(qtbot, window)
    assert "R-" not in blocked_reason(window)
    assert window.findChild(QLabel, "review_value_subject.name").text() == "青山县味佳食品有限公司"
    assert "《企业信息公示暂行条例》第十八条" in window.findChild(QLabel, "review_value_sanction_codes").text()
    with qtbot.waitSignal(window.case_saved, timeout=5000) as saved:
        click(qtbot, button(window, "btn_finish"))
    case_id = saved.args[0]
    stored = load_case(office_ws, case_id).model_dump(mode="json", exclude={"id"})
    want = samr_case.model_dump(mode="json", exclude={"id"})
    std = office_ws.catalogs.standards["SAMR-44"]
    want["removal_conditions"], want["removal_procedure"] = std.removal_conditions, std.removal_procedure
    want["notice"]["delivery_method"] = ""  # recorded when the notice is served, not in the wizard
    want["decision"].update(delivered_date=None, delivery_method="")
    assert stored == want
    assert pending_draft(office_ws) is None
    assert not window.isVisible()


def test_a_new_case_is_saved_as_a_draft_without_typing_any_letter_data(qtbot, window, office_ws):
    """The letters are numbered by the case page's steps: the wizard never asks for an invented notice or
    decision number (the 告知和决定 page says so and holds nothing back)."""
    wizard = window.wizard
    for key in wizard.keys[:-1]:
        if key == "instruments" and not window.findChild(QWidget, "instrument_0"):
            click(qtbot, button(window, "add_basis_instruments"))
        for path, value in SAMR_VALUES.items():
            if page_of(path) == key and not path.startswith(("notice.", "decision.")):
                enter(qtbot, window, path, value)
        if key == "decision":
            intro = " ".join(label.text() for label in window.findChildren(QLabel))
            assert "新案件不必填写本页" in intro
            assert not window.findChild(QLabel, "label_decision.number").text().endswith("*")  # not required now
            assert "R-05" not in findings_text(window, "decision")
        assert button(window, "btn_next").isEnabled(), (key, blocked_reason(window))
        click(qtbot, button(window, "btn_next"))
    assert wizard.current_key() == "review" and "R-" not in blocked_reason(window)
    with qtbot.waitSignal(window.case_saved, timeout=5000) as saved:
        click(qtbot, button(window, "btn_finish"))
    case_id = saved.args[0]
    stored = load_case(office_ws, case_id)
    assert stored.subject.name == "青山县味佳食品有限公司"
    assert not (stored.notice and stored.notice.number) and not (stored.decision and stored.decision.number)
    from credit_desk.services import lifecycle

    issued = lifecycle.issue_notice(office_ws, case_id, issue_date=date(2026, 9, 25), officer="李明")
    assert issued.letters[0].number == "青山县市监信告〔2026〕1号"  # the case page takes it from here


def expected(path: str, value):
    return set(value) if path.endswith("_codes") else value


def test_back_and_forward_keep_every_field(qtbot, window):
    fill_samr_company(qtbot, window)
    wizard = window.wizard
    while wizard.current_key() != "party":
        click(qtbot, button(window, "btn_back"))
        for path, value in SAMR_VALUES.items():
            if page_of(path) == wizard.current_key():
                assert shown(window, path) == expected(path, value), path
    go(qtbot, window, "review")
    for path, value in SAMR_VALUES.items():
        assert shown(window, path) == expected(path, value), path
    assert button(window, "btn_finish").isEnabled()


def test_review_edit_button_jumps_to_the_page_and_back(qtbot, window):
    fill_samr_company(qtbot, window)
    click(qtbot, button(window, "review_edit_party_party"))
    assert window.wizard.current_key() == "party"
    set_text(qtbot, widget(window, "subject.address"), "青山县城关镇建设路18号")
    go(qtbot, window, "review")
    assert window.findChild(QLabel, "review_value_subject.address").text() == "青山县城关镇建设路18号"


# --- blocking rules, each read on screen with its citation ------------------------------------------------


def test_invalid_uscc_blocks_with_r13_until_fixed(qtbot, window):
    enter(qtbot, window, "subject.name", "青山县味佳食品有限公司")
    enter(qtbot, window, "subject.address", "青山县城关镇建设路12号")
    code = widget(window, "subject.uscc")
    type_into(qtbot, code, "91411122358172640A")
    message = code.findChild(QLabel, "identifier_message").text()
    assert "校验位错误：应为 B" in message
    assert not button(window, "btn_next").isEnabled()
    assert "R-13" in blocked_reason(window) and "GB 32100-2015" in blocked_reason(window)
    assert "R-13" in findings_text(window, "party") and "GB 32100-2015" in findings_text(window, "party")
    qtbot.keyClick(code.line_edit, Qt.Key.Key_Backspace)
    assert code.findChild(QLabel, "identifier_message").text() == code.tr("%1 of %2 characters").replace(
        "%1", "17").replace("%2", "18")
    type_into(qtbot, code, "B")
    assert button(window, "btn_next").isEnabled(), blocked_reason(window)
    assert window.case.subject.uscc == "91411122358172640B"


def test_no_instrument_blocks_with_r03(qtbot, loaded):
    go(qtbot, loaded, "instruments")
    click(qtbot, button(loaded, "remove_basis_instruments_0"))
    assert not button(loaded, "btn_next").isEnabled()
    assert "R-03" in blocked_reason(loaded) and "国办发〔2020〕49号 二(二)" in blocked_reason(loaded)
    assert "R-03" in findings_text(loaded, "instruments")
    click(qtbot, button(loaded, "add_basis_instruments"))
    assert "缺少文号" in findings_text(loaded, "instruments")
    for path in ("number", "issuing_body", "issue_date", "effective_date"):
        enter(qtbot, loaded, f"basis_instruments[0].{path}", SAMR_VALUES[f"basis_instruments[0].{path}"])
    assert button(loaded, "btn_next").isEnabled(), blocked_reason(loaded)


def test_no_sanction_blocks_with_r09_and_r12(qtbot, loaded):
    go(qtbot, loaded, "sanctions")
    for code in SAMR_VALUES["sanction_codes"]:
        tick(qtbot, loaded, "sanction_codes", code)
    assert loaded.case.sanction_codes == []
    text = findings_text(loaded, "sanctions")
    assert "R-09" in text and "R-12" in text and "国办发〔2020〕49号 五(九)" in text
    assert not button(loaded, "btn_next").isEnabled()
    tick(qtbot, loaded, "sanction_codes", "M-24")
    assert loaded.case.sanction_codes == ["M-24"]
    assert button(loaded, "btn_next").isEnabled(), blocked_reason(loaded)


def test_township_deciding_body_blocks_with_r08(qtbot, loaded):
    go(qtbot, loaded, "remedy")
    choose(qtbot, widget(loaded, "office.level"), "township")
    assert not button(loaded, "btn_next").isEnabled()
    assert "R-08" in blocked_reason(loaded) and "国办发〔2020〕49号 四(八)" in blocked_reason(loaded)
    assert "乡镇" in findings_text(loaded, "remedy")
    choose(qtbot, widget(loaded, "office.level"), "county")
    assert button(loaded, "btn_next").isEnabled(), blocked_reason(loaded)


def test_empty_remedy_body_blocks_with_r12(qtbot, loaded):
    go(qtbot, loaded, "remedy")
    set_text(qtbot, widget(loaded, "office.court"), "")
    assert not button(loaded, "btn_next").isEnabled()
    assert "R-12" in findings_text(loaded, "remedy") and "管辖人民法院" in findings_text(loaded, "remedy")
    type_into(qtbot, widget(loaded, "office.court"), "青山县人民法院")
    assert button(loaded, "btn_next").isEnabled()


def test_unknown_standard_criterion_blocks_with_r04(qtbot, loaded):
    go(qtbot, loaded, "standard")
    choose(qtbot, widget(loaded, "standard_code"), "MEM-11")
    assert widget(loaded, "criterion_code").currentData() == ""
    assert "R-04" in blocked_reason(loaded) and "国办发〔2020〕49号 四(七)" in blocked_reason(loaded)
    choose(qtbot, widget(loaded, "criterion_code"), "MEM-11-C1")
    assert button(loaded, "btn_next").isEnabled(), blocked_reason(loaded)


def test_no_standard_blocks_with_r01(qtbot, window):
    for path in ("subject.name", "subject.uscc", "subject.address"):
        enter(qtbot, window, path, SAMR_VALUES[path])
    click(qtbot, button(window, "btn_next"))
    assert window.wizard.current_key() == "standard"
    text = findings_text(window, "standard")
    assert "R-01" in text and "尚未选择认定标准" in text and "国办发〔2020〕49号 四(六)(七)" in text
    assert not button(window, "btn_next").isEnabled()
    choose(qtbot, widget(window, "standard_code"), "SAMR-44")
    assert "R-01" not in findings_text(window, "standard")


def test_undelivered_notice_blocks_the_decision_with_r05(qtbot, loaded):
    go(qtbot, loaded, "decision")
    set_date(qtbot, widget(loaded, "notice.delivered_date"), None)
    assert not button(loaded, "btn_next").isEnabled()
    assert "R-05" in blocked_reason(loaded) and "告知书尚未送达" in blocked_reason(loaded)
    assert "国办发〔2020〕49号 四(八)" in findings_text(loaded, "decision")
    set_date(qtbot, widget(loaded, "notice.delivered_date"), date(2026, 9, 28))
    assert button(loaded, "btn_next").isEnabled(), blocked_reason(loaded)


def test_a_mandated_empty_field_keeps_next_disabled(qtbot, window):
    assert not button(window, "btn_next").isEnabled()
    assert "名称或姓名" in blocked_reason(window)


# --- warnings need a written reason, which is stored ----------------------------------------------------


def test_minor_needs_a_reason_r11(qtbot, office_ws, minor_case):
    minor_case.subject.id_number = "41112220090315123"
    minor_case.subject.id_number += ric_check_digit(minor_case.subject.id_number)
    w = open_window(qtbot, office_ws, minor_case)
    assert "R-11" in findings_text(w, "party") and "未满18周岁" in findings_text(w, "party")
    assert not button(w, "btn_next").isEnabled()
    assert "R-11" in blocked_reason(w) and "八(十六)" in blocked_reason(w)
    reason = w.findChild(QLineEdit, "reason_R-11_subject.id_number")
    type_into(qtbot, reason, "当事人长期从事该经营，违法情节严重，依法列入")
    assert button(w, "btn_next").isEnabled(), blocked_reason(w)
    c = w.case.confirmed("R-11", "subject.id_number")
    assert c is not None and c.reason.startswith("当事人长期") and c.officer == "李明" and c.at is not None
    go(qtbot, w, "standard")
    go(qtbot, w, "party")
    assert w.findChild(QLineEdit, "reason_R-11_subject.id_number").text().startswith("当事人长期")
    w.close()


def test_minor_found_later_stops_next_on_the_later_page(qtbot, office_ws, minor_case):
    minor_case.conduct_date = None
    w = open_window(qtbot, office_ws, minor_case)
    go(qtbot, w, "standard")
    set_date(qtbot, widget(w, "conduct_date"), date(2026, 5, 10))
    assert not button(w, "btn_next").isEnabled()
    assert "当事人" in blocked_reason(w) and "R-11" in blocked_reason(w)
    w.close()


def test_measure_outside_the_standard_needs_a_reason_r10(qtbot, loaded):
    go(qtbot, loaded, "sanctions")
    tick(qtbot, loaded, "sanction_codes", "M-01")
    assert "R-10" in findings_text(loaded, "sanctions")
    assert not button(loaded, "btn_next").isEnabled()
    type_into(qtbot, loaded.findChild(QLineEdit, "reason_R-10_sanction_codes"), "当事人同时存在政府采购领域违法行为")
    assert button(loaded, "btn_next").isEnabled(), blocked_reason(loaded)
    assert loaded.case.confirmed("R-10", "sanction_codes").reason == "当事人同时存在政府采购领域违法行为"


# --- models and helpers -----------------------------------------------------------------------------------


def test_choice_model_passes_qtmodeltester(qtmodeltester, samr_case, shipped_catalogs):
    rows = options("measures", samr_case, shipped_catalogs)
    model = ChoiceTableModel("measures", rows, set(samr_case.sanction_codes))
    qtmodeltester.check(model)
    assert model.index(0, 3).data() in {"轻", "中", "重"}


def test_provisions_can_be_searched(qtbot, loaded):
    go(qtbot, loaded, "provisions")
    search = loaded.findChild(QLineEdit, "search_provision_codes")
    type_into(qtbot, search, "行政复议法")
    visible = [t.proxy.rowCount() for t in loaded.findChildren(QWidget) if hasattr(t, "proxy")]
    assert sum(visible) >= 1
    assert all(t.proxy.rowCount() < t.source.rowCount() or t.source.rowCount() == 0
               for t in loaded.findChildren(QWidget) if hasattr(t, "proxy"))
