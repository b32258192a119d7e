"""Font discovery and lazy registration for reportlab: a font per role plus a per-character fallback chain.

Roles follow GB/T 9704: ``body`` (仿宋), ``title`` (小标宋), ``heading`` (黑体), ``kai`` (楷体). For each
role the candidates are: paths the caller configured (settings), then system fonts (Windows font folder,
or fontconfig on Linux), then the bundled Noto Serif SC. Characters the role font lacks are drawn from
the fallback chain: SimSun-ExtB (Windows), AR PL UMing (Linux), the bundled Noto Serif SC.

Only TrueType-outline (glyf) fonts load in reportlab; CFF fonts (.otf, Noto CJK .ttc) raise and are
skipped. Loading a CJK font parses the whole file (80–300 ms), so files are loaded on first use and
kept for the life of the process.

Importing this module also fixes reportlab's ToUnicode CMap for characters above U+FFFF (platform
notes §3): without it a name with 𠈌 (U+2020C) extracts from the PDF as "†".
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts

from credit_desk import paths

log = logging.getLogger(__name__)

ROLES = ("body", "title", "heading", "kai")

BUNDLED_DIR = ("fonts", "noto-serif-sc")
BUNDLED_REGULAR = "NotoSerifSC_400Regular.ttf"
BUNDLED_BOLD = "NotoSerifSC_700Bold.ttf"
BUNDLED_FOR_ROLE = {"body": BUNDLED_REGULAR, "kai": BUNDLED_REGULAR, "title": BUNDLED_BOLD, "heading": BUNDLED_BOLD}

# Windows: file names in %WINDIR%\Fonts (or the per-user font folder), best first, as (file, ttc index).
WINDOWS_FILES: dict[str, tuple[tuple[str, int], ...]] = {
    "body": (("FS_GB2312.ttf", 0), ("仿宋_GB2312.ttf", 0), ("simfang.ttf", 0), ("simsun.ttc", 0)),
    "title": (("FZXBSJW.TTF", 0), ("方正小标宋简体.ttf", 0), ("方正小标宋_GBK.ttf", 0)),
    "heading": (("simhei.ttf", 0),),
    "kai": (("KAITI_GB2312.TTF", 0), ("楷体_GB2312.ttf", 0), ("simkai.ttf", 0)),
}
WINDOWS_FALLBACK_FILES = (("simsunb.ttf", 0), ("simsun.ttc", 0))

# fontconfig family names (any of a font's comma-separated names may match), best first.
FC_FAMILIES: dict[str, tuple[str, ...]] = {
    "body": ("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "SimFang", "宋体", "SimSun"),
    "title": ("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"),
    "heading": ("黑体", "SimHei"),
    "kai": ("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "SimKai"),
}
FC_FALLBACK_FAMILIES = ("SimSun-ExtB", "AR PL UMing CN", "AR PL UMing")
UMING_PATHS = ("/usr/share/fonts/truetype/arphic/uming.ttc",)


class FontError(RuntimeError):
    """No usable font for a role (not even the bundled one)."""


# --- reportlab fix: ToUnicode entries for characters above U+FFFF must be UTF-16BE ---------------------


def _to_unicode_hex(cp: int) -> str:
    return chr(cp).encode("utf-16-be").hex().upper()


def _patch_to_unicode() -> None:
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_credit_desk_patched", False):
        return
    if f"<{_to_unicode_hex(0x2020C)}>" in original("X", [0, 0x2020C]):
        return  # reportlab already writes surrogate pairs

    def make_to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
        text = original(fontname, subset)
        for cp in set(subset):
            if cp > 0xFFFF:
                text = text.replace(f"> <{cp:04X}>\n", f"> <{_to_unicode_hex(cp)}>\n")
        return text

    make_to_unicode_cmap._credit_desk_patched = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap  # looked up as a module global by TTFont.addObjects


_patch_to_unicode()


# --- loading ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FontSource:
    """A font file (and face index inside a .ttc) that may serve a role."""

    path: Path
    index: int = 0
    origin: str = ""  # "configured", "system", "bundled"

    def __str__(self) -> str:
        return f"{self.path}#{self.index}" if self.index else str(self.path)


@dataclass(frozen=True, slots=True)
class LoadedFont:
    name: str  # the name registered with reportlab
    source: FontSource
    cmap: Mapping[int, int]  # code point → glyph id


_lock = threading.Lock()
_loaded: dict[tuple[str, int], LoadedFont | None] = {}
_failures: dict[tuple[str, int], str] = {}


def _register_name(path: Path, index: int) -> str:
    digest = hashlib.sha1(f"{path}#{index}".encode()).hexdigest()[:8]
    stem = re.sub(r"[^A-Za-z0-9]", "", path.stem)[:24] or "font"
    return f"CD-{stem}-{index}-{digest}"


def load_font(source: FontSource) -> LoadedFont | None:
    """Register a font with reportlab once per process; None if the file does not load (CFF, missing…)."""
    key = (str(source.path), source.index)
    with _lock:
        if key in _loaded:
            hit = _loaded[key]
            return hit if hit is None or hit.source == source else replace(hit, source=source)
        loaded: LoadedFont | None = None
        try:
            name = _register_name(source.path, source.index)
            font = ttfonts.TTFont(name, str(source.path), subfontIndex=source.index)
            pdfmetrics.registerFont(font)
            loaded = LoadedFont(name=name, source=source, cmap=font.face.charToGlyph)
        except Exception as exc:  # reportlab raises TTFError, OSError, struct errors… for unusable files
            _failures[key] = f"{type(exc).__name__}: {exc}"
            log.warning("font not usable, skipped: %s (%s)", source, exc)
        _loaded[key] = loaded
        return loaded


def load_failures() -> dict[str, str]:
    """Font files that failed to load in this process, with the reason (for the settings dialog)."""
    return {f"{p}#{i}" if i else p: why for (p, i), why in _failures.items()}


# --- discovery -------------------------------------------------------------------------------------------


def _windows_font_dirs() -> list[Path]:
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return [d for d in dirs if d.is_dir()]


def _windows_files(names: Iterable[tuple[str, int]]) -> list[FontSource]:
    found = []
    for folder in _windows_font_dirs():
        for name, index in names:
            p = folder / name
            if p.is_file():
                found.append(FontSource(p, index, "system"))
    return found


@functools.lru_cache(maxsize=1)
def fontconfig_fonts() -> tuple[tuple[str, int, tuple[str, ...], str], ...]:
    """(file, index, family names, format) of the Chinese fonts fontconfig knows; () without fc-list."""
    try:
        result = subprocess.run(
            ["fc-list", "-f", "%{file}\t%{index}\t%{family}\t%{fontformat}\n", ":lang=zh"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return ()
    rows = []
    for line in result.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) != 4:
            continue
        file, index, families, fmt = parts
        try:
            idx = int(index or 0)
        except ValueError:
            idx = 0
        rows.append((file, idx, tuple(f.strip() for f in families.split(",")), fmt))
    return tuple(sorted(rows))


def _fc_sources(families: Sequence[str]) -> list[FontSource]:
    rows = [r for r in fontconfig_fonts() if r[3] != "CFF"]  # reportlab cannot load CFF outlines
    found: list[FontSource] = []
    for wanted in families:
        w = wanted.casefold()
        for file, index, names, _fmt in rows:
            if any(n.casefold() == w for n in names):
                src = FontSource(Path(file), index, "system")
                if src not in found:
                    found.append(src)
    return found


def _bundled(file: str) -> FontSource:
    return FontSource(paths.resource(*BUNDLED_DIR, file), 0, "bundled")


def _configured(value: object) -> FontSource | None:
    """A configured font: a path, optionally ``path#index`` for a face inside a .ttc."""
    if not value:
        return None
    text = str(value)
    index = 0
    m = re.fullmatch(r"(.+)#(\d+)", text)
    if m and not Path(text).exists():
        text, index = m.group(1), int(m.group(2))
    return FontSource(Path(text).expanduser(), index, "configured")


