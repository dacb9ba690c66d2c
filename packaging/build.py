"""Build the one-folder bundle: ``python packaging/build.py`` → ``dist/releasedesk/releasedesk``.

Steps: compile the translation catalogs (so the bundle never ships stale ones), redraw the icons when
they are missing, run PyInstaller on ``packaging/releasedesk.spec``, then print the bundle's size as
the last line. Run it with the project's Python (``.venv/bin/python packaging/build.py``): PyInstaller
bundles the interpreter and packages it runs under. ``pip install -e '.[package]'`` installs PyInstaller.

After the build it runs the bundle's own ``--self-test``. Exit status: 0 when a bundle was built and
passed its self-test; PyInstaller's own when it fails; 1 when the self-test fails, or when the bundle
exceeds ``--max-mb N`` (a size gate only when asked for: the size and the size goal are always
printed, as information).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bundle  # noqa: E402

ROOT = bundle.ROOT
SIZE_GOAL_MB = 200.0  # the one-folder bundle's size goal (docs/ARCHITECTURE.md, "Packaging")


def _load_i18n_update():
    spec = importlib.util.spec_from_file_location("i18n_update", ROOT / "i18n" / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Releasedesk one-folder bundle with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default build/pyinstaller)")
    parser.add_argument("--max-mb", type=float, default=None, metavar="N",
                        help=f"fail when the bundle is larger than N MB (default: no gate; the goal is "
                             f"{SIZE_GOAL_MB:.0f} MB)")
    args = parser.parse_args(argv)

    if importlib.util.find_spec("PyInstaller") is None:
        print("build: PyInstaller is not installed; run: .venv/bin/pip install -e '.[package]'",
              file=sys.stderr)
        return 2

    i18n = _load_i18n_update()
    for language in i18n.LANGUAGES:
        i18n.lrelease(i18n.ts_path(language), i18n.qm_path(language))
    if not bundle.ICON_WINDOWS.is_file() or not bundle.ICON_MACOS.is_file():
        subprocess.run([sys.executable, str(HERE / "make_icon.py")], check=True)

    project = bundle.project()
    print(f"build: {project.name} {project.version} for {bundle.platform_name()}", flush=True)
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(args.dist), "--workpath", str(args.work), str(HERE / "releasedesk.spec")]
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode:
        print(f"build: PyInstaller failed (exit {result.returncode})", file=sys.stderr)
        return result.returncode

    folder = args.dist / project.name
    executable = folder / (project.name + (".exe" if sys.platform == "win32" else ""))
    if not executable.is_file():
        print(f"build: {executable} was not produced", file=sys.stderr)
        return 1
    print(f"build: done in {time.monotonic() - started:.0f} s; running {executable} --self-test", flush=True)
    if not _self_test(executable):
        print("build: the bundle was built but failed its self-test (see above)", file=sys.stderr)
        return 1
    size_mb = bundle.folder_size(folder) / 1_000_000
    goal = "within" if size_mb <= SIZE_GOAL_MB else "over"
    print(f"bundle size: {size_mb:.1f} MB ({folder}; {goal} the {SIZE_GOAL_MB:.0f} MB goal)")
    if args.max_mb is not None and size_mb > args.max_mb:
        print(f"build: the bundle is larger than --max-mb {args.max_mb:g}", file=sys.stderr)
        return 1
    return 0


def _self_test(executable: Path) -> bool:
    """Run the bundle's own self-test offscreen (a build machine may have no screen)."""
    import os

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    try:
        result = subprocess.run([str(executable), "--self-test"], env=env, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"build: the self-test could not run ({exc})", file=sys.stderr)
        return False
    return result.returncode == 0


if __name__ == "__main__":
    raise SystemExit(main())
