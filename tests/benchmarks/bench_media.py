"""Full media QC of 24 one-minute 24-bit/48 kHz stereo FLACs vs the reference decoder's ``flac -t``.

Both run on the same files in the same run. ``flac -t`` decodes and verifies the MD5, one file after
the other, as the reference tool does; ours (``check_paths(full=True)``) decodes (through libFLAC when
installed, which verifies the MD5 in C), and measures loudness, true peak, clipping and silence, on every
core. Wall time is the goal's measure; CPU time is printed too because this machine is shared. Our run
happens in a fresh process so its peak RSS (largest worker) is measured cleanly; a single long file shows
memory doesn't grow with length.

The corpus is generated once into the temp folder (music-like: tones, envelope, broadband noise) and
reused by later runs.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FILES = 24
SECONDS = 60.0
RATE = 48000
LONG_SECONDS = 600.0
RUNS = 3

_CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
from app.media.check import check_paths
paths = [Path(p) for p in sys.argv[2:]]
jobs = int(sys.argv[1])
before = os.times()
start = time.perf_counter()
reports = check_paths(paths, jobs=jobs, full=True)
elapsed = time.perf_counter() - start
after = os.times()
fields = ("user", "system", "children_user", "children_system")
cpu = sum(getattr(after, k) - getattr(before, k) for k in fields)
self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
bad = [str(r.path) for r in reports if r.problems and r.codes() != ["audio.duration"]]
print(json.dumps({"elapsed": elapsed, "cpu": cpu, "self_kb": self_kb, "children_kb": children_kb, "bad": bad,
                  "lufs": [r.properties.get("lufs") for r in reports]}))
"""


def _corpus_dir() -> Path:
    folder = Path(tempfile.gettempdir()) / f"releasedesk-bench-media-{FILES}x{int(SECONDS)}s-{RATE}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _write(path: Path, seconds: float, seed: int) -> None:
    import numpy as np
    import soundfile as sf

    from tests.fixtures.media import music

    if path.exists():
        return
    tmp = path.with_suffix(".part")
    with sf.SoundFile(str(tmp), "w", RATE, 2, subtype="PCM_24", format="FLAC") as out:
        chunk = 30.0
        done = 0.0
        while done < seconds:
            part = min(chunk, seconds - done)
            samples = music(part, RATE, 2, level=0.5, seed=seed * 1000 + int(done))
            out.write((np.round(samples * 8388607) * 256).astype(np.int32))
            done += part
    tmp.rename(path)


def _corpus() -> tuple[list[Path], Path]:
    folder = _corpus_dir()
    files = [folder / f"master-{i:02d}.flac" for i in range(FILES)]
    for i, path in enumerate(files):
        _write(path, SECONDS, i + 1)
    long_file = folder / f"long-{int(LONG_SECONDS)}s.flac"
    _write(long_file, LONG_SECONDS, 99)
    return files, long_file


def _flac_t(files: list[Path]) -> tuple[float, float]:
    """(wall, CPU) seconds of the reference decoder's integrity test over ``files``."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(["flac", "-t", "-s", *map(str, files)], check=True)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu


def _ours(files: list[Path], jobs: int) -> dict[str, object]:
    root = Path(__file__).resolve().parents[2]
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(jobs), *map(str, files)],
        check=True, capture_output=True, text=True, cwd=root,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - start
    return result


def main() -> None:
    if shutil.which("flac") is None:
        print("flac is not installed (Debian package 'flac'): no reference to compare against")
        return
    jobs = min(2, os.cpu_count() or 1)
    print(f"corpus: {FILES} x {SECONDS:.0f} s 24-bit/{RATE // 1000} kHz stereo FLAC in {_corpus_dir()}",
          flush=True)
    files, long_file = _corpus()
    total_mb = sum(f.stat().st_size for f in files) / 1e6
    print(f"corpus ready: {total_mb:.0f} MB", flush=True)

    flac_times, flac_cpus, our_times, our_walls, our_cpus = [], [], [], [], []
    last: dict[str, object] = {}
    for _ in range(RUNS):
        wall_ref, cpu_ref = _flac_t(files)
        flac_times.append(wall_ref)
        flac_cpus.append(cpu_ref)
        last = _ours(files, jobs)
        our_times.append(float(last["elapsed"]))  # type: ignore[arg-type]
        our_walls.append(float(last["wall"]))  # type: ignore[arg-type]
        our_cpus.append(float(last["cpu"]))  # type: ignore[arg-type]
    if last.get("bad"):
        print(f"unexpected problems in: {last['bad']}")
    ref = statistics.median(flac_times)
    ours = statistics.median(our_times)
    wall = statistics.median(our_walls)
    print(f"flac -t (sequential, reference):        {ref:6.2f} s  (median of {RUNS})")
    print(f"check_paths(full=True, jobs={jobs}):          {ours:6.2f} s  "
          f"(+ interpreter start: {wall:.2f} s wall)")
    print(f"ratio ours / flac -t:                   {ours / ref:6.2f}  (wall: {wall / ref:.2f}; goal <= 1.0)")
    ref_cpu, our_cpu = statistics.median(flac_cpus), statistics.median(our_cpus)
    print(f"CPU time: flac -t {ref_cpu:.2f} s, ours {our_cpu:.2f} s (ratio {our_cpu / ref_cpu:.2f}; per file "
          f"{ref_cpu / FILES * 1000:.0f} ms vs {our_cpu / FILES * 1000:.0f} ms — we also measure loudness, "
          "true peak, clipping, silence)")
    load = os.getloadavg()[0]
    print(f"load average during the run: {load:.1f} on {os.cpu_count()} cores (wall ratios suffer when the "
          "machine is shared)")
    worker_mb = int(last["children_kb"]) / 1024  # type: ignore[call-overload]
    parent_mb = int(last["self_kb"]) / 1024  # type: ignore[call-overload]
    print(f"peak RSS: parent {parent_mb:.0f} MB, largest worker {worker_mb:.0f} MB")

    one = _ours(files[:1], 1)
    longer = _ours([long_file], 1)
    print(f"peak RSS, one file in-process: {SECONDS:.0f} s file {int(one['self_kb']) / 1024:.0f} MB, "  # type: ignore[call-overload]
          f"{LONG_SECONDS:.0f} s file {int(longer['self_kb']) / 1024:.0f} MB "  # type: ignore[call-overload]
          f"(memory bounded by block size, not length)")
