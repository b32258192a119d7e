"""Benchmarks of the officer's desk (issue 3): start-up to a usable window, register search per keystroke.

``gui_section()`` returns a Markdown section for docs/benchmarks.md (``run_benchmarks.py`` appends it);
``python tests/bench/bench_gui.py`` prints it. Numbers are measured, never asserted.

(a) Start-up: wall time from launching a new Python process until its window is usable, median of 5,
    for a bare PySide6 ``QMainWindow`` and for Credit Desk's real ``MainWindow`` (office profile read,
    first page of 10 000 cases loaded and counted, empty case page), interleaved in the same run.
(b) Search: 100 000 cases, typed prefixes one keystroke at a time through ``CaseRegister.search``, the
    call the register widget's worker makes (count and first page of 200 lines); the old SQL path
    (``store.register`` ``LIKE`` over joined tables) is timed beside it for comparison.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "gui"))

STARTUP_RUNS = 5
STARTUP_CASES = 10_000
SEARCH_CASES = 100_000

#: Calls ``then()`` at ``window``'s first Paint event: the frame is being drawn, not just requested (the
#: backing store goes to the screen right after the window and its children painted, in the same call).
ON_FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject
class _Painted(QObject):
    def __init__(self, window, then):
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            then()
        return False
def on_first_paint(window, then):
    window._painted = _Painted(window, then)
"""

BARE = ON_FIRST_PAINT + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
on_first_paint(window, lambda: (print("ready", flush=True), app.quit()))
window.show()
app.exec()
"""

DESK = """
import time
T0 = time.perf_counter()
def mark(name):
    print("phase", name, (time.perf_counter() - T0) * 1000, flush=True)
import sys
from credit_desk.ui import qt_compat
from PySide6.QtWidgets import QApplication
app = QApplication([])
mark("qt")
from credit_desk.services.office import load_office
from credit_desk.services.workspace import open_workspace
from credit_desk.ui.main_window import MainWindow
mark("imports")
ws = open_workspace(sys.argv[1])
office = load_office(ws)
mark("workspace")
window = MainWindow(ws, office=office)
register = window.register
window.resize(1366, 768)
def ready(total):
    assert register.model.rowCount() > 0
    mark("register")
    print("ready", total, flush=True)
    app.quit()
register.search_finished.connect(ready)
window.show()
app.exec()
"""

#: Shell first (the quick path without run_gui's extras): ``store.quick_read`` reads the office profile, the first
#: page and the count with stdlib ``sqlite3``, and the main window shows them before SQLAlchemy/pydantic load.
QUICK = """
import time
T0 = time.perf_counter()
def mark(name):
    print("phase", name, (time.perf_counter() - T0) * 1000, flush=True)
""" + ON_FIRST_PAINT + """
import sys
from credit_desk.ui import qt_compat
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
mark("qt")
from credit_desk.store.quick_read import read_first_screen
from credit_desk.ui.main_window import MainWindow
mark("imports")
first = read_first_screen(sys.argv[1])
assert first is not None and len(first.lines) == 200
mark("read")
window = MainWindow(None, first_screen=first, db_url=sys.argv[1])
window.resize(1366, 768)
def ready():
    assert window.register.model.rowCount() == 200
    mark("shown")
    print("ready", first.total, flush=True)
    app.quit()
on_first_paint(window, ready)
window.show()
app.exec()
"""

#: The real start: ``credit_desk.app.run_gui`` as ``credit-desk`` runs it (logging, crash handler, translations,
#: single-instance claim, database open with the restore guard, log-in check, office profile, main window,
#: drafts offer). A probe watches for the main window's Show event and reports when its register's first
#: page is on screen; the QApplication is created first only so that the probe can be installed.
APP = ON_FIRST_PAINT + """
import sys
from credit_desk.ui import qt_compat
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and obj.objectName() == "mainWindow":
            app.removeEventFilter(self)

            def usable(total):
                assert obj.isVisible() and obj.register.model.rowCount() > 0
                print("ready", total, flush=True)

            def live(total):
                print("live", total, flush=True)
                app.quit()

            if obj.register.model.rowCount():  # shell first: the start-up page is in the first frame
                on_first_paint(obj, lambda: usable(obj.register.model.total))
                obj.register.search_finished.connect(live)
            else:  # the full start: the first page comes from the worker
                obj.register.search_finished.connect(lambda total: (usable(total), live(total)))
        return False

