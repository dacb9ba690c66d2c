"""Releasedesk: prepare, check and deliver releases through the Labelcamp / limbo API."""

from __future__ import annotations


def _version() -> str:
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version("releasedesk")
    except PackageNotFoundError:  # running from a source tree or a bundle without metadata
        return "0.1.0"


APP_NAME = "Releasedesk"


def __getattr__(name: str) -> str:
    """``__version__`` is looked up on first use: importing importlib.metadata costs ~50-90 ms,
    which the double-clicked GUI would otherwise pay before its window shows (bench_gui)."""
    if name == "__version__":
        value = _version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module 'app' has no attribute {name!r}")
