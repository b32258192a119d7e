"""Font discovery, lazy registration, fallback per character, and the reportlab ToUnicode fix (fonts.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts

from credit_desk.documents import fonts as fontmod
from credit_desk.documents.fonts import FontSource, discover_fonts, missing_glyphs

CFF_FONT = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")


def test_to_unicode_cmap_writes_surrogate_pairs_for_ext_b():
    cmap = ttfonts.makeToUnicodeCMap("X", [0, 0x2020C, 0x4E00])
    assert "<D840DE0C>" in cmap  # U+2020C 𠈌 as UTF-16BE
    assert "<4E00>" in cmap
    assert "<2020C>" not in cmap


def test_bundled_fonts_serve_every_role_without_system_fonts():
    fs = discover_fonts(system=False)
    for role in fontmod.ROLES:
        assert fs.role_font(role).source.origin == "bundled"
    assert fs.font_for("信", "body") == fs.name("body")
    assert fs.name("title") == fs.name("heading")  # Noto Serif SC Bold for both, registered once
    assert fs.name("body") == fs.name("kai")


def test_missing_glyphs_names_characters_no_font_has(fonts):
    text = "示例\ue000公司\U0010fffd 䶮"
    assert missing_glyphs(text, fonts) == ["\ue000", "\U0010fffd"]
    assert missing_glyphs("示例公司 ABC 123\n", fonts) == []


def test_private_use_characters_never_count_as_covered(fonts):
    assert fontmod.is_private_use("\ue000")
    assert fonts.font_for("\ue000") is None


def test_ext_b_character_comes_from_the_fallback_chain(fonts):
    name = fonts.font_for("𠈌", "body")
    if name is None:
        pytest.skip("no font with U+2020C on this machine")
    assert name != fonts.name("body")  # Noto Serif SC lacks it; UMing (or SimSun-ExtB) draws it


def test_cff_or_missing_configured_font_is_skipped(tmp_path):
    configured = {"body": str(tmp_path / "nope.ttf")}
    if CFF_FONT.exists():
        configured["title"] = str(CFF_FONT)
    fs = discover_fonts(configured, system=False)
    assert fs.role_font("body").source.origin == "bundled"
    assert fs.role_font("title").source.origin == "bundled"
    failures = fontmod.load_failures()
    assert any("nope.ttf" in k for k in failures)
    if CFF_FONT.exists():
        assert any("postscript outlines" in v for k, v in failures.items() if "NotoSerifCJK" in k)


def test_configured_font_comes_first(tmp_path):
    bold = fontmod.paths.resource(*fontmod.BUNDLED_DIR, fontmod.BUNDLED_BOLD)
    fs = discover_fonts({"body": str(bold)}, system=False)
    assert fs.role_font("body").source == FontSource(bold, 0, "configured")


def test_ttc_index_can_be_configured():
    src = fontmod._configured("/fonts/simsun.ttc#1")
    assert src == FontSource(Path("/fonts/simsun.ttc"), 1, "configured")


def test_fontconfig_absence_is_tolerated(monkeypatch):
    def boom(*args, **kwargs):
        raise FileNotFoundError("fc-list")

    monkeypatch.setattr(subprocess, "run", boom)
    fontmod.fontconfig_fonts.cache_clear()
    try:
        assert fontmod.fontconfig_fonts() == ()
        roles, _ = fontmod.candidate_sources(None)
        assert roles["body"][-1].origin == "bundled"
    finally:
        fontmod.fontconfig_fonts.cache_clear()


def test_fontconfig_families_are_matched_and_cff_skipped(monkeypatch):
    out = (
        "/f/simfang.ttf\t0\t仿宋,FangSong\tTrueType\n"
        "/f/cff.otf\t0\tSimHei,黑体\tCFF\n"
        "/f/uming.ttc\t0\tAR PL UMing CN\tTrueType\n"
    )
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0, stdout=out, stderr=""))
    monkeypatch.setattr(fontmod.sys, "platform", "linux")
    fontmod.fontconfig_fonts.cache_clear()
    try:
        roles, fallbacks = fontmod.candidate_sources(None)
        assert roles["body"][0] == FontSource(Path("/f/simfang.ttf"), 0, "system")
        assert all(s.path != Path("/f/cff.otf") for s in roles["heading"])
        assert FontSource(Path("/f/uming.ttc"), 0, "system") in fallbacks
    finally:
        fontmod.fontconfig_fonts.cache_clear()


def test_windows_font_folder(monkeypatch, tmp_path):
    fonts_dir = tmp_path / "Fonts"
    fonts_dir.mkdir()
    for name in ("simfang.ttf", "simhei.ttf", "simsunb.ttf"):
        (fonts_dir / name).write_bytes(b"")
    monkeypatch.setattr(fontmod.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    roles, fallbacks = fontmod.candidate_sources(None)
    assert roles["body"][0].path == fonts_dir / "simfang.ttf"
    assert roles["heading"][0].path == fonts_dir / "simhei.ttf"
    assert fallbacks[0].path == fonts_dir / "simsunb.ttf"
    assert roles["title"][0].origin == "bundled"


def test_default_fonts_is_cached_per_configuration():
    assert fontmod.default_fonts() is fontmod.default_fonts()
    assert fontmod.default_fonts({"body": "/x.ttf"}) is not fontmod.default_fonts()


def test_describe_chars():
    assert fontmod.describe_chars(["𠈌", "\ue000"]) == "𠈌 (U+2020C)、\ue000 (U+E000)"
