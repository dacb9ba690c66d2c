"""The PyInstaller bundle against the venv: start-up time and size.

    python -m tests.benchmarks packaging          # needs dist/releasedesk (python packaging/build.py)

Each command runs in a fresh process, several times; the first run is reported apart (files not yet
in the page cache after a build), then the median of the others. Two commands: ``--version`` (the
interpreter and the CLI only: the bootloader's own overhead) and ``--self-test`` (Qt, the main
window, media, keyring and the sandbox: everything the app loads). Reference: the same command from
the venv, measured in the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5
GOAL_MB = 200.0


def _time(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return elapsed


def _measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    first = _time(command, env)
    rest = [_time(command, env) for _ in range(RUNS - 1)]
    return first, statistics.median(rest)


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    bundle_dir = Path(os.environ.get("RELEASEDESK_BUNDLE", ROOT / "dist" / "releasedesk"))
    bundle = bundle_dir / "releasedesk"
    venv = Path(sys.executable).parent / "releasedesk"
    if not bundle.is_file():
        print(f"no bundle at {bundle}: run `python packaging/build.py` first (or set RELEASEDESK_BUNDLE)")
        return
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, RELEASEDESK_HOME=home, QT_QPA_PLATFORM="offscreen",
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", RELEASEDESK_LANG="en")
        size_mb = _size(bundle_dir) / 1e6
        print(f"bundle size: {size_mb:.1f} MB on disk ({bundle_dir}); ratio to the 200 MB goal: "
              f"{size_mb / GOAL_MB:.2f} (goal <= 1.0)")
        for args in (["--version"], ["--self-test"]):
            label = " ".join(args)
            v_first, v_median = _measure([str(venv), *args], env)
            b_first, b_median = _measure([str(bundle), *args], env)
            print(f"{label:12} venv  first {v_first:6.2f} s  median {v_median:6.2f} s")
            print(f"{label:12} bundle first {b_first:6.2f} s  median {b_median:6.2f} s  "
                  f"(bundle/venv: {b_median / v_median:.2f}x)")
