"""Start-up order (``app/ui/app.py``): the window is painted first, the controller and session after."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from app.ui.app import FirstPaint, build_shell

ROOT = Path(__file__).resolve().parents[2]


def test_first_paint_runs_the_deferred_start_once_after_the_window_is_painted(qtbot, capsys):
    window = QMainWindow()
    qtbot.addWidget(window)
    calls: list[bool] = []
    hook = FirstPaint(window, lambda: calls.append(window.isVisible()), report=True)
    assert calls == []  # nothing runs before the window is shown and painted
    window.show()
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    window.update()
    window.repaint()  # a second paint does not start the session twice
    qtbot.wait(50)
    assert calls == [True]
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("first-paint ")]
    assert len(lines) == 1 and abs(float(lines[0].split()[1]) - time.time()) < 60
    del hook


def test_the_shell_window_is_built_without_the_controller(qtbot):
    window = build_shell()
    qtbot.addWidget(window)
    assert window.catalog.tree.model() is None  # the catalog model comes with the session
    assert any(a.objectName() == "preferences" for a in window.actions())


def test_releasedesk_sandbox_paints_first_then_opens_the_sandbox_session(tmp_path: Path):
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RELEASEDESK_HOME": str(home),
           "RELEASEDESK_REPORT_FIRST_PAINT": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "app", "--sandbox"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("first-paint "), line
        deadline = time.monotonic() + 60
        stores: list[Path] = []
        while time.monotonic() < deadline and not stores:  # the session's store, opened after the paint
            stores = list(home.rglob("*.sqlite3"))
            time.sleep(0.1)
        assert stores, "the sandbox session was never opened after the first paint"
        assert proc.poll() is None
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_the_search_box_gets_its_clear_button_with_the_first_keystroke(qtbot):
    window = build_shell()
    qtbot.addWidget(window)
    search = window.catalog.search
    assert not search.isClearButtonEnabled()  # not loaded before the first paint
    search.setText("a")
    assert search.isClearButtonEnabled()
    search.setText("ab")
    search.clear()
    assert search.isClearButtonEnabled()
