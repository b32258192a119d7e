"""The publication register tab, driven as an officer would: look, filter, search, export (R-14)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from qt_helpers import type_cjk

from credit_desk.domain.model import Publication
from credit_desk.services.cases import save_case
from credit_desk.ui.publication_view import COL_IDENTIFIER, COL_PARTY, COL_STATUS, PublicationRegisterWidget

PERSON_ID = "411122200811031239"


def _published(case, *, start, withdrawn=None, text=""):
    return case.model_copy(
        update={
            "id": None,
            "publication": Publication(
                start_date=start, end_date=date(2099, 1, 1), channels=["信用中国网站"], public_text=text,
                withdrawn_date=withdrawn, withdrawal_reason="信用修复" if withdrawn else "",
            ),
        }
    )


@pytest.fixture
def stored(workspace, minor_case, samr_case):
    """A natural person currently published, and a company whose publication was withdrawn."""
    person = save_case(workspace, _published(minor_case, start=date(2026, 10, 21))).case_id
    company = save_case(
        workspace, _published(samr_case, start=date(2025, 1, 6), withdrawn=date(2026, 3, 2))
    ).case_id
    return {"person": person, "company": company}


@pytest.fixture
def view(qtbot, workspace, stored):
    w = PublicationRegisterWidget(workspace)
    qtbot.addWidget(w)
    w.resize(1366, 700)
    with qtbot.waitSignal(w.refreshed, timeout=5000):
        w.show()
    yield w
    QThreadPool.globalInstance().waitForDone()


def _cells(view, column: int) -> list[str]:
    m = view.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def _all_text(view) -> str:
    m = view.model
    return "\n".join(str(m.data(m.index(r, c))) for r in range(m.rowCount()) for c in range(m.columnCount()))


def test_the_tab_shows_the_published_person_masked(view, qtbot):
    assert _cells(view, COL_PARTY) == ["陈**"]  # default filter: currently published only
    assert _cells(view, COL_IDENTIFIER) == ["411122********1239"]
    assert _cells(view, COL_STATUS) == ["公示中"]
    assert "陈𠈌䶮" not in _all_text(view) and PERSON_ID not in _all_text(view)
    # selecting the row shows the public text as published, masked too
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.table.visualRect(view.model.index(0, 0)).center())
    shown = view.text_view.toPlainText()
    assert "主体名称：陈**" in shown and "陈𠈌䶮" not in shown


def test_filter_and_search(view, qtbot):
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        qtbot.keyClick(view.filter_combo, Qt.Key.Key_Down)  # 已撤下
    assert _cells(view, COL_PARTY) == ["青山县味佳食品有限公司"]
    assert _cells(view, COL_STATUS) == ["已撤下"]
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        qtbot.keyClick(view.filter_combo, Qt.Key.Key_Down)  # 全部
    assert sorted(_cells(view, COL_PARTY)) == sorted(["陈**", "青山县味佳食品有限公司"])
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        type_cjk(view.search_edit, "𠈌䶮")  # the real name finds the row; it stays masked
    assert _cells(view, COL_PARTY) == ["陈**"]
    assert view.count_label.text()


def _export_via_dialog(view, qtbot, monkeypatch, target, *, fmt_index: int, encoding_index: int) -> None:
    """Click Export…, pick file type and encoding in the real dialog, accept; only the file dialog is faked."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    dialog = view.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.format_combo.setCurrentIndex(fmt_index)
    dialog.encoding_combo.setCurrentIndex(encoding_index)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_export_csv_in_gb18030_through_the_dialog(view, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "公示名单"
    with qtbot.waitSignal(view.exported, timeout=10000) as got:
        _export_via_dialog(view, qtbot, monkeypatch, target, fmt_index=0, encoding_index=1)
    written = tmp_path / "公示名单.csv"  # the suffix is added when the officer leaves it out
    assert got.args == [str(written)]
    assert str(written) in view.export_label.text()
    lines = list(csv.reader(io.StringIO(written.read_bytes().decode("gb18030"), newline="")))
    assert lines[0][:2] == ["案件编号", "主体名称"]
    assert [line[1] for line in lines[1:]] == ["陈**"]
    from credit_desk.services import usage_log
    from credit_desk.store.usage_log import LogFilter

    QThreadPool.globalInstance().waitForDone(5000)  # the log is written by a worker
    (entry,) = usage_log.query(view._ws, LogFilter(action=usage_log.EXPORT)).entries
    assert entry.object == f"file:{written}" and "公示" in entry.purpose


def test_xlsx_disables_the_encoding_choice(view, qtbot, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "公示名单.xlsx"
    with qtbot.waitSignal(view.exported, timeout=10000):
        _export_via_dialog(view, qtbot, monkeypatch, target, fmt_index=1, encoding_index=0)
        assert not view.export_dialog.encoding_combo.isEnabled()
    sheet = load_workbook(target).active
    assert sheet["B1"].value == "主体名称" and sheet["B2"].value == "陈**"


def test_an_unmasked_public_text_refuses_the_export(qtbot, workspace, minor_case, monkeypatch, tmp_path,
                                                    _no_modal_dialogs):
    leaking = _published(minor_case, start=date(2026, 10, 21), text=f"陈𠈌䶮（{PERSON_ID}）被列入名单")
    case_id = save_case(workspace, leaking).case_id
    view = PublicationRegisterWidget(workspace)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        view.show()
    target = tmp_path / "公示名单.csv"
    _export_via_dialog(view, qtbot, monkeypatch, target, fmt_index=0, encoding_index=0)
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _, _ in _no_modal_dialogs), timeout=10000)
    _kind, _title, message = _no_modal_dialogs[-1]
    assert f"案件 {case_id}" in message and "R-14" in message and "国办发〔2020〕49号 三(四)" in message
    assert not target.exists()
    assert view.export_button.isEnabled()
    QThreadPool.globalInstance().waitForDone()


def test_main_window_has_the_publication_tab(qtbot, workspace):
    from credit_desk.ui.main_window import MainWindow

    w = MainWindow(workspace, office=None)
    qtbot.addWidget(w)
    tab = w.findChild(PublicationRegisterWidget, "publicationView")
    assert tab is w.publication_view
    assert w.tabs.indexOf(tab) > 0
    QThreadPool.globalInstance().waitForDone()
