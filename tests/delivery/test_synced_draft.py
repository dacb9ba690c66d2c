"""The release path end to end: a draft made from a release folder, synced, then delivered."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf

from app.cli import main
from app.domain.resources import Product
from app.services.delivery import DeliveryService, local_media
from app.services.importer import ImportService
from app.store import CatalogStore, catalog_for_profile
from app.sync.engine import SyncEngine
from tests.sync.release import simple_release


def synced_draft(api, folder: Path, *, serial: int) -> tuple[CatalogStore, str, str]:
    """Import a tagged release folder into the profile's store and sync it; (store, local, server id)."""
    store = catalog_for_profile("default")
    label = store.drafts.create_label(name=f"Night Shift {serial}")
    simple_release(folder, 2, serial=serial, seconds=1.0)
    result = ImportService(store.catalog, store.drafts).import_folder(
        folder, label, language_id="5", product_type_id="1",
        overrides={"production_line": "Night Shift Records"}, qc=False)
    report = SyncEngine(store.catalog, store.drafts, store.outbox, api, server_backoff=0.05).run()
    assert report.ok, report.lines
    server_id = store.catalog.server_id(result.product_local_id)
    assert server_id
    return store, result.product_local_id, server_id


def test_a_synced_draft_is_delivered_to_two_dsps_from_the_cli(api, tmp_path, capsys) -> None:
    store, _, pid = synced_draft(api, tmp_path / "release", serial=41)
    store.close()
    assert api.get(Product, pid).status == "draft"
    code = main(["deliver", pid, "--dsp", "Spotify", "--dsp", "Deezer", "--release-date", "2027-05-07",
                 "--subgenre", "Electronic", "--wait", "--poll-interval", "0.2", "--timeout", "30"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.count("-> completed") == 2 and "activate: done" in out
    assert api.get(Product, pid).status == "active"


def test_a_local_master_that_fails_media_qc_blocks_activation(api, tmp_path, capsys) -> None:
    store, local, pid = synced_draft(api, tmp_path / "release", serial=42)
    try:
        master = Path(store.catalog.tracks(local)[0].master_path or "")
        rate = 22_050  # below what DSPs accept
        tone = 0.2 * np.sin(2 * np.pi * 440 * np.arange(rate) / rate)
        sf.write(str(master), np.column_stack([tone, tone]), rate, subtype="PCM_16", format="FLAC")
        reports = local_media(store.catalog, pid)
        assert len(reports) == 2
        _, findings = DeliveryService(api).readiness(pid, media=reports)
        assert "audio.sample_rate" in {f.code for f in findings if f.blocks}
    finally:
        store.close()
    code = main(["deliver", pid, "--dsp", "Spotify", "--subgenre", "Pop", "--release-date", "2027-05-07"])
    captured = capsys.readouterr()
    assert code == 1 and "activate: blocked" in captured.out, captured
    assert "sample rate" in captured.out.lower() or "44.1" in captured.out
    assert api.get(Product, pid).status == "draft"


def test_lyrics_from_a_tag_and_an_lrc_travel_to_the_server_plain_and_stay_timed_locally(
        api, tmp_path, capsys) -> None:
    from mutagen.flac import FLAC

    from app.domain.lyrics import parse_lrc
    from app.domain.resources import Track
    from app.store.lyrics import SyncedLyricsStore

    folder = tmp_path / "release"
    simple_release(folder, 2, serial=43, seconds=1.0)
    first, second = sorted(folder.glob("*.flac"))
    (folder / f"{first.stem}.lrc").write_text("[00:00.10]City lights\n[00:00.50]We drive\n",
                                              encoding="utf-8")
    tags = FLAC(second)
    tags["LYRICS"] = "Second song\nSecond line"
    tags.save()
    store = catalog_for_profile("default")
    try:
        label = store.drafts.create_label(name="Night Shift 43")
        result = ImportService.from_store(store).import_folder(
            folder, label, language_id="5", product_type_id="1",
            overrides={"production_line": "Night Shift Records"}, qc=False)
        report = SyncEngine(store.catalog, store.drafts, store.outbox, api, server_backoff=0.05).run()
        assert report.ok, report.lines
        pid = store.catalog.server_id(result.product_local_id)
        on_server = sorted(api.list(Track, filters={"product-id": str(pid)}),
                           key=lambda t: t.track_number or 0)
        assert [t.lyrics for t in on_server] == ["City lights\nWe drive", "Second song\nSecond line"]
        timed = SyncedLyricsStore(store.db).synced(result.tracks[0].local_id)
        assert timed is not None and [ln.time_ms for ln in parse_lrc(timed).lines] == [100, 500]
    finally:
        store.close()
