"""The usage log in the GUI (R-17): views, prints and exports are recorded where they happen; the viewer
filters and exports for an inspector (purpose asked); 记录 › 完整性校验 shows a report naming bad records."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog
from qt_helpers import type_cjk

from credit_desk.services import cases as case_svc
from credit_desk.services import issuing, usage_log
from credit_desk.services.office import save_office
from credit_desk.ui import printing
from credit_desk.ui.main_window import MainWindow
from credit_desk.ui.preview import PreviewPane
from credit_desk.ui.usage_log_view import UsageLogWindow, last_report_dialog
from credit_desk.ui.usage_record import PurposeDialog

pytestmark = pytest.mark.gui

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"
TIMEOUT = 20_000


@pytest.fixture(autouse=True)
def _no_workers_left(qapp):
    yield
    QThreadPool.globalInstance().waitForDone()
    qapp.processEvents()


@pytest.fixture
def stored(workspace, samr_case) -> int:
    save_office(workspace, samr_case.office)
    return case_svc.save_case(workspace, samr_case.model_copy(update={"id": None})).case_id


@pytest.fixture
def window(qtbot, workspace, samr_case, stored):
    w = MainWindow(workspace, office=samr_case.office)
    w.officer = "李明"
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def entries(ws, **f):
    return usage_log.query(ws, usage_log.LogFilter(**f)).entries


def wait_for_entry(qtbot, ws, **f):
    qtbot.waitUntil(lambda: bool(entries(ws, **f)), timeout=TIMEOUT)
    return entries(ws, **f)[0]


def purpose_dialog(qtbot, parent) -> PurposeDialog:
    qtbot.waitUntil(lambda: parent.findChild(PurposeDialog) is not None, timeout=TIMEOUT)
    return parent.findChild(PurposeDialog)


def test_showing_a_case_records_a_view_by_the_officer(qtbot, window, workspace, stored):
    window.case_page.show_case(stored)
    e = wait_for_entry(qtbot, workspace, action="view")
    assert (e.officer, e.object) == ("李明", f"case:{stored}")


def test_printing_and_exporting_a_letter_are_recorded(qtbot, workspace, samr_case, stored, monkeypatch, tmp_path):
    out, target = tmp_path / "printed.pdf", tmp_path / "决定书.pdf"

    def file_printer(parent, page_count):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        printing.configure_a4(printer)
        return printer

    monkeypatch.setattr(printing, "choose_printer", file_printer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    pane = PreviewPane(workspace, "D-03", debounce_ms=0)
    qtbot.addWidget(pane)
    pane.show()
    with qtbot.waitSignal(pane.rendered, timeout=TIMEOUT):
        pane.update_case(samr_case.model_copy(update={"id": stored}))
    with qtbot.waitSignal(pane.printed, timeout=TIMEOUT) as printed:
        pane.print_button.click()
    p = wait_for_entry(qtbot, workspace, action="print")
    assert p.object == f"case:{stored}" and f"{printed.args[1]} 页" in p.details
    with qtbot.waitSignal(pane.exported, timeout=TIMEOUT):
        pane.export_button.click()
    x = wait_for_entry(qtbot, workspace, action="export")
    assert (x.object, x.purpose) == (f"case:{stored}", "出具文书 D-03") and str(target) in x.details


def test_exporting_a_case_file_asks_the_purpose_first(qtbot, window, workspace, stored, monkeypatch, tmp_path):
    target = tmp_path / "case.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.export_case(stored)
    dialog = purpose_dialog(qtbot, window)
    assert not dialog.ok_button.isEnabled() and not target.exists(), "nothing is written before the purpose"
    type_cjk(dialog.edit, "移送法院")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    e = wait_for_entry(qtbot, workspace, action="export")
    assert (e.officer, e.object, e.purpose) == ("李明", f"case:{stored}", "移送法院")
    assert json.loads(target.read_text(encoding="utf-8"))["case"]["subject"]["name"] == "青山县味佳食品有限公司"


def test_viewer_filters_and_exports_for_an_inspector(qtbot, workspace, monkeypatch, tmp_path):
    usage_log.log_view(workspace, "李明", 1)
    usage_log.log_print(workspace, "王芳", "case:1", details="D-03，2 页")
    usage_log.log_export(workspace, "李明", "case:2", "移送法院", details="案件文件")
    viewer = UsageLogWindow(workspace)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 3, timeout=TIMEOUT)
    assert "3" in viewer.count_label.text()
    first = [viewer.model.index(0, c).data() for c in range(viewer.model.columnCount())]
    assert first[0] == "3" and first[2:6] == ["李明", "导出", "案件 2", "移送法院"]

    viewer.officer.setCurrentIndex(viewer.officer.findData("李明"))
    with qtbot.waitSignal(viewer.loaded, timeout=TIMEOUT) as loaded:
        qtbot.mouseClick(viewer.apply_button, Qt.MouseButton.LeftButton)
    assert loaded.args == [2]
    type_cjk(viewer.search, "法院")
    with qtbot.waitSignal(viewer.loaded, timeout=TIMEOUT) as loaded:
        qtbot.mouseClick(viewer.apply_button, Qt.MouseButton.LeftButton)
    assert loaded.args == [1] and viewer.model.index(0, 4).data() == "案件 2"

    target = tmp_path / "inspector.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(viewer.export_button, Qt.MouseButton.LeftButton)
    dialog = purpose_dialog(qtbot, viewer)
    type_cjk(dialog.edit, "年度检查")
    with qtbot.waitSignal(viewer.exported, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert [r[4] for r in rows[1:]] == ["case:2"], "the export holds what the filters show"
    logged = entries(workspace, action=usage_log.EXPORT_LOG)[0]
    assert logged.purpose == "年度检查"


def test_verify_from_the_records_menu_names_a_tampered_letter(qtbot, window, workspace, stored, tmp_path):
    letter = issuing.issue_letter(workspace, stored, "D-01", issue_date=date(2026, 11, 2), officer="李明")
    assert window.records_menu.title() and window.verify_action in window.records_menu.actions()
    window.verify_action.trigger()
    qtbot.waitUntil(lambda: last_report_dialog() is not None, timeout=TIMEOUT)
    report = last_report_dialog()
    assert report.report.ok and report.report.rerendered == 1
    report.grab().save(str(tmp_path / "verify_ok.png"))
    report.close()
    QApplication.processEvents()

    db_file = workspace.db.url.removeprefix("sqlite:///")
    con = sqlite3.connect(db_file)
    pdf = bytearray(con.execute("SELECT pdf FROM document WHERE id = ?", (letter.id,)).fetchone()[0])
    pdf[100] ^= 0xFF
    con.execute("UPDATE document SET pdf = ? WHERE id = ?", (bytes(pdf), letter.id))
    con.commit()
    con.close()
    window.verify_action.trigger()
    qtbot.waitUntil(lambda: last_report_dialog() is not None and not last_report_dialog().report.ok,
                    timeout=TIMEOUT)
    dialog = last_report_dialog()
    assert f"document#{letter.id}" in dialog.details.toPlainText()
    assert "SHA-256 不符" in dialog.details.toPlainText() and "R-16" in dialog.details.toPlainText()
    assert dialog.headline.text()
    dialog.close()
