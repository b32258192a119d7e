"""Packaging: build.spec reads the project, the filters keep what the app needs, the .desktop file is valid,
resources resolve in the frozen layout, and the .deb's control and info files say what they must."""

from __future__ import annotations

import configparser
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from credit_desk import paths

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "packaging" / "linux"))

import build_deb  # noqa: E402
import spec_filters  # noqa: E402
from slim_fonts import title_chars  # noqa: E402


def test_build_spec_takes_name_and_version_from_pyproject():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'tomllib.loads((ROOT / "pyproject.toml")' in spec
    assert 'NAME = project["name"]' in spec and 'VERSION = project["version"]' in spec
    assert "0.1.0" not in spec  # never typed in the spec
    for folder in ('tree("forms"', 'tree("resources"', 'tree("credit_desk/store/migrations"'):
        assert folder in spec


def test_pyproject_has_the_dist_group():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(d.startswith("pyinstaller>=6") for d in project["optional-dependencies"]["dist"])


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("libgtk-3.so.0", False),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
    ],
)
def test_binary_filter(dest, kept):
    assert spec_filters.keep_binary(dest) is kept


def test_system_libraries_are_left_to_the_target_on_linux_only():
    assert spec_filters.keep_binary("libstdc++.so.6", linux=True) is False
    assert spec_filters.keep_binary("libcups.so.2", linux=True) is False
    assert spec_filters.keep_binary("libstdc++.so.6", linux=False) is True
    assert spec_filters.keep_binary("libpython3.11.so.1.0", linux=True) is True  # pyenv's, not Debian's
    assert spec_filters.keep_binary("pillow.libs/libjpeg-6dc8d115.so.62.4.0", linux=True) is True


def test_only_chinese_qt_translations_are_kept():
    assert spec_filters.keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not spec_filters.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not spec_filters.keep_data("PySide6/Qt/translations/qtbase_zh_TW.qm")
    assert spec_filters.keep_data("resources/i18n/credit_desk_zh_CN.qm")


def test_only_the_chinese_identifier_data_of_stdnum_is_kept():
    assert spec_filters.keep_data("stdnum/cn/loc.dat")  # 身份证号码 birthplace codes (stdnum.cn.ric)
    assert not spec_filters.keep_data("stdnum/oui.dat")
    assert not spec_filters.keep_data("stdnum/iban.dat")
    assert spec_filters.keep_data("stdnum/cn/ric.py")


def test_resources_resolve_in_the_frozen_layout(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.is_frozen()
    assert paths.resource("catalogs", "standards.json") == tmp_path / "resources" / "catalogs" / "standards.json"
    assert paths.forms_dir() == tmp_path / "forms"
    monkeypatch.delattr(sys, "_MEIPASS")
    assert paths.bundle_root() == ROOT
    assert paths.resource("catalogs", "standards.json").is_file()


def test_desktop_entry_is_valid():
    text = build_deb.desktop_entry()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read_string(text)
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application"
    assert d["Name[zh_CN]"] == "信用认定工作台"
    assert d["Exec"] == f"/opt/apps/{build_deb.APP_ID}/files/credit-desk"
    assert d["Icon"] == build_deb.APP_ID
    assert "Office" in d["Categories"].split(";")
    validator = shutil.which("desktop-file-validate")
    if validator:
        path = Path(pytest.importorskip("tempfile").mkdtemp()) / f"{build_deb.APP_ID}.desktop"
        path.write_text(text, encoding="utf-8")
        result = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


def test_control_and_info_files():
    control = build_deb.control("0.1.0", "amd64", ["libc6 (>= 2.35)", build_deb.UI_FONTS], 150_000)
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line and not line.startswith(" "))
    assert fields["Package"] == build_deb.APP_ID
    assert fields["Installed-Size"] == "150000"
    assert "fonts-noto-cjk | fonts-wqy-microhei" in fields["Depends"]
    info = json.loads(build_deb.info_json("0.1.0", "amd64"))
    assert info["appid"] == build_deb.APP_ID and info["arch"] == ["amd64"]
    assert info["permissions"]["autostart"] is False


def test_no_maintainer_scripts_and_icon_is_shipped():
    linux = ROOT / "packaging" / "linux"
    assert not any((linux / name).exists() for name in ("postinst", "preinst", "prerm", "postrm"))
    assert (ROOT / "resources" / "icons" / "credit-desk.svg").is_file()


def test_slim_bold_keeps_every_character_of_the_forms():
    chars = title_chars()
    forms = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "forms").glob("*.toml"))
    assert set(forms) - {c for c in forms if c.isspace()} <= chars
    assert "认" in chars and "A" in chars


def test_inno_setup_script_keeps_user_data():
    iss = (ROOT / "packaging" / "windows" / "credit-desk.iss").read_text(encoding="utf-8")
    assert "[UninstallDelete]" not in iss.split("; No [UninstallDelete]")[0]
    assert "{group}" in iss and "build\\dist\\credit-desk" in iss
