"""Screenshots of the office dialog in Chinese, as it opens on a 1366×768 and a 1920×1080 screen.

    .venv/bin/python tests/gui/office_screenshots.py {empty|typed|township} OUT_DIR

Builds a temporary .qm from the current sources and ``resources/i18n/strings-*.tsv`` so it works
before the translation pass. Not collected by pytest (no ``test_`` prefix).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ((1366, 768), (1920, 1080))
TASKBAR = 40


def build_qm() -> Path:
    sys.path.insert(0, str(ROOT / "packaging"))
    import i18n

    ts = Path(tempfile.mkdtemp()) / "credit_desk_zh_CN.ts"
    subprocess.run([i18n.tool("lupdate"), *i18n.ui_sources(), "-source-language", "en", "-target-language",
                    "zh_CN", "-ts", str(ts)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    i18n.fill(ts, i18n.tsv_translations())
    subprocess.run([i18n.tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                   stdout=subprocess.DEVNULL)
    return ts.parent


def main(state: str, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CREDIT_DESK_DATA_DIR"] = tempfile.mkdtemp()
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication
    from qt_helpers import type_cjk

    from credit_desk.domain.model import AdminLevel
    from credit_desk.services.workspace import open_workspace
    from credit_desk.ui.office_dialog import OfficeDialog
    from credit_desk.ui.startup import install_translations

    app = QApplication(sys.argv)
    install_translations(app, i18n_dir=build_qm())
    ws = open_workspace(f"sqlite:///{tempfile.mkdtemp()}/cd.sqlite3")
    dlg = OfficeDialog(ws)
    dlg.show()
    app.processEvents()
    if state in ("typed", "township"):
        for field, text in (("deciding_body", "青山县市场监督管理局"), ("abbreviation", "青山县市监"),
                            ("handling_unit", "青山县市场监督管理局城关市场监管所"),
                            ("address", "青山县城关镇人民路88号"), ("contact_person", "李明")):
            type_cjk(dlg.edits[field], text)
        dlg.edits["phone"].setText("0395-6000000")
    if state == "typed":
        type_cjk(dlg.edits["court"], "青山县人民法院")
    if state == "township":
        dlg.level.setCurrentIndex(dlg.level.findData(AdminLevel.TOWNSHIP.value))
    out.mkdir(parents=True, exist_ok=True)
    for width, height in SCREENS:
        dlg.resize(dlg.size_for(QSize(width, height - TASKBAR)))
        app.processEvents()
        shot = dlg.grab()
        screen = QPixmap(width, height)
        screen.fill(QColor("#4a5058"))
        painter = QPainter(screen)
        painter.drawPixmap((width - shot.width()) // 2, (height - TASKBAR - shot.height()) // 2, shot)
        painter.end()
        screen.save(str(out / f"office-{state}-{width}.png"))
    ws.db.dispose()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "typed", Path(sys.argv[2] if len(sys.argv) > 2 else "."))
