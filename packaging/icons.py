"""Application icons from resources/icons/credit-desk.svg: PNGs for the Linux desktop, an .ico for Windows.

Rendered at build time with QtSvg (in the build venv, offscreen) so only the SVG is kept in the source tree.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "credit-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(out_dir: Path) -> dict[int, Path]:
    """``out_dir/<size>.png`` for every size in PNG_SIZES (transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"invalid icon: {SVG}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"{size}.png"
        image.save(str(path))
        written[size] = path
    return written


def write_ico(pngs: dict[int, Path], out: Path) -> Path:
    """A multi-size Windows .ico (Pillow comes with reportlab)."""
    from PIL import Image

    Image.open(pngs[max(pngs)]).save(out, sizes=[(s, s) for s in sorted(pngs)])
    return out


def build_icons(out_dir: Path) -> dict[int, Path]:
    pngs = render_pngs(out_dir)
    write_ico(pngs, out_dir / "credit-desk.ico")
    return pngs


if __name__ == "__main__":
    build_icons(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons")
