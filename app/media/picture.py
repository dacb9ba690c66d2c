"""A picture of every master: waveform (peak and RMS per column), short-term loudness over time, clipping
and leading/trailing silence, made from what the QC pass gathered (:class:`app.media.loudness.Trace`): no
second decode.

- :func:`from_trace` reduces the pass's 20 ms bins and 100 ms segments to at most :data:`COLUMNS` columns;
- :func:`to_bytes` / :func:`from_bytes`: a compact form (numpy's ``.npz``) for the cache
  (:func:`save_cached` / :func:`load_cached`: the user's cache folder, keyed by the file's path, size and
  modification time, so a changed file is never shown with an old picture);
- :func:`render_png`: the picture as a PNG with Pillow (no Qt: the command line draws it too). Its only
  words are units and the services' own names.
"""

from __future__ import annotations

import io
import logging
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from app.media import filecache
from app.media.loudness import Trace

log = logging.getLogger(__name__)

COLUMNS = 2000
CACHE_VERSION = 1
# the short-term loudness axis (LUFS), bottom to top
LOUDNESS_FLOOR = -40.0
LOUDNESS_TOP = 0.0


@dataclass
class Picture:
    duration_s: float
    high: np.ndarray  # per column: the highest sample, full scale = 1.0
    low: np.ndarray  # the lowest
    rms: np.ndarray  # plain RMS
    short_term: np.ndarray  # EBU R 128 short-term loudness (LUFS), NaN where gated
    clipped: np.ndarray  # bool: a clipped sample in the column
    leading_silence_s: float = 0.0
    trailing_silence_s: float = 0.0
    lufs: float | None = None
    true_peak_dbtp: float | None = None
    normalization: dict[str, float] = field(default_factory=dict)

    @property
    def columns(self) -> int:
        return int(self.high.size)


def from_trace(trace: Trace, *, leading_silence_s: float = 0.0, trailing_silence_s: float = 0.0,
               lufs: float | None = None, true_peak_dbtp: float | None = None,
               normalization: dict[str, float] | None = None, columns: int = COLUMNS) -> Picture:
    bins = trace.peak_high.size
    duration = trace.frames / trace.rate if trace.rate else 0.0
    cols = max(1, min(columns, bins))
    if bins == 0:
        empty = np.zeros(1, dtype=np.float32)
        return Picture(duration, empty, empty, empty, np.full(1, np.nan, dtype=np.float32),
                       np.zeros(1, dtype=bool), leading_silence_s, trailing_silence_s, lufs, true_peak_dbtp,
                       dict(normalization or {}))
    edges = np.linspace(0, bins, cols + 1).astype(np.int64)
    starts = edges[:-1]
    high = np.maximum.reduceat(trace.peak_high, starts)
    low = np.minimum.reduceat(trace.peak_low, starts)
    # segments (100 ms) per column: mean square over the segments the column covers, at least one
    per_segment = trace.segment_frames / trace.bin_frames
    segs = trace.rms.size
    if segs:
        a = np.minimum((starts / per_segment).astype(np.int64), segs - 1)
        b = np.maximum(a + 1, np.minimum(np.ceil(edges[1:] / per_segment).astype(np.int64), segs))
        ms = np.concatenate(([0.0], np.cumsum(trace.rms.astype(np.float64) ** 2)))
        rms = np.sqrt((ms[b] - ms[a]) / (b - a))
        middle = np.minimum(((starts + edges[1:]) / 2 / per_segment).astype(np.int64), segs - 1)
        short_term = trace.short_term[middle]
    else:
        rms = np.zeros(cols)
        short_term = np.full(cols, np.nan)
    clipped = np.zeros(cols, dtype=bool)
    if trace.clip_bins.size:
        at = np.searchsorted(edges, trace.clip_bins, side="right") - 1
        clipped[np.clip(at, 0, cols - 1)] = True
    return Picture(
        duration_s=duration,
        high=high.astype(np.float32),
        low=low.astype(np.float32),
        rms=rms.astype(np.float32),
        short_term=np.asarray(short_term, dtype=np.float32),
        clipped=clipped,
        leading_silence_s=leading_silence_s,
        trailing_silence_s=trailing_silence_s,
        lufs=lufs,
        true_peak_dbtp=true_peak_dbtp,
        normalization=dict(normalization or {}),
    )


