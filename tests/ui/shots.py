"""What every screenshot script (``tests/ui/**/screenshots*.py``) starts with, and its waits.

A script runs offscreen (unless a display is asked for), in a fresh home of its own, and writes into
``resources/screenshots/``.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SCREENSHOTS = Path(__file__).resolve().parents[2] / "resources" / "screenshots"


def begin(name: str) -> tuple[Path, Path]:
    """(a fresh RELEASEDESK_HOME for this run, the screenshots folder). Call before importing Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix=f"{name}-shots-"))
    os.environ["RELEASEDESK_HOME"] = str(home)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return home, SCREENSHOTS


def wait_until(app: Any, until: Callable[[], object], timeout: float = 30.0) -> None:
    """Turn the event loop until ``until()`` holds (a screen reached its state), or fail."""
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
