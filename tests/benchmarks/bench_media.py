"""``releasedesk check`` on 24 one-minute 24-bit/48 kHz stereo FLACs vs the reference decoder's ``flac -t``.

Both run on the same files in the same run, alternately, several times (this machine is shared: the
ratio of medians measured side by side is the figure, not either time alone). ``flac -t`` decodes and
verifies the MD5, one file after the other, as the reference tool does; ours is the real command line
(``python -m app check --json``: interpreter start, imports, worker processes, report) that decodes
through libFLAC when installed (which verifies the MD5 in C) and measures loudness, true peak,
clipping and silence, on every core. CPU time is printed too.

Memory: peak RSS checking one file, in a fresh process (VmHWM, the process's own high-water mark): a
60 s and a 600 s stereo FLAC (memory does not grow with length) and a ~1 GB 256-channel 24-bit WAV
generated in the temp folder and deleted afterwards (nor with the channel count; goal: <= 300 MB).

The picture of a master (waveform, short-term loudness, clipping, silence) and its fingerprint are made
in the same pass as QC: a 10-minute 24-bit/96 kHz stereo FLAC is checked with them and without them
(``inspect_audio(picture=False)``), alternately in this process, and the CPU times compared (goal: nothing
measurable, i.e. within the run-to-run spread).

The FLAC corpus is generated once into the temp folder (music-like: tones, envelope, broadband noise)
and reused by later runs.
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

from tests.benchmarks._installed import installed_env

FILES = 24
SECONDS = 60.0
RATE = 48000
LONG_SECONDS = 600.0
RUNS = 5  # rounds of flac -t then ours: the ratio is the median of five
PICTURE_RUNS = 3

# One file checked in this fresh process; prints its own peak RSS (VmHWM: getrusage's maxrss would
# include the benchmark process's, inherited across fork and exec).
_ONE = r"""
import json, re, sys
from pathlib import Path
from app.media.check import inspect_file
report = inspect_file(Path(sys.argv[1]))
status = Path("/proc/self/status").read_text()
peak_kb = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1))
print(json.dumps({"peak_mb": peak_kb / 1024, "codes": report.codes(),
                  "frames": report.properties.get("frames_decoded")}))
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


def _ours(files: list[Path], env: dict[str, str]) -> tuple[float, float, dict[str, object]]:
    """(wall, CPU incl. worker processes, JSON summary) of ``releasedesk check --json`` over ``files``."""
    root = Path(__file__).resolve().parents[2]
    before = os.times()
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "app", "check", "--json", *map(str, files)],
                         capture_output=True, text=True, cwd=root, env=env)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    if out.returncode not in (0, 1):
        raise SystemExit(f"releasedesk check failed ({out.returncode}): {out.stderr}")
    document = json.loads(out.stdout)
    return wall, cpu, document


