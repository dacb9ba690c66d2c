"""``run_gui``: start the Qt application and show the main window as early as possible.

Only what the first paint needs is imported here; the store, the client, the sandbox and media QC
are imported on worker threads once the window is on screen (``MainController.start``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from app import APP_NAME

if TYPE_CHECKING:  # Qt and the window are imported when first needed, not with this module
    from types import FrameType

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMainWindow

    from app.ui.shell.controller import MainController
    from app.ui.shell.main_window import MainWindow
    from app.workers.runner import Runner


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


def build_window(runner: Runner | None = None) -> tuple[MainWindow, MainController]:
    """The main window and its controller, not yet shown (tests and the benchmark use this too)."""
    from app.platform.i18n import settings
    from app.ui.shell.controller import MainController
    from app.ui.shell.main_window import MainWindow
    from app.workers.runner import TaskRunner

    window = MainWindow()
    window.setWindowIcon(_icon())
    from app.ui.shell.preferences import add_preferences_action

    add_preferences_action(window)  # Edit > Preferences…: the UI language override (packaging area)
    controller = MainController(window, runner if runner is not None else TaskRunner(window), settings(),
                                parent=window)
    return window, controller


def run_gui(sandbox: bool = False, profile: str | None = None, files: list[str] | None = None) -> int:
    from PySide6.QtCore import QTimer

    from app.platform.i18n import install_translation

    app = create_app()
    translation = install_translation(app)  # noqa: F841 - the module keeps the translators alive
    window, controller = build_window()
    window.show()
    _close_on_termination(window)
    opened = [Path(f) for f in files or []]
    QTimer.singleShot(0, lambda: controller.start(sandbox=sandbox, profile=profile, files=opened))
    # Everything imported and built so far lives as long as the app: move it out of the collector's
    # reach so that full collections (measured at up to 65 ms, a visible stall) only walk new objects.
    QTimer.singleShot(2000, _freeze_startup_objects)
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
