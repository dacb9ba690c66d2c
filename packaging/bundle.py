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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
Toc = tuple[str, str, str]  # PyInstaller's (destination, source, typecode)

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
    # test-only (the loudness reference and a fixture); the app measures with numpy alone
    "scipy",
    # httpx's command-line client (httpx/__init__ falls back without it) and what it pulls in
    "rich",
    "pygments",
    "markdown_it",
    "mdurl",
    # optional imports of uvicorn/starlette (YAML log configs, schema generation) and of test tools
    "yaml",
    "_yaml",
    "psutil",
    # numpy parts the app never touches (numpy loads them lazily, on first use only)
    "numpy.random",
    "numpy.testing",
    "numpy.f2py",
    "numpy.distutils",
    "unittest",
    "pydoc",
    # Pillow codecs and bridges the app never uses: AVIF (libavif, 5 MB), FreeType text rendering
    # (harfbuzz + freetype, 3 MB; ImageFont itself stays importable), Tk.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._imagingft",
    "PIL._imagingtk",
    "PIL.ImageTk",
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


def app_modules(root: Path = ROOT) -> list[str]:
    """Every module of the app: ``app/cli.py`` imports subcommands by name (importlib), so PyInstaller's
    scan cannot see ``app.commands.*``; listing them all also covers deferred imports inside functions."""
    names = []
    for path in app_sources(root / "app"):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return sorted(names)


def hidden_imports() -> list[str]:
    return sorted({*STATIC_HIDDEN_IMPORTS, *keyring_backends(), *app_modules()})


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


def elf_section_names(path: Path) -> set[str]:
    """Section names of an ELF file (empty for anything else); enough to spot debug info cheaply."""
    import struct

    try:
        with path.open("rb") as fh:
            ident = fh.read(16)
            if ident[:4] != b"\x7fELF" or ident[4] != 2:  # 64-bit only: what we ship on Linux
                return set()
            endian = "<" if ident[5] == 1 else ">"
            header = fh.read(48)
            shoff, = struct.unpack_from(endian + "Q", header, 24)
            shentsize, shnum, shstrndx = struct.unpack_from(endian + "HHH", header, 42)
            if not shoff or not shnum or shstrndx >= shnum:
                return set()
            fh.seek(shoff)
            table = fh.read(shentsize * shnum)
            sections = [struct.unpack_from(endian + "IIQQQQ", table, i * shentsize) for i in range(shnum)]
            _, _, _, _, str_offset, str_size = sections[shstrndx]
            fh.seek(str_offset)
            strings = fh.read(str_size)
    except (OSError, struct.error):
        return set()
    names = set()
    for name_offset, *_ in sections:
        end = strings.find(b"\0", name_offset)
        names.add(strings[name_offset:end].decode("ascii", "replace"))
    return names


def needs_debug_strip(path: Path) -> bool:
    """A library carrying debug info or a full symbol table (``.symtab``) that is safe to strip.

    ``strip`` keeps ``.dynsym``, the table the dynamic linker uses, so stripped libraries load the same.

    Wheels repaired by auditwheel (``numpy.libs/``, ``pillow.libs/``...) are never touched: patchelf
    lays them out so that rewriting them breaks loading ("ELF load command address/offset not
    page-aligned"), which a blanket PyInstaller ``strip=True`` does to numpy's OpenBLAS.
    """
    if any(part.endswith(".libs") or part == "_soundfile_data" for part in path.parts):
        return False
    return bool({".debug_info", ".symtab"} & elf_section_names(path))


# Qt plugins a desktop app never loads on Linux: framebuffer/EGL/VNC/Vulkan-display platforms, and the
# GTK3 theme, whose GTK libraries PyInstaller cannot bundle whole (it would ship cairo and pango,
# which then clash with the system's GTK when the plugin loads). xcb, wayland, offscreen stay.
UNUSED_QT_PLUGINS = (
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqvnc.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqminimalegl.so",
    "platformthemes/libqgtk3.so",
    "egldeviceintegrations/",
    # touch-screen and tablet input (evdev, TUIO): not a desktop app's
    "generic/",
)
# Loaded by the bootloader or with ctypes, so nothing links to them: never pruned.
PROTECTED_LIBRARIES = ("libpython",)
PRUNABLE_FOLDERS = ("", "PySide6/Qt/lib")


