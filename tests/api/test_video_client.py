"""The client's video, Motion Art and import-task calls against the real sandbox, in both dialects."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Any

import pytest

from app.api.client import ApiClient
from app.api.errors import ValidationFailed
from app.domain.errors import UserError
from app.domain.resources import AssetAttachment, ImportTask, Label, Product, Record, Track, TrackVideo, Video
from app.media.master_type import master_fields
from tests.fixtures.video import atmos_wav, motion_art, small_video
from tests.sync.conftest import make_client


@pytest.fixture(params=["limbo", "labelcamp"])
def client(request: Any, sandbox_factory: Any) -> Any:
    c = make_client(sandbox_factory(dialect=request.param, delivery_seconds=0.3))
    yield c
    c.close()


def product_and_track(client: ApiClient) -> tuple[Product, Track]:
    label = client.create(Label(name="Video Label", company_id="1"))
    product = client.create(
        Product(
            name="Clip",
            label_id=label.id,
            language_id="5",
            product_type_id="4",
            artist=["Someone"],
            production_year=2026,
            upc_code="8088111222777",
            copyright_line="2026 Someone",
            production_line="2026 Someone",
            status="draft",
        )
    )
    track = client.create(Track(title="Clip", product_id=product.id, artist=["Someone"]))
    return product, track


def test_video_attachment_and_link_round_trip(client: ApiClient, tmp_path: Path) -> None:
    product, track = product_and_track(client)
    clip = small_video(tmp_path / "clip.mp4", 320, 180)
    video = client.upload_video(
        Video(
            name="Clip (Official Video)", isrc_video="FRXXV2400001", product_id=product.id, filename=clip.name
        ),
        clip,
    )
    assert video.id and video.md5 == hashlib.md5(clip.read_bytes()).hexdigest()
    assert video.resolution == "320x180" and video.label_id == product.label_id
    link = client.create(TrackVideo(track_id=track.id, video_id=video.id))
    assert link.video_id == video.id and link.track_id == track.id
    art = motion_art(tmp_path, "desktop")
    made = client.upload_attachment(
        AssetAttachment(kind="apple_motion_art_desktop", attachable_id=product.id, filename=art.name), art
    )
    assert made.kind == "apple_motion_art_desktop" and made.file_size == art.stat().st_size
    with pytest.raises(ValidationFailed) as refused:
        client.upload_attachment(
            AssetAttachment(kind="apple_motion_art_mobile", attachable_id=product.id), art
        )
    assert "3:4" in str(refused.value.sentence)
    with pytest.raises(UserError):
        client.upload_video(Video(name="none", product_id=product.id), tmp_path / "missing.mp4")


def test_import_task_brings_an_atmos_master_to_the_track(client: ApiClient, tmp_path: Path) -> None:
    _, track = product_and_track(client)
    wav = atmos_wav(tmp_path / "mix.wav")
    task = client.import_audio(str(track.id), wav)
    assert task.status == "uploaded" and task.master_type == "dolby_atmos"
    deadline = time.monotonic() + 10
    while task.status not in ("completed", "error") and time.monotonic() < deadline:
        time.sleep(0.1)
        task = client.get(ImportTask, str(task.id))
    assert task.status == "completed" and task.record_id
    record = client.get(Record, task.record_id)
    assert record.track_id == track.id and record.master_type == "dolby_atmos" and record.precision == 24


def test_master_type_from_headers(tmp_path: Path) -> None:
    import numpy as np
    import soundfile

    quiet = np.zeros((4410, 2))
    soundfile.write(tmp_path / "cd.flac", quiet, 44100, subtype="PCM_16")
    soundfile.write(tmp_path / "hd.flac", quiet, 96000, subtype="PCM_24")
    soundfile.write(tmp_path / "hd48.wav", quiet, 48000, subtype="PCM_16")
    assert master_fields(tmp_path / "cd.flac") == {"master_type": "cd", "precision": 16}
    assert master_fields(tmp_path / "hd.flac") == {"master_type": "hd", "precision": 24}
    assert master_fields(tmp_path / "hd48.wav")["master_type"] == "hd"
    assert master_fields(atmos_wav(tmp_path / "atmos.wav")) == {"master_type": "dolby_atmos", "precision": 24}
    (tmp_path / "text.wav").write_text("not audio")
    assert master_fields(tmp_path / "text.wav") == {}
    assert master_fields(tmp_path / "absent.flac") == {}