probe = Probe()
app.installEventFilter(probe)
from credit_desk.app import run_gui
run_gui(sys.argv[1])
"""

#: Phases of the desk start-up, as the child process marks them (milliseconds since its first line).
PHASES = {
    "qt": "import PySide6, create QApplication",
    "imports": "import credit_desk (services, store: SQLAlchemy, SQLModel, pydantic; register and main window UI)",
    "workspace": "open_workspace: open database, check schema version, check seed catalogs, read catalogs",
    "register": "build the window, first register page and count in the worker, shown",
}

#: Phases of the shell-first start (QUICK).
QUICK_PHASES = {
    "qt": "import PySide6, create QApplication",
    "imports": "import the main window and `store.quick_read` (no SQLAlchemy, SQLModel, pydantic, services)",
    "read": "`quick_read`: read-only `sqlite3`, schema version, office profile, first 200 lines and the count",
    "shown": "build the window from those lines, show it, first paint",
}

#: What an officer types, one keystroke at a time: a company, a one-character given name, a credit
#: code, a letter number, and a name narrowed by a second term.
TYPED = ("青山县味佳食品有限公司", "王堃", "91411122358", "信列〔2026〕5号", "张 青山")


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def _launch(code: str, *args: str, phases: dict[str, list[float]] | None = None,
            live: list[float] | None = None) -> float:
    """Seconds from launching the process until it prints "ready"; its "phase" marks go to ``phases``.

    With ``live``, the seconds until it prints "live" (the workspace open and the register live) go there.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env()
    )
    assert proc.stdout is not None
    last = 0.0
    for line in proc.stdout:
        if line.startswith("phase") and phases is not None:
            _, name, at = line.split()
            phases.setdefault(name, []).append(float(at) - last)
            last = float(at)
        if line.startswith("ready"):
            elapsed = time.perf_counter() - t0
            if live is None:
                break
        if line.startswith("live") and live is not None:
            live.append(time.perf_counter() - t0)
            break
    else:
        raise RuntimeError(f"window never became ready: {proc.stderr.read() if proc.stderr else ''}")
    proc.communicate(timeout=30)
    return elapsed


def _workspace_with(n: int, folder: Path):
    from case_factory import insert_cases

    from credit_desk.services.workspace import open_workspace

    url = f"sqlite:///{folder / f'bench-{n}.sqlite3'}"
    ws = open_workspace(url)
    insert_cases(ws.db, n, seed=7)
    from case_factory import OFFICE

    from credit_desk.domain.model import Office
    from credit_desk.services.office import default_number_patterns, save_office

    save_office(ws, Office.model_validate({**OFFICE, "number_patterns": default_number_patterns()}))
    return ws, url


