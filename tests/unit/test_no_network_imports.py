"""No network (issue 5, item 7): no module of Credit Desk imports a network library.

The office PC is offline and personal data must not leave it; the runtime proof that no socket is
opened is tests/gui/test_no_network.py. Not even QtNetwork's local sockets are used: the single-instance
guard asks a running Credit Desk to come forward through a watched file (ui/single_instance.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "credit_desk"
#: QtNetwork classes that would never leave the machine; none is used today, the list stays empty.
LOCAL_ONLY: set[str] = set()
FORBIDDEN = ("socket", "ssl", "urllib", "requests", "httpx", "aiohttp", "http", "ftplib", "smtplib", "xmlrpc",
             "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebSockets")


def _imports(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "PySide6.QtNetwork":  # judged class by class
                names += [f"{node.module}.{a.name}" for a in node.names]
                continue
            names.append(node.module)
            if node.module == "PySide6":
                names += [f"PySide6.{a.name}" for a in node.names]
    return names


def _forbidden(name: str) -> bool:
    if name in LOCAL_ONLY:
        return False
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)


def test_no_module_imports_a_network_library() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found += [f"{path.relative_to(PACKAGE)}: {n}" for n in _imports(tree) if _forbidden(n)]
    assert found == []


def test_the_check_sees_every_spelling_of_a_network_import() -> None:
    """Control for the test above."""
    code = ("import urllib.request\nimport http.client\nfrom PySide6 import QtNetwork\nfrom requests import get\n"
            "from PySide6.QtNetwork import QLocalServer, QTcpSocket\n")
    found = [n for n in _imports(ast.parse(code)) if _forbidden(n)]
    assert found == ["urllib.request", "http.client", "PySide6.QtNetwork", "requests",
                     "PySide6.QtNetwork.QLocalServer", "PySide6.QtNetwork.QTcpSocket"]
