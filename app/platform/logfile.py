"""The log file, found and opened by its first record."""

from __future__ import annotations

import logging
from pathlib import Path

NAME = "releasedesk.log"


def log_path() -> Path:
    """Where the log file is (its folder is made if missing); OSError when it can't be."""
    from app.platform.paths import log_dir

    return log_dir() / NAME


class LogFile(logging.Handler):
    """The log file, found and opened by the first record: a command that logs nothing (most runs of
    ``check``) doesn't pay for locating the data folder (platformdirs) and creating the file."""

    def __init__(self) -> None:
        super().__init__()
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            try:
                self._file = logging.FileHandler(log_path(), encoding="utf-8")
            except OSError:
                self._file = logging.NullHandler()
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()
