"""The first frame (issue 3): the register fills first, the case page moves in right after without a jump.

The main window shows the register before the case page's modules are even imported (start-up time);
an empty slot sized like the empty case page holds its place. These tests keep that slot's size equal
to the real page's, and check that the page arrives by itself and works when a case is opened.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel

from credit_desk.domain.model import Case
from credit_desk.store import cases as case_store
from credit_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"


def _case() -> Case:
    return Case.model_validate(json.loads((CASES / "samr_company.json").read_text("utf-8"))["case"])


@pytest.fixture
def window(qtbot, workspace):
    w = MainWindow(workspace, office=None)
    w.resize(1366, 768)
    qtbot.addWidget(w)
    yield w
    QThreadPool.globalInstance().waitForDone()


def test_the_case_page_arrives_after_the_first_register_page_and_nothing_moves(qtbot, window):
    with qtbot.waitSignal(window.register.search_finished, timeout=5000):
        window.show()
    first_sizes = window._splitter.sizes()
    qtbot.waitUntil(lambda: window._case_page is not None, timeout=5000)  # built by itself, not on demand
    page = window._case_page
    assert window._splitter.widget(1) is page
    assert window.findChild(QLabel, "case-title").text() == "No case selected"
    assert window._splitter.sizes() == first_sizes


def test_opening_a_case_before_the_page_was_built_shows_it(qtbot, window, workspace):
    with workspace.db.session() as s:
        case_id = case_store.save_case(s, _case())
    assert window._case_page is None  # never shown: nothing built yet
    with qtbot.waitSignal(window.register.search_finished, timeout=5000):
        window.register.search_now()
    window.register.case_activated.emit(case_id)
    page = window._case_page
    assert page is not None
    qtbot.waitUntil(lambda: page.case_id == case_id, timeout=5000)
    qtbot.waitUntil(lambda: page.findChild(QLabel, "case-title").text() == _case().subject.name, timeout=5000)
