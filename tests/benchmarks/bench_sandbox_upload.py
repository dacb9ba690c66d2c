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
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from tests.sandbox.helpers import (
    Api,
    PeakRss,
    new_label,
    new_product,
    new_track,
    record_body,
    sandbox_process,
    token_for,
    write_big_wav,
)


def write_body(master: Path, body: Path, track_id: str) -> None:
    """The upload's JSON body on disk, so the reference and the upload read the same bytes."""
    with body.open("wb") as out:
        for chunk in record_body(master, track_id):
            out.write(chunk)


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
        write_big_wav(master, megabytes)
        with sandbox_process(work / "data") as running:
            api = Api(running)  # type: ignore[arg-type]
            track_id = new_track(api, new_product(api, new_label(api, "Bench"), cover=False))
            body = work / "body.json"
            write_body(master, body, track_id)
            reference = floor_seconds(body, work / "floor.bin")

            upload = httpx.Client(
                base_url=running.api_url,
                timeout=600,
                headers={"Authorization": f"Bearer {token_for(running)}",  # type: ignore[arg-type]
                         "Content-Type": "application/vnd.api+json"},
            )
            with PeakRss(running.process.pid) as rss:
                start = time.perf_counter()
                response = upload.post("/records", content=body_chunks(body))
                seconds = time.perf_counter() - start
            assert response.status_code == 201, response.text[:300]
            assert (
                response.json()["data"]["attributes"]["md5"] == hashlib.md5(master.read_bytes()).hexdigest()
            )
        body_mb = body.stat().st_size / 2**20
        growth_mb = rss.growth / 2**20
        print(f"master {megabytes} MB, JSON body {body_mb:.0f} MB")
        print(f"sandbox upload: {seconds:.2f} s ({body_mb / seconds:.0f} MB/s)")
        print(f"reference (decode + md5 to disk, no HTTP): {reference:.2f} s")
        print(f"ratio upload / reference: {seconds / reference:.2f}")
        print(
            f"sandbox RSS: baseline {rss.baseline / 2**20:.0f} MB, peak growth {growth_mb:.1f} MB "
            f"({growth_mb / body_mb:.3f} of the body)"
        )
