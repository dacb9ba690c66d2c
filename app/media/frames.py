"""Decoded video frames, from the system's ``ffmpeg`` when there is one — never bundled.

Everything QC needs about a video's structure comes from its boxes (``app/media/isobmff.py``); only
pictures need a decoder: a poster frame for the GUI and the first and last frames of Motion Art (is
the loop seamless?). The app does not ship a decoder (PyAV would add ~60–70 MB to a bundle that must
stay under 200 MB; see ``docs/MEDIA.md``), so these functions use ``ffmpeg`` from the PATH (or the
one ``RELEASEDESK_FFMPEG`` names) and return None when there is none or it fails: callers show a
placeholder or a clear finding, never an exception.

ffmpeg runs as a child process with a time limit, reading the file itself (streamed, seeking to the
frames wanted), and hands back small images: memory does not depend on the video's size.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

TIMEOUT_S = 60.0
THUMB = 64  # edge of the grey thumbnails frames are compared on


def decoder() -> str | None:
    """The ffmpeg executable to decode with, or None when the system has none."""
    named = os.environ.get("RELEASEDESK_FFMPEG")
    if named is not None:
        return named if named and os.access(named, os.X_OK) else None
    return shutil.which("ffmpeg")


def _run(args: list[str]) -> bytes | None:
    exe = decoder()
    if exe is None:
        return None
    try:
        done = subprocess.run([exe, "-nostdin", "-v", "error", *args], capture_output=True,
                              timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("ffmpeg failed: %s", exc)
        return None
    if done.returncode != 0:
        log.info("ffmpeg exited %s: %s", done.returncode, done.stderr[-500:].decode("utf-8", "replace"))
        return None
    return done.stdout


def poster_frame(path: Path, at_s: float | None = None, max_edge: int = 640) -> bytes | None:
    """A PNG of one frame of the video at ``path`` (by default a tenth of the way in, at most 5 s,
    where a music video has left its opening black), scaled to fit ``max_edge``; None when no decoder
    is installed or the frame can't be decoded (the GUI then shows a neutral placeholder)."""
    if at_s is None:
        at_s = _default_poster_time(Path(path))
    scale = (f"scale=w='min({max_edge},iw)':h='min({max_edge},ih)':force_original_aspect_ratio=decrease,"
             "format=rgb24")
    data = _run(["-ss", f"{max(at_s, 0.0):.3f}", "-i", os.fspath(path), "-frames:v", "1", "-an",
                 "-vf", scale, "-f", "image2pipe", "-c:v", "png", "-"])
    if not data and at_s > 0:  # past the end of a very short or damaged file: try the first frame
        data = _run(["-i", os.fspath(path), "-frames:v", "1", "-an", "-vf", scale, "-f", "image2pipe",
                     "-c:v", "png", "-"])
    return data if data and data.startswith(b"\x89PNG") else None


def _default_poster_time(path: Path) -> float:
    try:
        from app.media.isobmff import read_movie

        duration = read_movie(path).duration_s
    except OSError:
        return 0.0
    return min(duration * 0.1, 5.0)


def _gray_frames(args: list[str]) -> np.ndarray | None:
    data = _run([*args, "-an", "-vf", f"scale={THUMB}:{THUMB},format=gray", "-f", "rawvideo", "-"])
    if not data or len(data) < THUMB * THUMB:
        return None
    count = len(data) // (THUMB * THUMB)
    return np.frombuffer(data[:count * THUMB * THUMB], dtype=np.uint8).reshape(count, THUMB, THUMB)


def loop_seam(path: Path) -> tuple[float, float] | None:
    """(the jump from the last frame back to the first, the typical step between neighbouring frames),
    both as the mean absolute difference of 64×64 grey thumbnails in 0–255; None without a decoder.

    A seamless loop jumps from its last frame to its first no more than it moves between any two
    frames; a clip that does not loop jumps much more."""
    p = os.fspath(path)
    head = _gray_frames(["-i", p, "-frames:v", "3"])
    tail = _gray_frames(["-sseof", "-1", "-i", p])
    if head is None or tail is None or len(head) < 2 or len(tail) < 2:
        return None
    head_f, tail_f = head.astype(np.float32), tail.astype(np.float32)
    seam = float(np.abs(tail_f[-1] - head_f[0]).mean())
    steps = [float(np.abs(a - b).mean())
             for frames in (head_f, tail_f) for a, b in zip(frames[:-1], frames[1:], strict=False)]
    return seam, float(np.median(steps)) if steps else 0.0