def bench_startup(folder: Path) -> dict[str, float]:
    ws, url = _workspace_with(STARTUP_CASES, folder)
    ws.db.dispose()
    _launch(BARE), _launch(DESK, url), _launch(QUICK, url), _launch(APP, url)  # warm the file cache, bytecode
    bare, desk, quick, full, live = [], [], [], [], []
    phases: dict[str, list[float]] = {}
    quick_phases: dict[str, list[float]] = {}
    for _ in range(STARTUP_RUNS):
        bare.append(_launch(BARE))
        desk.append(_launch(DESK, url, phases=phases))
        quick.append(_launch(QUICK, url, phases=quick_phases))
        full.append(_launch(APP, url, live=live))
    b, d, q, a = (statistics.median(x) for x in (bare, desk, quick, full))
    return {
        "bare_ms": b * 1000,
        "desk_ms": d * 1000,
        "ratio": d / b,
        "quick_ms": q * 1000,
        "quick_ratio": q / b,
        "app_ms": a * 1000,
        "app_ratio": a / b,
        "live_ms": statistics.median(live) * 1000,
        **{f"phase_{k}": statistics.median(v) for k, v in phases.items()},
        **{f"quick_{k}": statistics.median(v) for k, v in quick_phases.items()},
    }


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_search(folder: Path) -> dict[str, float]:
    from credit_desk.services.register import CaseRegister, RegisterQuery
    from credit_desk.store.register import count_cases, list_cases

    t0 = time.perf_counter()
    ws, _ = _workspace_with(SEARCH_CASES, folder)
    build_s = time.perf_counter() - t0
    register = CaseRegister(ws)
    t0 = time.perf_counter()
    first = register.search(RegisterQuery())  # the first screen, before the index exists
    first_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    register.prepare()
    index_ms = (time.perf_counter() - t0) * 1000
    keystrokes: list[str] = [word[:i] for word in TYPED for i in range(1, len(word) + 1)]
    index_times, sql_times, hits = [], [], []
    for text in keystrokes:
        t0 = time.perf_counter()
        result = register.search(RegisterQuery(text=text))
        index_times.append((time.perf_counter() - t0) * 1000)
        hits.append(result.total)
    for text in keystrokes[:: max(1, len(keystrokes) // 12)]:  # the SQL path is slow: a sample is enough
        t0 = time.perf_counter()
        with ws.db.session() as s:
            count_cases(s, text=text)
            list_cases(s, text=text, limit=200)
        sql_times.append((time.perf_counter() - t0) * 1000)
    ws.db.dispose()
    return {
        "build_s": build_s,
        "first_ms": first_ms,
        "first_total": first.total,
        "index_ms": index_ms,
        "keystrokes": len(keystrokes),
        "median_ms": statistics.median(index_times),
        "p95_ms": _percentile(index_times, 0.95),
        "max_ms": max(index_times),
        "sql_median_ms": statistics.median(sql_times),
        "sql_samples": len(sql_times),
        "min_hits": min(hits),
        "max_hits": max(hits),
    }


def gui_section() -> str:
    """Run both benchmarks and return their Markdown section."""
    with tempfile.TemporaryDirectory(prefix="credit-desk-bench-") as tmp:
        os.environ.setdefault("CREDIT_DESK_DATA_DIR", tmp)
        start = bench_startup(Path(tmp))
        search = bench_search(Path(tmp))
    phase_rows = "".join(
        f"| — of which: {label} (median) | {start.get('phase_' + key, 0.0):.0f} ms | — |\n" for key, label in PHASES.items()
    )
    quick_rows = "".join(
        f"| — of which: {label} (median) | {start.get('quick_' + key, 0.0):.0f} ms | — |\n"
        for key, label in QUICK_PHASES.items()
    )
    return f"""
## Officer's desk (issue 3)

| what | result | goal |
|---|---|---|
| Start-up to a usable window, bare PySide6 `QMainWindow` (new process, offscreen) — median of {STARTUP_RUNS} | {start['bare_ms']:.0f} ms | — |
| Start-up to a usable Credit Desk main window with {STARTUP_CASES:,} cases (register: first page of 200 lines and the count), shell first: `store.quick_read` + `MainWindow(None, first_screen=…)` — median of {STARTUP_RUNS} | {start['quick_ms']:.0f} ms (**{start['quick_ratio']:.2f}×** bare) | ≤ 2× |
{quick_rows}| The same through the real start, `credit_desk.app.run_gui` (+ logging, crash handler, translations, single-instance claim, log-in check; the workspace opens after the first frame) — median of {STARTUP_RUNS} | {start['app_ms']:.0f} ms (**{start['app_ratio']:.2f}×** bare) | ≤ 2× |
| — then, through `run_gui`: workspace open (SQLAlchemy, catalogs, calendar), tabs, register live (first live search done) — median of {STARTUP_RUNS} | {start['live_ms']:.0f} ms after launch | — |
| The full start (what `run_gui` does when the quick read declines: damaged, old schema, no profile, pending draft): `open_workspace` + `MainWindow(ws)` — median of {STARTUP_RUNS} | {start['desk_ms']:.0f} ms ({start['ratio']:.2f}× bare) | — |
{phase_rows}| Register search over {SEARCH_CASES:,} cases, per keystroke ({search['keystrokes']} keystrokes of {len(TYPED)} typed searches; count + first 200 lines) | median **{search['median_ms']:.1f} ms**, p95 **{search['p95_ms']:.1f} ms**, max {search['max_ms']:.1f} ms | ≤ 50 ms |
| Same searches through SQL `LIKE` over the joined tables (`store.register`, {search['sql_samples']} samples), for comparison | median {search['sql_median_ms']:.0f} ms | — |
| Building the register's search index for {SEARCH_CASES:,} cases (once, in the background after the first screen) | {search['index_ms']:.0f} ms | — |
| First screen of {search['first_total']:,} cases before the index exists (count + first page, SQL) | {search['first_ms']:.0f} ms | — |

The "usable window" of (a) is Credit Desk's `MainWindow`, timed from process launch until the window is
shown AND its register shows the first page of lines and the count — for the bare window and the shell-first
rows, at the window's first paint. Shell first: when the database is an SQLite file at the current schema
with an office profile and no unfinished draft, `store.quick_read` reads the profile, the first 200 lines
and the count with the standard library's `sqlite3` (read-only), and the window shows them before
SQLAlchemy, SQLModel, pydantic and the services are imported. Right after that first frame the workspace
opens in a worker thread (the imports, the catalogs, the officer recorded, the office profile read) while the
window answers input — the imports hold the GIL most of the time, but Python hands it to the GUI thread every
few milliseconds, so the window's longest pause meanwhile is 70–100 ms (logged by the app, see the installer
table) instead of the whole open; then the due-date and publication tabs and the office-profile menu entry
appear, menus that need the database are enabled, and the register goes live with the same lines (no reset).
Lines cannot be selected before that; a search typed meanwhile runs then, and a case double-clicked
meanwhile opens then. The log-in (when a password is set) comes before the window. Anything unusual takes the full start
(open with the restore offer, migrations, log-in, first-run dialog, then the window), as before. The case
page below the register is built in the next idle moment after the register is live.

Search (b) is timed through `CaseRegister.search`, the call the register widget's worker
makes under the database lock: the register keeps each case's searchable text, state and list in
memory (register order) and reads only the page of lines from the database. Typed searches:
{", ".join(f"“{t}”" for t in TYPED)}; matches per keystroke ranged from {search['min_hits']:,} to
{search['max_hits']:,}. Generating the {SEARCH_CASES:,}-case database with Core inserts took {search['build_s']:.0f} s.
"""


if __name__ == "__main__":
    print(gui_section())
