"""Package the PyInstaller folder as a .deb in the 统信UOS application layout (also installs on 麒麟 and Debian).

    python packaging/linux/build_deb.py --app build/dist/credit-desk --out dist [--version 0.1.0]

Layout (UOS 应用打包规范)::

    /opt/apps/<appid>/info                               JSON: appid, name, version, arch, permissions
    /opt/apps/<appid>/entries/applications/<appid>.desktop
    /opt/apps/<appid>/entries/icons/hicolor/<n>x<n>/apps/<appid>.png, scalable/apps/<appid>.svg
    /opt/apps/<appid>/files/                             the one-folder app (credit-desk + _internal/)
    /usr/bin/credit-desk                  → files/credit-desk (the launcher on the PATH)
    /usr/share/applications/<appid>.desktop, /usr/share/icons/hicolor/…  → entries/ (menus on Debian/麒麟,
                                                            which do not scan /opt/apps; UOS finds the same
                                                            desktop-file ID there once)

No maintainer scripts: installing changes nothing outside these files, and removing the package never
touches the office's data (it lives in each user's home folder). Depends: what dpkg-shlibdeps finds
for every ELF file of the app (the system libraries build.spec leaves out), plus the CJK fonts Qt needs
to draw the Chinese interface and AR PL UMing for rare name characters in letters.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

APP_ID = "cn.creditdesk.credit-desk"  # UOS: the package name is the appid
COMMAND = "credit-desk"
DESKTOP_TEMPLATE = Path(__file__).with_name("credit-desk.desktop")
#: Qt draws the interface with system fonts (fontconfig): one Simplified-Chinese family must exist.
UI_FONTS = "fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei"
#: Rare name characters (Ext-B, e.g. 𠈌) in letters fall back to AR PL UMing (credit_desk/documents/fonts.py).
LETTER_FONTS = "fonts-arphic-uming"
MAINTAINER = "Credit Desk <creditdesk@localhost>"


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def desktop_entry() -> str:
    return DESKTOP_TEMPLATE.read_text(encoding="utf-8").replace("@APPID@", APP_ID)


def info_json(version: str, arch: str) -> str:
    """The UOS ``info`` file: no special permissions (no autostart, no background, no system changes)."""
    info = {
        "appid": APP_ID,
        "name": "信用认定工作台",
        "version": version,
        "arch": [arch],
        "permissions": {
            "autostart": False,
            "notification": False,
            "trayicon": False,
            "clipboard": True,
            "account": False,
            "bluetooth": False,
            "camera": False,
            "audio_record": False,
            "installed_apps": False,
        },
    }
    return json.dumps(info, ensure_ascii=False, indent=2) + "\n"


def elf_files(folder: Path) -> list[Path]:
    out = []
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.is_symlink():
            with p.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(p)
    return out


def shlib_depends(app: Path) -> list[str]:
    """Depends for the system libraries the app's ELF files need (dpkg-shlibdeps, as debhelper does)."""
    files = elf_files(app)
    lib_dirs = sorted({str(p.parent) for p in files})
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "debian").mkdir()
        (Path(tmp) / "debian" / "control").write_text(
            f"Source: {APP_ID}\n\nPackage: {APP_ID}\nArchitecture: any\n", encoding="utf-8"
        )
        result = subprocess.run(
            ["dpkg-shlibdeps", "-O", "--ignore-missing-info", "--warnings=0", *(f"-l{d}" for d in lib_dirs),
             *(f"-e{f}" for f in files)],
            cwd=tmp, capture_output=True, text=True, check=False,
        )
    if result.returncode != 0:
        raise SystemExit(f"dpkg-shlibdeps failed:\n{result.stderr}")
    line = next((x for x in result.stdout.splitlines() if x.startswith("shlibs:Depends=")), "shlibs:Depends=")
    return [d.strip() for d in line.split("=", 1)[1].split(",") if d.strip()]


