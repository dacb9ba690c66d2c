"""``run_gui``: start the Qt application and show the main window as early as possible.

Only what the first paint needs is imported before it: Qt, the translations and the bare window
(its catalog panel, empty editor and status bar). The controller (which brings the store, the
HTTP client, the services and the panels' controllers), the session and, for ``--sandbox``, the
embedded sandbox all come after the window's first paint (:class:`FirstPaint`): a worker thread
importing starlette or sqlite holds the GIL against the GUI thread, so starting them earlier
delays the first frame. The measurements behind this are in ``docs/STARTUP.md``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from app import APP_NAME

if TYPE_CHECKING:  # Qt and the window are imported when first needed, not with this module
    from types import FrameType

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    from app.ui.shell.controller import MainController
    from app.ui.shell.main_window import MainWindow
    from app.workers.runner import Runner

# Set to 1, the app prints ``first-paint <epoch seconds>`` on stdout when the main window is first
# painted (the start-up benchmark, tests/benchmarks/bench_startup.py, reads it).
REPORT_FIRST_PAINT = "RELEASEDESK_REPORT_FIRST_PAINT"
FALLBACK_MS = 1500  # a window that is never painted (minimised, no screen) still gets its session


def create_app(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = cast(QApplication, existing) if existing is not None else \
        QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("releasedesk")
    return app


def _icon() -> QIcon:
    from PySide6.QtGui import QIcon

    from app.platform.paths import resources_dir

    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in (16, 32, 48, 64, 128, 256):
        path = folder / f"releasedesk-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def build_shell(*, preferences: bool = True, panels: bool = True) -> MainWindow:
    """The main window without its controller or session; with ``panels=False`` only its frame (title,
    menus, toolbar), as it is first painted (:meth:`MainWindow.build_panels` adds the rest)."""
    from app.platform.i18n import settings
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(panels=panels)
    window.setWindowIcon(_icon())
    if preferences:
        add_preferences(window)
    window.restore_state(settings())  # the saved geometry before show(): no jump after the first paint
    return window


def add_preferences(window: MainWindow) -> None:
    """Edit > Preferences…: the UI language override (packaging area)."""
    from app.ui.shell.preferences import add_preferences_action

    add_preferences_action(window)


def attach_controller(window: MainWindow, runner: Runner | None = None) -> MainController:
    """The window's controller (menus, panels' wiring); it imports the store, the client and services."""
    from app.platform.i18n import settings
    from app.ui.shell.controller import MainController
    from app.workers.runner import TaskRunner

    return MainController(window, runner if runner is not None else TaskRunner(window), settings(),
                          parent=window)


def build_window(runner: Runner | None = None) -> tuple[MainWindow, MainController]:
    """The main window and its controller, not yet shown (tests and the benchmark use this too)."""
    window = build_shell()
    return window, attach_controller(window, runner)


class FirstPaint:
    """Runs ``then`` once, on the event loop turn after ``widget``'s first paint.

    ``QTimer.singleShot(0)`` posted before ``show()`` can run before the window is painted (the
    expose arrives from the window system later); a timer posted from inside the first Paint event
    runs once that frame has been drawn and flushed.
    """

    def __init__(self, widget: QWidget, then: Callable[[], None], *, report: bool = False,
                 label: str = "first-paint") -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self._then: Callable[[], None] | None = then
        self._report = report
        self._label = label
        paint = QEvent.Type.Paint

        class _Filter(QObject):
            def eventFilter(inner, watched: QObject, event: QEvent) -> bool:  # noqa: N805
                if event.type() == paint:
                    self._painted()
                return False

        self._widget = widget
        self._filter = _Filter(widget)
        widget.installEventFilter(self._filter)
        QTimer.singleShot(FALLBACK_MS, self._run)

    def _painted(self) -> None:
        from PySide6.QtCore import QTimer

        if self._then is None:
            return
        self._widget.removeEventFilter(self._filter)
        if self._report:
            print(f"{self._label} {time.time():.6f}", flush=True)
        QTimer.singleShot(0, self._run)

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._widget.removeEventFilter(self._filter)
            then()


def run_gui(sandbox: bool = False, profile: str | None = None, files: list[str] | None = None) -> int:
    from PySide6.QtCore import QTimer

    from app.platform.i18n import install_translation

    app = create_app()
    translation = install_translation(app)  # noqa: F841 - the module keeps the translators alive
    window = build_shell(preferences=False, panels=False)  # the frame first (docs/STARTUP.md)
    opened = [Path(f) for f in files or []]
    report = os.environ.get(REPORT_FIRST_PAINT) == "1"
    keep: list[object] = []  # the controller and the paint hooks live as long as the window

    def after_panels_paint() -> None:
        from app.cli import setup_logging

        setup_logging()
        _close_on_termination(window)  # before the controller, nothing needs flushing on the way out
        add_preferences(window)  # before the controller's menus, in the order build_window makes them
        controller = attach_controller(window)
        keep.append(controller)
        controller.start(sandbox=sandbox, profile=profile, files=opened)
        # Everything imported and built so far lives as long as the app: move it out of the collector's
        # reach so that full collections (measured at up to 65 ms, a visible stall) only walk new objects.
        QTimer.singleShot(2000, _freeze_startup_objects)

    def after_frame_paint() -> None:
        from app.platform.i18n import settings

        window.build_panels()
        window.restore_panel_state(settings())
        # The controller's imports take a few hundred ms: the panels reach the screen before them.
        keep.append(FirstPaint(window, after_panels_paint, report=report, label="panels-paint"))
        window.update()

    keep.append(FirstPaint(window, after_frame_paint, report=report))
    window.show()
    return int(app.exec())


_WAKEUPS: list[object] = []


def _close_on_termination(window: QMainWindow) -> None:
    """SIGTERM and SIGINT close the window the normal way, so pending edits are flushed and the sandbox
    stops: a session manager logging out, ``kill`` or Ctrl+C in a terminal then loses nothing.

    Python runs signal handlers only between bytecodes, and the Qt event loop may sleep in C++ for long;
    the handler's wake-up byte on a socket pair wakes the loop through a QSocketNotifier.
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)

    def _drain() -> None:
        try:
            reader.recv(64)
        except OSError:
            pass

    notifier.activated.connect(_drain)

    def _close(signum: int, frame: FrameType | None) -> None:
        window.close()

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, _close)
    _WAKEUPS.append((reader, writer, notifier))  # kept alive as long as the app


def _freeze_startup_objects() -> None:
    import gc

    gc.collect()
    gc.freeze()
