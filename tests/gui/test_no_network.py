"""No network (issue 5, item 7): the main paths of Credit Desk open no socket.

Two nets: Python's ``socket.socket`` / ``socket.create_connection`` are replaced by functions that
fail the test, and the process's open file descriptors are compared before and after, which also
catches a socket opened by C++ code (Qt, a driver) that never goes through Python's ``socket``.
"""

from __future__ import annotations

import os
import socket
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from credit_desk.services import cases as case_svc
from credit_desk.services import issuing, rendering, usage_log
from credit_desk.services.office import save_office
from credit_desk.services.verify import verify
from credit_desk.services.workspace import open_workspace

pytestmark = pytest.mark.gui

CASE_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "cases" / "samr_company.json"


def open_sockets() -> set[str]:
    """The sockets this process holds (Linux: /proc/self/fd links read ``socket:[inode]``)."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # closed meanwhile (the listing's own descriptor)
            continue
        if target.startswith("socket:"):
            found.add(target)
    return found


@pytest.fixture
def no_sockets(monkeypatch):
    attempts: list[tuple] = []

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append(("socket", args))
            raise OSError("Credit Desk must not open sockets")

    def no_connection(*args, **kwargs):
        attempts.append(("create_connection", args))
        raise OSError("Credit Desk must not open connections")

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", no_connection)
    return attempts


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux /proc")
def test_main_paths_open_no_socket(qtbot, no_sockets, tmp_path, samr_case):
    from credit_desk.ui.main_window import MainWindow
    from credit_desk.ui.usage_log_view import UsageLogWindow

    before = open_sockets()
    ws = open_workspace(f"sqlite:///{tmp_path / 'cd.sqlite3'}")
    try:
        save_office(ws, samr_case.office)
        case_id = case_svc.import_case_file(ws, CASE_FILE).case_id
        case = case_svc.load_case(ws, case_id)
        assert rendering.render_document(case, ws.catalogs, doc_id="D-03", calendar=ws.calendar,
                                         settings=ws.settings).pdf.startswith(b"%PDF")
        letter = issuing.issue_letter(ws, case_id, "D-01", issue_date=date(2026, 11, 2), officer="李明")
        assert letter.pdf.startswith(b"%PDF")

        window = MainWindow(ws, office=samr_case.office)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.case_page.show_case(case_id)
        qtbot.waitUntil(lambda: usage_log.count(ws, usage_log.LogFilter(action="view")) == 1, timeout=20_000)
        viewer = UsageLogWindow(ws, window)
        qtbot.addWidget(viewer)
        viewer.show()
        qtbot.waitUntil(lambda: viewer.page is not None, timeout=20_000)
        assert verify(ws).ok
        QThreadPool.globalInstance().waitForDone()
    finally:
        ws.db.dispose()
    assert no_sockets == []
    assert open_sockets() - before == set()


def test_the_guard_would_see_a_socket(no_sockets):
    """Control for the test above: the patched ``socket`` refuses and records."""
    with pytest.raises(OSError, match="must not"):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(OSError, match="must not"):
        socket.socket()
    assert [a[0] for a in no_sockets] == ["create_connection", "socket"]
