"""packaging/releasedesk.spec run as PyInstaller runs it (its globals), with PyInstaller's build steps
recorded instead of executed: the spec's wiring is checked in a second, not in a three-minute build."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "releasedesk.spec"


class Recorder:
    calls: dict[str, list[tuple[tuple, dict]]] = {}

    def __init__(self, *args, **kwargs):
        Recorder.calls.setdefault(type(self).__name__, []).append((args, kwargs))
        self.args, self.kwargs = args, kwargs


class Analysis(Recorder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # What PyInstaller's Qt hooks would add on top of the spec's own data files and binaries.
        self.datas = [(dest, src, "DATA") for src, dest in kwargs["datas"]] + [
            ("PySide6/Qt/translations/qtbase_fr.qm", "/qt/qtbase_fr.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_ja.qm", "/qt/qtbase_ja.qm", "DATA"),
        ]
        self.binaries = [
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "/qt/libqxcb.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqvnc.so", "/qt/libqvnc.so", "BINARY"),
        ]
        self.pure, self.scripts = [], []


class PYZ(Recorder):
    pass


class EXE(Recorder):
    pass


class COLLECT(Recorder):
    pass


class BUNDLE(Recorder):
    pass


@pytest.fixture
def run_spec(monkeypatch, tmp_path):
    """Execute the spec for a platform; returns the recorded calls."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = lambda name: [(f"/site/{name}.dist-info", f"{name}.dist-info")]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda filename, search_paths=None: set()
    for name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.depend": types.ModuleType("PyInstaller.depend"),
        "PyInstaller.depend.bindepend": bindepend,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)

    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts packaging/ on it

    def run(platform: str) -> dict:
        monkeypatch.setattr(sys, "platform", platform)
        Recorder.calls = {}
        namespace = {
            "__name__": "__main__", "__file__": str(SPEC), "SPECPATH": str(SPEC.parent),
            "workpath": str(tmp_path / "work"), "DISTPATH": str(tmp_path / "dist"),
            "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT, "BUNDLE": BUNDLE,
        }
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
        namespace["_calls"] = Recorder.calls
        return namespace

    yield run
    sys.modules.pop("bundle", None)  # the spec imports packaging/bundle.py under its plain name


def test_linux_spec_builds_one_folder_named_after_the_project(run_spec):
    spec = run_spec("linux")
    calls = spec["_calls"]
    (_, exe), = [c for c in calls["EXE"]]
    assert exe["name"] == "releasedesk" and exe["exclude_binaries"] is True  # one folder, not one file
    assert exe["console"] is True and exe["upx"] is False
    (_, collect), = calls["COLLECT"]
    assert collect["name"] == "releasedesk"
    assert "BUNDLE" not in calls


def test_spec_hands_analysis_the_data_imports_and_excludes(run_spec):
    spec = run_spec("linux")
    (args, analysis), = spec["_calls"]["Analysis"]
    assert args[0][0].endswith("packaging/launcher.py")
    destinations = {(Path(src).name, dest) for src, dest in analysis["datas"]}
    assert ("releasedesk_fr.qm", "app/i18n_data") in destinations
    assert ("releasedesk-256.png", "resources/icons") in destinations
    assert ("/site/keyring.dist-info", "keyring.dist-info") in analysis["datas"]
    assert {"uvicorn.loops.auto", "uvicorn.protocols.http.auto", "h11", "keyring.backends.SecretService",
            "_soundfile_data", "app.commands.sandbox"} <= set(analysis["hiddenimports"])
    excluded = set(analysis["excludes"])
    assert {"tkinter", "PySide6.QtQuick", "PySide6.QtQml", "PySide6.QtWebEngineCore"} <= excluded
    assert any(dest == "_soundfile_data" for _, dest in analysis["binaries"])


def test_spec_drops_foreign_qt_catalogs_and_unused_platform_plugins(run_spec):
    spec = run_spec("linux")
    analysis = spec["a"]
    datas = {dest for dest, _, _ in analysis.datas}
    assert "PySide6/Qt/translations/qtbase_fr.qm" in datas
    assert "PySide6/Qt/translations/qtbase_ja.qm" not in datas
    binaries = {dest for dest, _, _ in analysis.binaries}
    assert binaries == {"PySide6/Qt/plugins/platforms/libqxcb.so"}


def test_windows_spec_uses_the_ico_and_no_console(run_spec):
    (_, exe), = run_spec("win32")["_calls"]["EXE"]
    assert exe["icon"].endswith("resources/icons/releasedesk.ico") and Path(exe["icon"]).is_file()
    assert exe["console"] is False


def test_macos_spec_makes_an_app_bundle_with_its_id_icon_and_languages(run_spec):
    calls = run_spec("darwin")["_calls"]
    (_, bundle_kwargs), = calls["BUNDLE"]
    assert bundle_kwargs["bundle_identifier"] == "com.releasedesk.Releasedesk"
    assert bundle_kwargs["icon"].endswith("releasedesk.icns") and Path(bundle_kwargs["icon"]).is_file()
    plist = bundle_kwargs["info_plist"]
    assert plist["CFBundleLocalizations"] == ["en", "fr", "es", "de"]
    assert plist["CFBundleShortVersionString"] == bundle_kwargs["version"]
    assert calls["EXE"][0][1]["strip"] is False  # stripping breaks code signatures
