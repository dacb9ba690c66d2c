"""Credits and label codes through the services, on a real store file and the real sandbox."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from app.api.client import ApiClient
from app.domain.credits import TrackCredits, Writer
from app.domain.errors import UsageError
from app.domain.labelcodes import AudioPrint, LabelCodes
from app.domain.resources import Track
from app.services.credits import CodesService, CreditsService
from app.services.drafts import DraftsService
from app.store import CatalogStore
from app.store.credits import CreditStore
from app.sync import SyncEngine
from tests.fixtures.audioprint import print_of, similar
from tests.sync.conftest import import_release


def services(store: CatalogStore) -> tuple[CreditsService, CodesService]:
    credit_store = CreditStore(store.db)
    return (CreditsService(store.catalog, store.drafts, credit_store),
            CodesService(store.catalog, store.drafts, credit_store, today=lambda: dt.date(2026, 3, 1)))


def test_credits_travel_as_artist_roles_and_splits_stay_local(
        store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    credits_service, _ = services(store)
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=1)
    (track,) = store.catalog.tracks(product)
    credits = TrackCredits(
        writers=(Writer("Ada Vale", share=Decimal(50), pro="SACEM", ipi="00250186311"),
                 Writer("Ben Ortiz", composer=False, lyricist=True, share=Decimal(50))),
        producers=("Cleo Park",), publishers=("Night Shift Publishing",), iswc="T-034.524.680-1")
    credits_service.save(track.local_id, credits)
    assert credits_service.findings(track.local_id) == []
    report = SyncEngine(store.catalog, store.drafts, store.outbox, client).run()
    assert report.ok, report.lines
    server = checker.get(Track, store.catalog.server_id(track.local_id) or "")
    assert server.composer == ["Ada Vale"] and server.lyricist == ["Ben Ortiz"]
    assert server.producer == ["Cleo Park"] and server.publisher == ["Night Shift Publishing"]
    assert "T-034" not in repr(server.extra) and "SACEM" not in repr(server.extra)  # never sent
    sheet_rows = credits_service.split_sheet(product).rows(str)
    assert [r[3] for r in sheet_rows] == ["Ada Vale", "Ben Ortiz", "Total"] and sheet_rows[2][5] == "100"
    again = credits_service.credits(track.local_id)
    assert again.writers == credits.writers and again.iswc == "T-034.524.680-1"
    # an uneven split is kept as typed and reported
    credits_service.save(track.local_id, TrackCredits(writers=(Writer("Ada Vale", share=Decimal(70)),),
                                                      instrumental=True))
    assert [f.code for f in credits_service.findings(track.local_id)] == ["credits.splits_total"]
    # only the roles are queued for the server: the lyricist went with its writer, and the producer
    # and publisher left out of this save are cleared
    (op,) = [op for op in DraftsService(store.catalog, store.drafts, store.outbox).operations()]
    assert op.fields == ["lyricist", "producer", "publisher"]


def test_a_track_with_lyrics_and_no_lyricist_is_reported(store: CatalogStore, tmp_path: Path):
    credits_service, _ = services(store)
    label = store.drafts.create_label(name="Night Shift")
    product = store.drafts.create_product(label, name="Night Drive")
    track = store.drafts.create_track(product, title="Night Drive", composer=["Ada Vale"],
                                      lyrics="City lights")
    (finding,) = credits_service.findings(track)
    assert finding.code == "credits.lyricist_missing" and finding.field == "lyricist"
    assert "Night Drive" in finding.message
    assert [f.code for f in credits_service.findings_for_product(product)] == ["credits.lyricist_missing"]


def test_new_isrcs_and_upcs_come_from_the_label_range_and_are_never_reissued(store: CatalogStore):
    _, codes = services(store)
    label = store.drafts.create_label(name="Night Shift")
    with pytest.raises(UsageError):
        codes.set_label_codes(label, LabelCodes("F-Z", 1, 10, "12"))
    codes.set_label_codes(label, LabelCodes("FR-Z12", 1, 3, "0614141"))
    product = store.drafts.create_product(label, name="Night Drive")
    first = store.drafts.create_track(product, title="One")
    assert codes.issue_isrc(first) == "FRZ122600001"
    assert store.catalog.values(first)["isrc_code"] == "FRZ122600001"
    third = store.drafts.create_track(product, title="Three")
    assert codes.issue_isrc(third) == "FRZ122600002"
    DraftsService(store.catalog, store.drafts, store.outbox).discard(third)  # its ISRC stays issued
    fourth = store.drafts.create_track(product, title="Four")
    assert codes.issue_isrc(fourth) == "FRZ122600003"
    fifth = store.drafts.create_track(product, title="Five")
    with pytest.raises(Exception) as full:
        codes.issue_isrc(fifth)
    assert full.value.sentence.code == "codes.isrc_range_full"  # type: ignore[attr-defined]
    upc = codes.issue_upc(product)
    assert upc.startswith("0614141") and store.catalog.values(product)["upc_code"] == upc
    # a track typed by hand with the label's registrant outside the range is reported
    store.drafts.edit("track", fifth, {"isrc_code": "FRZ122600500"})
    found = codes.findings_for_product(product)
    assert [f.code for f in found] == ["codes.isrc_range"]


def _write(path: Path, audio: np.ndarray, rate: int = 44100) -> Path:
    sf.write(path, audio, rate, subtype="PCM_16")
    return path


def test_same_audio_under_two_isrcs_and_a_new_mix_under_one(tmp_path: Path):
    rate = 44100
    t = np.arange(rate * 4) / rate
    rng = np.random.default_rng(3)
    melody = sum(0.1 * np.sin(2 * np.pi * f * t) * (np.sin(2 * np.pi * r * t) > 0)
                 for f, r in ((220, 0.5), (330, 0.75), (550, 1.25), (880, 2.0)))
    song = (melody + 0.01 * rng.standard_normal(t.size)).astype(np.float32)
    other_song = (0.2 * np.sin(2 * np.pi * 140 * t) * (np.sin(2 * np.pi * 3 * t) > 0)).astype(np.float32)
    original = _write(tmp_path / "original.flac", song)
    copy = _write(tmp_path / "copy.wav", song * 0.8)  # the same recording, quieter, another format
    remix = _write(tmp_path / "remix.flac", other_song)
    prints = [AudioPrint("1", "Night Drive", "FRZ122600001", print_of(original)),
              AudioPrint("2", "Night Drive (copy)", "FRZ122600002", print_of(copy)),
              AudioPrint("3", "Night Drive (Remix)", "FRZ122600001", print_of(remix))]
    found = CodesService.duplicate_audio(prints, similar)
    assert sorted((f.code, f.ref) for f in found) == [
        ("codes.duplicate_audio", "2"), ("codes.isrc_reused", "3")]