def candidate_sources(
    configured: Mapping[str, object] | None = None, *, system: bool = True
) -> tuple[dict[str, list[FontSource]], list[FontSource]]:
    """The candidate files per role and the fallback chain, best first (nothing is loaded here)."""
    configured = configured or {}
    windows = sys.platform == "win32"
    roles: dict[str, list[FontSource]] = {}
    for role in ROLES:
        cands: list[FontSource] = []
        src = _configured(configured.get(role))
        if src:
            cands.append(src)
        if system:
            cands += _windows_files(WINDOWS_FILES[role]) if windows else _fc_sources(FC_FAMILIES[role])
        cands.append(_bundled(BUNDLED_FOR_ROLE[role]))
        roles[role] = list(dict.fromkeys(cands))
    fallbacks: list[FontSource] = []
    src = _configured(configured.get("fallback"))
    if src:
        fallbacks.append(src)
    if system:
        if windows:
            fallbacks += _windows_files(WINDOWS_FALLBACK_FILES)
        else:
            fallbacks += _fc_sources(FC_FALLBACK_FAMILIES)
            fallbacks += [FontSource(Path(p), 0, "system") for p in UMING_PATHS if Path(p).is_file()]
    fallbacks.append(_bundled(BUNDLED_REGULAR))
    return roles, list(dict.fromkeys(fallbacks))