def is_unused_qt_plugin(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    return "/Qt/plugins/" in dest and any(
        dest.split("/Qt/plugins/", 1)[1].startswith(name) for name in UNUSED_QT_PLUGINS)


def prune_binaries(entries: list[Toc], imports_of: Callable[[str], set[str]]) -> tuple[list[Toc], list[str]]:
    """Drop unused Qt plugins, then every shared library nothing left links to; returns (kept, dropped).

    ``entries`` are PyInstaller TOC tuples (dest, source, typecode); ``imports_of(source)`` gives the
    base names a binary links to. Only plain libraries at the top level or in Qt's lib folder are
    candidates: Python extensions, plugins and ctypes-loaded libraries are kept.
    """
    kept = [e for e in entries if not is_unused_qt_plugin(e[0])]
    dropped = [e[0] for e in entries if is_unused_qt_plugin(e[0])]
    linking = ("BINARY", "EXTENSION")  # Python extensions link to libraries too (_ssl → libssl)
    needed_by: dict[str, set[str]] = {e[0]: imports_of(e[1]) for e in kept if e[2] in linking}
    # A library may be linked by its symlink's name: libfoo.so.6 -> libfoo.so.6.8.
    alias = {Path(e[0]).name: Path(e[1]).name for e in kept if e[2] == "SYMLINK"}
    while True:
        referenced = set().union(*needed_by.values()) if needed_by else set()
        referenced |= {alias[name] for name in referenced if name in alias}
        removable = []
        for dest, _source, typecode in kept:
            path = Path(dest)
            name = path.name
            if typecode != "BINARY" or path.parent.as_posix().strip(".") not in PRUNABLE_FOLDERS:
                continue
            if ".cpython-" in name or ".abi3." in name or name.startswith(PROTECTED_LIBRARIES):
                continue
            if name not in referenced:
                removable.append(dest)
        if not removable:
            break
        gone = set(removable)
        kept = [e for e in kept if e[0] not in gone]
        for dest in gone:
            needed_by.pop(dest, None)
        dropped += removable
    # Symlinks whose target went away (libfoo.so.6 -> libfoo.so.6.8).
    names = {e[0] for e in kept}
    final = []
    for entry in kept:
        if entry[2] == "SYMLINK":
            target = (Path(entry[0]).parent / entry[1]).as_posix()
            if target not in names:
                dropped.append(entry[0])
                continue
        final.append(entry)
    return final, dropped


def strip_debug_info(entries: list[Toc], workdir: Path) -> tuple[list[Toc], int]:
    """Stripped copies of the binaries that carry debug info or symbol tables (``strip``).

    Returns the new TOC and the bytes saved. The Python runtime from pyenv and a few wheels ship
    ~25 MB of DWARF data, Qt's libraries ~10 MB of symbols. Without ``strip`` on PATH (binutils)
    the entries are returned unchanged.
    """
    import shutil
    import subprocess

    strip = shutil.which("strip")
    if strip is None:
        return entries, 0
    saved = 0
    result = []
    for dest, source, typecode in entries:
        src = Path(source)
        if typecode in ("BINARY", "EXTENSION") and needs_debug_strip(src):
            target = workdir / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
            subprocess.run([strip, str(target)], check=True)
            saved += src.stat().st_size - target.stat().st_size
            result.append((dest, str(target), typecode))
        else:
            result.append((dest, source, typecode))
    return result, saved


def folder_toc_size(entries: list[Toc]) -> int:
    return sum(Path(src).stat().st_size for _dest, src, typecode in entries
               if typecode == "BINARY" and Path(src).is_file())
