"""Screenshots of the case lifecycle in Chinese on a 1366×768 screen: the case page with its Process area
and timeline, the delivery dialog, and the decision dialog showing an R-05 refusal.

    .venv/bin/python tests/gui/lifecycle_screenshots.py OUT_DIR

Not collected by pytest (no ``test_`` prefix).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1366, 768


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CREDIT_DESK_DATA_DIR"] = tempfile.mkdtemp()
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QDate, QThreadPool
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QDateEdit, QWidget

    from credit_desk.domain.model import Delivery, Objection
    from credit_desk.services import lifecycle
    from credit_desk.services.cases import save_case
    from credit_desk.services.office import save_office
    from credit_desk.services.workspace import open_workspace
    from credit_desk.ui.main_window import MainWindow
    from credit_desk.ui.startup import install_translations
    from tests.conftest import load_fixture_case

    app = QApplication(sys.argv)
    install_translations(app, i18n_dir=ROOT / "resources" / "i18n")  # run packaging/i18n.py compile first
    ws = open_workspace(f"sqlite:///{tempfile.mkdtemp()}/cd.sqlite3")
    case = load_fixture_case("samr_company")
    save_office(ws, case.office)

    def stored(name: str) -> int:
        draft = case.model_copy(update={"notice": None, "decision": None,
                                        "subject": case.subject.model_copy(update={"name": name})})
        case_id = save_case(ws, draft, officer="李明").case_id
        lifecycle.issue_notice(ws, case_id, issue_date=date(2026, 9, 25), officer="李明")
        lifecycle.record_delivery(ws, case_id, Delivery(doc_type="D-01", delivered_date=date(2026, 9, 28),
                                                        recipient="王建国"), officer="李明")
        return case_id

    notified = stored("青山县味佳食品有限公司")
    listed = stored("青山县福来食品有限公司")
    lifecycle.decide(ws, listed, decision_date=date(2026, 10, 20), officer="李明")

    window = MainWindow(ws, case.office)
    window.officer = "李明"
    window.resize(WIDTH, HEIGHT - 40)
    window.show()
    page = window.case_page

    def settle() -> None:
        for _ in range(20):
            QThreadPool.globalInstance().waitForDone(5000)
            app.processEvents()

    def load(case_id: int) -> None:
        page.show_case(case_id)
        settle()

    def save(widget: QWidget, name: str, *, centred: bool = False) -> None:
        settle()
        shot = widget.grab()
        if centred:  # a dialog over a dimmed screen of the target size
            screen = QPixmap(WIDTH, HEIGHT)
            screen.fill(QColor("#4a5058"))
            painter = QPainter(screen)
            painter.drawPixmap((WIDTH - shot.width()) // 2, (HEIGHT - 40 - shot.height()) // 2, shot)
            painter.end()
            shot = screen
        out.mkdir(parents=True, exist_ok=True)
        shot.save(str(out / name))

    load(listed)
    dialog = page.open_step("deliver")
    settle()
    save(dialog, "lifecycle-delivery-dialog.png", centred=True)
    dialog.reject()
    lifecycle.record_delivery(ws, listed, Delivery(doc_type="D-03", delivered_date=date(2026, 10, 22)),
                              officer="李明")
    lifecycle.record_objection(ws, listed, Objection(received_date=date(2026, 10, 26),
                                                     summary="当事人称决定书所载违法事实有误"), officer="李明")
    load(listed)
    page.tabs.setCurrentIndex(3)
    first = page.timeline.topLevelItem(page.timeline.topLevelItemCount() - 1)
    for i in range(page.timeline.topLevelItemCount()):
        item = page.timeline.topLevelItem(i)
        if item.childCount() and item.foreground(1).color().name() == "#1d3f66":
            first = item
            break
    first.setExpanded(True)
    page.timeline.scrollToItem(first)
    save(window, "lifecycle-case-page-1366.png")

    load(notified)
    dialog = page.open_step("decide")
    dialog.findChild(QDateEdit, "decision_date").setDate(QDate(2026, 10, 9))
    dialog.submit()
    for _ in range(50):
        settle()
        if dialog.refusal is not None:
            break
    save(dialog, "lifecycle-decision-refused.png", centred=True)
    dialog.reject()
    window.close()
    ws.db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
