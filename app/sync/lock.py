"""One sync per catalog at a time, across processes (the GUI and ``releasedesk sync`` may both try).

An OS file lock beside the catalog file: the kernel drops it when its holder dies, even by
``kill -9``, so a crashed sync never blocks the next one. A second run in the same process is
refused too (each run opens its own file description).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from app.domain.errors import UserError


class SyncBusy(UserError):
    pass


class SyncLock:
    def __init__(self, catalog_path: Path) -> None:
        self.path = Path(str(catalog_path) + ".sync-lock")
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            try:
                fh.seek(0)
                holder = fh.read().strip()
            except OSError:  # Windows: the holder's locked byte cannot be read
                holder = ""
            fh.close()
            who = f" (process {holder})" if holder else ""
            raise SyncBusy(f"Another sync of this catalog is running{who}; wait for it to finish.") from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> SyncLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
