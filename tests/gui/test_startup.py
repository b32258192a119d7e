"""Start-up pieces app.py calls: logging with Qt messages, the crash path, translations, the first run."""

from __future__ import annotations

import faulthandler
import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, qWarning
from PySide6.QtWidgets import QLineEdit, QPushButton
from qt_helpers import type_cjk

from credit_desk.services import office as office_service
from credit_desk.ui import errors, startup
from credit_desk.ui.office_dialog import OfficeDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def logging_setup(tmp_path):
    setup = startup.setup_logging(directory=tmp_path / "logs", capture_warnings=False)
    yield setup
    setup.close()


@pytest.fixture
def crash_handler(tmp_path, logging_setup):
    handler = startup.install_crash_handler(fault_directory=tmp_path / "logs")
    yield handler
    handler.uninstall()


def log_text(setup: startup.LoggingSetup) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert setup.log_file is not None
    return setup.log_file.read_text(encoding="utf-8")


# --- logging ------------------------------------------------------------------------------------


def test_log_file_in_the_logs_folder_and_named_for_the_crash_dialog(logging_setup, tmp_path):
    assert logging_setup.log_file == tmp_path / "logs" / "credit-desk.log"
    assert errors.log_file == logging_setup.log_file
    logging.getLogger("credit_desk.services.office").info("profile saved")
    logging.getLogger("sqlalchemy.engine").info("SELECT noise")  # third-party chatter stays out
    text = log_text(logging_setup)
    assert "credit_desk.services.office: profile saved" in text
    assert "SELECT noise" not in text


def test_qt_messages_are_routed_into_the_log(logging_setup):
    qWarning("a Qt warning for the log")
    assert "WARNING credit_desk.qt: a Qt warning for the log" in log_text(logging_setup)


def test_closing_the_setup_restores_logging(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers), root.level
    setup = startup.setup_logging(directory=tmp_path, capture_warnings=False)
    setup.close()
    assert (list(root.handlers), root.level) == before
    assert errors.log_file is None


def test_an_unwritable_log_folder_falls_back_to_stderr(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    setup = startup.setup_logging(directory=blocker / "logs", capture_warnings=False)
    try:
        assert setup.log_file is None
    finally:
        setup.close()


# --- crash path ---------------------------------------------------------------------------------


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_qt_slot_saves_drafts_and_names_the_log(qtbot, crash_handler, logging_setup,
                                                                  _no_modal_dialogs):
    saved: list[str] = []
    errors.draft_savers.append(lambda: saved.append("draft"))
    button = QPushButton("boom")
    button.setObjectName("boom")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise RuntimeError("a bug in a slot")

    button.clicked.connect(broken_slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "crash" for kind, _, _ in _no_modal_dialogs), timeout=2000)
    kind, _title, text = _no_modal_dialogs[-1]
    assert kind == "crash"
    assert str(logging_setup.log_file) in text and "RuntimeError" in text
    assert saved == ["draft"]
    log = log_text(logging_setup)
    assert "a bug in a slot" in log and "broken_slot" in log


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_reaches_the_crash_dialog_on_the_gui_thread(qtbot, crash_handler,
                                                                             _no_modal_dialogs):
    def work() -> None:
        raise ValueError("a bug in a worker thread")

    worker = threading.Thread(target=work, name="worker-1")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: any(kind == "crash" for kind, _, _ in _no_modal_dialogs), timeout=2000)
    assert "a bug in a worker thread" in _no_modal_dialogs[-1][2]


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_the_crash_dialog_does_not_loop(qtbot, crash_handler, monkeypatch, _no_modal_dialogs):
    def failing_report(*_args):
        raise OSError("the dialog failed too")

    monkeypatch.setattr(errors, "report", failing_report)
    crash_handler.excepthook(RuntimeError, RuntimeError("first"), None)  # logged, not raised
    assert _no_modal_dialogs == []


def test_faulthandler_writes_to_the_logs_folder(crash_handler, tmp_path):
    assert crash_handler.fault_log == tmp_path / "logs" / "faulthandler.log"
    assert crash_handler.fault_log.exists()
    assert faulthandler.is_enabled()


def test_uninstall_restores_the_hooks(tmp_path):
    before = sys.excepthook, threading.excepthook
    handler = startup.install_crash_handler(fault_directory=tmp_path)
    assert sys.excepthook == handler.excepthook
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


# --- translations -------------------------------------------------------------------------------


def _compile_ts(folder: Path) -> None:
    ts = folder / "credit_desk_zh_CN.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="zh_CN">\n'
        "<context><name>OfficeDialog</name><message><source>Save</source>"
        "<translation>保存</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                   stdout=subprocess.DEVNULL)


def test_translations_load_qt_and_the_app_catalog(qapp, tmp_path):
    _compile_ts(tmp_path)
    previous = QLocale()
    installed = startup.install_translations(qapp, i18n_dir=tmp_path)
    try:
        assert QLocale().name() == "zh_CN"
        assert len(installed) == 2
        assert QCoreApplication.translate("OfficeDialog", "Save") == "保存"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_a_missing_app_catalog_is_not_fatal(qapp, tmp_path):
    previous = QLocale()
    installed = startup.install_translations(qapp, i18n_dir=tmp_path)
    try:
        assert len(installed) == 1  # Qt's own only
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


# --- first run ----------------------------------------------------------------------------------


def _drive(qtbot, *, accept: bool):
    """Stand-in for QDialog.exec: the officer fills the real dialog, then clicks Save or Cancel."""

    def fake_exec(dialog: OfficeDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        edits = {name: dialog.findChild(QLineEdit, name) for name in ("decidingBody", "abbreviation", "court")}
        type_cjk(edits["decidingBody"], "青山县市场监督管理局")
        type_cjk(edits["abbreviation"], "青山县市监")
        type_cjk(edits["court"], "青山县人民法院")
        name = "okButton" if accept else "cancelButton"
        qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
        return dialog.result()

    return fake_exec


def test_first_run_asks_for_the_profile_and_stores_it(qtbot, workspace, monkeypatch):
    monkeypatch.setattr(OfficeDialog, "exec", _drive(qtbot, accept=True))
    office = startup.ensure_office_profile(workspace)
    assert office is not None and office.deciding_body == "青山县市场监督管理局"
    assert office_service.load_office(workspace) == office


def test_cancelling_the_first_run_leaves_no_profile(qtbot, workspace, monkeypatch):
    monkeypatch.setattr(OfficeDialog, "exec", _drive(qtbot, accept=False))
    assert startup.ensure_office_profile(workspace) is None
    assert office_service.load_office(workspace) is None


def test_an_existing_profile_opens_no_dialog(workspace, samr_case, monkeypatch):
    office_service.save_office(workspace, samr_case.office)

    def no_dialog(_self) -> int:
        raise AssertionError("the dialog must not open")

    monkeypatch.setattr(OfficeDialog, "exec", no_dialog)
    assert startup.ensure_office_profile(workspace) == samr_case.office
