"""An audio fingerprint made in the QC pass, to find the same audio under two ISRCs.

Haitsma–Kalker style: every 100 ms segment of the master (the loudness meter's own segments, so nothing is
decoded or transformed twice) has its energy in 33 log-spaced bands from 300 Hz to 3 kHz (read off the
spectra the K-weighting already computes, summed over channels). Each frame gives 32 bits, one per pair of
neighbouring bands: whether the energy difference between the two bands grew or shrank from 200 ms
before, with energies summed over the 300 ms around each frame (so a copy that starts a fraction of a
frame later still matches). The signs of those differences do not move with a gain change (every energy
scales alike), a different bit depth or dither (noise far below the music), a lossless re-encode
or a different sample rate (the bands are in Hz and the frames in milliseconds); a different mix or
performance changes them everywhere. Frames in silence are 0 and ignored.

:func:`similar` compares two fingerprints: 1 - 2 × the bit error rate at the best alignment (within a few
seconds' shift), so the same audio scores near 1 and unrelated audio near 0. docs/MEDIA.md gives the
measured figures.
"""

from __future__ import annotations

import base64
import struct
from pathlib import Path

import numpy as np

VERSION = 1
FRAMES_PER_SECOND = 10
SILENT_DB = -65.0  # a frame whose band energy is under this (dBFS, mean square) carries no bits
MATCH = 0.4  # similar() at or above this: the same audio
SMOOTH = 3  # frames of energy summed around each frame
LAG = 2  # bits compare each frame's band differences with those LAG frames before
MAX_SHIFT_FRAMES = 50  # alignment searched over +-5 s (a master trimmed or padded at the start)
MIN_OVERLAP_FRAMES = 30  # at least 3 s of audio in common to say anything
_HEADER = struct.Struct("<4sBB")
_MAGIC = b"RDFP"


def frames_from_bands(bands: np.ndarray, segment_frames: int, channels: int) -> np.ndarray:
    """``bands``: (segments, 33) energy per segment (sums of |X_k|^2 of the unnormalised real FFT over
    channels). Returns one uint32 per segment (the first is 0: it has no predecessor)."""
    count = bands.shape[0]
    out = np.zeros(count, dtype=np.uint32)
    if count <= LAG or bands.shape[1] < 2:
        return out
    e = bands.astype(np.float64)
    # 300 ms of energy around each frame: a copy that starts a fraction of a frame later (trimmed or
    # padded differently) then sees mostly the same energy; unsmoothed, half a frame's shift made the
    # bits of noisy music as different as another piece's
    total = np.concatenate([np.zeros((1, e.shape[1])), np.cumsum(e, axis=0)])
    ends = np.minimum(np.arange(count) + 1 + SMOOTH // 2, count)
    starts = np.maximum(np.arange(count) - SMOOTH // 2, 0)
    smooth = total[ends] - total[starts]
    diff = smooth[:, :-1] - smooth[:, 1:]  # (count, 32)
    bits = (diff[LAG:] - diff[:-LAG]) > 0  # (count - LAG, 32)
    weights = (np.uint32(1) << np.arange(bits.shape[1], dtype=np.uint32)).astype(np.uint32)
    words = (bits.astype(np.uint32) * weights).sum(axis=1, dtype=np.uint64).astype(np.uint32)
    # mean square in the bands, per sample and channel (Parseval over an rfft: 2 |X_k|^2 / n^2)
    level = 2.0 * e.sum(axis=1) / (float(segment_frames) ** 2 * max(1, channels))
    with np.errstate(divide="ignore"):
        level_db = 10 * np.log10(np.maximum(level, 1e-30))
    loud = level_db > SILENT_DB
    words[~(loud[LAG:] & loud[:-LAG])] = 0
    out[LAG:] = words
    return out


def encode(frames: np.ndarray) -> str:
    """The fingerprint as text (base64): a small header, then one little-endian uint32 per frame."""
    body = np.asarray(frames, dtype="<u4").tobytes()
    return base64.b64encode(_HEADER.pack(_MAGIC, VERSION, FRAMES_PER_SECOND) + body).decode("ascii")


def decode(text: str | bytes) -> np.ndarray:
    """The frames of an :func:`encode`d fingerprint; ValueError when it is not one."""
    raw = base64.b64decode(text, validate=True)
    if len(raw) < _HEADER.size:
        raise ValueError("not an audio fingerprint")
    magic, version, rate = _HEADER.unpack_from(raw)
    if magic != _MAGIC or version != VERSION or rate != FRAMES_PER_SECOND or (len(raw) - _HEADER.size) % 4:
        raise ValueError("not an audio fingerprint of this version")
    frames: np.ndarray = np.frombuffer(raw, dtype="<u4", offset=_HEADER.size).astype(np.uint32)
    return frames


_POPCOUNT = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)


def _bit_errors(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    x = np.bitwise_xor(a, b).view(np.uint8).reshape(-1, 4)
    counts: np.ndarray = _POPCOUNT[x].sum(axis=1)
    return counts


def similar(a: str | bytes | np.ndarray, b: str | bytes | np.ndarray) -> float:
    """How sure it is that ``a`` and ``b`` are the same audio: 1 - 2 × bit error rate at the best
    alignment, 0.0 (unrelated, or too little audio in common) to 1.0 (identical). At or above
    :data:`MATCH`: the same recording."""
    fa = a if isinstance(a, np.ndarray) else decode(a)
    fb = b if isinstance(b, np.ndarray) else decode(b)
    best = 0.0
    for shift in range(-MAX_SHIFT_FRAMES, MAX_SHIFT_FRAMES + 1):
        if shift >= 0:
            x, y = fa[shift:], fb
        else:
            x, y = fa, fb[-shift:]
        n = min(x.size, y.size)
        if n < MIN_OVERLAP_FRAMES:
            continue
        x, y = np.ascontiguousarray(x[:n]), np.ascontiguousarray(y[:n])
        both = (x != 0) & (y != 0)
        if int(both.sum()) < MIN_OVERLAP_FRAMES:
            continue
        errors = _bit_errors(x[both], y[both])
        score = 1.0 - 2.0 * float(errors.mean()) / 32.0
        best = max(best, score)
    return max(0.0, min(1.0, best))



def save_cached(path: Path, text: str) -> None:
    """Keep the fingerprint ``text`` of ``path`` beside its picture (``app/media/filecache.py``); never
    raises: without it the duplicate-audio check only skips that file."""
    from app.media import filecache

    filecache.write(path, "fingerprints", ".txt", text.encode("ascii"))


def load_cached(path: Path) -> str | None:
    """The fingerprint kept for ``path`` when the file has not changed since, else None."""
    from app.media import filecache

    data = filecache.read(path, "fingerprints", ".txt")
    try:
        return data.decode("ascii") if data is not None else None
    except UnicodeDecodeError:
        return None
