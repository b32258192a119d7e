"""``make dist-test``: install the .deb on this machine the way an office does, and check what an officer relies on.

1. ``dpkg -i`` the package built by ``make dist`` (as root; missing Depends come from apt);
2. the installed ``credit-desk --self-test`` through the launcher on the PATH;
3. the office's data: as a fresh user (temporary HOME), the installed app imports a case into the default
   database in the user data folder; the database is then taken back one schema version with the
   source tree's alembic, as the previous release left it;
4. the installed GUI on a virtual X screen (Xvfb): a screenshot of the main window, saved for a person to look at;
5. a second package with a higher version (same build) is installed over the first: the case must still be
   there, and the database must have been migrated to the current schema by the new version;
6. ``dpkg -r``: the program is gone, the office's data is not.

Start-up timing (``--bench``): the installed app vs a bare PySide6 window, interleaved on the same X screen.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from build_deb import APP_ID, COMMAND, architecture, build_deb, project  # noqa: E402

CASE_FILE = ROOT / "tests" / "fixtures" / "cases" / "samr_company.json"
SCREENSHOT = ROOT / "docs" / "screenshots" / "installed-app.png"
LAUNCHER = Path("/usr/bin") / COMMAND
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([]); w = QMainWindow(); w.setWindowTitle('bare-window'); w.resize(1366, 768); w.show()\n"
    "app.exec()\n"
)


def step(text: str) -> None:
    print(f"==> {text}", flush=True)


def run(cmd: list[str], *, env: dict[str, str] | None = None, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        raise SystemExit(f"FAILED ({result.returncode}): {' '.join(cmd)}\n{result.stdout}\n{result.stderr}")
    return result


def dpkg_install(deb: Path) -> None:
    if run(["dpkg", "-i", str(deb)], check=False).returncode != 0:  # missing Depends: let apt bring them
        run(["apt-get", "install", "-f", "-y", "-qq", "--no-install-recommends"],
            env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    status = run(["dpkg-query", "-W", "-f=${Status} ${Version}", APP_ID]).stdout
    if not status.startswith("install ok installed"):
        raise SystemExit(f"{APP_ID} not installed: {status}")
    print(f"    installed {status.split()[-1]}")


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A fresh office user: own HOME, no data-folder override, so the app uses its default folders."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CREDIT_DESK_", "XDG_"))}
    env.update(HOME=str(home), LANG="zh_CN.UTF-8", **extra)
    return env


def data_db(home: Path) -> Path:
    return home / ".local" / "share" / "CreditDesk" / "credit_desk.sqlite3"


def revision(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def prepare_office_data(home: Path) -> tuple[str, str]:
    """Import a case with the installed app, add the office profile, then take the schema one version back."""
    out = run([str(LAUNCHER), "import-case", str(CASE_FILE)], env=user_env(home, QT_QPA_PLATFORM="offscreen"))
    print(f"    {out.stdout.strip().splitlines()[0]}")
    db = data_db(home)
    if not db.is_file():
        raise SystemExit(f"the installed app did not create its database in the user data folder: {db}")
    from alembic import command

    from credit_desk.documents.sample import sample_office
    from credit_desk.services.office import default_number_patterns, save_office
    from credit_desk.services.workspace import open_workspace
    from credit_desk.store.db import alembic_config

    ws = open_workspace(f"sqlite:///{db}")
    office = sample_office().model_copy(update={"number_patterns": default_number_patterns()})
    save_office(ws, office)  # so the GUI opens on the register, not the first-run dialog
    with ws.db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "-1")
    ws.db.dispose()
    head, old = project_head(), revision(db)
    if old == head:
        raise SystemExit("the database could not be taken back to an older schema")
    subject = json.loads(CASE_FILE.read_text(encoding="utf-8"))["case"]["subject"]["name"]
    print(f"    office database {db} at schema {old} (current: {head}), case of {subject}")
    return old, subject


def project_head() -> str:
    from credit_desk.store.db import file_head_revision

    return file_head_revision()


class VirtualScreen:
    """An Xvfb server for the installed GUI (the frozen app has no offscreen hook to grab itself)."""

    def __init__(self, display: str = ":97") -> None:
        self.display = display
        self.proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.wait_for(lambda: run(["xwininfo", "-root"], env=self.env(), check=False).returncode == 0, "Xvfb")

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        env = dict(base or os.environ)
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        return env

    def window_titles(self) -> str:
        return run(["xwininfo", "-root", "-tree"], env=self.env(), check=False).stdout

    def wait_for(self, ready, what: str, timeout: float = 30.0, poll: float = 0.005) -> float:
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < timeout:
            if ready():
                return time.perf_counter() - t0
            time.sleep(poll)
        raise SystemExit(f"timed out waiting for {what}")

    def time_to_window(self, cmd: list[str], title: str, env: dict[str, str], *,
                       ready_log: Path | None = None) -> float | tuple[float, float, int]:
        """Seconds from launch until a mapped window with ``title`` exists; the process is then stopped.

        With ``ready_log`` (Credit Desk's log file) also wait for the app's "workspace ready" line and return
        (seconds to the mapped window, seconds to the workspace ready, the window's longest pause meanwhile
        in ms as the app logged it).
        """
        start_at = ready_log.stat().st_size if ready_log is not None and ready_log.is_file() else 0
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=self.env(env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            self.wait_for(lambda: f'"{title}"' in self.window_titles(), title)
            mapped = time.perf_counter() - t0
            if ready_log is None:
                return mapped
            found: list[str] = []

            def ready() -> bool:
                data = ready_log.read_bytes() if ready_log.is_file() else b""
                new = data[start_at:] if len(data) >= start_at else data  # rotated at start: the whole file
                found[:] = [line for line in new.decode("utf-8", "replace").splitlines() if "workspace ready" in line]
                return bool(found)

            self.wait_for(ready, "the workspace", poll=0.01)
            pause = re.search(r"longest pause meanwhile (\d+) ms", found[0])
            return mapped, time.perf_counter() - t0, int(pause.group(1)) if pause else -1
        finally:
            proc.terminate()
            proc.wait(timeout=10)

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def screenshot_gui(screen: VirtualScreen, home: Path, out: Path) -> None:
    app = subprocess.Popen([str(LAUNCHER)], env=screen.env(user_env(home)), stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
    try:
        screen.wait_for(lambda: '"信用认定工作台' in screen.window_titles() or app.poll() is not None, "the window")
        if app.poll() is not None:
            err = app.stderr.read() if app.stderr else ""
            raise SystemExit(f"the installed GUI exited with {app.returncode}: {err}")
        time.sleep(2.0)  # the register's first page loads in a worker after the window shows
        grab = ("from PySide6.QtWidgets import QApplication; import sys\n"
                "app = QApplication([]); ok = app.primaryScreen().grabWindow(0).save(sys.argv[1])\n"
                "sys.exit(0 if ok else 1)\n")
        out.parent.mkdir(parents=True, exist_ok=True)
        run([sys.executable, "-c", grab, str(out)], env=screen.env())
        log = home / ".local" / "share" / "CreditDesk" / "logs" / "credit-desk.log"
        if log.is_file() and "Traceback" in log.read_text(encoding="utf-8", errors="replace"):
            raise SystemExit(f"the installed GUI reported a crash (screenshot {out}):\n{log.read_text()[-3000:]}")
        print(f"    screenshot of the installed app: {out} (look at it: Chinese must render)")
    finally:
        app.terminate()
        app.wait(timeout=10)


def bench_startup(screen: VirtualScreen, home: Path, runs: int = 7) -> dict[str, float]:
    """Median seconds to a mapped window: bare PySide6 (venv python) and the installed app, interleaved.

    For the installed app also the time until its workspace is open behind the shown window (it answers
    input all along; the longest pause of its event loop meanwhile is what the app logs).
    """
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    log = home / ".local" / "share" / "CreditDesk" / "logs" / "credit-desk.log"
    screen.time_to_window(bare_cmd, "bare-window", os.environ.copy())  # warm the caches
    screen.time_to_window([str(LAUNCHER)], "信用认定工作台", user_env(home), ready_log=log)
    bare, frozen, ready, pauses = [], [], [], []
    for _ in range(runs):
        bare.append(screen.time_to_window(bare_cmd, "bare-window", os.environ.copy()))
        mapped, live, pause = screen.time_to_window([str(LAUNCHER)], "信用认定工作台", user_env(home), ready_log=log)
        frozen.append(mapped)
        ready.append(live)
        pauses.append(pause)
    b, f, r = statistics.median(bare), statistics.median(frozen), statistics.median(ready)
    print(f"    start-up to a mapped window, median of {runs}: bare PySide6 {b * 1000:.0f} ms, "
          f"installed Credit Desk {f * 1000:.0f} ms ({f / b:.2f}×); workspace open behind it at "
          f"{r * 1000:.0f} ms, the window's longest pause meanwhile {statistics.median(pauses):.0f} ms "
          f"(max {max(pauses)} ms)")
    return {"bare_ms": b * 1000, "frozen_ms": f * 1000, "ratio": f / b, "ready_ms": r * 1000,
            "longest_pause_ms": statistics.median(pauses)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--deb", type=Path, help="package to test (default: dist/<appid>_<version>_<arch>.deb)")
    ap.add_argument("--bench", action="store_true", help="also time the installed app's start-up")
    args = ap.parse_args(argv)
    if os.geteuid() != 0:
        raise SystemExit("make dist-test installs a package: run it as root")
    version = project()["version"]
    deb = args.deb or ROOT / "dist" / f"{APP_ID}_{version}_{architecture()}.deb"
    if not deb.is_file():
        raise SystemExit(f"{deb} not found: run make dist first")
    work = Path(tempfile.mkdtemp(prefix="credit-desk-dist-test-"))
    home = work / "home"
    home.mkdir()
    screen = None
    try:
        step(f"install {deb.name} ({deb.stat().st_size / 1e6:.1f} MB)")
        dpkg_install(deb)
        step("installed self-test")
        print(run([COMMAND, "--self-test"], env=user_env(work / "selftest-home")).stdout, end="")
        step("office data before the upgrade")
        old, subject = prepare_office_data(home)
        step("installed GUI on a virtual screen")
        screen = VirtualScreen()
        screenshot_gui(screen, home, SCREENSHOT)
        timing = bench_startup(screen, home) if args.bench else None
        step("upgrade over it with a newer version")
        newer = build_deb(Path(f"/opt/apps/{APP_ID}/files"), work / "upgrade", f"{version}+upgradetest1",
                          compression="zstd")
        dpkg_install(newer)
        exported = work / "case-after-upgrade.json"
        run([COMMAND, "export-case", "1", "--out", str(exported)], env=user_env(home, QT_QPA_PLATFORM="offscreen"))
        after = json.loads(exported.read_text(encoding="utf-8"))["case"]["subject"]["name"]
        new_rev = revision(data_db(home))
        if after != subject or new_rev != project_head():
            raise SystemExit(f"after the upgrade: case subject {after!r} (expected {subject!r}), schema {new_rev}")
        print(f"    the case survived ({after}); schema migrated {old} → {new_rev}")
        step("remove the package")
        run(["dpkg", "-r", APP_ID])
        if LAUNCHER.exists() or Path(f"/opt/apps/{APP_ID}").exists():
            raise SystemExit("dpkg -r left program files behind")
        if not data_db(home).is_file():
            raise SystemExit("removing the program deleted the office's data")
        print("    program removed; the office's data folder is untouched")
        if timing:
            print(json.dumps(timing))
        print("dist-test passed.")
        return 0
    finally:
        if screen:
            screen.close()
        if run(["dpkg-query", "-W", APP_ID], check=False).returncode == 0 and "--keep" not in sys.argv:
            run(["dpkg", "-r", APP_ID], check=False)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
