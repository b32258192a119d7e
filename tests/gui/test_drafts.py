"""Drafts are safe: autosave within 5 s, the crash path, closing, the offer on start, a SIGKILL; input helpers."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QToolButton
from wizard_driver import button, click, set_text, type_into, widget

from credit_desk.services.drafting import pending_draft, save_draft
from credit_desk.services.workspace import open_workspace
from credit_desk.ui import errors
from credit_desk.ui.widgets.date_edit import DateEdit
from credit_desk.ui.widgets.identifier_edit import IdentifierEdit
from credit_desk.ui.widgets.rare_char import RareCharDialog, parse_code_point
from credit_desk.ui.wizard import DraftingWindow, offer_pending_draft

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
NAME = "陈𠈌䶮"


@pytest.fixture
def window(qtbot, workspace):
    w = DraftingWindow(workspace, officer="李明")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def draft_name(ws) -> str:
    d = pending_draft(ws)
    return d.case.subject.name if d else ""


# --- autosave ------------------------------------------------------------------------------------------


def test_autosave_within_five_seconds_of_typing(qtbot, window, workspace):
    assert pending_draft(workspace) is None
    type_into(qtbot, widget(window, "subject.name"), NAME)
    type_into(qtbot, widget(window, "subject.uscc"), "91411122358172640B")
    started = time.monotonic()
    qtbot.waitUntil(lambda: pending_draft(workspace) is not None, timeout=5000)
    assert time.monotonic() - started <= 5.0
    draft = pending_draft(workspace)
    assert draft.case.subject.name == NAME and draft.case.subject.uscc == "91411122358172640B"
    assert draft.page == "party"
    status = window.findChild(QLabel, "autosave_status")
    qtbot.waitUntil(lambda: status.text() != "", timeout=2000)  # told on the GUI thread once written


def test_continuous_typing_is_still_saved(qtbot, workspace):
    """The long timer saves even when the debounce keeps being restarted."""
    w = DraftingWindow(workspace)
    qtbot.addWidget(w)
    w.keeper.debounce.setInterval(60_000)
    w.keeper.max_wait.setInterval(300)
    type_into(qtbot, widget(w, "subject.name"), "王")
    qtbot.waitUntil(lambda: draft_name(workspace) == "王", timeout=5000)
    w.close()


def test_the_crash_path_saves_the_draft_first(qtbot, window, workspace):
    type_into(qtbot, widget(window, "subject.name"), NAME)
    assert window._crash_save in errors.draft_savers
    errors.report(RuntimeError("boom"), "Traceback: boom")
    assert draft_name(workspace) == NAME  # saved synchronously, before the crash dialog
    assert errors.shown[-1][0] == "crash"


def test_cancel_keeps_the_draft_and_the_next_start_offers_it(qtbot, window, workspace):
    type_into(qtbot, widget(window, "subject.name"), NAME)
    click(qtbot, button(window, "btn_cancel"))
    assert not window.isVisible()
    assert errors.shown[-1][0] == "question"
    assert window._crash_save not in errors.draft_savers
    assert draft_name(workspace) == NAME
    again = offer_pending_draft(workspace, officer="李明")
    qtbot.addWidget(again)
    assert errors.shown[-1][2].startswith("An unfinished draft was found") or "草稿" in errors.shown[-1][2]
    assert again.findChild(QLineEdit, "field_subject.name").text() == NAME
    assert again.keeper.draft_id == pending_draft(workspace).id
    again.close()


def test_no_offer_without_a_draft(workspace):
    assert offer_pending_draft(workspace) is None


def test_a_draft_reopens_on_its_page(qtbot, workspace, samr_case):
    draft_id = save_draft(workspace, samr_case, page="sanctions")
    w = offer_pending_draft(workspace)
    qtbot.addWidget(w)
    assert w.wizard.current_key() == "sanctions"
    assert w.keeper.draft_id == draft_id
    w.close()


def test_discarding_on_close_deletes_the_draft(qtbot, window, workspace, monkeypatch):
    type_into(qtbot, widget(window, "subject.name"), NAME)
    window.save_draft_now()
    assert draft_name(workspace) == NAME
    monkeypatch.setattr(window, "ask_on_close", lambda: "discard")
    window.close()
    assert pending_draft(workspace) is None


def test_staying_keeps_the_window_open(qtbot, window, monkeypatch):
    type_into(qtbot, widget(window, "subject.name"), NAME)
    monkeypatch.setattr(window, "ask_on_close", lambda: "stay")
    window.close()
    assert window.isVisible()
    monkeypatch.setattr(window, "ask_on_close", lambda: "keep")


def test_an_untouched_wizard_closes_without_asking_and_leaves_no_draft(qtbot, window, workspace):
    window.close()
    assert not window.isVisible()
    assert errors.shown == []
    assert pending_draft(workspace) is None


KILL_SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication, QLineEdit
    app = QApplication([])
    from credit_desk.services.workspace import open_workspace
    from credit_desk.ui.wizard import DraftingWindow
    ws = open_workspace(sys.argv[1])
    w = DraftingWindow(ws)
    w.resize(1366, 768)
    w.show()
    w.keeper.saved.connect(lambda *a: print("SAVED", time.monotonic(), flush=True))
    edit = w.findChild(QLineEdit, "field_subject.name")
    edit.setFocus()
    ev = QInputMethodEvent()
    ev.setCommitString(sys.argv[2])
    QApplication.sendEvent(edit, ev)
    print("TYPED", time.monotonic(), flush=True)
    app.exec()
    """
)


