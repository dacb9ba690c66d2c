"""Shared by the i18n tests: the catalog script loaded as a module, and a clean translator state."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.delivery.conftest import api, delivery_sandbox, make_draft  # noqa: F401 - sandbox fixtures
from tests.fixtures.scripts import ROOT, load_script


@pytest.fixture(scope="session")
def catalogs() -> ModuleType:
    return load_script(ROOT / "i18n" / "update.py", "releasedesk_i18n_update")


@pytest.fixture
def clean_translation(qapp):
    """Whatever a test installs is removed afterwards, and formats go back to the system's."""
    from PySide6.QtCore import QLocale

    from app.platform import i18n

    yield qapp
    i18n.remove_translation(qapp)
    QLocale.setDefault(QLocale.system())
