"""Videos, track videos and Motion Art through the outbox against the real sandbox, in both dialects:
drafts with local files, uploads sent once even when the answer is lost, the master type of a record
computed from its file, and the refresh caching what the server holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.api.client import ApiClient
from app.domain.resources import AssetAttachment, Record, TrackVideo, Video
from app.media.master_type import master_fields
from app.store import CatalogStore
from app.sync import SyncEngine, refresh_catalog
from tests.fixtures.video import atmos_wav, motion_art, small_video
from tests.sync.conftest import import_release, make_client


@pytest.fixture(params=["limbo", "labelcamp"])
def sb(request: Any, sandbox_factory: Any) -> Any:
    return sandbox_factory(dialect=request.param)


@pytest.fixture
def api(sb: Any) -> Any:
    c = make_client(sb)
    yield c
    c.close()


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("clips")
    return {
        "music": small_video(folder / "music.mp4", 320, 180),
        "mobile": motion_art(folder, "mobile"),
        "desktop": motion_art(folder, "desktop"),
    }


def engine(store: CatalogStore, client: ApiClient) -> SyncEngine:
    return SyncEngine(store.catalog, store.drafts, store.outbox, client, server_backoff=0.05)


def drop_points(sb: Any, method: str, path: str) -> None:
    api = sb.api_url.split(sb.base_url, 1)[1]
    sb.inject_fault(method, rf"^{api}/{path}$", status=0, when="after", count=1)


def test_video_on_a_track_and_motion_art_are_sent_once_when_the_answers_are_lost(
    sb: Any, api: ApiClient, store: CatalogStore, clips: dict[str, Path], tmp_path: Path
) -> None:
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=2)
    track = store.catalog.children(product, "track")[0]
    video = store.drafts.attach_video(product, clips["music"], name="Official Video", track_local_id=track)
    mobile = store.drafts.attach_motion_art(product, "apple_motion_art_mobile", clips["mobile"])
    desktop = store.drafts.attach_motion_art(product, "apple_motion_art_desktop", clips["desktop"])
    for path in ("videos", "asset-attachments", "track-videos"):
        drop_points(sb, "POST", path)
    first = engine(store, api).run()
    assert any(line.startswith("unsure") for line in first.lines), first.lines
    second = engine(store, api).run()
    assert second.ok, second.lines
    assert store.outbox.pending_count() == 0
    videos = list(api.list(Video))
    assert len(videos) == 1 and videos[0].resolution == "320x180"
    assert videos[0].product_id == store.catalog.server_id(product)
    links = list(api.list(TrackVideo))
    assert [(t.track_id, t.video_id) for t in links] == [(store.catalog.server_id(track), videos[0].id)]
    attachments = sorted(api.list(AssetAttachment), key=lambda a: a.kind or "")
    assert [a.kind for a in attachments] == ["apple_motion_art_desktop", "apple_motion_art_mobile"]
    assert store.catalog.server_id(video) == videos[0].id
    assert {store.catalog.server_id(mobile), store.catalog.server_id(desktop)} == {a.id for a in attachments}
    again = engine(store, api).run()
    assert again.sent == 0 and again.requests == 0


def test_a_replaced_unsent_video_is_sent_once_with_the_new_file(
    api: ApiClient, store: CatalogStore, clips: dict[str, Path], tmp_path: Path
) -> None:
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=1, product_type_id="4")
    first = store.drafts.attach_video(product, clips["mobile"], name="Clip")
    second = store.drafts.attach_video(product, clips["music"], name="Clip")
    assert first == second
    assert engine(store, api).run().ok
    videos = list(api.list(Video))
    assert len(videos) == 1 and videos[0].filename == "music.mp4"
    store.drafts.attach_video(product, clips["desktop"], name="Clip")  # on the server: the file is replaced
    assert engine(store, api).run().ok
    videos = list(api.list(Video))
    assert len(videos) == 1 and videos[0].resolution == "240x240"


def test_record_master_type_and_precision_come_from_the_file_and_refresh_caches_media(
    sb: Any, api: ApiClient, store: CatalogStore, clips: dict[str, Path], tmp_path: Path
) -> None:
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=1)
    track = store.catalog.children(product, "track")[0]
    wav = atmos_wav(tmp_path / "atmos.wav")
    store.drafts.attach_master(track, wav, **master_fields(wav))
    store.drafts.attach_motion_art(product, "apple_motion_art_mobile", clips["mobile"])
    assert engine(store, api).run().ok
    records = [r for r in api.list(Record) if r.filename == "atmos.wav"]
    assert [(r.master_type, r.precision) for r in records] == [("dolby_atmos", 24)]
    other = tmp_path / "other.sqlite3"
    from app.store import open_catalog

    with open_catalog(other) as fresh:
        report = refresh_catalog(fresh.catalog, api, records=True, reference=False)
        assert report.attachments == 1
        row = fresh.catalog.product_row(
            fresh.catalog.local_id_for("product", store.catalog.server_id(product))
        )
        kids = fresh.catalog.values(
            fresh.catalog.local_id_for("attachment", str(next(iter(api.list(AssetAttachment))).id))
        )
        assert kids["kind"] == "apple_motion_art_mobile" and row is not None


def test_syncs_killed_at_each_answer_leave_exactly_one_video_link_and_motion_art(
    sandbox: Any, clips: dict[str, Path], tmp_path: Path
) -> None:
    """SIGKILL after the server acted, before the local commit, at each step in turn (see
    tests/sync/test_kill_sync.py): the next runs adopt what the server made."""
    from app.store import open_catalog
    from tests.sync.test_kill_sync import run_child

    db = tmp_path / "catalog.sqlite3"
    store = open_catalog(db)
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=1)
    track = store.catalog.children(product, "track")[0]
    store.drafts.attach_video(product, clips["music"], name="Clip", track_local_id=track)
    store.drafts.attach_motion_art(product, "apple_motion_art_mobile", clips["mobile"])
    store.drafts.attach_motion_art(product, "apple_motion_art_desktop", clips["desktop"])
    store.close()
    for point in ("acted:4", "acted:1", "acted:2", "acted:1", "acted:1", "inflight:1", "acted:1"):
        run_child(db, sandbox, point)
    final = run_child(db, sandbox, None)
    assert final.returncode == 0, final.stderr
    client = make_client(sandbox)
    try:
        assert len(list(client.list(Video))) == 1
        assert len(list(client.list(TrackVideo))) == 1
        assert sorted(a.kind or "" for a in client.list(AssetAttachment)) == [
            "apple_motion_art_desktop",
            "apple_motion_art_mobile",
        ]
        assert len(list(client.list(Record))) == 1
    finally:
        client.close()
    with open_catalog(db) as again:
        assert again.outbox.pending_count() == 0


def test_the_outbox_describes_video_operations_for_a_user(
    store: CatalogStore, clips: dict[str, Path], tmp_path: Path
) -> None:
    from app.platform.messages import render

    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=1)
    track = store.catalog.children(product, "track")[0]
    store.drafts.attach_video(product, clips["music"], name="Clip", track_local_id=track)
    store.drafts.attach_motion_art(product, "apple_motion_art_mobile", clips["mobile"])
    lines = [
        render(op.description)
        for op in store.outbox.operations()
        if op.kind in ("video", "track_video", "attachment")
    ]
    title = store.catalog.values(track)["title"]
    assert lines == [
        "upload video 'music.mp4' for product 'Album 1'",
        f"create the video link of track '{title}'",
        "upload Motion Art 'motion-mobile.mp4' for product 'Album 1'",
    ]
    waiting = [op for op in store.outbox.operations() if op.kind == "track_video"][0]
    assert "waits for video 'Clip'" in render(store.outbox.waiting_reason(waiting))


def test_discarding_a_draft_video_takes_its_unsent_track_link_with_it(
    store: CatalogStore, clips: dict[str, Path], tmp_path: Path
) -> None:
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=1)
    track = store.catalog.children(product, "track")[0]
    video = store.drafts.attach_video(product, clips["music"], name="Clip", track_local_id=track)
    assert store.catalog.linked_video(track) == video
    store.drafts.delete_draft("video", video)
    assert store.catalog.linked_video(track) is None
    assert [op for op in store.outbox.operations() if op.kind in ("video", "track_video")] == []
