"""``releasedesk --self-test``: is this installation (a venv or the PyInstaller bundle) able to work?

Each check exercises the real code path the app uses, on files it generates itself, and prints one
line: ``ok`` or ``FAIL``, the check's name and a short detail. The exit status is 0 only when every
check passed. It runs offscreen, so it works over SSH, in CI and on a build machine without a display.
The lines are for support staff and build logs, so they stay in English whatever the UI language.

Checks: Qt starts; the current translation loads (ours and Qt's own); the main window opens; a FLAC
and a JPEG it writes are read back through ``app.media``; the keyring round-trips a throwaway secret
(or "no keyring backend" is reported, which is not a failure: the app then keeps tokens in memory);
the embedded sandbox server starts and answers (it is what ``releasedesk --sandbox`` runs).
"""

from __future__ import annotations

import logging
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QObject
    from PySide6.QtWidgets import QMainWindow

    from app.platform.i18n import Translation

log = logging.getLogger(__name__)


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


class CheckFailed(Exception):
    """A check's own verdict: its message is the line's detail."""


def _sentence(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class SelfTest:
    """The checks, in order; later checks reuse the application the first one created."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.app: QCoreApplication | None = None
        self.translation: Translation | None = None

    # -- Qt and translation ------------------------------------------------------------------------

    def check_qt(self) -> str:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is None:
            from app import APP_NAME

            app = QApplication([sys.argv[0] if sys.argv else "releasedesk"])
            app.setApplicationName(APP_NAME)
        self.app = app
        return f"PySide6 {pyside_version}, Qt {qVersion()}, platform {QApplication.platformName()}"

    def check_translation(self) -> str:
        from PySide6.QtCore import QLocale
        from PySide6.QtWidgets import QDialogButtonBox

        from app.platform import i18n

        assert self.app is not None, "the qt check runs first"
        translation = i18n.install_translation(self.app)
        self.translation = translation
        if translation.language == i18n.SOURCE_LANGUAGE:
            return f"{translation.name} (source strings), locale {QLocale().name()}"
        if translation.catalog is None:
            raise CheckFailed(f"the {translation.name} catalog "
                              f"{i18n.CATALOG_PREFIX}_{translation.language}.qm is missing or unreadable")
        if translation.qt_catalog is None:
            raise CheckFailed(f"Qt's own {translation.name} catalog qtbase_{translation.language}.qm "
                              f"is missing from {i18n.qt_catalogs_dir()}")
        # Qt's own strings: the text a standard dialog button really gets (from qtbase_<lang>.qm).
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        buttons.deleteLater()
        if cancel == "Cancel":
            raise CheckFailed("Qt's catalog loaded but does not translate its own Cancel button")
        return (f"{translation.name} ({translation.catalog.name}, {translation.qt_catalog.name}: "
                f"Cancel = {cancel}), locale {QLocale().name()}")

    # -- main window -------------------------------------------------------------------------------

    def check_main_window(self) -> str:
        from PySide6.QtWidgets import QApplication

        window, _controller = _open_main_window()  # the controller lives as long as this frame
        try:
            window.show()
            deadline = time.monotonic() + 5.0
            while not window.isVisible() and time.monotonic() < deadline:
                QApplication.processEvents()
            QApplication.processEvents()
            if not window.isVisible():
                raise CheckFailed(f"{type(window).__name__} did not become visible")
            size = window.size()
            title = window.windowTitle()
            return f"{type(window).__name__} shown at {size.width()}x{size.height()}: {title!r}"
        finally:
            window.close()
            window.deleteLater()
            QApplication.processEvents()

    # -- media -------------------------------------------------------------------------------------

    def check_flac(self) -> str:
        import numpy as np
        import soundfile as sf

        path = self.workdir / "self-test.flac"
        rate = 44100
        t = np.arange(rate) / rate
        tone = 0.25 * np.sin(2 * np.pi * 440.0 * t)
        sf.write(path, np.column_stack([tone, tone]), rate, subtype="PCM_16", format="FLAC")
        props = _inspect(path, "audio")
        got = (props.get("format"), props.get("sample_rate"), props.get("channels"))
        if got != ("flac", rate, 2):
            raise CheckFailed(f"read back {got}, expected ('flac', {rate}, 2)")
        duration = float(props.get("duration_s") or 0.0)
        if abs(duration - 1.0) > 0.01:
            raise CheckFailed(f"read back a duration of {duration:.3f} s, expected 1 s")
        return f"{path.name} read back: FLAC {rate} Hz, 2 channels, {duration:.2f} s"

    def check_jpeg(self) -> str:
        from PIL import Image

        path = self.workdir / "self-test.jpg"
        image = Image.new("RGB", (640, 640), (30, 58, 138))
        image.paste((251, 176, 36), (160, 160, 480, 480))
        image.save(path, "JPEG", quality=90)
        props = _inspect(path, "image")
        got = (str(props.get("format", "")).lower(), props.get("width"), props.get("height"))
        if got != ("jpeg", 640, 640):
            raise CheckFailed(f"read back {got}, expected ('jpeg', 640, 640)")
        return f"{path.name} read back: JPEG 640x640"

    # -- keyring -----------------------------------------------------------------------------------

    def check_keyring(self) -> str:
        key = f"self-test-{secrets.token_hex(4)}"
        value = secrets.token_urlsafe(16)
        service = "Releasedesk self-test"
        from app.platform.secrets import KeyringSecretStore, NoKeyring

        try:
            store = KeyringSecretStore()
            store.set(service, key, value)
            try:
                read = store.get(service, key)
            finally:
                store.delete(service, key)
            after = store.get(service, key)
        except NoKeyring as exc:
            return f"no keyring backend ({exc.message}); logins are kept in memory"
        if read != value:
            raise CheckFailed("the keyring returned a different secret than the one stored")
        if after is not None:
            raise CheckFailed("the keyring kept the secret after it was deleted")
        return f"stored, read and deleted a secret with {_keyring_name()}"

    # -- sandbox -----------------------------------------------------------------------------------

    def check_sandbox(self) -> str:
        import httpx

        from app.sandbox.runner import start_sandbox

        running = start_sandbox(data_dir=self.workdir / "sandbox", port=0)
        try:
            response = httpx.get(running.api_url + "/labels", timeout=10.0)
        finally:
            running.stop()
        # Unauthenticated on purpose: a JSON:API 401 proves routing, middleware and the codec all work.
        if response.status_code not in (200, 401):
            raise CheckFailed(f"GET {running.api_url}/labels answered {response.status_code}")
        return f"started on {running.base_url}, GET /labels answered {response.status_code}, stopped"

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("qt", self.check_qt),
            ("translation", self.check_translation),
            ("main window", self.check_main_window),
            ("flac", self.check_flac),
            ("jpeg", self.check_jpeg),
            ("keyring", self.check_keyring),
            ("sandbox", self.check_sandbox),
        ]


def _inspect(path: Path, kind: str) -> dict[str, Any]:
    """Read a file the way the app does (``app.media.inspect_file``), returning its properties."""
    from app.media.check import inspect_file

    report = inspect_file(path, full=True)
    if report.kind != kind:
        raise CheckFailed(f"{path.name} was recognised as {report.kind!r}, not {kind!r}")
    return dict(report.properties)


def _keyring_name() -> str:
    import keyring

    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _open_main_window() -> tuple[QMainWindow, QObject]:
    """The app's main window and its controller, built as ``run_gui`` builds them; the session (store,
    server) is not started, so the check needs no profile and no network."""
    from app.ui.app import build_window

    window, controller = build_window()
    return window, controller


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each, return 0 only if all passed."""
    out = out if out is not None else sys.stdout
    # Offscreen unless a QApplication already exists (then its platform is kept, e.g. under pytest-qt).
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    results: list[CheckResult] = []
    with tempfile.TemporaryDirectory(prefix="releasedesk-self-test-") as tmp:
        test = SelfTest(Path(tmp))
        for name, check in test.checks():
            started = time.perf_counter()
            try:
                result = CheckResult(name, True, check())
            except CheckFailed as exc:
                result = CheckResult(name, False, str(exc))
            except Exception as exc:  # one sentence on screen, the traceback to the log
                log.exception("self-test check %s failed", name)
                result = CheckResult(name, False, _sentence(exc))
            log.info("self-test %s (%.0f ms)", result.line(), (time.perf_counter() - started) * 1000)
            results.append(result)
            print(result.line(), file=out, flush=True)
            if name == "qt" and not result.ok:
                break  # nothing else can run without Qt
    failed = [r for r in results if not r.ok]
    total = len(test.checks())
    if failed or len(results) < total:
        print(f"self-test FAILED: {len(failed)} of {total} checks failed"
              + ("" if len(results) == total else f", {total - len(results)} not run"), file=out)
        return 1
    print(f"self-test passed: {total} checks", file=out)
    return 0
