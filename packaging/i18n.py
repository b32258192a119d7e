"""Translations: Qt Linguist .ts (source of truth, in resources/i18n) → .qm (built, not committed).

    python packaging/i18n.py update    # lupdate over credit_desk/ui, then fill from strings-*.tsv if present
    python packaging/i18n.py compile   # lrelease → resources/i18n/credit_desk_zh_CN.qm

The UI is written with English source strings (self.tr); Simplified Chinese is the shipped language.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TS = I18N / "credit_desk_zh_CN.ts"
QM = I18N / "credit_desk_zh_CN.qm"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the venv that runs this script, else from PATH.

    The venv keeps its scripts beside the interpreter: ``.venv/bin/pyside6-lrelease`` on Linux,
    ``.venv\\Scripts\\pyside6-lrelease.exe`` on Windows (hence both names); ``shutil.which`` adds the
    Windows extensions (PATHEXT) itself for the PATH lookup.
    """
    exe = f"pyside6-{name}"
    here = Path(sys.executable).parent
    for candidate in (here / exe, here / f"{exe}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(exe)
    if not found:
        raise SystemExit(f"{exe} not found (install PySide6-Essentials)")
    return found


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "credit_desk").rglob("*.py") if "ui" in p.parts
                  or p.name == "app.py")


def lupdate(ts: Path) -> None:
    subprocess.run([tool("lupdate"), *ui_sources(), "-no-obsolete", "-source-language", "en",
                    "-target-language", "zh_CN", "-ts", str(ts)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def tsv_translations() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for path in sorted(I18N.glob("strings-*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 3 and row[1]:
                    table[(row[0], row[1])] = row[2]
    return table


def fill(ts: Path, table: dict[tuple[str, str], str]) -> int:
    """Fill unfinished messages from the table; returns how many are still unfinished."""
    tree = ET.parse(ts)
    missing = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            source = msg.findtext("source", "")
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if tr.get("type") == "unfinished" or not (tr.text or "").strip():
                text = table.get((name, source))
                if text:
                    tr.text = text
                    tr.attrib.pop("type", None)
                else:
                    missing += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def update() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    lupdate(TS)
    missing = fill(TS, tsv_translations())
    print(f"{TS.relative_to(ROOT)}: {missing} unfinished")
    return 1 if missing else 0


def compile_qm() -> int:
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(QM)], check=True, stdout=subprocess.DEVNULL)
    return 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "compile"
    sys.exit({"update": update, "compile": compile_qm}[cmd]())
