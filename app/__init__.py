"""Releasedesk: prepare, check and deliver releases through the Labelcamp / limbo API."""

from __future__ import annotations


def _version() -> str:
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version("releasedesk")
    except PackageNotFoundError:  # running from a source tree or a bundle without metadata
        return "0.1.0"


__version__ = _version()
APP_NAME = "Releasedesk"
