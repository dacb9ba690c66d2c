"""Where Releasedesk keeps its files. ``RELEASEDESK_HOME`` overrides everything (tests, portable use)."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path


def home() -> Path | None:
    value = os.environ.get("RELEASEDESK_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    root = home()
    if root is None:
        import platformdirs

        root = Path(platformdirs.user_data_dir("Releasedesk", "Releasedesk"))
    root.mkdir(parents=True, exist_ok=True)
    return root


def config_dir() -> Path:
    root = home()
    if root is not None:
        path = root / "config"
    else:
        import platformdirs

        path = Path(platformdirs.user_config_dir("Releasedesk", "Releasedesk"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def profile_dir(profile: str) -> Path:
    """One folder per connection profile (its store, caches)."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", profile) or "default"
    path = data_dir() / "profiles" / safe
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """``resources/`` beside ``app/`` in a checkout, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def cache_dir() -> Path:
    """Files that can be made again (a master's picture...): safe to delete at any time."""
    root = home()
    if root is not None:
        path = root / "cache"
    else:
        import platformdirs

        path = Path(platformdirs.user_cache_dir("Releasedesk", "Releasedesk"))
    path.mkdir(parents=True, exist_ok=True)
    return path
