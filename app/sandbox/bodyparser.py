"""Incremental parsing of JSON:API request bodies that may carry a huge base64 string.

A record upload of a 1 GB master arrives as one JSON document whose ``new-file`` attribute is a
~1.4 GB base64 string. :class:`StreamingBodyParser` is fed the request body chunk by chunk: the
values of the "big" keys (``new-file``, ``front-cover``) are base64-decoded as they stream into a
temporary file (a ``data:...;base64,`` prefix is skipped; JSON escapes such as ``\\/`` and line breaks
are handled; a chunk's non-multiple-of-4 remainder waits for the next chunk), while the rest of the
document -- small -- is kept and parsed with :func:`json.loads` at the end, the big values replaced
by a :class:`BigValue` placeholder. Memory stays bounded by the chunk size plus the small document.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.sandbox.jsonbody import MAX_DEPTH, JsonBodyError, decode_json

BIG_KEYS = (b"new-file", b"front-cover")
MAX_SKELETON = 1024 * 1024  # the document without its big values
# Only the big keys of the resource's own attributes stream (``{"data": {"attributes": {"new-file": ...``):
# the same key anywhere else (inside an offer's options, a product's custom-data) is an ordinary value.
BIG_KEY_PATH = [b"data", b"attributes"]
# Each parser marks its big values with its own random prefix, so text a client sends cannot pose as one.
_PLACEHOLDER_PREFIX = "\u0000bigvalue:"


def _special(chunk: bytes, pos: int) -> int:
    """Index of the next quote or backslash from ``pos``, or -1. Two memchr scans beat a regex
    several times over on the megabytes of base64 text a master upload is made of."""
    quote = chunk.find(b'"', pos)
    backslash = chunk.find(b"\\", pos, quote if quote != -1 else len(chunk))
    return backslash if backslash != -1 else quote

_WHITESPACE = b" \t\r\n"


class BodyError(Exception):
    """The body is not what it should be; ``kind`` is "json" (400), "base64" (422) or "size" (413)."""

    def __init__(self, kind: str, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.key = key


@dataclass
class BigValue:
    """A decoded big string value, on disk."""

    key: str
    path: Path
    size: int = 0
    md5: str = ""
    media_type: str | None = None  # from a data: URL prefix
    is_null: bool = False

    def discard(self) -> None:
        try:
            os.unlink(self.path)
        except OSError:
            pass


@dataclass
class _Target:
    key: str
    value: BigValue
    handle: Any
    hasher: Any = field(default_factory=hashlib.md5)
    pending: bytes = b""  # base64 text not yet a multiple of 4
    head: bytes | None = b""  # until the data: prefix question is settled
    escape: bool = False
    padded: bool = False


class StreamingBodyParser:
    def __init__(
        self, tmp_dir: Path, big_keys: tuple[bytes, ...] = BIG_KEYS, max_skeleton: int = MAX_SKELETON
    ) -> None:
        self.tmp_dir = tmp_dir
        self.big_keys = big_keys
        self.max_skeleton = max_skeleton
        self._keys: list[bytes | None] = []  # per open container: the key whose value is being read
        self.skeleton = bytearray()
        self.values: dict[str, BigValue] = {}
        self._prefix = f"{_PLACEHOLDER_PREFIX}{secrets.token_hex(16)}:"
        self._in_string = False
        self._escape = False
        self._string = bytearray()
        self._string_len = 0
        self._last_string: bytes | None = None  # the last complete string, for key detection
        self._after_colon = False
        self._expect_colon = False
        self._target: _Target | None = None
        self._counter = 0

    # -- feeding ----------------------------------------------------------------------------------
    def feed(self, chunk: bytes) -> None:
        pos = 0
        n = len(chunk)
        while pos < n:
            if self._target is not None:
                pos = self._feed_target(chunk, pos)
                continue
            byte = chunk[pos]
            if self._in_string:
                # copy the run up to the next quote/backslash in one go
                found = _special(chunk, pos)
                end = found if found != -1 else n
                if self._escape:
                    self._escape = False
                    self._append(chunk[pos : pos + 1])
                    self._remember(chunk[pos : pos + 1])
                    pos += 1
                    continue
                if end > pos:
                    self._append(chunk[pos:end])
                    self._remember(chunk[pos:end])
                    pos = end
                    continue
                if byte == 0x5C:  # backslash
                    self._escape = True
                    self._append(b"\\")
                    self._remember(b"\\")
                else:  # closing quote
                    self._in_string = False
                    self._append(b'"')
                    self._last_string = bytes(self._string) if self._string_len <= 64 else None
                    self._expect_colon = True
                pos += 1
                continue
            if byte in _WHITESPACE:
                self._append(chunk[pos : pos + 1])
                pos += 1
                continue
            if byte == 0x3A and self._expect_colon:  # ':' after a key
                self._expect_colon = False
                if self._keys:
                    self._keys[-1] = self._last_string
                self._after_colon = self._last_string in self.big_keys and self._keys[:-1] == BIG_KEY_PATH
                self._append(b":")
                pos += 1
                continue
            self._expect_colon = False
            if byte == 0x22:  # opening quote
                if self._after_colon:
                    self._after_colon = False
                    assert self._last_string is not None
                    self._start_target(self._last_string.decode())
                    pos += 1
                    continue
                self._in_string = True
                self._string = bytearray()
                self._string_len = 0
                self._append(b'"')
                pos += 1
                continue
            self._after_colon = False
            if byte in (0x5B, 0x7B):  # [ {
                self._keys.append(None)
                if len(self._keys) > MAX_DEPTH:
                    raise BodyError("json", f"The request body nests more than {MAX_DEPTH} levels deep.")
            elif byte in (0x5D, 0x7D):  # ] }
                if self._keys:
                    self._keys.pop()
            self._append(chunk[pos : pos + 1])
            pos += 1

    def _remember(self, data: bytes) -> None:
        self._string_len += len(data)
        if self._string_len <= 64:
            self._string.extend(data)

    def _append(self, data: bytes) -> None:
        self.skeleton.extend(data)
        if len(self.skeleton) > self.max_skeleton:
            raise BodyError(
                "size", f"The request body is larger than this route accepts ({self.max_skeleton} bytes)."
            )

    # -- big values -------------------------------------------------------------------------------
    def _start_target(self, key: str) -> None:
        self._counter += 1
        fd, name = tempfile.mkstemp(prefix="upload-", suffix=".bin", dir=self.tmp_dir)
        handle = os.fdopen(fd, "wb", buffering=1024 * 1024)
        value = BigValue(key=key, path=Path(name))
        self._target = _Target(key=key, value=value, handle=handle)
        placeholder = f"{self._prefix}{self._counter}"
        self.values[placeholder] = value
        self._append(json.dumps(placeholder).encode())

    def _feed_target(self, chunk: bytes, pos: int) -> int:
        target = self._target
        assert target is not None
        n = len(chunk)
        if target.escape:
            target.escape = False
            escaped = chunk[pos : pos + 1]
            if escaped == b"/":
                self._b64(b"/")
            elif escaped in (b"n", b"r", b"t"):
                pass  # a line break inside the base64 text
            else:
                self._fail(target, "must be base64 text (found an unexpected escape)")
            return pos + 1
        found = _special(chunk, pos)
        end = found if found != -1 else n
        if end > pos:
            self._b64(chunk[pos:end])
        if found == -1:
            return n
        if chunk[end] == 0x5C:
            target.escape = True
            return end + 1
        self._finish_target()
        return end + 1

    def _b64(self, data: bytes) -> None:
        target = self._target
        assert target is not None
        if target.head is not None:
            target.head += data
            if target.head.startswith(b"data:") or b"data:".startswith(target.head[:5]):
                comma = target.head.find(b",")
                if comma < 0:
                    if len(target.head) > 256:
                        self._fail(target, "has a data: URL without a comma")
                    return
                prefix = target.head[5:comma].decode("ascii", "replace")
                target.value.media_type = prefix.split(";")[0] or None
                if ";base64" not in prefix:
                    self._fail(target, "must be base64-encoded (the data: URL lacks ;base64)")
                data = target.head[comma + 1 :]
            else:
                data = target.head
            target.head = None
        if not data:
            return
        if b" " in data or b"\n" in data or b"\r" in data or b"\t" in data:
            data = data.translate(None, _WHITESPACE)
        data = target.pending + data
        usable = len(data) - len(data) % 4
        target.pending = data[usable:]
        if usable:
            if target.padded:
                self._fail(target, "is not valid base64 (text after the padding)")
            block = data[:usable]
            padding = block.find(b"=")
            if padding != -1 and padding < usable - 2:  # '=' only closes the very last quantum
                self._fail(target, "is not valid base64 (padding in the middle)")
            try:
                decoded = binascii.a2b_base64(block, strict_mode=True)
            except (binascii.Error, ValueError):
                self._fail(target, "is not valid base64")
            if block.endswith(b"="):
                target.padded = True
            target.handle.write(decoded)
            target.hasher.update(decoded)
            target.value.size += len(decoded)

    def _finish_target(self) -> None:
        target = self._target
        assert target is not None
        if target.head:  # a short value whose data: question never settled
            head, target.head = target.head, None
            if head.startswith(b"data:"):
                self._fail(target, "has a data: URL without data")
            self._b64(head)
        target.head = None
        if target.pending:
            self._fail(target, "is not valid base64 (its length is not a multiple of 4)")
        target.handle.close()
        target.value.md5 = target.hasher.hexdigest()
        self._target = None
        self._last_string = None

    def _fail(self, target: _Target, what: str) -> None:
        try:
            target.handle.close()
        except OSError:
            pass
        raise BodyError("base64", f"The {target.key} attribute {what}.", key=target.key)

    # -- result -----------------------------------------------------------------------------------
    def finish(self) -> Any:
        if self._target is not None or self._in_string:
            raise BodyError("json", "The request body is not valid JSON (it ends inside a string).")
        text = bytes(self.skeleton)
        if not text.strip():
            raise BodyError("json", "The request body is empty; send a JSON:API document.")
        try:
            document = decode_json(text, check_depth=False)  # counted in feed()
        except JsonBodyError as exc:
            raise BodyError("json", exc.message) from None
        return self._resolve(document)

    def _resolve(self, node: Any) -> Any:
        if isinstance(node, dict):
            return {k: self._resolve(v) for k, v in node.items()}
        if isinstance(node, list):
            return [self._resolve(v) for v in node]
        if isinstance(node, str) and node.startswith(self._prefix):
            return self.values.get(node, node)
        return node

    def discard(self) -> None:
        if self._target is not None:
            try:
                self._target.handle.close()
            except OSError:
                pass
        for value in self.values.values():
            value.discard()
