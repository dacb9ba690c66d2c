"""The sandbox receiving a big record upload: its time and peak RSS against the bare work it must do.

The sandbox runs in its own process so its RSS is measured alone (psutil, sampled every 20 ms). The
reference, measured in the same run on the same body, is the floor of what any server must do with it:
base64-decode the body to a file and hash it, in one process with no HTTP. The ratio says what HTTP,
the streaming JSON parser and the audio checks cost on top. ``RELEASEDESK_BENCH_SANDBOX_MB`` sets the
master's size (default 256 MB of WAV, a ~340 MB JSON body).
"""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import psutil
import soundfile

ROOT = Path(__file__).resolve().parents[2]
CHUNK = 3 * 256 * 1024

SERVER = """
import sys
from pathlib import Path
from app.sandbox.runner import start_sandbox
sb = start_sandbox(data_dir=Path(sys.argv[1]))
print(sb.base_url, flush=True)
sys.stdin.read()
sb.stop()
"""


def write_master(path: Path, megabytes: int) -> None:
    frames = megabytes * 1024 * 1024 // 4
    rng = np.random.default_rng(5)
    block = (rng.standard_normal((1 << 18, 2)) * 3000).astype(np.int16)
    with soundfile.SoundFile(str(path), "w", 44100, 2, "PCM_16", format="WAV") as sound:
        written = 0
        while written < frames:
            n = min(block.shape[0], frames - written)
            sound.write(block[:n])
            written += n


def write_body(master: Path, body: Path, track_id: str) -> None:
    with body.open("wb") as out, master.open("rb") as handle:
        out.write(b'{"data": {"type": "records", "attributes": {"new-file": "')
        while block := handle.read(CHUNK):
            out.write(base64.b64encode(block))
        out.write(
            b'"}, "relationships": {"creator": {"data": {"type": "tracks", "id": "'
            + track_id.encode()
            + b'"}}}}}'
        )


def body_chunks(body: Path) -> Iterator[bytes]:
    with body.open("rb") as handle:
        while block := handle.read(1024 * 1024):
            yield block


def floor_seconds(body: Path, out: Path) -> float:
    """Decode the base64 value to a file and md5 it: the least a server can do with this body."""
    start = time.perf_counter()
    digest = hashlib.md5()
    with body.open("rb") as handle, out.open("wb") as target:
        head = handle.read(64)
        pending = head[head.index(b'"new-file": "') + 13 :]
        while True:
            block = handle.read(1024 * 1024)
            data = pending + block
            end = data.find(b'"')
            if end != -1:
                data = data[:end]
            usable = len(data) - len(data) % 4
            decoded = base64.b64decode(data[:usable])
            target.write(decoded)
            digest.update(decoded)
            pending = data[usable:]
            if end != -1 or not block:
                break
    return time.perf_counter() - start


def main() -> None:
    megabytes = int(os.environ.get("RELEASEDESK_BENCH_SANDBOX_MB", "256"))
    with tempfile.TemporaryDirectory(prefix="bench-sandbox-") as folder:
        work = Path(folder)
        master = work / "master.wav"
        write_master(master, megabytes)
        server = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(work / "data")],
            cwd=ROOT,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        try:
            base_url = server.stdout.readline().strip() if server.stdout else ""
            token = httpx.post(
                f"{base_url}/oauth/token",
                json={"grant_type": "password", "email": "demo@example.com", "password": "demo"},
            ).json()["access_token"]
            api = httpx.Client(
                base_url=base_url + "/api/v1",
                timeout=600,
                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/vnd.api+json"},
            )
            label = api.post(
                "/labels",
                json={
                    "data": {
                        "type": "labels",
                        "attributes": {"name": "Bench"},
                        "relationships": {"company": {"data": {"type": "companies", "id": "1"}}},
                    }
                },
            )
            product = api.post(
                "/products",
                json={
                    "data": {
                        "type": "products",
                        "attributes": {
                            "name": "Bench",
                            "upc-code": "1234567890128",
                            "copyright-line": "B",
                            "production-line": "B",
                            "production-year": 2024,
                            "status": "draft",
                            "artist": ["B"],
                        },
                        "relationships": {
                            "label": {"data": {"type": "labels", "id": label.json()["data"]["id"]}},
                            "language": {"data": {"type": "languages", "id": "4"}},
                        },
                    }
                },
            )
            track = api.post(
                "/tracks",
                json={
                    "data": {
                        "type": "tracks",
                        "attributes": {"title": "B"},
                        "relationships": {
                            "product": {"data": {"type": "products", "id": product.json()["data"]["id"]}}
                        },
                    }
                },
            )
            track_id = track.json()["data"]["id"]
            body = work / "body.json"
            write_body(master, body, track_id)
            reference = floor_seconds(body, work / "floor.bin")

            process = psutil.Process(server.pid)
            baseline = process.memory_info().rss
            peak = [baseline]
            done = threading.Event()

            def sample() -> None:
                while not done.is_set():
                    peak[0] = max(peak[0], process.memory_info().rss)
                    time.sleep(0.02)

            sampler = threading.Thread(target=sample)
            sampler.start()
            start = time.perf_counter()
            response = api.post("/records", content=body_chunks(body))
            seconds = time.perf_counter() - start
            done.set()
            sampler.join()
            assert response.status_code == 201, response.text[:300]
            assert (
                response.json()["data"]["attributes"]["md5"] == hashlib.md5(master.read_bytes()).hexdigest()
            )
        finally:
            if server.stdin:
                server.communicate("", timeout=30)
        body_mb = body.stat().st_size / 2**20
        growth_mb = (peak[0] - baseline) / 2**20
        print(f"master {megabytes} MB, JSON body {body_mb:.0f} MB")
        print(f"sandbox upload: {seconds:.2f} s ({body_mb / seconds:.0f} MB/s)")
        print(f"reference (decode + md5 to disk, no HTTP): {reference:.2f} s")
        print(f"ratio upload / reference: {seconds / reference:.2f}")
        print(
            f"sandbox RSS: baseline {baseline / 2**20:.0f} MB, peak growth {growth_mb:.1f} MB "
            f"({growth_mb / body_mb:.3f} of the body)"
        )


if __name__ == "__main__":
    main()
