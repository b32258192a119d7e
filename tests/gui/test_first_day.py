"""A new officer's first day, end to end: fresh database → office profile → new case through the wizard →
the case in the register → the listing decision D-03 printed (to a PDF file, through the print path)."""

from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QTableView
from wizard_driver import button, click, fill_samr_company

from credit_desk.services import rendering
from credit_desk.services.office import save_office
from credit_desk.ui import printing
from credit_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_fresh_database_to_a_printed_decision(qtbot, workspace, samr_case, tmp_path, monkeypatch):
    # 1. first start: no office profile yet, so the desk is view-only and says why
    window = MainWindow(workspace, office=None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.new_case_action.isEnabled() and window.read_only_label.text()

    # 2. the office profile is filled in (the dialog itself is driven in test_office_dialog.py)
    save_office(workspace, samr_case.office)
    window._office_saved(samr_case.office)
    assert window.new_case_action.isEnabled() and not window.read_only_label.text()

    # 3. a new case, typed through every wizard page, finished
    drafting = window.new_case()  # owned by the main window, deleted on close
    drafting.resize(1366, 768)
    qtbot.waitExposed(drafting)
    fill_samr_company(qtbot, drafting)
    with qtbot.waitSignal(window.case_page.loaded, timeout=10000) as loaded:
        click(qtbot, button(drafting, "btn_finish"))
    case_id = loaded.args[0]
    table = window.register.findChild(QTableView, "register-table")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)
    assert table.model().index(0, 1).data() == "青山县味佳食品有限公司"

    # 4. reopen it and print D-03 from the preview; the officer picks "print to file" in the dialog
    out = tmp_path / "printed-D-03.pdf"

    def choose_printer(_parent, _pages):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(150)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printing.configure_a4(printer)
        return printer

    monkeypatch.setattr(printing, "choose_printer", choose_printer)
    editing = window.edit_case(case_id)
    qtbot.waitUntil(lambda: editing.preview.document() is not None, timeout=10000)
    with qtbot.waitSignal(editing.preview.printed, timeout=30000) as printed:
        editing.preview.findChild(QPushButton, "previewPrint").click()
    doc_id, pages = printed.args
    official = rendering.render_document(editing.case, workspace.catalogs, doc_id="D-03",
                                         calendar=workspace.calendar, settings=workspace.settings)
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert doc_id == "D-03"
    assert pages == len(reader.pages) == len(pypdf.PdfReader(io.BytesIO(official.pdf)).pages)
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(595.3, abs=2) and float(box.height) == pytest.approx(841.9, abs=2)
    editing.close()
    QThreadPool.globalInstance().waitForDone()
