"""Fixtures for the documents layer: the fictitious sample case and catalogs, the process font set."""

from __future__ import annotations

from datetime import date

import pytest

from credit_desk.documents.fonts import default_fonts
from credit_desk.documents.sample import sample_case, sample_catalogs

ISSUE_DATE = date(2026, 8, 25)
NUMBER = "示例县市监信列〔2026〕3号"


@pytest.fixture(scope="session")
def fonts():
    return default_fonts()


@pytest.fixture
def catalogs():
    return sample_catalogs()


@pytest.fixture
def case():
    return sample_case()


@pytest.fixture
def no_override(tmp_path):
    """An empty override folder, so the officer's own forms never leak into a test."""
    folder = tmp_path / "override"
    folder.mkdir()
    return folder
