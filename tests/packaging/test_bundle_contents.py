"""What the PyInstaller spec puts in the bundle, checked without building it (packaging/bundle.py)."""

from __future__ import annotations

import ast
import importlib.util
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_spec_takes_name_and_version_from_pyproject(bundle, tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "releasedesk"\nversion = "2.3.4"\ndescription = "x"\n')
    assert bundle.project(pyproject) == bundle.Project("releasedesk", "2.3.4", "x")
    with (ROOT / "pyproject.toml").open("rb") as fh:
        real = tomllib.load(fh)["project"]
    assert (bundle.project().name, bundle.project().version) == (real["name"], real["version"])
    spec = (ROOT / "packaging" / "releasedesk.spec").read_text(encoding="utf-8")
    assert "bundle.project()" in spec and "name=NAME" in spec


def test_bundle_carries_resources_and_every_compiled_catalog(bundle):
    datas = bundle.datas()
    destinations = {(Path(src).name, dest) for src, dest in datas}
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (f"releasedesk-{size}.png", "resources/icons") in destinations
    assert ("releasedesk.ico", "resources/icons") in destinations
    assert ("releasedesk.icns", "resources/icons") in destinations
    assert ("releasedesk.desktop", "resources") in destinations
    for language in ("fr", "es", "de"):
        assert (f"releasedesk_{language}.qm", "app/i18n_data") in destinations
    assert all(Path(src).is_file() for src, _ in datas)


def test_bundle_leaves_out_screenshots_and_readmes(bundle, tmp_path):
    (tmp_path / "resources" / "screenshots").mkdir(parents=True)
    (tmp_path / "resources" / "screenshots" / "main.png").write_bytes(b"png")
    (tmp_path / "resources" / "README.md").write_text("notes")
    (tmp_path / "resources" / "icons").mkdir()
    (tmp_path / "resources" / "icons" / "x.png").write_bytes(b"png")
    (tmp_path / "app" / "i18n_data").mkdir(parents=True)
    (tmp_path / "app" / "i18n_data" / "releasedesk_fr.qm").write_bytes(b"qm")
    assert sorted(dest for _, dest in bundle.datas(tmp_path)) == ["app/i18n_data", "resources/icons"]


def test_hidden_imports_cover_what_is_imported_by_name(bundle):
    hidden = set(bundle.hidden_imports())
    for name in ("uvicorn.loops.auto", "uvicorn.protocols.http.auto", "uvicorn.lifespan.on", "h11",
                 "keyring.backends.SecretService", "keyring.backends.Windows", "keyring.backends.macOS",
                 "_soundfile_data", "app.cli", "app.selftest", "app.platform.i18n"):
        assert name in hidden, name
    # Every subcommand module the CLI imports with importlib is listed.
    from app.cli import COMMANDS

    for module, _help in COMMANDS.values():
        if (ROOT / Path(*module.split("."))).with_suffix(".py").is_file():
            assert module in hidden, module


def test_hidden_imports_all_exist(bundle):
    missing = [name for name in bundle.hidden_imports() if importlib.util.find_spec(name) is None]
    assert not missing, f"hidden imports that cannot be found: {missing}"


def test_libsndfile_from_the_soundfile_wheel_is_bundled(bundle):
    binaries = bundle.soundfile_binaries()
    assert binaries and all(dest == "_soundfile_data" for _, dest in binaries)
    assert all(Path(src).name.startswith("libsndfile") and Path(src).is_file() for src, _ in binaries)


def _imported_qt_modules() -> set[str]:
    """Independent of bundle.py's regex: the AST of every app module."""
    found = set()
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
                if node.module == "PySide6":
                    found.update(a.name for a in node.names if a.name.startswith("Qt"))
                else:
                    found.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                found.update(a.name.split(".")[1] for a in node.names
                             if a.name.startswith("PySide6.") and a.name.count(".") >= 1)
    return found


def test_qt_modules_the_app_imports_are_never_excluded(bundle):
    excluded = set(bundle.excludes())
    for module in _imported_qt_modules() | {"QtCore", "QtGui", "QtWidgets"}:
        assert f"PySide6.{module}" not in excluded, module


def test_qt_modules_the_app_never_imports_are_excluded(bundle, tmp_path):
    source = tmp_path / "ui.py"
    source.write_text("from PySide6.QtSvgWidgets import QSvgWidget\nfrom PySide6 import QtCore, QtGui\n")
    used = bundle.used_qt_modules([source])
    assert {"QtSvgWidgets", "QtSvg", "QtWidgets", "QtGui", "QtCore"} <= used
    excluded = set(bundle.qt_excludes(used))
    for heavy in ("PySide6.QtQuick", "PySide6.QtQml", "PySide6.Qt3DCore", "PySide6.QtWebEngineCore",
                  "PySide6.QtMultimedia", "PySide6.QtDesigner"):
        assert heavy in excluded
    assert "PySide6.QtSvg" not in excluded
    assert {"tkinter", "pytest", "hypothesis"} <= set(bundle.excludes())


def test_only_qts_catalogs_for_our_languages_are_kept(bundle):
    keep = bundle.keep_qt_translation
    assert keep("PySide6/Qt/translations/qtbase_fr.qm")
    assert keep("PySide6/Qt/translations/qt_de.qm")
    assert not keep("PySide6/Qt/translations/qtbase_ja.qm")
    assert not keep("PySide6/Qt/translations/qtbase_pt_BR.qm")
    assert keep("resources/icons/releasedesk-16.png")


def test_pruning_drops_unused_plugins_and_the_libraries_only_they_needed(bundle):
    entries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/q/libqeglfs.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/q/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "/q/libQt6EglFS.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/q/libQt6XcbQpa.so.6", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/s/libpixman-1.so.0", "BINARY"),
        ("libssl.so.3", "/s/libssl.so.3", "BINARY"),
        ("python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so", "/p/_ssl.so", "EXTENSION"),
        ("libpython3.11.so.1.0", "/p/libpython3.11.so.1.0", "BINARY"),
        ("libfoo.so.1", "libfoo.so.1.2", "SYMLINK"),
        ("libfoo.so.1.2", "/s/libfoo.so.1.2", "BINARY"),
    ]
    links = {
        "/q/libqxcb.so": {"libQt6XcbQpa.so.6", "libfoo.so.1"},
        "/q/libqeglfs.so": {"libQt6EglFSDeviceIntegration.so.6"},
        "/q/libqgtk3.so": {"libcairo.so.2"},
        "/s/libcairo.so.2": {"libpixman-1.so.0"},
        "/p/_ssl.so": {"libssl.so.3"},
    }
    kept, dropped = bundle.prune_binaries(entries, lambda source: links.get(source, set()))
    kept_names = {dest for dest, _, _ in kept}
    assert set(dropped) == {
        "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "libcairo.so.2", "libpixman-1.so.0",
    }
    assert {"libssl.so.3", "libpython3.11.so.1.0", "libfoo.so.1", "libfoo.so.1.2",
            "PySide6/Qt/lib/libQt6XcbQpa.so.6"} <= kept_names


def test_debug_info_is_detected_but_wheel_repaired_libraries_are_left_alone(bundle, tmp_path):
    import PySide6

    qt_core = Path(PySide6.__file__).parent / "QtCore.abi3.so"
    assert ".dynsym" in bundle.elf_section_names(qt_core)
    assert bundle.elf_section_names(ROOT / "pyproject.toml") == set()
    repaired = tmp_path / "numpy.libs" / "libopenblas.so"
    repaired.parent.mkdir()
    repaired.write_bytes(qt_core.read_bytes()[:4096])
    assert not bundle.needs_debug_strip(repaired)


def test_folder_size_counts_files_once_and_ignores_symlinks(bundle, tmp_path):
    (tmp_path / "a").write_bytes(b"x" * 1000)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b").write_bytes(b"y" * 500)
    (tmp_path / "link").symlink_to(tmp_path / "a")
    assert bundle.folder_size(tmp_path) == 1500
