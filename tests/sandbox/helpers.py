"""Shared helpers for the sandbox tests: a small bearer-token client, real generated media, and a
sandbox in its own process with its memory sampled (the upload test and bench_sandbox_upload)."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import psutil
import soundfile
from PIL import Image

from app.sandbox.refdata import DEMO_EMAIL, DEMO_PASSWORD
from app.sandbox.runner import RunningSandbox

JSONAPI = "application/vnd.api+json"


def token_for(sb: RunningSandbox) -> str:
    if sb.dialect == "labelcamp":
        response = httpx.post(
            f"{sb.base_url}/oauth/token",
            data={"grant_type": "password", "username": sb.email, "password": sb.password},
        )
    else:
        response = httpx.post(
            f"{sb.base_url}/oauth/token",
            json={"grant_type": "password", "email": sb.email, "password": sb.password},
        )
    response.raise_for_status()
    return str(response.json()["access_token"])


class Api:
    """Talks to a running sandbox over real HTTP with a token from its own /oauth/token."""

    def __init__(self, sb: RunningSandbox) -> None:
        self.sb = sb
        self.client = httpx.Client(
            base_url=sb.api_url,
            timeout=60,
            headers={"Authorization": f"Bearer {token_for(sb)}", "Content-Type": JSONAPI, "Accept": JSONAPI},
        )

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.client.get(path, params=params or None)

    def post(self, path: str, body: Any) -> httpx.Response:
        return self.client.post(path, json=body)

    def patch(self, path: str, body: Any) -> httpx.Response:
        return self.client.patch(path, json=body)

    def delete(self, path: str) -> httpx.Response:
        return self.client.delete(path)

    def create(
        self,
        rtype: str,
        attributes: dict[str, Any] | None = None,
        relationships: dict[str, Any] | None = None,
        *,
        expect: int = 201,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"data": {"type": rtype, "attributes": attributes or {}}}
        if relationships:
            body["data"]["relationships"] = relationships
        response = self.post(f"/{rtype}", body)
        assert response.status_code == expect, response.text
        return dict(response.json())

    def update(
        self,
        rtype: str,
        rid: str,
        attributes: dict[str, Any] | None = None,
        relationships: dict[str, Any] | None = None,
        *,
        expect: int = 200,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"data": {"type": rtype, "id": rid, "attributes": attributes or {}}}
        if relationships:
            body["data"]["relationships"] = relationships
        response = self.patch(f"/{rtype}/{rid}", body)
        assert response.status_code == expect, response.text
        return dict(response.json())


def one(rtype: str, rid: Any) -> dict[str, Any]:
    return {"data": {"type": rtype, "id": str(rid)}}


def many(rtype: str, *ids: Any) -> dict[str, Any]:
    return {"data": [{"type": rtype, "id": str(i)} for i in ids]}


def pointers(response: httpx.Response) -> list[str]:
    return [e.get("source", {}).get("pointer") for e in response.json()["errors"]]


def tone(seconds: float = 0.5, rate: int = 44100, channels: int = 2) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    rng = np.random.default_rng(7)
    wave = 0.3 * np.sin(2 * np.pi * 440 * t) + 0.02 * rng.standard_normal(t.size)
    return np.stack([wave] * channels, axis=1) if channels > 1 else wave


def audio_bytes(
    fmt: str = "FLAC", *, subtype: str = "PCM_16", seconds: float = 0.5, rate: int = 44100, channels: int = 2
) -> bytes:
    buffer = io.BytesIO()
    soundfile.write(buffer, tone(seconds, rate, channels), rate, format=fmt, subtype=subtype)
    return buffer.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def jpeg_bytes(size: int = 64, color: tuple[int, int, int] = (200, 30, 60), fmt: str = "JPEG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (size, size), color).save(buffer, fmt)
    return buffer.getvalue()


def cover_data_url(fmt: str = "JPEG") -> str:
    mime = "image/jpeg" if fmt == "JPEG" else "image/png"
    return f"data:{mime};base64,{b64(jpeg_bytes(fmt=fmt))}"


def new_label(api: Api, name: str = "Label name") -> str:
    doc = api.create("labels", {"name": name}, {"company": one("companies", 1)})
    return str(doc["data"]["id"])


PRODUCT_ATTRS = {
    "name": "Product title",
    "copyright-line": "Records Music",
    "production-line": "2023 Records Music",
    "production-year": 2023,
    "status": "draft",
    "artist": ["Artist name"],
}


def new_product(
    api: Api, label_id: str, upc: str = "8088111222333", *, cover: bool = True, **attrs: Any
) -> str:
    attributes = {**PRODUCT_ATTRS, "upc-code": upc, **attrs}
    if cover:
        attributes["front-cover"] = cover_data_url()
    doc = api.create(
        "products",
        attributes,
        {
            "label": one("labels", label_id),
            "language": one("languages", 5),
            "product-type": one("product-types", 1),
        },
    )
    return str(doc["data"]["id"])


def new_track(api: Api, product_id: str, number: int = 1, **attrs: Any) -> str:
    doc = api.create(
        "tracks",
        {"title": f"Track {number}", "track-number": number, "artist": ["Artist name"], **attrs},
        {"product": one("products", product_id)},
    )
    return str(doc["data"]["id"])


def new_record(api: Api, track_id: str, data: bytes | None = None) -> dict[str, Any]:
    return api.create(
        "records", {"new-file": b64(data or audio_bytes())}, {"creator": one("tracks", track_id)}
    )


def default_offer_id(api: Api, product_id: str) -> str:
    found = api.get("/offers", **{"filter[product-id]": product_id, "filter[is-default]": "true"}).json()[
        "data"
    ]
    assert len(found) == 1
    return str(found[0]["id"])


def activate_default_offer(api: Api, product_id: str) -> str:
    offer = default_offer_id(api, product_id)
    api.update(
        "offers",
        offer,
        {"release-date": "2023-10-01", "status": "active"},
        {"subgenre": one("distributor-product-subgenres", 1)},
    )
    return offer


def ready_product(
    api: Api,
    *,
    upc: str = "8088111222333",
    tracks: int = 1,
    dsps: tuple[int, ...] = (1, 2, 23),
    activate: bool = True,
) -> str:
    """A complete product: label, cover, tracks with records, active default offer, a WW right."""
    label = new_label(api, f"Label {upc}")
    product = new_product(api, label, upc)
    for number in range(1, tracks + 1):
        new_record(api, new_track(api, product, number))
    activate_default_offer(api, product)
    api.create(
        "rights",
        {"action": "add"},
        {
            "distributed": one("products", product),
            "dsps": many("dsps", *dsps),
            "continents": many("continents", 1),
        },
    )
    if activate:
        api.update("products", product, {"status": "active"})
    return product


# --- a sandbox in its own process, and big uploads -------------------------------------------------

_SERVER = """
import sys
from pathlib import Path
from app.sandbox.runner import start_sandbox
sb = start_sandbox(data_dir=Path(sys.argv[1]))
print(sb.base_url, flush=True)
sys.stdin.read()
sb.stop()
"""
UPLOAD_CHUNK = 3 * 256 * 1024  # bytes of file per base64 block (a multiple of 3: no padding inside)


@dataclass
class SandboxProcess:
    """A limbo sandbox served by a child process, so its memory is its own; ``Api`` and ``token_for``
    take it like a RunningSandbox."""

    process: subprocess.Popen[str]
    base_url: str
    dialect: str = "limbo"
    email: str = DEMO_EMAIL
    password: str = DEMO_PASSWORD

    @property
    def api_url(self) -> str:
        return self.base_url + ("/api/v1" if self.dialect == "limbo" else "/api/v2")


@contextmanager
def sandbox_process(data_dir: Path) -> Iterator[SandboxProcess]:
    """Start a sandbox keeping its store in ``data_dir`` in a child process; stopped on leaving."""
    process = subprocess.Popen(
        [sys.executable, "-c", _SERVER, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        base_url = process.stdout.readline().strip() if process.stdout else ""
        yield SandboxProcess(process, base_url)
    finally:
        process.communicate("", timeout=30)


class PeakRss:
    """A process's resident memory: ``baseline`` when made, ``peak`` sampled every 20 ms while the
    ``with`` block runs."""

    def __init__(self, pid: int) -> None:
        self._process = psutil.Process(pid)
        self.baseline = self.peak = self._process.memory_info().rss
        self._done = threading.Event()
        self._sampler = threading.Thread(target=self._sample)

    def _sample(self) -> None:
        while not self._done.is_set():
            self.peak = max(self.peak, self._process.memory_info().rss)
            time.sleep(0.02)

    @property
    def growth(self) -> int:
        return self.peak - self.baseline

    def __enter__(self) -> PeakRss:
        self._sampler.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._sampler.join()


def write_big_wav(path: Path, megabytes: int) -> None:
    """A 16-bit stereo 44.1 kHz WAV of about ``megabytes`` MB of noise, written block by block."""
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
    """The JSON:API body of a record upload for ``track``, its ``new-file`` streamed from ``path``;
    ``pause`` holds the stream after four blocks until it is set (at most 10 s)."""
    yield b'{"data": {"type": "records", "attributes": {"new-file": "'
    with path.open("rb") as handle:
        sent = 0
        while block := handle.read(UPLOAD_CHUNK):
            yield base64.b64encode(block)
            sent += 1
            if pause is not None and sent == 4:
                pause.wait(10)
    yield (
        b'"}, "relationships": {"creator": {"data": {"type": "tracks", "id": "' + track.encode() + b'"}}}}}'
    )


_CONFIGURED_SERVER = """
import json, sys
from pathlib import Path
from app.sandbox.runner import start_sandbox
options = json.loads(sys.argv[2])
sb = start_sandbox(data_dir=Path(sys.argv[1]), **options)
print(sb.base_url, flush=True)
sys.stdin.read()
sb.stop()
"""


@contextmanager
def configured_sandbox_process(data_dir: Path, **options: Any) -> Iterator[SandboxProcess]:
    """Like :func:`sandbox_process`, with ``start_sandbox`` keyword options (JSON-serialisable: demo,
    dialect, tcp_nodelay...), for benchmarks whose client load must not share the server's GIL."""
    process = subprocess.Popen(
        [sys.executable, "-c", _CONFIGURED_SERVER, str(data_dir), json.dumps(options)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        base_url = process.stdout.readline().strip() if process.stdout else ""
        yield SandboxProcess(process, base_url, dialect=str(options.get("dialect", "limbo")))
    finally:
        process.communicate("", timeout=30)
