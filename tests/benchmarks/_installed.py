"""Benchmarks measure the app as a user runs it: from compiled bytecode.

An installed app has it (pip compiles each module when it installs a wheel; the bundle carries only
bytecode), but a checkout run with ``PYTHONDONTWRITEBYTECODE`` set, as on CI machines, compiles every
module of the app again at each start: ~40 ms of a ``check`` and of the window's start-up that no user
pays. The benchmarks that time whole processes give them a private bytecode cache instead (nothing is
written into the checkout) and run once before measuring, which fills it.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def installed_env(cache: Path, **extra: str) -> dict[str, str]:
    """The environment for a timed child process: bytecode cached in ``cache``, the checkout importable."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(cache),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])), **extra}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
