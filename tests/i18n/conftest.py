"""Shared by the i18n tests: the catalog script loaded as a module, and a clean translator state."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_script(path: Path, name: str) -> ModuleType:
    """Import a script that is not in a package (i18n/update.py, packaging/bundle.py)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


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
