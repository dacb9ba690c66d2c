"""FLAC decoding straight through libFLAC (ctypes), when the system has it.

The reference decoder checks the STREAMINFO MD5 itself while decoding (in C, on its own buffers), reports
each damaged frame instead of stopping, reads streams without a length, and skips an ID3 tag glued in
front. libsndfile (soundfile) wraps the same library but hides all of that and costs an extra repacking
pass for the MD5, so this is the fast and precise path; :func:`open_flac` returns None when libFLAC isn't
installed (the caller then uses soundfile).

The reader is pull-based (``FLAC__stream_decoder_process_single``) with the same ``read(frames, dtype,
out=)`` shape as soundfile: interleaved ``int16`` or left-justified ``int32``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)
memmove = ctypes.memmove

_END_OF_STREAM = 4
_ERRORS = {0: "lost sync", 1: "bad frame header", 2: "frame checksum mismatch", 3: "unparseable stream",
           4: "bad metadata", 5: "out of bounds"}

# Plain addresses, not POINTER types: ctypes builds a pointer object per POINTER argument on every call,
# and the write callback runs once per FLAC frame (~700 times per minute of audio).
_WRITE_CB = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_ERROR_CB = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
_META_CB = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)

# False: always decode FLAC through soundfile (the tests run both paths; so can a user via the env).
ENABLED = os.environ.get("RELEASEDESK_LIBFLAC", "1") != "0"

_lib: Any = None
_lib_loaded = False


def _library() -> Any:
    global _lib, _lib_loaded
    if _lib_loaded:
        return _lib
    _lib_loaded = True
    lib = _open_by_soname()
    name = "libFLAC"
    if lib is None:
        # find_library runs `ldconfig -p` (or a compiler) in a subprocess: 5-10 ms a check paid before the
        # first file, so only when no known soname loads
        name = ctypes.util.find_library("FLAC") or ""
        if not name:
            return None
    try:
        lib = lib or ctypes.CDLL(name)
        lib.FLAC__stream_decoder_new.restype = ctypes.c_void_p
        lib.FLAC__stream_decoder_delete.argtypes = [ctypes.c_void_p]
        lib.FLAC__stream_decoder_set_md5_checking.argtypes = [ctypes.c_void_p, ctypes.c_int]
        lib.FLAC__stream_decoder_init_file.argtypes = [ctypes.c_void_p, ctypes.c_char_p, _WRITE_CB, _META_CB,
                                                       _ERROR_CB, ctypes.c_void_p]
        lib.FLAC__stream_decoder_init_file.restype = ctypes.c_int
        lib.FLAC__stream_decoder_process_single.argtypes = [ctypes.c_void_p]
        lib.FLAC__stream_decoder_process_single.restype = ctypes.c_int
        lib.FLAC__stream_decoder_get_state.argtypes = [ctypes.c_void_p]
        lib.FLAC__stream_decoder_get_state.restype = ctypes.c_int
        lib.FLAC__stream_decoder_finish.argtypes = [ctypes.c_void_p]
        lib.FLAC__stream_decoder_finish.restype = ctypes.c_int
    except (OSError, AttributeError):
        log.info("libFLAC found as %s but unusable", name, exc_info=True)
        return None
    _lib = lib
    return lib


# libFLAC's sonames from 1.4 back to 1.2 (Linux), and the macOS names; the decoder API used here is the
# same in all of them
_SONAMES = ("libFLAC.so.14", "libFLAC.so.12", "libFLAC.so.8", "libFLAC.14.dylib", "libFLAC.12.dylib",
            "libFLAC.8.dylib")


def _open_by_soname() -> Any:
    for soname in _SONAMES:
        try:
            return ctypes.CDLL(soname)
        except OSError:
            continue
    return None


class FlacReader:
    """Decode one FLAC file; after the last read, :attr:`md5_ok` says whether libFLAC's MD5 check
    passed (None when the file carries no MD5 or decoding didn't reach the end) and :attr:`errors`
    lists the damaged places as (sample position, reason)."""

    def __init__(self, lib: Any, path: Path, channels: int, bits: int) -> None:
        self._lib = lib
        self.channels = channels
        self.bits = bits
        self.samplerate = 0  # filled by the caller; kept for the soundfile-like surface
        self.frames = 0
        self.errors: list[tuple[int, str]] = []
        self.md5_ok: bool | None = None
        self.finished = False
        self._planar = np.empty((channels, 1 << 16), dtype=np.int32)
        self._address = self._planar.ctypes.data
        self._row_bytes = self._planar.strides[0]
        self._head = (ctypes.c_uint32 * 3)()  # FLAC__FrameHeader: blocksize, sample_rate, channels
        self._head_address = ctypes.addressof(self._head)
        self._pointers = (ctypes.c_void_p * channels)()  # the decoder's array of channel buffers
        self._pointers_address = ctypes.addressof(self._pointers)
        self._pointers_size = ctypes.sizeof(self._pointers)
        self._have = 0  # samples buffered per channel
        self._consumed = 0  # of those, handed out by read_planar (still in place until the next read)
        self._decoded = 0  # samples handed out
        self._write = _WRITE_CB(self._on_write)
        self._error = _ERROR_CB(self._on_error)
        self._meta = _META_CB()  # NULL: no metadata callback
        self._dec = lib.FLAC__stream_decoder_new()
        if not self._dec:
            raise MemoryError("libFLAC decoder")
        lib.FLAC__stream_decoder_set_md5_checking(self._dec, 1)
        status = lib.FLAC__stream_decoder_init_file(self._dec, os.fsencode(path), self._write, self._meta,
                                                    self._error, None)
        if status != 0:
            lib.FLAC__stream_decoder_delete(self._dec)
            self._dec = None
            raise OSError(f"libFLAC could not open the file (status {status})")

    # -- callbacks (run inside process_single, on this thread)
    def _on_write(self, _dec: int, frame: int, buffer: int, _client: int) -> int:
        try:
            # the frame header's first three fields and the decoder's channel pointers, copied into
            # arrays made once (reading them with from_address built two ctypes objects per frame)
            memmove(self._head_address, frame, 12)
            block, _, channels = self._head
            if channels != self.channels:
                self.errors.append((self._decoded + self._have, f"frame with {channels} channels"))
                return 1  # abort
            need = self._have + block
            if need > self._planar.shape[1]:
                grown = np.empty((self.channels, max(need, 2 * self._planar.shape[1])), dtype=np.int32)
                grown[:, : self._have] = self._planar[:, : self._have]
                self._planar = grown
                self._address = grown.ctypes.data
                self._row_bytes = grown.strides[0]
            memmove(self._pointers_address, buffer, self._pointers_size)
            base = self._address + self._have * 4
            size = block * 4
            row = self._row_bytes
            for c, source in enumerate(self._pointers):
                memmove(base + c * row, source, size)
            self._have = need
            return 0  # continue
        except Exception:  # noqa: BLE001 - an exception must never unwind through C
            log.exception("libFLAC write callback failed")
            return 1

    def _on_error(self, _dec: int, status: int, _client: int) -> None:
        self.errors.append((self._decoded + self._have, _ERRORS.get(status, f"error {status}")))

    # -- soundfile-like surface
    def __enter__(self) -> FlacReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._dec:
            if not self.finished:
                self._lib.FLAC__stream_decoder_finish(self._dec)
            self._lib.FLAC__stream_decoder_delete(self._dec)
            self._dec = None

    def _fill(self, frames: int) -> None:
        process = self._lib.FLAC__stream_decoder_process_single
        decoder = self._dec
        while self._have < frames and not self.finished:
            had = self._have
            ok = process(decoder)
            if ok and self._have > had:
                continue  # a frame came: the decoder is mid-stream (its state is asked only otherwise)
            lib = self._lib
            state = lib.FLAC__stream_decoder_get_state(decoder)
            if state == _END_OF_STREAM or not ok:
                if not ok and state != _END_OF_STREAM:
                    self.errors.append((self._decoded + self._have, f"decoder stopped (state {state})"))
                md5_matches = bool(lib.FLAC__stream_decoder_finish(self._dec))
                self.finished = True
                self.md5_ok = md5_matches if state == _END_OF_STREAM else None

    def _compact(self) -> None:
        """Drop what :meth:`read_planar` handed out, moving the rest to the front of the buffer."""
        if self._consumed:
            rest = self._have - self._consumed
            if rest:
                self._planar[:, :rest] = self._planar[:, self._consumed : self._have]
            self._have = rest
            self._consumed = 0

    def read_planar(self, frames: int) -> np.ndarray:
        """Up to ``frames`` samples per channel as int32 ``(channels, n)``, not shifted (a 24-bit
        sample is in -2**23 .. 2**23-1): a view of the decoder's own buffer, valid until the next read.
        No interleaving and no copy: the meter wants one row per channel anyway."""
        self._compact()
        self._fill(frames)
        n = min(frames, self._have)
        self._consumed = n
        self._decoded += n
        return self._planar[:, :n]

    def read(self, frames: int, dtype: str, always_2d: bool = True, out: Any = None) -> Any:
        self._compact()
        self._fill(frames)
        n = min(frames, self._have)
        target = out[:n] if out is not None else np.empty((n, self.channels), dtype=dtype)
        shift = (32 if dtype == "int32" else 16) - self.bits
        for c in range(self.channels):
            column = self._planar[c, :n]
            if shift > 0:
                target[:, c] = column << shift
            elif shift < 0:
                target[:, c] = column >> -shift
            else:
                target[:, c] = column
        rest = self._have - n
        if rest:
            self._planar[:, :rest] = self._planar[:, n : self._have]
        self._have = rest
        self._decoded += n
        return target


def open_flac(path: Path, channels: int, bits: int) -> FlacReader | None:
    """A libFLAC reader for ``path``, or None when libFLAC isn't available or can't open it."""
    if not ENABLED or bits > 32 or bits < 4 or channels < 1:
        return None
    lib = _library()
    if lib is None:
        return None
    try:
        return FlacReader(lib, path, channels, bits)
    except (OSError, MemoryError):
        log.info("libFLAC refused %s", path, exc_info=True)
        return None
