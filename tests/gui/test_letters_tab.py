"""The officer handles letters already issued, on the case page's Letters tab (issue 4 items 4–5; R-16, R-17).

The case is taken through notice, delivery of the notice and the decision by the lifecycle services;
then the officer works the tab as usual: double-click a letter to read it as it went out, correct the
decision with a written reason, print the 送达回证 of the undelivered decision, print letters. The page
is read in Chinese (the shipped translation) and the usage log is read back from the database.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget
from qt_helpers import installed_chinese, type_cjk

from credit_desk.domain.model import Delivery
from credit_desk.services import lifecycle, usage_log
from credit_desk.services.cases import load_case, save_case
from credit_desk.services.office import save_office
from credit_desk.store import cases as case_store
from credit_desk.ui import printing
from credit_desk.ui.case_page import CasePage
from tests.conftest import load_fixture_case

pytestmark = pytest.mark.gui

OFFICER = "李明"
TIMEOUT = 20000
D01 = "青山县市监信告〔2026〕1号"
D03 = "青山县市监信列〔2026〕1号"
D03_CORRECTED = "青山县市监信列〔2026〕2号"
D08 = "青山县市监信修告〔2026〕1号"
D08_CORRECTED = "青山县市监信修告〔2026〕2号"


@pytest.fixture(scope="module", autouse=True)
def _chinese(qapp, chinese_qm):
    """The officer reads Chinese: the shipped translation for the whole module."""
    with installed_chinese(qapp, chinese_qm):
        yield


class Desk(QWidget):
    """The window around the page, naming the logged-in officer as ``MainWindow`` does."""

    officer = OFFICER

    def __init__(self, workspace) -> None:
        super().__init__()
        self.page = CasePage(workspace, self)
        QVBoxLayout(self).addWidget(self.page)


@pytest.fixture
def decided(workspace) -> int:
    """A stored draft of the SAMR case notified (D-01, delivered) and decided (D-03 + D-08, not delivered)."""
    case = load_fixture_case("samr_company")
    save_office(workspace, case.office)
    draft = case.model_copy(update={"notice": None, "decision": None})
    case_id = save_case(workspace, draft, officer=OFFICER).case_id
    lifecycle.issue_notice(workspace, case_id, issue_date=date(2026, 9, 25), officer=OFFICER)
    lifecycle.record_delivery(workspace, case_id, Delivery(doc_type="D-01", delivered_date=date(2026, 9, 28)),
                              officer=OFFICER)
    lifecycle.decide(workspace, case_id, decision_date=date(2026, 10, 20), officer=OFFICER)
    return case_id


@pytest.fixture
def page(qtbot, workspace, decided):
    desk = Desk(workspace)
    qtbot.addWidget(desk)
    desk.resize(1366, 768)
    desk.show()
    with qtbot.waitSignal(desk.page.loaded, timeout=TIMEOUT):
        desk.page.show_case(decided)
    desk.page.tabs.setCurrentWidget(desk.page.letters_tab)
    yield desk.page
    QThreadPool.globalInstance().waitForDone(10000)
    QApplication.processEvents()


@pytest.fixture
def file_printer(monkeypatch, tmp_path):
    """The print dialog answers with a PDF-file printer; returns the files printed, in order."""
    printed: list[Path] = []

    def choose(_parent, _pages):
        out = tmp_path / f"printed-{len(printed)}.pdf"
        printed.append(out)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return printer

    monkeypatch.setattr(printing, "choose_printer", choose)
    return printed


# --------------------------------------------------------------------------- helpers


def _table(page: CasePage) -> QTableView:
    return page.findChild(QTableView, "case-documents")


def _rows(page: CasePage) -> list[list[str]]:
    model = _table(page).model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _row_of(page: CasePage, number: str) -> int:
    return next(r for r, row in enumerate(_rows(page)) if row[1] == number)


def _double_click(qtbot, page: CasePage, number: str):
    table = _table(page)
    index = table.model().index(_row_of(page, number), 1)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.letters_tab.shown, timeout=TIMEOUT) as blocker:  # the frozen bytes are read
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    viewer = blocker.args[0]
    assert viewer is page.letters_tab.viewer and viewer.isVisible()
    return viewer


def _select(qtbot, page: CasePage, number: str) -> None:
    table = _table(page)
    rect = table.visualRect(table.model().index(_row_of(page, number), 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.letters_tab.selected().number == number


def _button(page: CasePage, name: str) -> QPushButton:
    return page.findChild(QPushButton, name)


def _pdf_text(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))


def _prints(workspace) -> list[usage_log.LogEntry]:
    with workspace.db.session() as s:
        from credit_desk.store import usage_log as log_store

        return [e for e in log_store.query(s, None, limit=100) if e.action == usage_log.PRINT]


def _correct(qtbot, page: CasePage, number: str, reason: str):
    _select(qtbot, page, number)
    qtbot.mouseClick(_button(page, "letter-correct"), Qt.MouseButton.LeftButton)
    dialog = page.letters_tab.correction
    assert dialog is not None and dialog.isVisible()
    type_cjk(dialog.findChild(QPlainTextEdit, "reason"), reason)
    return dialog


# --------------------------------------------------------------------------- the officer's work


def test_the_tab_lists_each_letter_with_its_delivery(page):
    rows = _rows(page)
    assert [(r[0], r[1]) for r in rows] == [("D-01 告知书", D01), ("D-03 列入决定书", D03),
                                            ("D-08 信用修复告知书", "青山县市监信修告〔2026〕1号")]
    header = _table(page).model()
    assert [header.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["文书", "文号", "成文日期"]
    assert rows[0][3] == "2026年9月28日 直接送达"
    assert rows[1][3] == "未送达"
    for name in ("letter-view", "letter-correct", "letter-delivery-form"):
        assert not _button(page, name).isEnabled()  # nothing selected yet
    assert _button(page, "letter-correct").text() == "出具更正文书…"
    assert _button(page, "letter-delivery-form").text() == "打印送达回证…"


def test_double_click_opens_the_letter_as_it_was_issued(qtbot, page, workspace, decided):
    viewer = _double_click(qtbot, page, D03)
    assert viewer.document.pageCount() > 0
    assert D03 in viewer.list.item(0).text()
    stored = next(d for d in load_case_docs(workspace, decided) if d.number == D03)
    assert viewer.letters[0].pdf == stored.pdf  # the frozen bytes, never a new rendering
    assert D03 in _pdf_text(viewer.letters[0].pdf)
    assert "原样" in viewer.note.text()


def load_case_docs(workspace, case_id):
    from credit_desk.services.issuing import issued_letters

    return issued_letters(workspace, case_id)


def test_correcting_the_decision_issues_a_new_number_and_both_letters_stay(qtbot, page, workspace, decided):
    # a reason is required: without one the dialog says so next to the field and issues nothing
    _select(qtbot, page, D03)
    qtbot.mouseClick(_button(page, "letter-correct"), Qt.MouseButton.LeftButton)
    dialog = page.letters_tab.correction
    assert "编辑案件" in dialog.intro.text() and D03 in dialog.intro.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "更正理由" in dialog.field_errors()["reason"]
    assert len(load_case_docs(workspace, decided)) == 3
    type_cjk(dialog.findChild(QPlainTextEdit, "reason"), "决定书中当事人住所地址有误")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    rows = {r[1]: r for r in _rows(page)}
    assert rows[D03][4] == f"已被{D03_CORRECTED}替代"
    assert rows[D03_CORRECTED][4] == f"替代{D03}"
    assert rows[D03_CORRECTED][0] == "D-03 列入决定书"
    # the repair notice prints the decision's number: corrected with it (two books, one delivery)
    assert rows[D08][4] == f"已被{D08_CORRECTED}替代" and rows[D08_CORRECTED][4] == f"替代{D08}"
    assert "5" in page.tabs.tabText(1)
    # the new letters are offered at once
    offered = page.letters_tab.viewer
    assert offered.isVisible() and [x.number for x in offered.letters] == [D03_CORRECTED, D08_CORRECTED]
    assert D08_CORRECTED in offered.note.text() and "一并送达" in offered.note.text()
    # the case now points at the new number; the reason is in the history
    assert load_case(workspace, decided).decision.number == D03_CORRECTED
    with workspace.db.session() as s:
        line = next(e for e in case_store.case_history(s, decided) if e.action == "correct:D-03")
    assert line.officer == OFFICER and line.findings[0]["reason"] == "决定书中当事人住所地址有误"

    # both open and show their pages; the old one says it was superseded
    old = _double_click(qtbot, page, D03)
    assert old.document.pageCount() > 0 and D03 in _pdf_text(old.letters[0].pdf)
    assert D03_CORRECTED in old.note.text() and "仍可打印" in old.note.text()
    new = _double_click(qtbot, page, D03_CORRECTED)
    assert new.document.pageCount() > 0 and D03_CORRECTED in _pdf_text(new.letters[0].pdf)

    # the superseded letter cannot be corrected again; the latest one can
    _select(qtbot, page, D03)
    assert not _button(page, "letter-correct").isEnabled()
    assert _button(page, "letter-view").isEnabled()
    _select(qtbot, page, D03_CORRECTED)
    assert _button(page, "letter-correct").isEnabled()


def test_a_correction_the_rules_refuse_is_shown_in_the_dialog_with_rule_and_citation(
    qtbot, page, workspace, decided
):
    case = load_case(workspace, decided)
    wrong = case.subject.uscc[:-1] + ("0" if case.subject.uscc[-1] != "0" else "1")
    save_case(workspace, case.model_copy(update={"subject": case.subject.model_copy(update={"uscc": wrong})}),
              officer=OFFICER)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.reload()
    dialog = _correct(qtbot, page, D03, "统一社会信用代码有误")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.refusal is not None, timeout=TIMEOUT)
    assert dialog.isVisible()
    assert "更正文书不能出具" in dialog.findChild(QLabel, "step-problem").text()
    shown = dialog.shown_findings()
    assert any("R-13" in f and "GB 32100" in f for f in shown)
    assert len(load_case_docs(workspace, decided)) == 3  # no number used


def test_proof_of_delivery_for_the_undelivered_decision_then_printing_is_logged(
    qtbot, page, workspace, decided, file_printer
):
    _select(qtbot, page, D01)
    assert _button(page, "letter-delivery-form").isEnabled()  # delivered: printed filled from the record
    _select(qtbot, page, D03)
    with qtbot.waitSignal(page.letters_tab.shown, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(_button(page, "letter-delivery-form"), Qt.MouseButton.LeftButton)
    viewer = blocker.args[0]
    assert viewer.windowTitle() == f"送达回证（{D03}）"
    assert viewer.document.pageCount() == 1
    text = _pdf_text(viewer.letters[0].pdf)
    assert "送达回证" in text and f"文号：{D03}" in text
    assert "送达日期：＿＿＿＿年＿＿月＿＿日" in text
    assert "受送达人签名（盖章）：＿＿" in text and "签名：＿＿＿＿＿＿、＿＿＿＿＿＿" in text
    assert "勾选送达方式" in viewer.note.text()

    with qtbot.waitSignal(viewer.printed, timeout=TIMEOUT):
        qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)
    assert file_printer[0].read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: len(_prints(workspace)) == 1, timeout=TIMEOUT)

    # and the decision itself, as issued
    letter = _double_click(qtbot, page, D03)
    with qtbot.waitSignal(letter.printed, timeout=TIMEOUT):
        qtbot.mouseClick(letter.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_prints(workspace)) == 2, timeout=TIMEOUT)
    form_entry, letter_entry = sorted(_prints(workspace), key=lambda e: e.id)
    for entry in (form_entry, letter_entry):
        assert entry.officer == OFFICER and entry.object == f"case:{decided}"
    assert "D-06" in form_entry.details and D03 in form_entry.details
    assert f"D-03 {D03}" in letter_entry.details and "页" in letter_entry.details


def test_no_proof_of_delivery_for_a_superseded_undelivered_letter(qtbot, page):
    dialog = _correct(qtbot, page, D03, "文号更正")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _select(qtbot, page, D03)
    assert not _button(page, "letter-delivery-form").isEnabled()  # the corrected one is delivered instead
    _select(qtbot, page, D03_CORRECTED)
    assert _button(page, "letter-delivery-form").isEnabled()


def test_an_issued_letter_is_saved_as_word_from_its_frozen_fields(qtbot, page, workspace, decided, monkeypatch,
                                                                  tmp_path):
    """Every letter also exports as DOCX for Word/WPS (issue 4 item 1): typeset from the snapshot of the
    letter as issued, so it says what the PDF says even after the case was edited; logged (R-17)."""
    from docx import Document
    from PySide6.QtWidgets import QFileDialog

    case = load_case(workspace, decided)
    case.conduct_summary = "事后改动的事实描述"
    save_case(workspace, case, officer=OFFICER)
    viewer = _double_click(qtbot, page, D03)
    target = tmp_path / "决定书"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    button = viewer.findChild(QPushButton, "issued-letters-word")
    assert button.isEnabled() and button.text() == "另存为 Word…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "决定书.docx"
    qtbot.waitUntil(saved.exists, timeout=10000)  # typeset off the GUI thread
    QThreadPool.globalInstance().waitForDone(5000)
    text = "".join(p.text for p in Document(str(saved)).paragraphs)
    assert D03 in re.sub(r"\s+", "", text)
    assert "事后改动" not in text and "非食品原料" in text  # the facts as issued
    QThreadPool.globalInstance().waitForDone(5000)
    with workspace.db.session() as s:
        from credit_desk.store import usage_log as log_store

        exports = [e for e in log_store.query(s, None, limit=100) if e.action == usage_log.EXPORT]
    assert any(str(saved) in e.details and e.purpose == "出具文书 D-03" for e in exports)