def _peak_one(path: Path) -> dict[str, object]:
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", _ONE, str(path)], check=True, capture_output=True, text=True,
                         cwd=root)
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _wide_wav(folder: Path, channels: int = 256, target_bytes: int = 1 << 30) -> Path:
    """A ~1 GB 24-bit/48 kHz WAV of ``channels`` channels of noise, written block by block."""
    import struct

    import numpy as np

    rate, width = 48000, 3
    frames = target_bytes // (channels * width)
    data_bytes = frames * channels * width
    path = folder / f"wide-{channels}ch.wav"
    fmt = struct.pack("<HHIIHH", 1, channels, rate, rate * channels * width, channels * width, 24)
    rng = np.random.default_rng(1)
    with open(path, "wb") as fh:
        fh.write(b"RIFF" + struct.pack("<I", 4 + 8 + len(fmt) + 8 + data_bytes) + b"WAVE")
        fh.write(b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", data_bytes))
        block = 8192
        noise = (rng.standard_normal((block, channels)) * 200_000).astype("<i4")
        packed = noise.view(np.uint8).reshape(block, channels, 4)[:, :, :3].tobytes()
        written = 0
        while written < frames:
            n = min(block, frames - written)
            fh.write(packed[: n * channels * width])
            written += n
    return path


def _picture_cost(folder: Path) -> None:
    """CPU time of the full QC of a 10-minute 24/96 master with and without its picture, same run."""
    import resource

    from app.media.audio import inspect_audio

    path = folder / "picture-600s-96k.flac"
    if not path.exists():
        import numpy as np
        import soundfile as sf

        from tests.fixtures.media import music

        tmp = path.with_suffix(".part")
        with sf.SoundFile(str(tmp), "w", 96000, 2, subtype="PCM_24", format="FLAC") as out:
            for i in range(20):
                out.write((np.round(music(30.0, 96000, 2, level=0.5, seed=500 + i) * 8388607) * 256)
                          .astype(np.int32))
        tmp.rename(path)

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    inspect_audio(path, picture=True)  # warm: libraries loaded, file in the page cache
    with_picture: list[float] = []
    without: list[float] = []
    for _ in range(PICTURE_RUNS):
        for wanted, into in ((False, without), (True, with_picture)):
            start = cpu()
            report = inspect_audio(path, picture=wanted)
            into.append(cpu() - start)
            assert (report.picture is not None) is wanted
    a, b = statistics.median(without), statistics.median(with_picture)
    spread = (max(without) - min(without)) / a
    print(f"10-minute 24/96 master, CPU of the full QC: without picture {a:.2f} s, with picture and "
          f"fingerprint {b:.2f} s (rounds: {', '.join(f'{x:.2f}' for x in without)} / "
          f"{', '.join(f'{x:.2f}' for x in with_picture)}); ratio {b / a:.3f}, run-to-run spread "
          f"{spread * 100:.1f} %")


def main() -> None:
    if shutil.which("flac") is None:
        print("flac is not installed (Debian package 'flac'): no reference to compare against")
        return
    print(f"corpus: {FILES} x {SECONDS:.0f} s 24-bit/{RATE // 1000} kHz stereo FLAC in {_corpus_dir()}",
          flush=True)
    files, long_file = _corpus()
    total_mb = sum(f.stat().st_size for f in files) / 1e6
    print(f"corpus ready: {total_mb:.0f} MB", flush=True)

    cache = tempfile.TemporaryDirectory(prefix="releasedesk-bench-pycache-")
    env = installed_env(Path(cache.name))
    _ours(files[:2], env)  # fills the bytecode cache, as installing would
    load_before = os.getloadavg()[0]
    flac_walls, flac_cpus, our_walls, our_cpus, loads = [], [], [], [], []
    document: dict[str, object] = {}
    for _ in range(RUNS):
        wall_ref, cpu_ref = _flac_t(files)
        wall, cpu, document = _ours(files, env)
        flac_walls.append(wall_ref)
        flac_cpus.append(cpu_ref)
        our_walls.append(wall)
        our_cpus.append(cpu)
        loads.append(os.getloadavg()[0])
    reports = document["files"]  # type: ignore[index]
    bad = [f["path"] for f in reports if [p["code"] for p in f["problems"]] not in ([], ["audio.duration"])]
    if bad:
        print(f"unexpected problems in: {bad}")
    ref, ours = statistics.median(flac_walls), statistics.median(our_walls)
    print(f"flac -t (sequential, reference):   {ref:6.2f} s wall  (median of {RUNS}: "
          f"{', '.join(f'{w:.2f}' for w in flac_walls)})")
    print(f"releasedesk check --json (2 cores): {ours:6.2f} s wall  (median of {RUNS}: "
          f"{', '.join(f'{w:.2f}' for w in our_walls)})")
    pairs = ", ".join(f"{o / r:.2f}" for o, r in zip(our_walls, flac_walls, strict=True))
    print(f"ratio ours / flac -t:              {ours / ref:6.2f}  (goal <= 1.0; round by round: {pairs})")
    ref_cpu, our_cpu = statistics.median(flac_cpus), statistics.median(our_cpus)
    print(f"CPU time: flac -t {ref_cpu:.2f} s, ours {our_cpu:.2f} s (ratio {our_cpu / ref_cpu:.2f}; per file "
          f"{ref_cpu / FILES * 1000:.0f} ms vs {our_cpu / FILES * 1000:.0f} ms — we also measure loudness, "
          "true peak, clipping, silence; wall <= 1.0 needs CPU <= ~2.0 on two idle cores)")
    print(f"load average after each round: {', '.join(f'{v:.1f}' for v in loads)} on {os.cpu_count()} cores "
          "(other work on the machine slows the two-process run more than the one-process reference)")

    cache.cleanup()
    print(f"load average before the rounds: {load_before:.2f}")
    _picture_cost(_corpus_dir())
    one, longer = _peak_one(files[0]), _peak_one(long_file)
    print(f"peak RSS checking one file: {SECONDS:.0f} s FLAC {one['peak_mb']:.0f} MB, "
          f"{LONG_SECONDS:.0f} s FLAC {longer['peak_mb']:.0f} MB (bounded by the block size, not the length)")
    with tempfile.TemporaryDirectory(prefix="releasedesk-bench-wide-") as folder:
        wide = _wide_wav(Path(folder))
        size_gb = wide.stat().st_size / 1e9
        started = time.perf_counter()
        result = _peak_one(wide)
        took = time.perf_counter() - started
    peak = float(result["peak_mb"])  # type: ignore[arg-type]
    print(f"peak RSS checking a {size_gb:.2f} GB 256-channel 24-bit WAV: {peak:.0f} MB, ratio to the 300 MB "
          f"goal {peak / 300:.2f} ({took:.0f} s; {result['codes']}, {result['frames']} frames decoded)")
