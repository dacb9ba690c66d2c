"""Video QC speed and memory against ffprobe and ffmpeg on the same files.

``python -m tests.benchmarks video`` makes (once, in a temporary folder) a 3-minute 1080p H.264 + AAC
music video and a 4 GB ProRes 422 HQ movie (10 s encoded, repeated without re-encoding), then times:

- our check (``releasedesk check``'s inspector: the boxes, the sample tables, the framing of every
  frame) in a fresh process, with its peak memory (``ru_maxrss``);
- ``ffprobe -show_format -show_streams`` (what it reports: the headers);
- ``ffmpeg -v error -i FILE -f null -`` (a full decode, what catches every damaged frame) on the 1080p
  file only (on 4 GB of ProRes it takes minutes).

Each is run alternately, three rounds; the ratios are of the medians. Set ``BENCH_VIDEO_DIR`` to keep
the files between runs; the 4 GB file is deleted at the end unless that folder was given.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 3
BIG_BYTES = 4 * 1024**3


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", *args], check=True)


def make_files(folder: Path) -> tuple[Path, Path]:
    long = folder / "long1080.mp4"
    if not long.exists():
        _ffmpeg("-f", "lavfi", "-i", "testsrc2=s=1920x1080:r=25:d=180", "-f", "lavfi", "-i",
                "sine=f=440:r=48000:d=180", "-ac", "2", "-c:v", "libx264", "-preset", "ultrafast",
                "-b:v", "4M", "-c:a", "aac", "-b:a", "128k", str(long))
    big = folder / "big_prores.mov"
    if not big.exists():
        piece = folder / "pr10.mov"
        if not piece.exists():
            _ffmpeg("-f", "lavfi", "-i", "testsrc2=s=1920x1080:r=25:d=10", "-f", "lavfi", "-i",
                    "sine=r=48000:d=10", "-ac", "2", "-c:v", "prores_ks", "-profile:v", "3",
                    "-c:a", "pcm_s24le", str(piece))
        times = -(-BIG_BYTES // piece.stat().st_size)
        _ffmpeg("-stream_loop", str(times - 1), "-i", str(piece), "-c", "copy", str(big))
    return long, big


_OURS = (
    "import resource, sys, time\n"
    "t = time.perf_counter()\n"
    "from app.media.video import inspect_video\n"
    "r = inspect_video(sys.argv[1])\n"
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, r.codes())\n"
)


def ours(path: Path) -> tuple[float, int, list[str]]:
    """Wall time of a fresh process's check (imports included), its peak RSS in kB, the codes found."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _OURS, str(path)], capture_output=True, text=True, env=env,
                         check=True).stdout.split(maxsplit=2)
    return time.perf_counter() - start, int(out[1]), eval(out[2])  # noqa: S307 - our own repr of a list


def timed(args: list[str]) -> tuple[float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(args, capture_output=True, check=True)
    return time.perf_counter() - start, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def main() -> None:
    if not shutil.which("ffprobe"):
        print("ffprobe is not installed: nothing to compare against")
        return
    kept = os.environ.get("BENCH_VIDEO_DIR")
    folder = Path(kept) if kept else Path(tempfile.mkdtemp(prefix="bench_video_"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        long, big = make_files(folder)
        for path, decode in ((long, True), (big, False)):
            print(f"-- {path.name}: {path.stat().st_size / 1e6:.0f} MB")
            mine: list[float] = []
            probe: list[float] = []
            full: list[float] = []
            peak = 0
            found: list[str] = []
            for _ in range(ROUNDS):
                seconds, rss, found = ours(path)
                mine.append(seconds)
                peak = max(peak, rss)
                probe.append(timed(["ffprobe", "-v", "error", "-show_format", "-show_streams", str(path)])[0])
                if decode:
                    decode_args = ["ffmpeg", "-nostdin", "-v", "error", "-i", str(path), "-f", "null", "-"]
                    full.append(timed(decode_args)[0])
            m, p = statistics.median(mine), statistics.median(probe)
            print(f"our check: {m:.3f} s (rounds {', '.join(f'{x:.3f}' for x in mine)}), peak RSS "
                  f"{peak / 1024:.0f} MB, findings {found}")
            print(f"ffprobe:   {p:.3f} s; ratio ours/ffprobe {m / p:.2f}")
            if full:
                f = statistics.median(full)
                print(f"ffmpeg decode to null: {f:.3f} s; ratio ours/decode {m / f:.3f}")
    finally:
        if not kept:
            shutil.rmtree(folder, ignore_errors=True)
