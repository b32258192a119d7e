"""The one background-work API: results, failures, progress and cancel arrive on the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from credit_desk.ui.background import run_in_background, run_with_progress

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _drain():
    yield
    QThreadPool.globalInstance().waitForDone()


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def done(value):
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    run_in_background(work, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=3000)
    assert seen["value"] == 42 and seen["gui"] and seen["worker"] != threading.get_ident()


def test_failure_goes_to_on_error_with_traceback(qtbot):
    got = []
    run_in_background(lambda: 1 / 0, on_error=lambda exc, tb: got.append((exc, tb)))
    qtbot.waitUntil(lambda: bool(got), timeout=3000)
    assert isinstance(got[0][0], ZeroDivisionError) and "ZeroDivisionError" in got[0][1]


def test_failure_without_handler_reaches_the_crash_path(qtbot, _no_modal_dialogs):
    run_in_background(lambda: [][1])
    qtbot.waitUntil(lambda: any(kind == "crash" for kind, *_ in _no_modal_dialogs), timeout=3000)


def test_progress_and_cancel(qtbot):
    progress, cancelled = [], []

    def work(task):
        for i in range(200):
            task.progress(i, 200, f"第{i}项")
            task.check_cancelled()
            time.sleep(0.005)
        return "finished"

    task = run_in_background(work, on_progress=lambda d, t, s: progress.append(d),
                             on_cancelled=lambda: cancelled.append(True), on_done=lambda r: cancelled.append(r))
    qtbot.waitUntil(lambda: len(progress) > 3, timeout=3000)
    task.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=3000)
    assert cancelled == [True]


@pytest.mark.parametrize("run", range(10))
def test_progress_dialog_shown_then_closed_never_deadlocks(qtbot, run):
    """The dialog appears (the work outlasts its minimum duration) and closes when the work is done.

    Regression: Qt deleting the runnable without the GIL used to drop the last reference to the Task,
    whose disconnect from the dialog then waited for the GIL while the GUI thread closed the dialog.
    """
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    done = []

    def work(task):
        for i in range(8):
            task.progress(i, 8, "")
            time.sleep(0.06)
        return run

    _task, dialog = run_with_progress(parent, "处理中", work, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [run] and not dialog.isVisible()
