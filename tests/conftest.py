"""Shared test setup: headless Qt, and the user's data folders redirected away from the real ones."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the officer's real data folder from a test.
os.environ["CREDIT_DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="credit-desk-test-")
os.environ.pop("CREDIT_DESK_DB", None)

# PySide6 6.12 on CPython 3.11 drops a reference to None on calls returning nothing (see ui/qt_compat).
from credit_desk.ui.qt_compat import protect_none

protect_none()

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def shipped_catalogs():
    """The catalogs shipped in resources/catalogs."""
    from credit_desk.domain.catalog import load_catalogs
    from credit_desk.paths import resource

    return load_catalogs(resource("catalogs"))


def load_fixture_case(name: str):
    """A case from tests/fixtures/cases/<name>.json."""
    from credit_desk.domain.model import Case

    data = json.loads((FIXTURES / "cases" / f"{name}.json").read_text(encoding="utf-8"))
    return Case.model_validate(data["case"])


@pytest.fixture
def samr_case():
    return load_fixture_case("samr_company")


@pytest.fixture
def minor_case():
    return load_fixture_case("person_minor")
