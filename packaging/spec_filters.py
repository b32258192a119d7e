"""Which files PyInstaller's PySide6 hooks collect that the frozen Credit Desk keeps (used by build.spec).

Why a filter after the analysis: the hooks collect every plugin and every translation of the Qt modules
in use, plus the shared libraries those plugins link. Credit Desk needs a desktop platform (xcb on
UOS/Kylin/Debian, windows on Windows) and offscreen (self-test, CI), the input-method bridges for
Chinese IMEs (ibus also serves fcitx5), printing through CUPS, a few image formats and zh_CN only.
Everything else (the GTK3 theme with GTK/cairo/pango, Wayland, EGL device integrations, TLS, network
information, SQL drivers, QML tooling, Designer, 60 other languages) is dropped — about 50 MB.
Paths are PyInstaller destination names, "/"-separated on every platform.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

#: plugin folder → plugin file stems to keep (``*`` keeps the whole folder); folders not listed are dropped.
KEEP_PLUGINS: dict[str, tuple[str, ...]] = {
    "platforms": ("qxcb", "qoffscreen", "qwindows", "qminimal"),
    "xcbglintegrations": ("*",),
    "platforminputcontexts": ("*",),  # compose and ibus (Chinese input methods; fcitx5 speaks ibus)
    "platformthemes": ("qxdgdesktopportal",),  # not qgtk3: it drags in GTK, cairo, pango, atk
    "imageformats": ("qsvg", "qico", "qjpeg", "qgif"),
    "iconengines": ("qsvgicon",),
    "printsupport": ("*",),  # CUPS printing
    "styles": ("*",),  # Windows 11 style
}

#: Shared libraries only the dropped plugins use (matched on the file name, any version suffix).
DROPPED_LIBRARIES = re.compile(
    r"^(lib)?(gtk-3|gdk-3|gdk_pixbuf-2\.0|cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|"
    r"atk-1\.0|atk-bridge-2\.0|atspi|epoxy|wayland-client|wayland-cursor|wayland-egl|wayland-server|"
    r"Qt6WaylandClient|Qt6WaylandEglClientHwIntegration|Qt6WlShellIntegration|Qt6EglFSDeviceIntegration|"
    r"Qt6EglFsKmsSupport|Qt6EglFsKmsGbmSupport|Qt6Qml|Qt6QmlMeta|Qt6QmlModels|Qt6QmlWorkerScript|Qt6Quick|"
    r"Qt6OpenGL|Qt6VirtualKeyboard|gbm|drm|Xcomposite|Xdamage|Xinerama|Xrandr|Xcursor|Xfixes|Xi|"
    r"thai|datrie|pixman-1|fribidi|graphite2|Xtst|cloudproviders|tracker-sparql-3\.0|colord|lcms2)"
    r"(\.so[.\d]*|\.dll)$"
)

#: Linux: libraries of the Debian base system that PyInstaller copies from the build host. Left out, the
#: installed app uses the target's own copies (declared as Depends by dpkg-shlibdeps in build_deb.py):
#: a bundled old libstdc++/libGL next to the system's Mesa or ibus is the classic PyInstaller crash,
#: and libcups pulls in the whole GnuTLS/Kerberos chain (about 25 MB together).
SYSTEM_LIBRARIES = re.compile(
    r"^lib(stdc\+\+|gcc_s|ssl|crypto|gnutls|unistring|gcrypt|gpg-error|p11-kit|krb5|krb5support|gssapi_krb5|"
    r"k5crypto|keyutils|com_err|nettle|hogweed|gmp|idn2|tasn1|cups|avahi-client|avahi-common|gio-2\.0|glib-2\.0|"
    r"gobject-2\.0|gmodule-2\.0|mount|blkid|selinux|pcre2-8|ffi|systemd|lz4|zstd|lzma|bz2|z|X11|X11-xcb|xcb[-\w]*|"
    r"Xau|Xdmcp|Xext|Xrender|xkbcommon|xkbcommon-x11|fontconfig|freetype|png16|expat|brotli\w*|bsd|md|dbus-1|"
    r"uuid|sqlite3|jpeg|EGL|GL|GLX|GLdispatch|OpenGL|cap|capng|harfbuzz|graphite2|tinfo|ncursesw|readline)"
    r"\.so[.\d]*$"
)

#: Qt translation catalogs kept: Qt's own strings in Simplified Chinese.
KEEP_TRANSLATIONS = ("qtbase_zh_CN.qm", "qt_zh_CN.qm")


def _plugin(parts: tuple[str, ...]) -> tuple[str, str] | None:
    """(folder, file stem) when ``parts`` is a Qt plugin path (``…/plugins/<folder>/<file>``)."""
    if "plugins" not in parts:
        return None
    i = parts.index("plugins")
    if len(parts) != i + 3:
        return None
    stem = parts[-1].split(".")[0]
    return parts[i + 1], stem[3:] if stem.startswith("lib") else stem


def keep_binary(dest: str, *, linux: bool = False) -> bool:
    """Whether a collected binary (destination path in the bundle) stays in the app.

    With ``linux``, libraries PyInstaller took from the build host's system folders (they land at the
    top of the bundle) are left to the target system; the wheels' own libraries (``PySide6/Qt/lib``,
    ``pillow.libs``) and Python's extension modules always stay.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    plugin = _plugin(parts)
    if plugin:
        folder, stem = plugin
        wanted = KEEP_PLUGINS.get(folder)
        return bool(wanted) and ("*" in wanted or stem in wanted)
    if linux and len(parts) == 1 and SYSTEM_LIBRARIES.match(parts[0]):
        return False
    return not DROPPED_LIBRARIES.match(parts[-1])


def keep_data(dest: str) -> bool:
    """Whether a collected data file stays: Qt translations only in zh_CN, plugin data like binaries."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "translations" in parts and parts[-1].endswith(".qm") and "PySide6" in parts:
        return parts[-1] in KEEP_TRANSLATIONS
    if _plugin(parts):
        return keep_binary(dest)
    if parts[0] == "stdnum" and parts[-1].endswith(".dat"):
        return "cn" in parts  # the Chinese identifiers' data (regions of 身份证号码); MAC, IBAN, ISIL… are unused
    return True
