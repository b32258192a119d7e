"""Screenshots of the usage-log viewer, the purpose dialog and the integrity report, in Chinese.

    .venv/bin/python tests/gui/usage_log_screenshots.py [OUT_DIR]    # default docs/screenshots

Writes usage-log-1366.png, usage-log-purpose.png, verify-ok.png and verify-problems.png (after one
byte of a stored letter and one log entry were changed, as an attacker would). Not collected by pytest.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CREDIT_DESK_DATA_DIR"] = tmp = tempfile.mkdtemp()
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from office_screenshots import build_qm
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from credit_desk.domain.model import Case
    from credit_desk.services import cases as case_svc
    from credit_desk.services import issuing, usage_log
    from credit_desk.services.office import save_office
    from credit_desk.services.verify import verify
    from credit_desk.services.workspace import open_workspace
    from credit_desk.ui.qt_compat import protect_none
    from credit_desk.ui.startup import install_translations
    from credit_desk.ui.usage_log_view import UsageLogWindow, VerifyReportDialog
    from credit_desk.ui.usage_record import PurposeDialog

    protect_none()
    app = QApplication(sys.argv)
    install_translations(app, i18n_dir=build_qm())
    db_file = Path(tmp) / "shots.sqlite3"
    ws = open_workspace(f"sqlite:///{db_file}")
    case = Case.model_validate(json.loads((ROOT / "tests/fixtures/cases/samr_company.json").read_text("utf-8"))["case"])
    save_office(ws, case.office)
    case_id = case_svc.save_case(ws, case.model_copy(update={"id": None})).case_id
    letter = issuing.issue_letter(ws, case_id, "D-03", issue_date=date(2026, 11, 2), officer="李明")
    for i in range(6):
        usage_log.log_view(ws, "李明" if i % 2 else "王芳", case_id + i % 3)
    usage_log.log_print(ws, "李明", f"case:{case_id}", details="D-03，2 页")
    usage_log.log_export(ws, "李明", f"case:{case_id}", "出具文书 D-03",
                         details="D-03 → 文档/D-03_青山县味佳食品有限公司.pdf")
    usage_log.log_export(ws, "王芳", f"case:{case_id}", "移送青山县人民法院", details="案件文件 case-1.json")

    def wait(flag: list) -> None:
        deadline = time.monotonic() + 10
        while not flag and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    out.mkdir(parents=True, exist_ok=True)
    viewer = UsageLogWindow(ws)
    viewer.resize(1366, 640)
    done: list[int] = []
    viewer.loaded.connect(done.append)
    viewer.show()
    wait(done)
    app.processEvents()
    viewer.grab().save(str(out / "usage-log-1366.png"))

    dialog = PurposeDialog(viewer.tr("The usage log"), viewer)
    dialog.edit.setText("年度信用信息使用检查")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "usage-log-purpose.png"))
    dialog.close()

    ok = VerifyReportDialog(verify(ws), viewer)
    ok.show()
    app.processEvents()
    ok.grab().save(str(out / "verify-ok.png"))
    ok.close()

    con = sqlite3.connect(db_file)
    pdf = bytearray(con.execute("SELECT pdf FROM document WHERE id = ?", (letter.id,)).fetchone()[0])
    pdf[2000] ^= 0x01
    con.execute("UPDATE document SET pdf = ? WHERE id = ?", (bytes(pdf), letter.id))
    con.execute("DROP TRIGGER usage_log_no_update")
    con.execute("UPDATE usage_log SET purpose = '日常工作' WHERE id = 8")
    con.commit()
    con.close()
    bad = VerifyReportDialog(verify(ws), viewer)
    bad.show()
    app.processEvents()
    bad.grab().save(str(out / "verify-problems.png"))
    bad.close()
    viewer.close()
    ws.db.dispose()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