def test_draft_survives_sigkill(tmp_path):
    script = tmp_path / "typist.py"
    script.write_text(KILL_SCRIPT, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'killed.sqlite3'}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CREDIT_DESK_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, str(script), url, NAME], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8")
    stamps: dict[str, float] = {}
    try:
        with selectors.DefaultSelector() as sel:
            sel.register(proc.stdout, selectors.EVENT_READ)
            deadline = time.monotonic() + 60
            while "SAVED" not in stamps and time.monotonic() < deadline:
                if sel.select(timeout=deadline - time.monotonic()):
                    line = proc.stdout.readline()
                    if not line:
                        break
                    word, _, at = line.strip().partition(" ")
                    stamps[word] = float(at)
        assert "SAVED" in stamps, "the child never saved its draft"
        assert stamps["SAVED"] - stamps["TYPED"] <= 5.0
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    ws = open_workspace(url)
    try:
        draft = pending_draft(ws)
        assert draft is not None and draft.case.subject.name == NAME
    finally:
        ws.db.dispose()


# --- input helpers -------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["U+2020C", "u+2020c", "2020C", "0x2020C", "𠈌", " U+2020C "])
def test_code_point_forms(typed):
    assert parse_code_point(typed) == "\U0002020c"


@pytest.mark.parametrize("typed", ["", "U+", "xyz", "U+110000", "U+0007", "U+D800"])
def test_bad_code_points(typed):
    assert parse_code_point(typed) is None


def test_rare_character_inserted_at_the_cursor_by_shortcut(qtbot, window):
    name = window.findChild(QLineEdit, "field_subject.name")
    type_into(qtbot, name, "陈䶮")
    name.setCursorPosition(1)
    qtbot.keyClick(name, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(RareCharDialog, "rare_char_dialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "rare_code"), "U+2020C")
    assert dialog.findChild(QLabel, "rare_preview").text() == "𠈌"
    qtbot.mouseClick(dialog.findChild(QPushButton, "rare_insert"), Qt.MouseButton.LeftButton)
    assert name.text() == NAME
    assert window.case.subject.name == NAME


def test_rare_character_from_the_list_and_toolbar(qtbot, window):
    address = window.findChild(QLineEdit, "field_subject.address")
    type_into(qtbot, address, "城关镇")
    address.setFocus()
    window.rare_action.trigger()
    dialog = window.findChild(RareCharDialog, "rare_char_dialog")
    qtbot.mouseClick(dialog.findChild(QToolButton, "rare_char_5803"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(QLineEdit, "rare_code").text() == "U+5803"
    qtbot.mouseClick(dialog.findChild(QPushButton, "rare_insert"), Qt.MouseButton.LeftButton)
    assert address.text() == "城关镇堃"


def test_bad_code_point_cannot_be_inserted(qtbot):
    dialog = RareCharDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "rare_code"), "U+ZZ")
    assert not dialog.findChild(QPushButton, "rare_insert").isEnabled()
    assert dialog.findChild(QLabel, "rare_info").text()


def test_identifier_edit_checks_as_typed(qtbot):
    edit = IdentifierEdit("ric")
    qtbot.addWidget(edit)
    message = edit.findChild(QLabel, "identifier_message")
    qtbot.keyClicks(edit.line_edit, "4111222008")
    assert "10" in message.text() and message.property("state") == "partial"
    qtbot.keyClicks(edit.line_edit, "1103123")
    qtbot.keyClicks(edit.line_edit, "8")
    assert message.text() == "身份证号码校验位错误：应为 9，实为 8"
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit.line_edit, "9")
    assert message.property("state") == "ok"


def test_date_edit_empty_typed_cleared(qtbot):
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    assert edit.value() is None and edit.edit.text() == edit.edit.specialValueText()
    got: list[date | None] = []
    edit.valueChanged.connect(got.append)
    edit.edit.setFocus()
    qtbot.keyClicks(edit.edit, "20260315")
    assert edit.value() == date(2026, 3, 15) and got[-1] == date(2026, 3, 15)
    edit.edit.calendarWidget().setSelectedDate(QDate(2026, 4, 1))
    edit.edit.calendarWidget().clicked.emit(QDate(2026, 4, 1))
    assert edit.value() == date(2026, 4, 1)
    qtbot.mouseClick(edit.clear_button, Qt.MouseButton.LeftButton)
    assert edit.value() is None
    edit.setValue(date(2026, 1, 2))
    assert edit.value() == date(2026, 1, 2)


def test_helpers_are_reachable_from_every_text_field(window):
    from credit_desk.ui.wizard.page import WizardPageView

    for view in window.findChildren(WizardPageView):
        for e in view.all_editors():
            if isinstance(e.editor, (QLineEdit, QPlainTextEdit)):
                assert any(a.objectName() == "insert_rare_char" for a in e.editor.actions()), e.path


def test_set_text_helper_clears(qtbot, window):
    name = widget(window, "subject.name")
    set_text(qtbot, name, "王")
    set_text(qtbot, name, "李")
    assert window.case.subject.name == "李"
    assert QApplication.focusWidget() is name
