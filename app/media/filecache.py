"""What a QC pass learnt of a file, kept in the user's cache folder while the file is unchanged: the
master's picture, its fingerprint. The name is made of the file's path, size and modification time, so
a changed file gets a new name, never an old answer. Writing never raises (without a cache the work is
only done again); reading gives None for anything missing or unreadable."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)


def cache_file(path: Path, folder: str, suffix: str) -> Path | None:
    from app.platform.paths import cache_dir

    try:
        st = os.stat(path)
    except OSError:
        return None
    key = f"{os.path.abspath(os.fsencode(path))!r}|{st.st_size}|{st.st_mtime_ns}".encode()
    return cache_dir() / folder / f"{hashlib.sha256(key).hexdigest()[:32]}{suffix}"


def write(path: Path, folder: str, suffix: str, data: bytes) -> None:
    """Keep ``data`` for ``path`` as the file is now (a whole file or nothing: written aside, renamed)."""
    try:
        target = cache_file(path, folder, suffix)
        if target is None:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_suffix(f".{os.getpid()}.part")
        part.write_bytes(data)
        os.replace(part, target)
    except OSError:
        log.info("could not keep the %s of %s", folder, path, exc_info=True)


def read(path: Path, folder: str, suffix: str) -> bytes | None:
    """What was kept for ``path`` when the file has not changed since, else None."""
    try:
        target = cache_file(path, folder, suffix)
        return target.read_bytes() if target is not None and target.is_file() else None
    except OSError:
        log.info("kept %s of %s unreadable", folder, path, exc_info=True)
        return None
