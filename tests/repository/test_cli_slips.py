"""Command-line slips get one clear sentence and exit 2, never a window or a hang."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_an_unknown_command_word_is_a_usage_error_naming_the_commands(capsys: pytest.CaptureFixture[str]):
    assert main(["archive", "1", "add", "x"]) == 2
    err = capsys.readouterr().err
    assert "'archive' is not a releasedesk command" in err
    assert "sandbox" in err and "deliveries" in err and "Traceback" not in err


def test_a_near_miss_suggests_the_closest_command(capsys: pytest.CaptureFixture[str]):
    assert main(["delivr", "7"]) == 2
    assert "Did you mean 'deliver'?" in capsys.readouterr().err


def test_an_existing_file_still_reaches_the_window_path(tmp_path: Path):
    """A file manager's "Open with" passes paths that exist: those are not refused as commands."""
    from app.cli import _refuse_unknown_command

    existing = tmp_path / "cover.jpg"
    existing.write_bytes(b"x")
    _refuse_unknown_command(str(existing))  # no exception


def test_unknown_command_without_a_display_answers_at_once(tmp_path: Path):
    """Before, with no display, the slip tried to open the window and hung."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "RELEASEDESK_HOME": str(tmp_path),
           "QT_QPA_PLATFORM": "xcb", "DISPLAY": ""}
    result = subprocess.run([sys.executable, "-m", "app", "archive", "1", "add", "x"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "is not a releasedesk command" in result.stderr


def test_the_slip_is_said_in_the_users_language(tmp_path: Path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "RELEASEDESK_HOME": str(tmp_path),
           "LANG": "fr_FR.UTF-8"}
    result = subprocess.run([sys.executable, "-m", "app", "delivr"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "n’est ni une commande releasedesk" in result.stderr and "« deliver »" in result.stderr

