"""Test-wide set-up: offscreen Qt, a private RELEASEDESK_HOME per test, the shared fixture modules."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fixtures.sandbox",
    "tests.fixtures.media",
    "tests.fixtures.secrets",
]


@pytest.fixture(autouse=True)
def releasedesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own data folder; nothing touches the real user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RELEASEDESK_HOME", str(home))
    return home
