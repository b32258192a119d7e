"""Start-up time (issue 3, issue 6): what the main window needs for its first frame, and nothing more.

The officer waits for every module imported before the register shows its first page. Letters
(reportlab, Pillow, jinja2 forms), the PDF viewer (QtPdf), Word/Excel/PDF tools and alembic are only
needed when a letter is drafted, previewed, exported or the schema migrated, so importing the start-up
path must not load them. Each check runs in a fresh interpreter: this test process has long imported
everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Loaded later, on first use, never on the way to the first frame.
DEFERRED = (
    "reportlab",
    "PIL",
    "jinja2",
    "openpyxl",
    "pypdf",
    "docx",
    "alembic",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    "credit_desk.documents.render",
    "credit_desk.documents.forms",
    "credit_desk.ui.wizard.window",
    "credit_desk.ui.usage_log_view",
    "credit_desk.ui.holiday_dialog",
    "credit_desk.ui.catalog_window",
)


def _loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code``."""
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))\n"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120,
                         check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def _heavy(loaded: set[str]) -> list[str]:
    return sorted(name for name in DEFERRED if name in loaded)


@pytest.mark.parametrize(
    "code",
    [
        "import credit_desk.app",
        "import credit_desk.ui.safe_start, credit_desk.ui.startup",
        "from credit_desk.ui.main_window import MainWindow",
        "from credit_desk.services.workspace import open_workspace",
    ],
)
def test_the_start_up_path_does_not_import_letters_viewers_or_migrations(code):
    assert _heavy(_loaded_after(code)) == []


def test_opening_a_current_database_takes_the_fast_path_without_alembic(tmp_path):
    """A database already at the head revision opens without importing alembic (``file_head_revision``)."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    open_once = f"from credit_desk.services.workspace import open_workspace\nws = open_workspace({url!r})\n"
    created = _loaded_after(open_once + "ws.db.dispose()")  # a new file: created and migrated by alembic
    assert "alembic" in created
    reopened = _loaded_after(open_once + "assert ws.catalogs.standards\nws.db.dispose()")
    assert "alembic" not in reopened


def test_the_letter_modules_still_load_on_first_use():
    """The deferred names stay reachable where other modules import them (lazy, not removed)."""
    loaded = _loaded_after(
        "from credit_desk.services import rendering, wizard_pages\n"
        "from credit_desk.ui.wizard import DraftingWindow\n"
        "assert rendering.RenderResult.__name__ == 'RenderResult'\n"
        "assert wizard_pages.Form.__name__ == 'Form'\n"
        "assert DraftingWindow.__name__ == 'DraftingWindow'\n"
    )
    assert {"reportlab", "jinja2", "credit_desk.ui.wizard.window"} <= loaded


#: What the shell-first start (issue 3) leaves for after the first frame: the ORM stack and the services.
BEHIND_THE_FIRST_FRAME = (
    "sqlalchemy",
    "sqlmodel",
    "pydantic",
    "argon2",
    "credit_desk.store.db",
    "credit_desk.store.tables",
    "credit_desk.domain.model",
    "credit_desk.services.workspace",
    "credit_desk.services.register",
    "credit_desk.ui.dashboard_view",
    "credit_desk.ui.publication_view",
    "credit_desk.ui.office_dialog",
)


def test_the_quick_path_imports_neither_sqlalchemy_nor_pydantic(tmp_path):
    """Importing the start and reading the first screen loads nothing of the ORM stack (``store.quick_read``)."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    loaded = _loaded_after(
        "import credit_desk.app, credit_desk.ui.safe_start, credit_desk.ui.startup\n"
        "from credit_desk.ui.main_window import MainWindow\n"
        "from credit_desk.store.instance_lock import lock_path_for\n"
        "from credit_desk.store.quick_read import read_first_screen\n"
        f"assert read_first_screen({url!r}) is None\n"
        f"lock_path_for({url!r})\n"
    )
    assert sorted(name for name in BEHIND_THE_FIRST_FRAME if name in loaded) == []


def test_the_shell_window_shows_the_first_screen_without_the_orm(tmp_path):
    """A real database: the quick read and the shell window on screen, still without SQLAlchemy or pydantic."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    prepare = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT / 'tests' / 'gui')!r})\n"
        "from case_factory import OFFICE, insert_cases\n"
        "from credit_desk.domain.model import Office\n"
        "from credit_desk.services.office import default_number_patterns, save_office\n"
        "from credit_desk.services.workspace import open_workspace\n"
        f"ws = open_workspace({url!r})\n"
        "insert_cases(ws.db, 5, seed=1)\n"
        "save_office(ws, Office.model_validate({**OFFICE, 'number_patterns': default_number_patterns()}))\n"
        "ws.db.dispose()\n"
    )
    _loaded_after(prepare)
    loaded = _loaded_after(
        "from credit_desk.ui import qt_compat\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from credit_desk.ui import safe_start\n"
        "from credit_desk.ui.main_window import MainWindow\n"
        f"first = safe_start.first_screen({url!r})\n"
        "assert first is not None and first.total == 5\n"
        f"window = MainWindow(None, first_screen=first, db_url={url!r})\n"
        "window.show()\n"
        "app.processEvents()\n"
        "assert window.register.model.rowCount() == 5\n"
    )
    assert sorted(name for name in BEHIND_THE_FIRST_FRAME if name in loaded) == []
