"""Screenshots of the assembled main window and a drafting window (not a test: run it by hand).

    .venv/bin/python tests/gui/main_screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CREDIT_DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="cd-shots-")
sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "fixtures" / "cases"


def main(out: Path) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from credit_desk.ui import startup
    from credit_desk.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    startup.install_translations(app)
    from case_factory import insert_cases

    from credit_desk.services import cases as case_service
    from credit_desk.services.office import save_office
    from credit_desk.services.workspace import open_workspace

    ws = open_workspace(f"sqlite:///{Path(os.environ['CREDIT_DESK_DATA_DIR']) / 'shots.sqlite3'}")
    sample = case_service.read_case_file(CASES / "samr_company.json")
    save_office(ws, sample.office)
    insert_cases(ws.db, 60)
    case_id = case_service.import_case_file(ws, CASES / "samr_company.json").case_id
    case_service.import_case_file(ws, CASES / "person_minor.json")

    def settle() -> None:
        for _ in range(30):
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(100)

    for width, height in ((1366, 768), (1920, 1080)):
        window = MainWindow(ws, office=sample.office)
        window.resize(width, height)
        window.show()
        settle()
        window.case_page.show_case(case_id)
        settle()
        window.grab().save(str(out / f"main-window-{width}.png"))
        drafting = window.new_case()
        drafting.resize(width, height)
        settle()
        drafting.grab().save(str(out / f"drafting-new-{width}.png"))
        drafting.close()
        window.close()
        settle()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
