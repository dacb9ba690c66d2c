"""Shared by the packaging tests: the build helpers loaded as modules (they live outside ``app``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_script(path: Path, name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bundle() -> ModuleType:
    return load_script(ROOT / "packaging" / "bundle.py", "releasedesk_packaging_bundle")


@pytest.fixture(scope="session")
def make_icon() -> ModuleType:
    return load_script(ROOT / "packaging" / "make_icon.py", "releasedesk_packaging_make_icon")
