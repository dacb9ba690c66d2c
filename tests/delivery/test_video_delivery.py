"""A Video product and a release with Motion Art, from files dropped on them to a completed delivery
on the sandbox: drafts through the same drop helpers the GUI uses, one sync, then ``deliver``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.domain.resources import AssetAttachment, Product, TrackVideo, Video
from app.services.importer import ImportService
from app.store import catalog_for_profile
from app.sync.engine import SyncEngine
from app.ui.common.drops import attach_video_file, plan_drop
from tests.fixtures.video import motion_art, small_video
from tests.sync.release import simple_release


def _draft(folder: Path, serial: int, product_type: str) -> tuple[Any, str]:
    store = catalog_for_profile("default")
    label = store.drafts.create_label(name=f"Moving Pictures {serial}")
    simple_release(folder, 1, serial=serial, seconds=1.0)
    result = ImportService(store.catalog, store.drafts).import_folder(
        folder,
        label,
        language_id="5",
        product_type_id=product_type,
        overrides={"production_line": "Moving Pictures"},
        qc=False,
    )
    return store, result.product_local_id


def _deliver(pid: str, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(
        [
            "deliver",
            pid,
            "--dsp",
            "Spotify",
            "--release-date",
            "2027-05-07",
            "--subgenre",
            "Pop",
            "--wait",
            "--poll-interval",
            "0.2",
            "--timeout",
            "30",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    return out


def test_a_video_product_goes_from_drop_to_completed_delivery(api, tmp_path, capsys) -> None:
    store, product = _draft(tmp_path / "release", 61, product_type="4")
    clip = small_video(tmp_path / "official.mp4", 320, 180)
    try:
        plan = plan_drop([clip], "product")
        assert plan.action == "attach_video"
        attach_video_file(store.catalog, store.drafts, "product", product, plan.videos[0])
        track = store.catalog.children(product, "track")[0]
        plan = plan_drop([clip], "track")
        assert plan.action == "attach_video"
        attach_video_file(store.catalog, store.drafts, "track", track, plan.videos[0])
        report = SyncEngine(store.catalog, store.drafts, store.outbox, api, server_backoff=0.05).run()
        assert report.ok, report.lines
        pid = store.catalog.server_id(product)
    finally:
        store.close()
    videos = list(api.list(Video, filters={"product-id": pid}))
    assert len(videos) == 2 and {v.resolution for v in videos} == {"320x180"}
    assert len(list(api.list(TrackVideo))) == 1
    out = _deliver(pid, capsys)
    assert "-> completed" in out and "activate: done" in out
    assert api.get(Product, pid).status == "active"


def test_a_release_with_motion_art_goes_from_drop_to_completed_delivery(api, tmp_path, capsys) -> None:
    store, product = _draft(tmp_path / "release", 62, product_type="1")
    try:
        for kind in ("mobile", "desktop"):
            loop = motion_art(tmp_path, kind)
            plan = plan_drop([loop], "motion_art")
            assert plan.action == "motion_art"
            store.drafts.attach_motion_art(product, f"apple_motion_art_{kind}", plan.videos[0])
        report = SyncEngine(store.catalog, store.drafts, store.outbox, api, server_backoff=0.05).run()
        assert report.ok, report.lines
        pid = store.catalog.server_id(product)
    finally:
        store.close()
    kinds = sorted(a.kind for a in api.list(AssetAttachment, filters={"product-id": pid}))
    assert kinds == ["apple_motion_art_desktop", "apple_motion_art_mobile"]
    out = _deliver(pid, capsys)
    assert "-> completed" in out
