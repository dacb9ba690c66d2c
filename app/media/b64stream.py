"""A file sent as a base64 string inside a small JSON document, without ever holding it whole.

``Base64JsonBody(path, prefix, suffix)`` yields ``prefix``, the file's base64 in chunks, then
``suffix``. Each chunk of the file is a multiple of 3 bytes, so the chunks' encodings concatenate to
exactly the encoding of the whole file (no padding in the middle). The length is known up front
(``content_length``), so the HTTP request carries an explicit Content-Length instead of chunked
encoding.

The object is *re-iterable*: every ``iter()`` reopens the file and starts again. httpx raises
StreamConsumed when asked to replay a generator, and a retried request (or one re-sent after a token
renewal) must be able to send the body again.

Bytes are yielded in chunks of about 1 MiB: httpcore's sync write path copies the unsent rest of a
buffer on every partial send (encode/httpcore#1029), which is quadratic for one huge bytes object.

The file is fingerprinted (size, mtime, inode) when the body is made; every pass checks the size it
actually read and the fingerprint after the last byte, and raises :class:`FileChangedError` if the
file changed. A set ``cancel`` event stops a pass with :class:`StreamCancelled`.
"""

from __future__ import annotations

import base64
import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CHUNK = 3 * 256 * 1024  # 768 KiB of file -> 1 MiB of base64


class FileChangedError(Exception):
    """The file is not the one that was fingerprinted when the upload started."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(f"{path} changed while it was being sent ({what}); wait until it is "
                         f"finished being written and try again.")
        self.path = path


class StreamCancelled(Exception):
    pass


def encoded_length(size: int) -> int:
    """Length of the padded base64 encoding of ``size`` bytes."""
    return 4 * ((size + 2) // 3)


@dataclass(frozen=True)
class Fingerprint:
    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> Fingerprint:
        st = os.stat(path)
        return cls(st.st_size, st.st_mtime_ns, st.st_ino)


class Base64JsonBody:
    """A re-iterable HTTP body: ``prefix + base64(file) + suffix``."""

    def __init__(self, path: Path, prefix: bytes = b"", suffix: bytes = b"", *,
                 chunk_size: int = DEFAULT_CHUNK,
                 progress: Callable[[int, int], None] | None = None,
                 cancel: threading.Event | None = None) -> None:
        if chunk_size <= 0 or chunk_size % 3:
            raise ValueError("chunk_size must be a positive multiple of 3")
        self.path = Path(path)
        self.prefix = prefix
        self.suffix = suffix
        self.chunk_size = chunk_size
        self.progress = progress
        self.cancel = cancel
        self.fingerprint = Fingerprint.of(self.path)
        self.content_length = len(prefix) + encoded_length(self.fingerprint.size) + len(suffix)
        self.md5: str | None = None  # of the file bytes sent by the last complete pass
        self.passes = 0

    def __len__(self) -> int:
        return self.content_length

    def __iter__(self) -> Iterator[bytes]:
        return self._generate()

    def check_unchanged(self) -> None:
        now = Fingerprint.of(self.path) if self.path.exists() else None
        if now != self.fingerprint:
            raise FileChangedError(self.path, "it was modified, replaced or removed")

    def _generate(self) -> Iterator[bytes]:
        self.passes += 1
        total = self.fingerprint.size
        digest = hashlib.md5(usedforsecurity=False)
        sent = 0
        if self.progress:
            self.progress(0, total)
        yield self.prefix
        with open(self.path, "rb") as fh:
            while True:
                if self.cancel is not None and self.cancel.is_set():
                    raise StreamCancelled()
                chunk = fh.read(self.chunk_size)
                if not chunk:
                    break
                if sent + len(chunk) > total:
                    raise FileChangedError(self.path, "it grew")
                sent += len(chunk)
                digest.update(chunk)
                yield base64.b64encode(chunk)
                if self.progress:
                    self.progress(sent, total)
        if sent != total:
            raise FileChangedError(self.path, "it shrank")
        self.check_unchanged()
        self.md5 = digest.hexdigest()
        yield self.suffix