# ------------------------------------------------------------------------------------- bytes and cache


def to_bytes(picture: Picture) -> bytes:
    out = io.BytesIO()
    scalars = np.array([CACHE_VERSION, picture.duration_s, picture.leading_silence_s,
                        picture.trailing_silence_s,
                        np.nan if picture.lufs is None else picture.lufs,
                        np.nan if picture.true_peak_dbtp is None else picture.true_peak_dbtp])
    keys = sorted(picture.normalization)
    np.savez_compressed(out, scalars=scalars, high=picture.high, low=picture.low, rms=picture.rms,
                        short_term=picture.short_term, clipped=picture.clipped,
                        services=np.array(keys, dtype="U32"),
                        gains=np.array([picture.normalization[k] for k in keys], dtype=np.float64))
    return out.getvalue()


def from_bytes(data: bytes) -> Picture:
    """A picture from :func:`to_bytes`; ValueError when ``data`` is not one (damaged, other version)."""
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            scalars = z["scalars"]
            if int(scalars[0]) != CACHE_VERSION:
                raise ValueError("picture of another version")

            def maybe(value: float) -> float | None:
                return None if math.isnan(value) else float(value)

            return Picture(
                duration_s=float(scalars[1]),
                high=z["high"], low=z["low"], rms=z["rms"], short_term=z["short_term"], clipped=z["clipped"],
                leading_silence_s=float(scalars[2]), trailing_silence_s=float(scalars[3]),
                lufs=maybe(float(scalars[4])), true_peak_dbtp=maybe(float(scalars[5])),
                normalization={str(k): float(g) for k, g in zip(z["services"], z["gains"], strict=True)},
            )
    except (OSError, KeyError, IndexError, ValueError, EOFError) as exc:
        raise ValueError(f"not a master's picture: {exc}") from None


def save_cached(path: Path, picture: Picture) -> None:
    """Keep ``picture`` for ``path`` as it is now (``app/media/filecache.py``); never raises."""
    filecache.write(path, "pictures", ".npz", to_bytes(picture))


def load_cached(path: Path) -> Picture | None:
    """The picture kept for ``path`` when the file has not changed since, else None."""
    data = filecache.read(path, "pictures", ".npz")
    if data is None:
        return None
    try:
        return from_bytes(data)
    except ValueError:
        log.info("kept picture of %s unreadable", path, exc_info=True)
        return None


# ------------------------------------------------------------------------------------------------- PNG

_BACKGROUND = (250, 250, 252)
_GRID = (222, 224, 230)
_PEAK = (52, 101, 164)
_RMS = (130, 170, 220)
_LOUDNESS = (230, 120, 20)
_CLIP = (204, 0, 0)
_SILENCE = (210, 210, 214)
_TEXT = (40, 40, 48)


def png_name(path: Path) -> str:
    """The PNG's file name for a master: its name with ``.png`` instead of its extension."""
    stem = path.stem or path.name or "master"
    return f"{stem}.png"


