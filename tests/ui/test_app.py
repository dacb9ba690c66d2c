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
        panels = proc.stdout.readline()  # the frame first, then the panels, then the session
        assert panels.startswith("panels-paint "), panels
        assert float(panels.split()[1]) >= float(line.split()[1])
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


_FRAME_PROBE = """
import enum, sys
created = []
_new = enum.EnumType.__new__
def _record(mcls, cls, bases, ns, **kw):
    created.append(cls)
    return _new(mcls, cls, bases, ns, **kw)
enum.EnumType.__new__ = _record
from app.ui.app import build_shell, create_app
from app.platform.i18n import install_translation
app = create_app([])
install_translation(app)
window = build_shell(preferences=False, panels=False)
print("modules", " ".join(sorted(m for m in sys.modules if m.startswith("app."))))
print("enums", " ".join(created))
window.build_panels()
print("panels", window.catalog is not None and window.has_panels)
print("after", " ".join(sorted(m for m in sys.modules if m.startswith("app."))))
"""


def test_the_window_frame_is_built_without_the_qt_namespace_or_the_panels(tmp_path: Path):
    """The first paint shows the frame; what it must not pull in (docs/STARTUP.md): the ``Qt``
    namespace (PySide6 builds its ~100 enums as Python classes on first import), the panels' modules
    and the message catalog. A structural check, no timing: a stray import fails it on any machine."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RELEASEDESK_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", _FRAME_PROBE], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    lines = dict(line.partition(" ")[::2] for line in out.splitlines())
    modules = set(lines["modules"].split())
    assert "app.ui.shell.main_window" in modules
    assert not modules & {"app.ui.catalog.panel", "app.ui.catalog.model", "app.domain.messages",
                          "app.ui.sync.status", "app.ui.editors.empty"}, modules
    enums = set(lines["enums"].split())
    assert "StandardKey" in enums  # the probe does see PySide6's enums being built
    assert not enums & {"AlignmentFlag", "ItemDataRole", "Orientation"}, enums
    assert lines["panels"] == "True"
    after = set(lines["after"].split())  # the panels need only the columns, not the model or the messages
    assert "app.ui.catalog.panel" in after
    assert not after & {"app.ui.catalog.model", "app.domain.messages"}, after
