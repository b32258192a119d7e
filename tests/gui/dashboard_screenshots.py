"""Screenshots of the dashboard of due dates, in Chinese, with the explanation of an overdue item open.

    .venv/bin/python tests/gui/dashboard_screenshots.py [OUT_DIR]    # default docs/screenshots

Writes dashboard-1366.png and dashboard-1920.png. A temporary .qm is built from the sources and
``resources/i18n/strings-*.tsv`` (as ``office_screenshots.py`` does). Not collected by pytest.
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
TODAY = date(2026, 11, 23)


def _store_cases(ws) -> None:
    """Open cases in every state that has a date, with realistic dates around TODAY."""
    from credit_desk.domain.model import Case, Decision, Notice, Objection, Publication, RepairApplication
    from credit_desk.domain.process import CaseState
    from credit_desk.services.cases import save_case

    data = json.loads((ROOT / "tests" / "fixtures" / "cases" / "samr_company.json").read_text(encoding="utf-8"))
    base = Case.model_validate(data["case"])

    def case(name: str, **parts) -> Case:
        fields = {"subject": base.subject.model_copy(update={"name": name}), "decision": None, "objections": []}
        return base.model_copy(update={**fields, **parts})

    def notice(d: date, **kw) -> Notice:
        return Notice(number="青山县市监信告〔2026〕7号", issue_date=d, delivered_date=d, **kw)

    def decision(d: date) -> Decision:
        return Decision(number="青山县市监信列〔2026〕9号", decision_date=d, effective_date=d, delivered_date=d)

    S = CaseState
    for c, state in (
        (case("青山县味佳食品有限公司", notice=notice(date(2026, 10, 28)),
              objections=[Objection(received_date=date(2026, 11, 2))]), S.OBJECTION),
        (case("东湖县建筑劳务有限公司", notice=notice(date(2023, 10, 9)), decision=decision(date(2023, 11, 10)),
              publication=Publication(start_date=date(2023, 11, 10))), S.PUBLISHED),
        (case("白沙县李记餐饮店", notice=notice(date(2025, 9, 1)), decision=decision(date(2025, 10, 20)),
              publication=Publication(start_date=date(2025, 10, 21)),
              repairs=[RepairApplication(received_date=date(2026, 10, 19), accepted=True,
                                         acceptance_date=date(2026, 10, 20))]), S.REPAIR_REQUESTED),
        (case("张堃", notice=notice(date(2026, 11, 2))), S.NOTIFIED),
        (case("西坪县化工有限公司", notice=notice(date(2026, 11, 2)),
              objections=[Objection(received_date=date(2026, 11, 9))]), S.OBJECTION),
        (case("青山县云岭商贸有限公司", notice=notice(date(2026, 11, 18))), S.NOTIFIED),
        (case("北山县物流有限公司", notice=notice(date(2026, 11, 19), waived=True, waiver_date=date(2026, 11, 20))),
         S.READY),
        (case("南桥县机械制造有限公司", notice=notice(date(2026, 10, 9)), decision=decision(date(2026, 11, 20))),
         S.LISTED),
    ):
        save_case(ws, c, officer="李明", state=state)


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CREDIT_DESK_DATA_DIR"] = tmp = tempfile.mkdtemp()
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from office_screenshots import build_qm
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from credit_desk.services.workspace import open_workspace
    from credit_desk.ui.dashboard_view import DashboardWidget
    from credit_desk.ui.qt_compat import protect_none
    from credit_desk.ui.startup import install_translations

    protect_none()
    app = QApplication(sys.argv)
    install_translations(app, i18n_dir=build_qm())
    ws = open_workspace(f"sqlite:///{Path(tmp) / 'shots.sqlite3'}")
    _store_cases(ws)

    def wait(flag: list) -> None:
        deadline = time.monotonic() + 10
        while not flag and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    out.mkdir(parents=True, exist_ok=True)
    for width, height in SCREENS:
        view = DashboardWidget(ws, clock=lambda: TODAY)
        view.resize(width, height)
        done: list[int] = []
        view.refreshed.connect(done.append)
        view.show()
        wait(done)
        overdue = view.tree.topLevelItem(0)
        view.tree.setCurrentItem(overdue.child(overdue.childCount() - 1))
        view.explain_button.setChecked(True)
        app.processEvents()
        view.grab().save(str(out / f"dashboard-{width}.png"))
        view.close()
    ws.db.dispose()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