def render_png(picture: Picture, target: Path, *, width: int = 1600, height: int = 400,
               services: dict[str, str] | None = None) -> None:
    """Draw ``picture`` into ``target`` (PNG, ``width`` ≥ 800 px): the waveform (peaks dark, RMS light)
    around the centre line, short-term loudness as an orange line on the LUFS scale at the right,
    clipped columns as red ticks at the top and bottom, leading and trailing silence shaded, and a line of
    figures below: integrated loudness, true peak and each service's normalisation gain."""
    from PIL import Image, ImageDraw, ImageFont

    width = max(800, int(width))
    footer = 28
    plot_h = max(100, int(height) - footer)
    image = Image.new("RGB", (width, plot_h + footer), _BACKGROUND)
    draw = ImageDraw.Draw(image)
    left, right = 8, width - 48  # room for the LUFS scale
    plot_w = right - left
    top, bottom = 6, plot_h - 6
    mid = (top + bottom) / 2
    half = (bottom - top) / 2
    duration = max(picture.duration_s, 1e-9)
    # silence at the edges
    lead = int(round(plot_w * min(1.0, picture.leading_silence_s / duration)))
    trail = int(round(plot_w * min(1.0, picture.trailing_silence_s / duration)))
    if lead > 0:
        draw.rectangle([left, top, left + lead, bottom], fill=_SILENCE)
    if trail > 0:
        draw.rectangle([right - trail, top, right, bottom], fill=_SILENCE)
    # grid: 0 dBFS, -6 dBFS, centre; LUFS scale every 10 LU
    for level in (1.0, 0.5):
        for sign in (1, -1):
            y = mid - sign * level * half
            draw.line([left, y, right, y], fill=_GRID)
    draw.line([left, mid, right, mid], fill=_GRID)
    font: Any = ImageFont.load_default()
    for lufs in range(int(LOUDNESS_FLOOR), int(LOUDNESS_TOP) + 1, 10):
        y = _loudness_y(lufs, top, bottom)
        draw.line([right, y, right + 4, y], fill=_TEXT)
        draw.text((right + 6, y - 6), f"{lufs}", fill=_TEXT, font=font)
    # the columns, resampled to the plot width
    cols = picture.columns
    x_of = np.linspace(0, cols, plot_w + 1).astype(np.int64)
    starts = np.minimum(x_of[:-1], cols - 1)
    high = np.maximum.reduceat(picture.high, starts)
    low = np.minimum.reduceat(picture.low, starts)
    rms = picture.rms[starts]
    clipped = np.logical_or.reduceat(picture.clipped, starts)
    short = picture.short_term[starts]
    for x in range(plot_w):
        px = left + x
        y0 = mid - float(np.clip(high[x], -1, 1)) * half
        y1 = mid - float(np.clip(low[x], -1, 1)) * half
        draw.line([px, y0, px, max(y0, y1)], fill=_PEAK)
        r = float(min(rms[x], 1.0)) * half
        if r >= 0.5:
            draw.line([px, mid - r, px, mid + r], fill=_RMS)
        if clipped[x]:
            draw.line([px, top, px, top + 8], fill=_CLIP)
            draw.line([px, bottom - 8, px, bottom], fill=_CLIP)
    points = [(left + x, _loudness_y(float(v), top, bottom)) for x, v in enumerate(short) if np.isfinite(v)]
    if len(points) > 1:
        draw.line(points, fill=_LOUDNESS, width=2)
    # figures
    parts: list[str] = []
    if picture.lufs is not None:
        parts.append(f"{picture.lufs:.1f} LUFS")
    if picture.true_peak_dbtp is not None:
        parts.append(f"{picture.true_peak_dbtp:+.1f} dBTP")
    from app.media.normalization import SERVICES

    names = services or {s.key: s.name for s in SERVICES}
    for key, gain in picture.normalization.items():
        parts.append(f"{names.get(key, key)} {gain:+.1f} dB")
    minutes, seconds = divmod(picture.duration_s, 60)
    parts.append(f"{int(minutes)}:{seconds:04.1f}")
    draw.text((left, plot_h + 8), "   ".join(parts), fill=_TEXT, font=font)
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(target, format="PNG", optimize=False)


def _loudness_y(lufs: float, top: float, bottom: float) -> float:
    span = LOUDNESS_TOP - LOUDNESS_FLOOR
    share = (min(max(lufs, LOUDNESS_FLOOR), LOUDNESS_TOP) - LOUDNESS_FLOOR) / span
    return bottom - share * (bottom - top)
