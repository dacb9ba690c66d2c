"""What goes into the PyInstaller bundle, decided in plain Python so tests can check it without a build.

``releasedesk.spec`` imports this module; ``tests/packaging`` imports it too. Nothing here imports
PyInstaller: the spec turns these lists into Analysis arguments.
"""

from __future__ import annotations

import importlib.util
import pkgutil
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Bundle identity on macOS; reverse DNS of a domain we control, never changed once shipped
# (the Keychain and the user's preferences are keyed on it).
MACOS_BUNDLE_ID = "com.releasedesk.Releasedesk"
ICON_WINDOWS = ROOT / "resources" / "icons" / "releasedesk.ico"
ICON_MACOS = ROOT / "resources" / "icons" / "releasedesk.icns"
# Qt's own catalogs shipped: the languages the app itself is translated into (Qt ships ~40).
BUNDLED_LANGUAGES = ("en", "fr", "es", "de")

# Imported by name at run time, so PyInstaller's import scan cannot see them.
STATIC_HIDDEN_IMPORTS = (
    # uvicorn picks its event loop and HTTP protocol implementations by name ("auto" → asyncio/h11).
    "uvicorn.logging",
    "uvicorn.loops",
    "uvicorn.loops.auto",
    "uvicorn.loops.asyncio",
    "uvicorn.protocols",
    "uvicorn.protocols.http",
    "uvicorn.protocols.http.auto",
    "uvicorn.protocols.http.h11_impl",
    "uvicorn.protocols.websockets.auto",
    "uvicorn.lifespan",
    "uvicorn.lifespan.on",
    "uvicorn.lifespan.off",
    "h11",
    # keyring finds its backends through entry points, then imports them by name.
    "keyring.backends",
    # soundfile loads libsndfile from this package's folder with ctypes.
    "_soundfile_data",
)

# Never imported by the app, or only by tools around it. Keeping them out keeps the bundle lean.
EXCLUDES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "pydoc_data",
    "lib2to3",
    "tests",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "PyInstaller",
    "setuptools",
    "pip",
    "IPython",
    "matplotlib",
    "pandas",
)

# Every PySide6 binding module we might see; those the app does not import are excluded (with what
# they pull in: QtQuick alone drags ~30 MB of QML runtime).
QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtCore", "QtDBus", "QtDataVisualization", "QtDesigner",
    "QtGraphs", "QtGraphsWidgets", "QtGui", "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml",
    "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)
# Binding modules that import others: keep what a kept module needs.
QT_DEPENDS = {
    "QtWidgets": ("QtGui", "QtCore"),
    "QtGui": ("QtCore",),
    "QtSvgWidgets": ("QtSvg", "QtWidgets"),
    "QtSvg": ("QtGui",),
    "QtOpenGLWidgets": ("QtOpenGL", "QtWidgets"),
    "QtOpenGL": ("QtGui",),
    "QtPrintSupport": ("QtWidgets",),
    "QtNetwork": ("QtCore",),
    "QtDBus": ("QtCore",),
    "QtConcurrent": ("QtCore",),
    "QtXml": ("QtCore",),
}
ALWAYS_QT = ("QtCore", "QtGui", "QtWidgets")
_QT_IMPORT = re.compile(r"\bPySide6\.(Qt\w+)|\bfrom\s+PySide6\s+import\s+\(?([\w\s,]+)\)?")


@dataclass(frozen=True)
class Project:
    name: str
    version: str
    description: str


def project(pyproject: Path = ROOT / "pyproject.toml") -> Project:
    """Name and version from ``pyproject.toml``: the one place they are written."""
    with pyproject.open("rb") as fh:
        data = tomllib.load(fh)["project"]
    return Project(name=data["name"], version=data["version"], description=data.get("description", ""))


def app_sources(root: Path = ROOT / "app") -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def used_qt_modules(sources: list[Path] | None = None) -> set[str]:
    """The PySide6 modules the app's code imports, plus what those need."""
    used = set(ALWAYS_QT)
    for path in sources if sources is not None else app_sources():
        for match in _QT_IMPORT.finditer(path.read_text(encoding="utf-8")):
            if match.group(1):
                used.add(match.group(1))
            else:
                used.update(n.strip() for n in match.group(2).replace("\n", ",").split(",")
                            if n.strip().startswith("Qt"))
    pending = list(used)
    while pending:
        for dep in QT_DEPENDS.get(pending.pop(), ()):
            if dep not in used:
                used.add(dep)
                pending.append(dep)
    return used


def qt_excludes(used: set[str] | None = None) -> list[str]:
    used = used_qt_modules() if used is None else used
    return [f"PySide6.{m}" for m in QT_MODULES if m not in used]


def excludes() -> list[str]:
    return [*EXCLUDES, *qt_excludes()]


def keyring_backends() -> list[str]:
    """Every module in ``keyring.backends`` (macOS, Windows, SecretService, kwallet, libsecret...)."""
    import keyring.backends

    names = ["keyring.backends"]
    for info in pkgutil.walk_packages(keyring.backends.__path__, "keyring.backends."):
        names.append(info.name)
    return sorted(names)


def hidden_imports() -> list[str]:
    return sorted({*STATIC_HIDDEN_IMPORTS, *keyring_backends()})


def soundfile_binaries() -> list[tuple[str, str]]:
    """libsndfile from the soundfile wheel (``_soundfile_data/``); empty when the system library is used."""
    spec = importlib.util.find_spec("_soundfile_data")
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(next(iter(spec.submodule_search_locations)))
    return [(str(lib), "_soundfile_data") for lib in sorted(folder.glob("libsndfile*"))]


def compiled_catalogs(root: Path = ROOT) -> list[Path]:
    return sorted((root / "app" / "i18n_data").glob("*.qm"))


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source, destination folder) pairs: ``resources/`` (minus screenshots and READMEs) and the .qm files.

    Destinations mirror the source tree, so ``app.platform.paths.resources_dir()`` and
    ``app.platform.i18n.catalogs_dir()`` find them in the bundle exactly as in a checkout.
    """
    pairs: list[tuple[str, str]] = []
    resources = root / "resources"
    for path in sorted(resources.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or "screenshots" in rel.parts or path.name.lower().startswith("readme"):
            continue
        pairs.append((str(path), str(rel.parent)))
    for qm in compiled_catalogs(root):
        pairs.append((str(qm), "app/i18n_data"))
    return pairs


def keep_qt_translation(dest: str) -> bool:
    """Drop Qt's catalogs for languages the app does not speak (``.../translations/qtbase_ja.qm``)."""
    parts = Path(dest).parts
    if "translations" not in parts or not dest.endswith(".qm"):
        return True
    stem = Path(dest).stem  # qtbase_pt_BR
    language = stem.split("_", 1)[1].split("_")[0] if "_" in stem else ""
    return language in BUNDLED_LANGUAGES


def folder_size(path: Path) -> int:
    """Bytes on disk that the user downloads: regular files, symlinks counted once (not followed)."""
    total = 0
    for item in path.rglob("*"):
        if item.is_symlink():
            continue
        if item.is_file():
            total += item.stat().st_size
    return total


def platform_name() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
