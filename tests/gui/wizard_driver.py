"""Drive the drafting wizard as an officer does: type, pick, tick, click; read back what the widgets show.

Chinese goes in through input-method commits (``type_cjk``), codes and dates through key clicks, rows of
the measures list by mouse clicks on the table. Widgets are found by objectName (``field_<path>``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from qt_helpers import type_cjk

from credit_desk.ui.widgets.date_edit import DateEdit
from credit_desk.ui.widgets.identifier_edit import IdentifierEdit
from credit_desk.ui.wizard.choices import ChoiceTable

#: What the officer types for the sample company case (tests/fixtures/cases/samr_company.json).
SAMR_VALUES: dict[str, Any] = {
    "reference": "青山县市监信〔2026〕案字第5号",
    "subject.kind": "legal_person",
    "subject.name": "青山县味佳食品有限公司",
    "subject.uscc": "91411122358172640B",
    "subject.legal_representative": "王建国",
    "subject.address": "青山县城关镇建设路12号",
    "standard_code": "SAMR-44",
    "criterion_code": "SAMR-44-C1",
    "conduct_date": date(2026, 3, 15),
    "conduct_summary": "当事人于2026年3月在其生产场所使用非食品原料生产卤制品并对外销售，货值金额较大，经抽检不合格；"
                       "青山县市场监督管理局依法对其从重处以罚款并吊销食品生产许可证。",
    "gravity": "serious",
    "basis_instruments[0].type": "penalty_decision",
    "basis_instruments[0].title": "行政处罚决定书",
    "basis_instruments[0].number": "青山县市监处罚〔2026〕18号",
    "basis_instruments[0].issuing_body": "青山县市场监督管理局",
    "basis_instruments[0].issue_date": date(2026, 7, 10),
    "basis_instruments[0].effective_date": date(2026, 7, 13),
    "provision_codes": ["P-SAMR44-2", "P-SAMR44-5-10", "P-49-08"],
    "sanction_codes": ["M-06", "M-24", "M-25", "M-26"],
    "notice.number": "青山县市监信告〔2026〕3号",
    "notice.issue_date": date(2026, 9, 25),
    "notice.delivered_date": date(2026, 9, 28),
    "decision.number": "青山县市监信列〔2026〕5号",
    "decision.repair_notice_number": "青山县市监信修告〔2026〕5号",
    "decision.decision_date": date(2026, 10, 20),
    "decision.effective_date": date(2026, 10, 20),
    "decision.publication_channels": ["国家企业信用信息公示系统", "信用中国网站"],
}

PAGE_OF = {
    "reference": "party", "subject": "party", "standard_code": "standard", "criterion_code": "standard",
    "conduct_date": "standard", "conduct_summary": "standard", "gravity": "standard",
    "basis_instruments": "instruments", "provision_codes": "provisions", "sanction_codes": "sanctions",
    "notice": "decision", "decision": "decision",
}


def page_of(path: str) -> str:
    root = path.split(".")[0].split("[")[0]
    return PAGE_OF[root]


def widget(window: QWidget, path: str) -> QWidget:
    w = window.findChild(QWidget, f"field_{path}")
    assert w is not None, f"no editor for {path}"
    return w


def button(window: QWidget, name: str) -> QPushButton:
    b = window.findChild(QPushButton, name)
    assert b is not None, name
    return b


def click(qtbot, b: QPushButton) -> None:
    assert b.isEnabled(), f"{b.objectName()} is disabled"
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)


def blocked_reason(window: QWidget) -> str:
    return window.findChild(QLabel, "blocked_reason").text()


def type_into(qtbot, w: QWidget, text: str) -> None:
    """Type at the cursor: ASCII with key clicks, anything else as an input-method commit."""
    if isinstance(w, IdentifierEdit):
        w = w.line_edit
    w.setFocus()
    if text.isascii():
        qtbot.keyClicks(w, text)
    else:
        type_cjk(w, text)


def clear(qtbot, w: QWidget) -> None:
    if isinstance(w, IdentifierEdit):
        w = w.line_edit
    w.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w, Qt.Key.Key_Delete)


def set_text(qtbot, w: QWidget, text: str) -> None:
    clear(qtbot, w)
    if isinstance(w, QPlainTextEdit) and "\n" in text:
        for i, line in enumerate(text.split("\n")):
            if i:
                qtbot.keyClick(w, Qt.Key.Key_Return)
            type_into(qtbot, w, line)
    elif text:
        type_into(qtbot, w, text)


def choose(qtbot, combo: QComboBox, code: str) -> None:
    """Pick an entry with the keyboard (Home, then Down), as an officer tabbing through does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == code:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == code, f"{code} not offered in {combo.objectName()}"


