"""Shared by the packaging tests: the build helpers loaded as modules (they live outside ``app``)."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.fixtures.scripts import ROOT, load_script


@pytest.fixture(scope="session")
def bundle() -> ModuleType:
    return load_script(ROOT / "packaging" / "bundle.py", "releasedesk_packaging_bundle")


@pytest.fixture(scope="session")
def make_icon() -> ModuleType:
    return load_script(ROOT / "packaging" / "make_icon.py", "releasedesk_packaging_make_icon")
