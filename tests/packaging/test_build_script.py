"""packaging/build.py: a bundle that builds and passes its self-test is a success; size is information."""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.fixtures.scripts import ROOT, load_script


@pytest.fixture(scope="module")
def build() -> ModuleType:
    sys.path.insert(0, str(ROOT / "packaging"))  # build.py imports its sibling bundle.py
    try:
        return load_script(ROOT / "packaging" / "build.py", "releasedesk_packaging_build")
    finally:
        sys.path.remove(str(ROOT / "packaging"))


def _executable(folder: Path, exit_code: int) -> Path:
    path = folder / "releasedesk"
    path.write_text(f"#!/bin/sh\n[ \"$1\" = --self-test ] || exit 9\nexit {exit_code}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_a_bundle_whose_self_test_passes_is_accepted(build: ModuleType, tmp_path: Path):
    assert build._self_test(_executable(tmp_path, 0)) is True


def test_a_bundle_whose_self_test_fails_is_refused(build: ModuleType, tmp_path: Path):
    assert build._self_test(_executable(tmp_path, 1)) is False


def test_size_is_not_a_gate_unless_asked(build: ModuleType, capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        build.main(["--help"])
    help_text = capsys.readouterr().out
    assert "--max-mb N" in help_text and "default: no gate" in help_text
    assert build.SIZE_GOAL_MB == 200.0
