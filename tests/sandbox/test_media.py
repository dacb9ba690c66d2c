"""Records and covers: the server learns md5, precision and the file block from the audio itself, refuses
what is not FLAC or WAV, and turns front-cover data URLs into served covers."""

from __future__ import annotations

import base64
import hashlib

import httpx
import pytest

from tests.sandbox.helpers import (
    Api,
    audio_bytes,
    b64,
    cover_data_url,
    jpeg_bytes,
    new_label,
    new_product,
    new_record,
    new_track,
    one,
    pointers,
)


@pytest.fixture
def api(sandbox):
    return Api(sandbox)


@pytest.fixture
def track(api):
    return new_track(api, new_product(api, new_label(api)))


def test_flac_record_gets_md5_precision_and_file_block_from_the_audio(api, track):
    data = audio_bytes("FLAC", subtype="PCM_24", seconds=1.5, rate=48000)
    record = new_record(api, track, data)["data"]["attributes"]
    assert record["md5"] == hashlib.md5(data).hexdigest()
    assert record["precision"] == 24 and record["file-size"] == len(data)
    assert record["new-file"] is None
    block = record["file"]
    assert block["codec"] == "flac" and block["channels"] == 2 and block["sample_rate"] == 48000
    assert block["bits_per_raw_sample"] == 24 and block["duration"] == pytest.approx(1.5, abs=0.001)
    assert block["duration_ts"] == 72000 and block["lossless"] is True
    track_attrs = api.get(f"/tracks/{track}").json()["data"]["attributes"]
    assert track_attrs["audio24bits"] is True and track_attrs["audio16bits"] is False


def test_wav_record_is_accepted_with_a_pcm_codec(api, track):
    data = audio_bytes("WAV", subtype="PCM_16", seconds=0.25, channels=1)
    record = new_record(api, track, data)["data"]["attributes"]
    assert record["precision"] == 16 and record["master-type"] == "cd"
    assert record["file"]["codec"] == "pcm_s16le" and record["file"]["channels"] == 1
    assert api.get(f"/tracks/{track}").json()["data"]["attributes"]["audio16bits"] is True


def test_new_file_must_decode_to_flac_or_wav(api, track, sandbox):
    for payload in (
        b64(b"ID3\x04 definitely an mp3"),
        "ZkxhQwAAACISABIAAAAQACNMC7gDcAABN0su1...",
        "%%%%",
        b64(audio_bytes("FLAC")[:300]),
    ):
        response = api.post(
            "/records",
            {
                "data": {
                    "type": "records",
                    "attributes": {"new-file": payload},
                    "relationships": {"creator": one("tracks", track)},
                }
            },
        )
        assert response.status_code == 422, payload[:20]
        assert pointers(response) == ["/data/attributes/new-file"]
    missing = api.post(
        "/records",
        {"data": {"type": "records", "attributes": {}, "relationships": {"creator": one("tracks", track)}}},
    )
    assert missing.status_code == 422 and pointers(missing) == ["/data/attributes/new-file"]
    assert api.get("/records").json()["data"] == []
    assert list((sandbox.data_dir / "tmp").iterdir()) == []  # refused uploads leave nothing behind
    assert list((sandbox.data_dir / "records").iterdir()) == []


def test_new_file_as_a_data_url_with_escaped_slashes_and_line_breaks_is_decoded(api, track):
    data = audio_bytes("FLAC", seconds=0.3)
    text = base64.encodebytes(data).decode().replace("/", "\\/").replace("\n", "\\n")
    body = (
        '{"data": {"type": "records", "attributes": {"new-file": "data:audio/flac;base64,' + text + '"},'
        f' "relationships": {{"creator": {{"data": {{"type": "tracks", "id": "{track}"}}}}}}}}}}'
    )
    response = api.client.post("/records", content=body.encode())
    assert response.status_code == 201, response.text
    assert response.json()["data"]["attributes"]["md5"] == hashlib.md5(data).hexdigest()


def test_front_cover_becomes_a_served_cover_url_with_its_md5(api, sandbox):
    label = new_label(api)
    product = new_product(api, label)
    attributes = api.get(f"/products/{product}").json()["data"]["attributes"]
    cover = httpx.get(attributes["cover-url"])
    assert cover.status_code == 200 and cover.headers["content-type"] == "image/jpeg"
    assert hashlib.md5(cover.content).hexdigest() == attributes["front-cover-md5"]
    assert "front-cover" not in attributes
    png = api.update("products", product, {"front-cover": cover_data_url("PNG")})["data"]["attributes"]
    assert png["cover-url"] != attributes["cover-url"]
    assert httpx.get(png["cover-url"]).content[:3] == b"\xff\xd8\xff"  # kept as JPEG


def test_front_cover_that_is_not_an_image_is_422(api):
    label = new_label(api)
    product = new_product(api, label, cover=False)
    for value in (
        "data:image/jpeg;base64," + b64(b"not an image at all"),
        "data:text/plain;base64," + b64(jpeg_bytes()),
    ):
        response = api.patch(
            f"/products/{product}",
            {"data": {"type": "products", "id": product, "attributes": {"front-cover": value}}},
        )
        assert response.status_code == 422 and pointers(response) == ["/data/attributes/front-cover"]
    assert httpx.get(f"{api.sb.base_url}/storage/covers/nothing.jpg").status_code == 404


def test_deleting_a_record_updates_the_track_audio_flags(api, track):
    record = new_record(api, track)["data"]["id"]
    assert api.get(f"/tracks/{track}").json()["data"]["attributes"]["audio16bits"] is True
    assert api.delete(f"/records/{record}").status_code == 204
    assert api.get(f"/tracks/{track}").json()["data"]["attributes"]["audio16bits"] is False
