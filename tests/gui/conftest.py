"""GUI test helpers: a workspace on a temporary database, no modal dialogs, Chinese typed as an IME does."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """Dialogs of the error tiers are recorded, never shown (STYLE practice 10)."""
    from credit_desk.ui import errors

    monkeypatch.setattr(errors, "INTERACTIVE", False)
    errors.shown.clear()
    errors.answers.clear()
    yield errors.shown
    errors.draft_savers.clear()
    errors.answers.clear()


@pytest.fixture
def workspace(tmp_path):
    """A fresh database in tmp_path with the seed catalogs loaded."""
    from credit_desk.services.workspace import open_workspace

    ws = open_workspace(f"sqlite:///{tmp_path / 'cd.sqlite3'}")
    yield ws
    ws.db.dispose()


@pytest.fixture(scope="session")
def chinese_qm(tmp_path_factory):
    """The shipped translation compiled from the .ts as the build does (once per test run)."""
    import subprocess
    import sys
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "credit_desk_zh_CN.ts"
    qm = tmp_path_factory.mktemp("i18n") / "credit_desk_zh_CN.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL)
    return qm


@pytest.fixture
def chinese(qapp, chinese_qm):
    """The officer reads Chinese in this test (the shipped translation installed)."""
    from qt_helpers import installed_chinese

    with installed_chinese(qapp, chinese_qm):
        yield
