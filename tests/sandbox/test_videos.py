"""Videos, track videos, Motion Art attachments and import tasks over real HTTP (docs/API.md,
"Videos and Motion Art"): files stream in as base64 like records, the server reads their headers,
every rule answers 422 with a pointer, and a Video product and Motion Art deliver to completed."""

from __future__ import annotations

import hashlib
import time

import pytest

from tests.fixtures.video import atmos_wav, motion_art, small_video
from tests.sandbox.helpers import (
    Api,
    activate_default_offer,
    audio_bytes,
    b64,
    default_offer_id,
    many,
    new_label,
    new_product,
    new_record,
    new_track,
    one,
    pointers,
)


@pytest.fixture(params=["limbo", "labelcamp"])
def api(request, sandbox_factory):
    return Api(sandbox_factory(dialect=request.param, delivery_seconds=0.4))


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clips")
    return {
        "music": small_video(folder / "music.mp4", 320, 180),
        "mobile": motion_art(folder, "mobile"),
        "desktop": motion_art(folder, "desktop"),
    }


def video_doc(api, product, path, **attrs):
    return api.post(
        "/videos",
        {
            "data": {
                "type": "videos",
                "attributes": {
                    "name": "Clip",
                    "new-file": b64(path.read_bytes()),
                    "filename": path.name,
                    **attrs,
                },
                "relationships": {"product": {"data": one("products", product)["data"]}},
            }
        },
    )


def attachment(api, product, path, kind):
    return api.post(
        "/asset-attachments",
        {
            "data": {
                "type": "asset-attachments",
                "attributes": {"kind": kind, "new-file": b64(path.read_bytes()), "filename": path.name},
                "relationships": {"attachable": {"data": one("products", product)["data"]}},
            }
        },
    )


def finish(api, product):
    if (
        api.get(f"/offers/{default_offer_id(api, product)}").json()["data"]["attributes"]["status"]
        != "active"
    ):
        activate_default_offer(api, product)
    api.create(
        "rights",
        {"action": "add"},
        {
            "distributed": one("products", product),
            "dsps": many("dsps", 1, 2, 23),
            "continents": many("continents", 1),
        },
    )
    activated = api.update("products", product, {"status": "active"})
    return activated


def deliver(api, product):
    task = api.create(
        "send-tasks",
        {"delivery-type": "delivery"},
        {
            "product": one("products", product),
            "dsp-upload-identification": one("dsp-upload-identifications", 1876),
        },
    )
    tid = task["data"]["id"]
    deadline = time.monotonic() + 10
    status = ""
    while time.monotonic() < deadline:
        status = api.get(f"/send-tasks/{tid}").json()["data"]["attributes"]["status"]
        if status in ("completed", "error"):
            break
        time.sleep(0.1)
    return status


def test_video_upload_reads_resolution_length_and_md5_and_takes_the_products_label(api, clips):
    label = new_label(api)
    product = new_product(api, label, "8088111222444")
    response = video_doc(api, product, clips["music"], **{"isrc-video": "FRXXV2400001"})
    assert response.status_code == 201, response.text
    data = response.json()["data"]
    attrs = data["attributes"]
    assert attrs["resolution"] == "320x180" and attrs["length"] == 1
    assert attrs["md5"] == hashlib.md5(clips["music"].read_bytes()).hexdigest()
    assert attrs["new-file"] is None and attrs["filename"] == "music.mp4"
    assert data["relationships"]["label"]["data"]["id"] == label
    found = api.get("/videos", **{"filter[product-id]": product}).json()["data"]
    assert [v["id"] for v in found] == [data["id"]]


