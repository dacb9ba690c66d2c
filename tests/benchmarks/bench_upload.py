"""Upload of a 500 MB record to the sandbox: the client's peak RSS and its time against curl.

The figures: client peak RSS <= 150 MB, time within 1.5x of ``curl --data-binary
@prepared_body.json`` posting the very same JSON body to the same sandbox in the same run.

The client runs in its own process (``python -c``) so its peak RSS (``getrusage``) is the client's
alone, not the sandbox's. The sandbox runs in this process. ``RELEASEDESK_BENCH_UPLOAD_MB`` overrides
the size (e.g. 50 for a quick look).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RSS_LIMIT_MB = 150.0
RATIO_LIMIT = 1.5

CLIENT_SCRIPT = r"""
import json, resource, sys, time
from pathlib import Path
from app.api.client import ApiClient
from app.platform.profiles import Profile
from app.platform.secrets import MemorySecretStore

base_url, email, password, track_id, path = sys.argv[1:6]
client = ApiClient(Profile("bench", base_url, "limbo", email), MemorySecretStore(), timeout=60.0)
client.login(password)
rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.perf_counter()
record = client.upload_record(track_id, Path(path))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_rss_mb": peak, "rss_before_mb": rss_before,
                  "record_id": record.id, "md5": record.md5}))
"""


def write_wav(path: Path, size_mb: int) -> None:
    """A real 48 kHz / 24-bit stereo WAV of about ``size_mb`` MB of noise, written block by block."""
    import numpy as np
    import soundfile as sf

    rate, frame_bytes = 48_000, 6
    frames = size_mb * 1024 * 1024 // frame_bytes
    rng = np.random.default_rng(3)
    block = 0.1 * rng.standard_normal((rate * 10, 2)).astype("float32")
    with sf.SoundFile(str(path), "w", samplerate=rate, channels=2, subtype="PCM_24", format="WAV") as fh:
        left = frames
        while left > 0:
            n = min(left, len(block))
            fh.write(block[:n])
            left -= n


def prepare_body(client_doc_prefix: bytes, suffix: bytes, audio: Path, out: Path) -> None:
    """The exact body the client streams, written to disk for curl."""
    import base64

    with open(out, "wb") as dst, open(audio, "rb") as src:
        dst.write(client_doc_prefix)
        while chunk := src.read(3 * 1024 * 1024):
            dst.write(base64.b64encode(chunk))
        dst.write(suffix)


def run_curl(url: str, token: str, body: Path) -> tuple[float, str]:
    # The token goes to curl through its config on stdin: never on a command line or in a file.
    config = (f'header = "Authorization: Bearer {token}"\n'
              'header = "Content-Type: application/vnd.api+json"\n'
              'header = "Accept: application/vnd.api+json"\n')
    start = time.perf_counter()
    done = subprocess.run(["curl", "-sS", "-K", "-", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST",
                           "--data-binary", f"@{body}", url],
                          input=config, capture_output=True, text=True, timeout=3600)
    return time.perf_counter() - start, done.stdout.strip() or done.stderr.strip()


def main() -> None:
    from app.api.client import ApiClient
    from app.domain.resources import Label, Product, Track
    from app.platform.profiles import Profile
    from app.platform.secrets import MemorySecretStore
    from app.sandbox.runner import start_sandbox

    size_mb = int(os.environ.get("RELEASEDESK_BENCH_UPLOAD_MB", "500"))
    work = Path(tempfile.mkdtemp(prefix="bench-upload-"))
    sb = start_sandbox(data_dir=work / "sandbox", dialect="limbo")
    try:
        store = MemorySecretStore()
        client = ApiClient(Profile("bench", sb.base_url, "limbo", sb.email), store, timeout=60.0)
        client.login(sb.password)
        label = client.create(Label(name="Bench", company_id="1"))
        product = client.create(Product(
            name="Bench", upc_code="8088111222333", copyright_line="Bench", production_line="Bench",
            production_year=2024, status="draft", artist=["Bench"], label_id=label.id, language_id="5"))
        tracks = [client.create(Track(title=f"T{i}", track_number=i, volume_number=1,
                                      isrc_code=f"ESA1123145{i:02d}", artist=["Bench"],
                                      product_id=product.id, audio_language_id="5"))
                  for i in (1, 2)]

        audio = work / "master.wav"
        t0 = time.perf_counter()
        write_wav(audio, size_mb)
        print(f"made a {audio.stat().st_size / 1e6:.0f} MB WAV in {time.perf_counter() - t0:.1f} s",
              flush=True)

        # The same document the client builds (see ApiClient.upload_record), for curl's copy.
        from app.api import jsonapi
        from app.domain.resources import Record

        doc = jsonapi.encode(Record(track_id=str(tracks[0].id), filename=audio.name), None, "limbo")
        doc["data"].setdefault("attributes", {})["new-file"] = "@@FILE@@"
        head, tail = json.dumps(doc, separators=(",", ":")).split('"@@FILE@@"')
        body = work / "prepared_body.json"
        prepare_body((head + '"').encode(), ('"' + tail).encode(), audio, body)
        token = client.token.get()
        assert token is not None

        # curl runs before and after the client (two more records on the first track) and the
        # faster run is the reference, so a busy machine does not flatter the client.
        curl_seconds, curl_status = run_curl(f"{sb.api_url}/records", token, body)
        curl_runs = [curl_seconds]
        megabytes = body.stat().st_size / 1e6
        print(f"curl #1: {curl_seconds:7.2f} s  (HTTP {curl_status}, {megabytes:.0f} MB body)", flush=True)

        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", CLIENT_SCRIPT, sb.base_url, sb.email, sb.password,
                               str(tracks[1].id), str(audio)], capture_output=True, text=True, env=env,
                              cwd=ROOT, timeout=3600)
        if done.returncode != 0:
            print(f"client failed: {done.stderr.strip().splitlines()[-1:]}")
            return
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"client:  {result['seconds']:7.2f} s  peak RSS {result['peak_rss_mb']:.0f} MB "
              f"(before upload {result['rss_before_mb']:.0f} MB)", flush=True)
        curl_seconds, curl_status = run_curl(f"{sb.api_url}/records", token, body)
        curl_runs.append(curl_seconds)
        print(f"curl #2: {curl_seconds:7.2f} s  (HTTP {curl_status})", flush=True)
        body.unlink()
        reference = min(curl_runs)
        ratio = result["seconds"] / reference
        print(f"time ratio client/curl(best of {len(curl_runs)}): {ratio:.2f} (goal <= {RATIO_LIMIT}) -> "
              f"{'OK' if ratio <= RATIO_LIMIT else 'SLOWER THAN GOAL'}")
        print(f"client peak RSS: {result['peak_rss_mb']:.0f} MB (goal <= {RSS_LIMIT_MB:.0f}) -> "
              f"{'OK' if result['peak_rss_mb'] <= RSS_LIMIT_MB else 'OVER GOAL'}")
        client.close()
    finally:
        sb.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
