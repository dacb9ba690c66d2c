"""A real catalog file with an imported draft (tagged FLACs, a .lrc, dates) for the review GUI tests
and screenshots."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mutagen.flac import FLAC

from app.services.importer import ImportService
from app.store import open_catalog
from app.store.catalog_store import CatalogStore
from app.store.release_plans import ReleasePlans
from tests.sync.release import TrackSpec, isrc, make_release, upc

LRC = ("[ti:Night Drive]\n[00:00.20]City lights are calling\n[00:00.60]We drive into the night\n"
       "[00:01.00]\n[00:01.20]Neon on the water\n[00:01.60]we never say goodbye,\n")


@dataclass
class Scene:
    store: CatalogStore
    draft: str
    tracks: list[str]
    folder: Path


def build(tmp: Path, *, today: dt.date | None = None) -> Scene:
    folder = make_release(tmp / "Night Drive", [
        TrackSpec("Night Drive (Original Mix)", 1, 1, isrc(1)),
        TrackSpec("Track 2", 2, 1, isrc(2)),
        TrackSpec("Dancing In The Dark - Kim Remix", 3, 1, isrc(3)),
    ], album="Night Drive - EP", barcode=upc(3))
    first = sorted(folder.glob("*.flac"))[0]
    (folder / (first.stem + ".lrc")).write_text(LRC, encoding="utf-8")
    second = FLAC(sorted(folder.glob("*.flac"))[1])
    second["LYRICS"] = "[Chorus]\ntrack two words,\nSecond line"
    second.save()
    store = open_catalog(tmp / "catalog.sqlite3")
    result = ImportService.from_store(store).import_folder(folder, "7", qc=False)
    day = today or dt.date.today()
    label = store.catalog.parent_of(result.product_local_id) or ""
    store.drafts.edit("product", result.product_local_id,
                      {"release_date": (day + dt.timedelta(days=5)).isoformat()})
    plans = ReleasePlans(store.db)
    plans.set_send_date(result.product_local_id, day + dt.timedelta(days=1))
    later = store.drafts.create_product(label, name="Day Drive", artist=["Ada Vale"],
                                        release_date=(day + dt.timedelta(days=24)).isoformat())
    plans.set_send_date(later, day + dt.timedelta(days=10))
    store.drafts.create_product(label, name="Morning Drive", artist=["Ada Vale", "Kim"],
                                release_date=(day + dt.timedelta(days=40)).isoformat())
    return Scene(store, result.product_local_id, [t.local_id for t in result.tracks], folder)
