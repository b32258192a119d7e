"""Screenshots of every drafting-wizard page in Chinese, filled with the sample company case.

    .venv/bin/python tests/gui/wizard_screenshots.py OUT_DIR

One PNG per page and screen size: ``wizard-<page>-1366.png`` (1366×768) and ``-1920.png`` (1920×1080),
plus ``wizard-party-warning-*`` (a minor's case: the R-11 warning with its reason box). Builds a temporary
.qm from the sources and ``resources/i18n/strings-*.tsv`` (before the translation pass). Not collected by
pytest (no ``test_`` prefix).
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
TODAY = "2026-11-20"


def load(name: str):
    from credit_desk.domain.model import Case

    data = json.loads((ROOT / "tests" / "fixtures" / "cases" / f"{name}.json").read_text(encoding="utf-8"))
    return Case.model_validate(data["case"])


def settle(app, window, seconds: float = 8.0) -> None:
    """Let the preview render (debounced, in the thread pool) before the picture is taken."""
    pane = window.preview
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        busy = getattr(pane, "is_rendering", lambda: False)()
        if not busy and getattr(pane, "result", lambda: True)() is not None:
            break
        time.sleep(0.02)
    calm = time.monotonic() + 0.5  # the PDF view paints its page images a moment after loading
    while time.monotonic() < calm:
        app.processEvents()
        time.sleep(0.02)


def save_small(image, path: Path, limit: int = 400_000) -> None:
    """PNG at most ``limit`` bytes: full colour if it fits, else 256 colours without dithering (text
    stays sharp; the docs keep each screenshot small)."""
    image.save(str(path), "PNG", 0)
    if path.stat().st_size <= limit:
        return
    from PIL import Image

    with Image.open(path) as im:
        small = im.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        small.save(path, optimize=True)


def main(out: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["CREDIT_DESK_DATA_DIR"] = tempfile.mkdtemp()
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from datetime import date

    from office_screenshots import build_qm
    from PySide6.QtWidgets import QApplication

    from credit_desk.services.office import save_office
    from credit_desk.services.workspace import open_workspace
    from credit_desk.ui.startup import install_translations
    from credit_desk.ui.wizard import DraftingWindow

    app = QApplication(sys.argv)
    install_translations(app, i18n_dir=build_qm())
    ws = open_workspace(f"sqlite:///{tempfile.mkdtemp()}/cd.sqlite3")
    samr = load("samr_company")
    save_office(ws, samr.office)
    out.mkdir(parents=True, exist_ok=True)
    today = date.fromisoformat(TODAY)
    shots = [("samr_company", None), ("person_minor", "party")]
    for name, only in shots:
        window = DraftingWindow(ws, load(name), officer="李明", today=today)
        window.show()
        for width, height in SCREENS:
            window.resize(width, height)
            for key in window.wizard.keys:
                if only and key != only:
                    continue
                window.wizard.go_to(key) or window.wizard._show(window.wizard.keys.index(key))
                settle(app, window)
                label = f"{key}-warning" if only else key
                path = out / f"wizard-{label}-{width}.png"
                save_small(window.grab().toImage(), path)
                print(path, path.stat().st_size)
        window.keeper.discard()
        window._finished = True
        window.close()
    ws.db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
