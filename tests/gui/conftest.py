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