def control(version: str, arch: str, depends: list[str], installed_kb: int) -> str:
    meta = project()
    summary = "信用认定工作台 Credit Desk — serious-dishonesty listing cases, offline"
    body = (f" {meta['description']}\n .\n Installs to /opt/apps/{APP_ID} (统信UOS layout); data stays in each"
            " user's\n ~/.local/share/CreditDesk and is never touched by upgrade or removal.")
    return (
        f"Package: {APP_ID}\nVersion: {version}\nArchitecture: {arch}\nMaintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kb}\nDepends: {', '.join(depends)}\nRecommends: fcitx5 | ibus\n"
        f"Section: utils\nPriority: optional\nDescription: {summary}\n{body}\n"
    )


def remove_dangling_links(folder: Path) -> None:
    """PyInstaller leaves top-level links to libraries build.spec filtered out: nothing may point nowhere."""
    for p in folder.rglob("*"):
        if p.is_symlink() and not p.exists():
            p.unlink()


def stage(app: Path, root: Path, version: str, arch: str) -> None:
    from icons import SVG, build_icons

    base = root / "opt" / "apps" / APP_ID
    shutil.copytree(app, base / "files", symlinks=True)
    remove_dangling_links(base / "files")
    (base / "info").write_text(info_json(version, arch), encoding="utf-8")
    apps = base / "entries" / "applications"
    apps.mkdir(parents=True)
    (apps / f"{APP_ID}.desktop").write_text(desktop_entry(), encoding="utf-8")
    icons = base / "entries" / "icons" / "hicolor"
    with tempfile.TemporaryDirectory() as tmp:
        for size, png in build_icons(Path(tmp)).items():
            (icons / f"{size}x{size}" / "apps").mkdir(parents=True)
            shutil.copy(png, icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(SVG, icons / "scalable" / "apps" / f"{APP_ID}.svg")
    # links into the standard places: the launcher on the PATH, the menu entry and icons for Debian/麒麟
    links = {root / "usr" / "bin" / COMMAND: f"/opt/apps/{APP_ID}/files/{COMMAND}",
             root / "usr" / "share" / "applications" / f"{APP_ID}.desktop":
                 f"/opt/apps/{APP_ID}/entries/applications/{APP_ID}.desktop"}
    for icon in icons.rglob(f"{APP_ID}.*"):
        rel = icon.relative_to(base / "entries")
        links[root / "usr" / "share" / rel] = f"/opt/apps/{APP_ID}/entries/{rel.as_posix()}"
    for link, target in links.items():
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(target)
    for p in root.rglob("*"):  # dpkg installs the modes it finds: directories 755, files 644 or 755
        if not p.is_symlink():
            p.chmod(0o755 if p.is_dir() or os.access(p, os.X_OK) else 0o644)


def du_kb(folder: Path) -> int:
    """Installed-Size as dpkg computes it: kibibytes of the files (links count 1)."""
    total = 0
    for p in folder.rglob("*"):
        total += 1 if p.is_symlink() or p.is_dir() else (p.stat().st_size + 1023) // 1024
    return total


def build_deb(app: Path, out_dir: Path, version: str, *, compression: str = "xz") -> Path:
    """Stage the package tree from the PyInstaller folder and build ``out_dir/<appid>_<version>_<arch>.deb``."""
    if not (app / COMMAND).is_file():
        raise SystemExit(f"{app / COMMAND} not found: run PyInstaller with build.spec first")
    if not re.fullmatch(r"[0-9][A-Za-z0-9.+~-]*", version):
        raise SystemExit(f"not a Debian version: {version}")
    arch = architecture()
    with tempfile.TemporaryDirectory(prefix="credit-desk-deb-") as tmp:
        root = Path(tmp) / "root"
        stage(app, root, version, arch)
        depends = [*shlib_depends(root / "opt" / "apps" / APP_ID / "files"), UI_FONTS, LETTER_FONTS]
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(control(version, arch, depends, du_kb(root)), encoding="utf-8")
        out_dir.mkdir(parents=True, exist_ok=True)
        deb = out_dir / f"{APP_ID}_{version}_{arch}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(deb)],
                       check=True, stdout=subprocess.DEVNULL)
    return deb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--app", type=Path, default=ROOT / "build" / "dist" / COMMAND, help="PyInstaller output folder")
    ap.add_argument("--out", type=Path, default=ROOT / "dist")
    ap.add_argument("--version", default=project()["version"], help="Debian version (default: pyproject's)")
    args = ap.parse_args(argv)
    deb = build_deb(args.app, args.out, args.version)
    print(f"{deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
