"""A big record upload is decoded to disk as it streams: the server's memory stays bounded, and other
requests are answered while an upload is still arriving."""

from __future__ import annotations

import base64
import hashlib
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import psutil
import soundfile

from tests.sandbox.helpers import Api, new_label, new_product, new_track, token_for

SERVER = """
import sys
from pathlib import Path
from app.sandbox.runner import start_sandbox
sb = start_sandbox(data_dir=Path(sys.argv[1]))
print(sb.base_url, flush=True)
sys.stdin.read()
sb.stop()
"""


def big_wav(path: Path, megabytes: int) -> None:
    frames = megabytes * 1024 * 1024 // 4
    rng = np.random.default_rng(3)
    with soundfile.SoundFile(str(path), "w", 44100, 2, "PCM_16", format="WAV") as sound:
        block = (rng.standard_normal((1 << 18, 2)) * 3000).astype(np.int16)
        written = 0
        while written < frames:
            n = min(block.shape[0], frames - written)
            sound.write(block[:n])
            written += n


def record_body(path: Path, track: str, pause: threading.Event | None = None) -> Iterator[bytes]:
    yield b'{"data": {"type": "records", "attributes": {"new-file": "'
    with path.open("rb") as handle:
        sent = 0
        while block := handle.read(3 * 256 * 1024):
            yield base64.b64encode(block)
            sent += 1
            if pause is not None and sent == 4:
                pause.wait(10)
    yield (
        b'"}, "relationships": {"creator": {"data": {"type": "tracks", "id": "' + track.encode() + b'"}}}}}'
    )


def test_a_big_upload_is_decoded_to_disk_with_bounded_server_memory(tmp_path):
    wav = tmp_path / "master.wav"
    big_wav(wav, 64)
    data_dir = tmp_path / "data"
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        base_url = server.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:")
        api_url = base_url + "/api/v1"

        class Running:  # what Api needs from a RunningSandbox
            dialect, email, password = "limbo", "demo@example.com", "demo"

        Running.base_url, Running.api_url = base_url, api_url
        api = Api(Running)  # type: ignore[arg-type]
        track = new_track(api, new_product(api, new_label(api)))
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
        try:
            response = httpx.post(
                f"{api_url}/records",
                content=record_body(wav, track),
                timeout=120,
                headers={
                    "Authorization": f"Bearer {token_for(Running)}",  # type: ignore[arg-type]
                    "Content-Type": "application/vnd.api+json",
                },
            )
        finally:
            done.set()
            sampler.join()
        assert response.status_code == 201, response.text[:500]
        attributes = response.json()["data"]["attributes"]
        assert attributes["md5"] == hashlib.md5(wav.read_bytes()).hexdigest()
        assert attributes["file-size"] == wav.stat().st_size
        body_size = wav.stat().st_size * 4 / 3
        growth = peak[0] - baseline
        print(f"server RSS growth {growth / 2**20:.1f} MB for a {body_size / 2**20:.0f} MB body")
        assert growth < body_size / 3, (
            f"server grew {growth / 2**20:.0f} MB for a {body_size / 2**20:.0f} MB body"
        )
        stored = list((data_dir / "records").iterdir())
        assert [p.stat().st_size for p in stored] == [wav.stat().st_size]
        assert list((data_dir / "tmp").iterdir()) == []
    finally:
        server.communicate("", timeout=20)


def test_other_requests_are_answered_while_an_upload_is_arriving(sandbox, tmp_path):
    wav = tmp_path / "master.wav"
    big_wav(wav, 4)
    api = Api(sandbox)
    track = new_track(api, new_product(api, new_label(api)))
    pause = threading.Event()
    result: list[httpx.Response] = []

    def upload() -> None:
        result.append(
            httpx.post(
                f"{sandbox.api_url}/records",
                content=record_body(wav, track, pause),
                timeout=60,
                headers={
                    "Authorization": api.client.headers["Authorization"],
                    "Content-Type": "application/vnd.api+json",
                },
            )
        )

    uploader = threading.Thread(target=upload)
    uploader.start()
    try:
        time.sleep(0.2)
        assert uploader.is_alive()
        assert api.get("/labels").status_code == 200  # answered while the upload waits half-way
        assert api.get("/records").json()["data"] == []
    finally:
        pause.set()
        uploader.join()
    assert result[0].status_code == 201
    assert len(api.get("/records").json()["data"]) == 1
