"""Build-time font slimming for the frozen app: the bundled bold face cut to the characters titles use.

Why: each bundled Noto Serif SC weight is 14.8 MB, and the installed size budget is 160 MB. The bold
face only draws letter titles and section headings (roles ``title`` and ``heading`` in
credit_desk/documents/fonts.py): fixed form text, written in common characters. It is cut to GB 2312
(the 6 763 common hanzi, punctuation, full-width forms), printable ASCII and every character of the
shipped forms — 3.4 MB. A character outside that set still prints: the fallback chain (AR PL UMing,
then the full regular face, which stays untouched because it draws names) supplies it, in regular weight.
The source tree and the tests use the full fonts; only the build uses the slim copy.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BOLD = ROOT / "resources" / "fonts" / "noto-serif-sc" / "NotoSerifSC_700Bold.ttf"


def gb2312_chars() -> set[str]:
    """Every character GB 2312 encodes (rows 0xA1–0xF7, cells 0xA1–0xFE)."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def title_chars(forms_dir: Path = ROOT / "forms") -> set[str]:
    """GB 2312, printable ASCII, and every character written in the shipped forms."""
    chars = gb2312_chars() | {chr(c) for c in range(0x20, 0x7F)}
    for form in sorted(forms_dir.glob("*.toml")):
        chars |= set(form.read_text(encoding="utf-8"))
    return {c for c in chars if not c.isspace() or c == " "}


def slim_bold(out_dir: Path) -> Path:
    """Write the slim bold face to ``out_dir`` (same file name) and return its path; reused when current."""
    from fontTools import subset  # build-time only: the optional dependency group "dist"

    # PyInstaller sets the root logger to INFO; fontTools would then print every glyph list into the build log
    logging.getLogger("fontTools").setLevel(logging.WARNING)

    out = out_dir / BOLD.name
    if out.is_file() and out.stat().st_mtime >= max(BOLD.stat().st_mtime, Path(__file__).stat().st_mtime):
        return out
    out_dir.mkdir(parents=True, exist_ok=True)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = subset.load_font(str(BOLD), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in title_chars()))
    subsetter.subset(font)
    subset.save_font(font, str(out), options)
    return out


if __name__ == "__main__":
    print(slim_bold(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "fonts"))