def set_date(qtbot, w: DateEdit, d: date | None) -> None:
    if w.value() is not None:
        qtbot.mouseClick(w.clear_button, Qt.MouseButton.LeftButton)
    if d is not None:
        w.edit.setFocus()
        qtbot.keyClicks(w.edit, d.strftime("%Y%m%d"))
    assert w.value() == d


def tables(window: QWidget, path: str) -> list[ChoiceTable]:
    return [t for t in window.findChildren(ChoiceTable) if t.objectName().startswith(f"choices_{path}_")]


def tick(qtbot, window: QWidget, path: str, code: str) -> None:
    """Click the row of ``code`` in the check list of ``path``."""
    for table in tables(window, path):
        idx = table.row_rect(code)
        if idx.isValid():
            table.scrollTo(idx)
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(idx).center())
            return
    raise AssertionError(f"{code} is not offered for {path}")


def checked(window: QWidget, path: str) -> set[str]:
    out = set()
    for table in tables(window, path):
        m = table.source
        for r in range(m.rowCount()):
            if m.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked:
                out.add(m.index(r, 0).data(Qt.ItemDataRole.UserRole))
    return out


def enter(qtbot, window: QWidget, path: str, value: Any) -> None:
    """Put ``value`` into the editor of ``path`` the way an officer would."""
    w = widget(window, path)
    if isinstance(w, QComboBox):
        choose(qtbot, w, value)
    elif isinstance(w, DateEdit):
        set_date(qtbot, w, value)
    elif isinstance(w, QCheckBox):
        if w.isChecked() != value:
            qtbot.mouseClick(w, Qt.MouseButton.LeftButton)
    elif isinstance(w, QPlainTextEdit) and isinstance(value, list):
        set_text(qtbot, w, "\n".join(value))
    elif isinstance(value, list):  # a check list
        for code in sorted(checked(window, path) - set(value)):
            tick(qtbot, window, path, code)
        for code in value:
            if code not in checked(window, path):
                tick(qtbot, window, path, code)
    else:
        set_text(qtbot, w, value)


def shown(window: QWidget, path: str) -> Any:
    """What the editor of ``path`` shows now."""
    w = widget(window, path)
    if isinstance(w, QComboBox):
        return w.currentData()
    if isinstance(w, DateEdit):
        return w.value()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, IdentifierEdit):
        return w.text()
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        text = w.toPlainText()
        return [x for x in text.split("\n") if x] if isinstance(SAMR_VALUES.get(path), list) else text
    return checked(window, path)


def fill_samr_company(qtbot, window) -> None:
    """Walk from the first page to the review, typing the sample company case."""
    wizard = window.wizard
    for key in wizard.keys[:-1]:
        assert wizard.current_key() == key
        if key == "instruments" and not window.findChild(QWidget, "instrument_0"):
            click(qtbot, button(window, "add_basis_instruments"))
        for path, value in SAMR_VALUES.items():
            if page_of(path) == key:
                enter(qtbot, window, path, value)
        assert button(window, "btn_next").isEnabled(), blocked_reason(window)
        click(qtbot, button(window, "btn_next"))
    assert wizard.current_key() == "review"
