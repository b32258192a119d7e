"""Translation hygiene (STYLE practice 13): every shipped UI string is translated, placeholders match."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "credit_desk_zh_CN.ts"
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element | None]]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source", ""), msg.find("translation")))
    return out


def test_no_unfinished_translation():
    unfinished = [
        (ctx, src) for ctx, src, tr in messages(TS)
        if tr is None or tr.get("type") in {"unfinished", "vanished", "obsolete"} or not (tr.text or "").strip()
    ]
    assert not unfinished, f"untranslated UI strings: {unfinished[:10]}"


def test_placeholders_match():
    bad = [
        (ctx, src, tr.text) for ctx, src, tr in messages(TS)
        if tr is not None and sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text or ""))
    ]
    assert not bad, bad[:10]


def test_every_source_string_is_in_the_ts(tmp_path):
    """lupdate over the current source finds nothing the committed .ts lacks."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import i18n
    finally:
        sys.path.pop(0)
    fresh = tmp_path / "fresh.ts"
    try:
        i18n.lupdate(fresh)
    except (SystemExit, subprocess.CalledProcessError) as exc:  # pragma: no cover - tool missing
        pytest.fail(f"lupdate failed: {exc}")
    shipped = {(c, s) for c, s, _ in messages(TS)}
    missing = [(c, s) for c, s, _ in messages(fresh) if (c, s) not in shipped]
    assert not missing, f"run `make i18n` and translate: {missing[:10]}"


def test_compiled_catalog_loads(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = TS.with_suffix(".qm")
    if not qm.exists():
        sys.path.insert(0, str(ROOT / "packaging"))
        import i18n

        sys.path.pop(0)
        i18n.compile_qm()
    tr = QTranslator()
    assert tr.load(str(qm))
    ctx, src, t = next((c, s, t) for c, s, t in messages(TS) if t is not None and t.text)
    QCoreApplication.installTranslator(tr)
    try:
        assert QCoreApplication.translate(ctx, src) == t.text
    finally:
        QCoreApplication.removeTranslator(tr)
