"""A big record upload is decoded to disk as it streams: the server's memory stays bounded, and other
requests are answered while an upload is still arriving."""

from __future__ import annotations

import hashlib
import threading
import time

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


def test_a_big_upload_is_decoded_to_disk_with_bounded_server_memory(tmp_path):
    wav = tmp_path / "master.wav"
    write_big_wav(wav, 64)
    data_dir = tmp_path / "data"
    with sandbox_process(data_dir) as running:
        assert running.base_url.startswith("http://127.0.0.1:")
        api = Api(running)  # type: ignore[arg-type]
        track = new_track(api, new_product(api, new_label(api)))
        with PeakRss(running.process.pid) as rss:
            response = httpx.post(
                f"{running.api_url}/records",
                content=record_body(wav, track),
                timeout=120,
                headers={
                    "Authorization": f"Bearer {token_for(running)}",  # type: ignore[arg-type]
                    "Content-Type": "application/vnd.api+json",
                },
            )
        assert response.status_code == 201, response.text[:500]
        attributes = response.json()["data"]["attributes"]
        assert attributes["md5"] == hashlib.md5(wav.read_bytes()).hexdigest()
        assert attributes["file-size"] == wav.stat().st_size
        body_size = wav.stat().st_size * 4 / 3
        growth = rss.growth
        print(f"server RSS growth {growth / 2**20:.1f} MB for a {body_size / 2**20:.0f} MB body")
        assert growth < body_size / 3, (
            f"server grew {growth / 2**20:.0f} MB for a {body_size / 2**20:.0f} MB body"
        )
        stored = list((data_dir / "records").iterdir())
        assert [p.stat().st_size for p in stored] == [wav.stat().st_size]
        assert list((data_dir / "tmp").iterdir()) == []


def test_other_requests_are_answered_while_an_upload_is_arriving(sandbox, tmp_path):
    wav = tmp_path / "master.wav"
    write_big_wav(wav, 4)
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