# --- the font set ----------------------------------------------------------------------------------------


def is_private_use(ch: str) -> bool:
    """Private-use code points (local 造字) never count as covered: their glyphs differ per font."""
    return unicodedata.category(ch) == "Co"


def needs_glyph(ch: str) -> bool:
    """Whitespace and control characters are layout, not glyphs."""
    return not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"))


class FontSet:
    """The fonts a letter is drawn with: one per role, plus the fallback chain, loaded on first use."""

    def __init__(self, roles: Mapping[str, Sequence[FontSource]], fallbacks: Sequence[FontSource]):
        self._candidates = {r: list(roles.get(r, ())) for r in ROLES}
        self._fallback_sources = list(fallbacks)
        self._role_font: dict[str, LoadedFont] = {}
        self._fallbacks: list[LoadedFont] | None = None
        self._by_char: dict[tuple[str, str], str | None] = {}
        self._lock = threading.Lock()

    def role_font(self, role: str) -> LoadedFont:
        """The first loadable candidate for a role."""
        font = self._role_font.get(role)
        if font is None:
            for src in self._candidates[role]:
                font = load_font(src)
                if font:
                    break
            if font is None:
                raise FontError(f"没有可用的{role}字体：{', '.join(map(str, self._candidates[role]))}")
            self._role_font[role] = font
        return font

    def name(self, role: str) -> str:
        """The reportlab font name of a role."""
        return self.role_font(role).name

    def fallbacks(self) -> list[LoadedFont]:
        if self._fallbacks is None:
            loaded = [load_font(s) for s in self._fallback_sources]
            self._fallbacks = [f for f in loaded if f]
        return self._fallbacks

    def font_for(self, ch: str, role: str = "body") -> str | None:
        """The font that draws ``ch`` in ``role``: the role font, else the first fallback that has it."""
        key = (role, ch)
        try:
            return self._by_char[key]
        except KeyError:
            pass
        with self._lock:
            name: str | None = None
            if not is_private_use(ch):
                cp = ord(ch)
                primary = self.role_font(role)
                if cp in primary.cmap:
                    name = primary.name
                else:
                    name = next((f.name for f in self.fallbacks() if cp in f.cmap), None)
            self._by_char[key] = name
            return name

    def describe(self) -> dict[str, str]:
        """Which file serves each role and the fallback chain (for the settings page and the log)."""
        out = {role: str(self.role_font(role).source) for role in ROLES}
        out["fallback"] = " → ".join(str(f.source) for f in self.fallbacks())
        return out


def discover_fonts(configured: Mapping[str, object] | None = None, *, system: bool = True) -> FontSet:
    """A font set from configured paths (role → path, plus ``fallback``), system fonts and bundled ones."""
    roles, fallbacks = candidate_sources(configured, system=system)
    return FontSet(roles, fallbacks)


@functools.lru_cache(maxsize=8)
def _cached_fonts(configured: tuple[tuple[str, str], ...], system: bool) -> FontSet:
    return discover_fonts(dict(configured), system=system)


def default_fonts(configured: Mapping[str, object] | None = None, *, system: bool = True) -> FontSet:
    """The process-wide font set for a configuration (discovered once, fonts loaded lazily)."""
    key = tuple(sorted((k, str(v)) for k, v in (configured or {}).items() if v))
    return _cached_fonts(key, system)


def missing_glyphs(text: str, fonts: FontSet, role: str = "body") -> list[str]:
    """Characters of ``text`` that no font of the role's chain can draw, each once, in order of use."""
    missing: list[str] = []
    for ch in dict.fromkeys(text):
        if needs_glyph(ch) and fonts.font_for(ch, role) is None:
            missing.append(ch)
    return missing


def describe_chars(chars: Iterable[str]) -> str:
    """``𠈌 (U+2020C)、 (U+E000)``: characters with their code points, for messages."""
    return "、".join(f"{c} (U+{ord(c):04X})" for c in chars)
