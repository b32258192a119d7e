"""Layering (STYLE practice 1): nothing below ui imports PySide6."""

from __future__ import annotations

import subprocess
import sys


def test_core_layers_do_not_import_qt():
    code = (
        "import sys\n"
        "import credit_desk.domain, credit_desk.domain.rules, credit_desk.domain.case_file\n"
        "import credit_desk.store, credit_desk.documents, credit_desk.services\n"
        "import credit_desk.services.checking, credit_desk.services.workspace, credit_desk.services.rendering\n"
        "import credit_desk.cli\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
