"""Screenshots of the holiday calendar dialog in Chinese: a bad file's problems, then the moved dates after saving.

    .venv/bin/python tests/gui/holiday_screenshots.py OUT_DIR

Not collected by pytest (no ``test_`` prefix).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOOD = """# 国务院办公厅关于2027年部分节假日安排的通知（示例）
2027-01-01 休 元旦
2027-02-06..2027-02-13 休 春节
2027-02-20 班 春节调休
2027-10-01..2027-10-07 休 国庆节
2027-09-26 班 国庆节调休
2027-10-09 班 国庆节调休
"""
BAD = "2027-10-01..2027-10-07 休 国庆节\n2027-02-30 休 春节\n2027-09-27 班 国庆节调休\n2026-12-31 休 元旦\n"


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CREDIT_DESK_DATA_DIR"] = tempfile.mkdtemp()
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from office_screenshots import build_qm
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from credit_desk.domain.model import Case
    from credit_desk.domain.process import CaseState
    from credit_desk.services.cases import save_case
    from credit_desk.services.workspace import open_workspace
    from credit_desk.ui.holiday_dialog import HolidayDialog
    from credit_desk.ui.qt_compat import protect_none
    from credit_desk.ui.startup import install_translations

    protect_none()
    app = QApplication(sys.argv)
    install_translations(app, i18n_dir=build_qm())
    ws = open_workspace(f"sqlite:///{tempfile.mkdtemp()}/cd.sqlite3")
    data = json.loads((ROOT / "tests" / "fixtures" / "cases" / "samr_company.json").read_text("utf-8"))["case"]
    base = Case.model_validate(data)
    parties = (("青山县味佳食品有限公司", date(2027, 9, 28)), ("青山县堃昇商贸有限公司", date(2027, 2, 3)))
    for name, delivered in parties:
        notice = base.notice.model_copy(update={"issue_date": delivered, "delivered_date": delivered})
        case = base.model_copy(update={"id": None, "notice": notice, "decision": None, "publication": None,
                                       "subject": base.subject.model_copy(update={"name": name})})
        save_case(ws, case, state=CaseState.NOTIFIED)

    folder = Path(tempfile.mkdtemp())
    (folder / "bad.txt").write_text(BAD, encoding="utf-8")
    (folder / "2027.txt").write_text(GOOD, encoding="utf-8")
    dlg = HolidayDialog(ws, year=2027)
    dlg.resize(980, 680)
    dlg.show()
    app.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    dlg.grab().save(str(out / "holiday-dialog-empty.png"))
    dlg.import_from(folder / "bad.txt")
    app.processEvents()
    dlg.grab().save(str(out / "holiday-dialog-problems.png"))
    dlg.import_from(folder / "2027.txt")
    done: list[object] = []
    dlg.saved.connect(done.append)
    dlg.save()
    while not done:
        app.processEvents()
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    dlg.grab().save(str(out / "holiday-dialog-saved.png"))
    dlg._dirty = False
    dlg.close()
    ws.db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
