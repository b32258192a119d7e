"""Screenshots of the publication register tab and its export dialog, in Chinese.

    .venv/bin/python tests/gui/publication_screenshots.py [OUT_DIR]    # default docs/screenshots

Writes publication-1366.png, publication-1920.png and publication-export-dialog.png. Stores a
handful of published cases (a natural person masked, one with consent, companies, one withdrawn,
one past its end date). Not collected by pytest.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ((1366, 768), (1920, 1080))


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CREDIT_DESK_DATA_DIR"] = tmp = tempfile.mkdtemp()
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from office_screenshots import build_qm
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from credit_desk.domain.model import Case, Publication
    from credit_desk.services.cases import save_case
    from credit_desk.services.workspace import open_workspace
    from credit_desk.ui.publication_view import PublicationRegisterWidget
    from credit_desk.ui.qt_compat import protect_none
    from credit_desk.ui.startup import install_translations

    protect_none()
    app = QApplication(sys.argv)
    install_translations(app, i18n_dir=build_qm())
    ws = open_workspace(f"sqlite:///{Path(tmp) / 'shots.sqlite3'}")

    def fixture(name: str) -> Case:
        data = json.loads((ROOT / "tests" / "fixtures" / "cases" / f"{name}.json").read_text(encoding="utf-8"))
        return Case.model_validate(data["case"])

    def publish(case: Case, start: date, end: date, *, withdrawn: date | None = None, **subject) -> None:
        if subject:
            case = case.model_copy(update={"subject": case.subject.model_copy(update=subject)})
        pub = Publication(start_date=start, end_date=end, channels=["信用中国网站", "国家企业信用信息公示系统"],
                          withdrawn_date=withdrawn, withdrawal_reason="信用修复移出" if withdrawn else "")
        save_case(ws, case.model_copy(update={"id": None, "publication": pub}))

    person, company = fixture("person_minor"), fixture("samr_company")
    publish(person, date(2026, 10, 21), date(2029, 10, 20))
    publish(person.model_copy(update={"publication_consent": True}), date(2026, 9, 1), date(2027, 8, 31),
            name="李堃", id_number="411122199003071234")
    publish(company, date(2026, 10, 21), date(2029, 10, 20))
    publish(company, date(2023, 1, 3), date(2026, 1, 2), name="青山县鑫源农业科技有限公司",
            uscc="91411122MA9G4C2X7M", legal_representative="赵明")
    publish(company, date(2024, 5, 6), date(2027, 5, 5), withdrawn=date(2025, 11, 3),
            name="青山县东湖物流有限公司", uscc="91411122MA45XKQ01R", legal_representative="周涛")

    def wait(flag: list) -> None:
        deadline = time.monotonic() + 10
        while not flag and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    out.mkdir(parents=True, exist_ok=True)
    for width, height in SCREENS:
        view = PublicationRegisterWidget(ws)
        view.resize(width, height)
        done: list[int] = []
        view.refreshed.connect(done.append)
        view.show()
        wait(done)
        done.clear()
        view.filter_combo.setCurrentIndex(2)  # 全部
        wait(done)
        view.table.selectRow(0)
        app.processEvents()
        view.grab().save(str(out / f"publication-{width}.png"))
        if width == SCREENS[0][0]:
            view.ask_export()
            dialog = view.export_dialog
            app.processEvents()
            dialog.grab().save(str(out / "publication-export-dialog.png"))
            dialog.reject()
        view.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