@pytest.mark.parametrize(
    "payload", [b"just some text that is not a movie", b"\x00\x00\x00\x18ftypisom" + b"\x00" * 8]
)
def test_a_video_must_be_an_mp4_with_a_movie_index(api, clips, tmp_path, payload):
    product = new_product(api, new_label(api))
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(payload)
    response = video_doc(api, product, bad)
    assert response.status_code == 422 and pointers(response) == ["/data/attributes/new-file"]
    truncated = tmp_path / "truncated.mp4"
    raw = clips["music"].read_bytes()
    truncated.write_bytes(raw[: len(raw) // 3])
    response = video_doc(api, product, truncated)
    assert response.status_code == 422


def test_video_rules_answer_422_with_pointers(api, clips):
    product = new_product(api, new_label(api))
    response = video_doc(
        api, product, clips["music"], **{"isrc-video": "nope", "crop": {"top": 1}, "name": ""}
    )
    assert response.status_code == 422
    assert set(pointers(response)) == {
        "/data/attributes/isrc-video",
        "/data/attributes/crop",
        "/data/attributes/name",
    }
    orphan = api.post("/videos", {"data": {"type": "videos", "attributes": {"name": "x"}}})
    assert orphan.status_code == 422
    assert set(pointers(orphan)) == {"/data/relationships/product", "/data/attributes/new-file"}


def test_track_videos_link_once(api, clips):
    product = new_product(api, new_label(api))
    track = new_track(api, product)
    video = video_doc(api, product, clips["music"]).json()["data"]["id"]
    body = ({}, {"track": one("tracks", track), "video": one("videos", video)})
    first = api.create("track-videos", *body)
    assert first["data"]["relationships"]["video"]["data"]["id"] == video
    again = api.post(
        "/track-videos",
        {
            "data": {
                "type": "track-videos",
                "relationships": {
                    "track": {"data": {"type": "tracks", "id": track}},
                    "video": {"data": {"type": "videos", "id": video}},
                },
            }
        },
    )
    assert again.status_code == 422 and pointers(again) == ["/data/relationships/video"]
    assert len(api.get("/track-videos", **{"filter[track-id]": track}).json()["data"]) == 1


def test_motion_art_kinds_aspect_and_one_per_kind(api, clips):
    product = new_product(api, new_label(api))
    made = attachment(api, product, clips["mobile"], "apple_motion_art_mobile")
    assert made.status_code == 201, made.text
    attrs = made.json()["data"]["attributes"]
    assert attrs["file-md5"] == hashlib.md5(clips["mobile"].read_bytes()).hexdigest()
    assert attrs["file-size"] == clips["mobile"].stat().st_size and attrs["file-url"]
    twice = attachment(api, product, clips["mobile"], "apple_motion_art_mobile")
    assert twice.status_code == 422 and pointers(twice) == ["/data/attributes/kind"]
    wrong_shape = attachment(api, product, clips["mobile"], "apple_motion_art_desktop")
    assert wrong_shape.status_code == 422 and pointers(wrong_shape) == ["/data/attributes/new-file"]
    unknown = attachment(api, product, clips["desktop"], "billboard")
    assert unknown.status_code == 422 and "/data/attributes/kind" in pointers(unknown)
    assert attachment(api, product, clips["desktop"], "apple_motion_art_desktop").status_code == 201
    listed = api.get("/asset-attachments", **{"filter[product-id]": product}).json()["data"]
    assert sorted(a["attributes"]["kind"] for a in listed) == [
        "apple_motion_art_desktop",
        "apple_motion_art_mobile",
    ]


def test_import_task_goes_uploaded_then_completed_and_makes_an_atmos_record(api, tmp_path):
    product = new_product(api, new_label(api))
    track = new_track(api, product)
    wav = atmos_wav(tmp_path / "atmos.wav")
    made = api.create(
        "import-tasks",
        {"new-file": b64(wav.read_bytes()), "filename": "atmos.wav"},
        {"attachable": one("tracks", track)},
    )
    task = made["data"]
    assert task["attributes"]["status"] == "uploaded"
    assert task["attributes"]["master-type"] == "dolby_atmos" and task["attributes"]["precision"] == 24
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        current = api.get(f"/import-tasks/{task['id']}").json()["data"]
        if current["attributes"]["status"] == "completed":
            break
        time.sleep(0.1)
    assert current["attributes"]["status"] == "completed"
    record_id = current["relationships"]["record"]["data"]["id"]
    record = api.get(f"/records/{record_id}").json()["data"]["attributes"]
    assert record["master-type"] == "dolby_atmos" and record["filename"] == "atmos.wav"


def test_import_task_refuses_urls_bad_md5_shape_and_non_audio(api):
    product = new_product(api, new_label(api))
    track = new_track(api, product)
    rel = {"attachable": {"data": {"type": "tracks", "id": track}}}
    by_url = api.post(
        "/import-tasks",
        {
            "data": {
                "type": "import-tasks",
                "attributes": {"url": "https://example.com/a.wav", "md5": "xyz"},
                "relationships": rel,
            }
        },
    )
    assert by_url.status_code == 422
    assert set(pointers(by_url)) == {"/data/attributes/url", "/data/attributes/md5"}
    not_audio = api.post(
        "/import-tasks",
        {
            "data": {
                "type": "import-tasks",
                "attributes": {"new-file": b64(b"hello, not audio")},
                "relationships": rel,
            }
        },
    )
    assert not_audio.status_code == 422 and pointers(not_audio) == ["/data/attributes/new-file"]
    on_product = api.post(
        "/import-tasks",
        {
            "data": {
                "type": "import-tasks",
                "attributes": {"new-file": b64(audio_bytes())},
                "relationships": {"attachable": {"data": {"type": "products", "id": product}}},
            }
        },
    )
    assert on_product.status_code == 422 and pointers(on_product) == ["/data/relationships/attachable"]


def test_record_master_type_is_checked_and_hd_above_cd(api):
    track = new_track(api, new_product(api, new_label(api)))
    hd = new_record(api, track, audio_bytes("FLAC", subtype="PCM_16", rate=48000))
    assert hd["data"]["attributes"]["master-type"] == "hd"
    wrong = api.post(
        "/records",
        {
            "data": {
                "type": "records",
                "attributes": {"new-file": b64(audio_bytes()), "master-type": "vinyl", "precision": 12},
                "relationships": {"creator": {"data": {"type": "tracks", "id": track}}},
            }
        },
    )
    assert wrong.status_code == 422
    assert set(pointers(wrong)) == {"/data/attributes/master-type", "/data/attributes/precision"}


def test_video_product_and_motion_art_deliver_to_completed(api, clips):
    label = new_label(api)
    video_product = new_product(api, label, "8088111222555")
    api.update("products", video_product, {}, {"product-type": one("product-types", 4)})
    activate_default_offer(api, video_product)
    refused = api.patch(
        f"/products/{video_product}",
        {"data": {"type": "products", "id": video_product, "attributes": {"status": "active"}}},
    )
    assert refused.status_code == 422 and "/data/relationships/videos" in pointers(refused)
    assert video_doc(api, video_product, clips["music"]).status_code == 201
    finish(api, video_product)
    assert deliver(api, video_product) == "completed"

    album = new_product(api, label, "8088111222666")
    new_record(api, new_track(api, album))
    assert attachment(api, album, clips["mobile"], "apple_motion_art_mobile").status_code == 201
    assert attachment(api, album, clips["desktop"], "apple_motion_art_desktop").status_code == 201
    finish(api, album)
    assert deliver(api, album) == "completed"


def test_demo_catalog_has_a_video_product_and_motion_art(demo_sandbox):
    api = Api(demo_sandbox)
    videos = api.get("/videos").json()["data"]
    assert len(videos) == 1 and videos[0]["attributes"]["resolution"] == "1920x1080"
    product = api.get(f"/products/{videos[0]['relationships']['product']['data']['id']}").json()["data"]
    assert product["relationships"]["product-type"]["data"]["id"] == "4"
    links = api.get("/track-videos", **{"filter[video-id]": videos[0]["id"]}).json()["data"]
    assert len(links) == 1
    kinds = sorted(a["attributes"]["kind"] for a in api.get("/asset-attachments").json()["data"])
    assert kinds == ["apple_motion_art_desktop", "apple_motion_art_mobile"]


def test_hostile_movies_are_refused(api, tmp_path):
    product = new_product(api, new_label(api))
    many_boxes = tmp_path / "boxes.mp4"
    many_boxes.write_bytes(b"\x00\x00\x00\x10ftypisom\x00\x00\x00\x00" + b"\x00\x00\x00\x08free" * 200_000)
    huge_index = tmp_path / "index.mp4"
    huge_index.write_bytes(b"\x00\x00\x00\x10ftypisom\x00\x00\x00\x00" + (2**31).to_bytes(4, "big") + b"moov")
    for path in (many_boxes, huge_index):
        response = video_doc(api, product, path)
        assert response.status_code == 422 and pointers(response) == ["/data/attributes/new-file"]
