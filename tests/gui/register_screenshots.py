"""Screenshots of the case register (about 50 cases, a search typed) and of the sample SAMR case's page.

    .venv/bin/python tests/gui/register_screenshots.py [OUT_DIR]    # default docs/screenshots

Writes register-1366.png, register-1920.png, case-page-1366.png and case-page-1920.png, in Chinese:
a temporary .qm is built from the sources and ``resources/i18n/strings-*.tsv`` (as
``office_screenshots.py`` does), so it works before the translation pass. Not collected by pytest.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ((1366, 768), (1920, 1080))
SEARCH = "有限公司"


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CREDIT_DESK_DATA_DIR"] = tmp = tempfile.mkdtemp()
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from case_factory import insert_cases
    from office_screenshots import build_qm
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication
    from qt_helpers import type_cjk

    from credit_desk.domain.model import Case
    from credit_desk.domain.process import CaseState
    from credit_desk.services.cases import save_case
    from credit_desk.services.workspace import open_workspace
    from credit_desk.ui.case_page import CasePage
    from credit_desk.ui.qt_compat import protect_none
    from credit_desk.ui.register_view import RegisterWidget
    from credit_desk.ui.startup import install_translations

    protect_none()
    app = QApplication(sys.argv)
    install_translations(app, i18n_dir=build_qm())
    ws = open_workspace(f"sqlite:///{Path(tmp) / 'shots.sqlite3'}")
    insert_cases(ws.db, 50, seed=3)
    data = json.loads((ROOT / "tests" / "fixtures" / "cases" / "samr_company.json").read_text(encoding="utf-8"))
    samr = save_case(ws, Case.model_validate(data["case"]), officer="李明", state=CaseState.LISTED).case_id

    def wait(flag: list) -> None:
        deadline = time.monotonic() + 10
        while not flag and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    out.mkdir(parents=True, exist_ok=True)
    for width, height in SCREENS:
        register = RegisterWidget(ws)
        register.resize(width, height)
        done: list[int] = []
        register.search_finished.connect(done.append)
        register.show()
        wait(done)
        done.clear()
        type_cjk(register.search_edit, SEARCH)
        wait(done)
        register.table.selectRow(1)
        app.processEvents()
        register.grab().save(str(out / f"register-{width}.png"))
        register.close()

        page = CasePage(ws)
        page.resize(width, height)
        loaded: list[int] = []
        page.loaded.connect(loaded.append)
        page.show()
        page.show_case(samr)
        wait(loaded)
        page.deadline_rows["statement_end"].toggle.setChecked(True)
        app.processEvents()
        page.grab().save(str(out / f"case-page-{width}.png"))
        page.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
