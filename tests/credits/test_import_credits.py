"""``releasedesk import`` reads credits tags (COMPOSER, LYRICIST, PRODUCER, PUBLISHER, ISWC)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mutagen.flac import FLAC

from app.services.credits import CreditsService
from app.services.importer import ImportService
from app.store import CatalogStore
from tests.sync.release import write_cover, write_master


def test_credits_tags_become_roles_and_the_iswc_is_kept(store: CatalogStore, tmp_path: Path):
    folder = tmp_path / "Night Drive"
    folder.mkdir()
    tagged = {
        "01 Night Drive.flac": {"TITLE": "Night Drive", "COMPOSER": "Ada Vale; Ben Ortiz",
                                "LYRICIST": "Ben Ortiz", "PRODUCER": "Cleo Park",
                                "PUBLISHER": "Night Shift Publishing", "ISWC": "T-034.524.680-1"},
        "02 Track 2.flac": {"TITLE": "Track 2", "COMPOSER": "Ada Vale", "ISWC": "T-034.524.680-7"},
    }
    for n, (name, tags) in enumerate(tagged.items(), start=1):
        audio = FLAC(write_master(folder / name, seconds=0.3, seed=n))
        audio.update({"ARTIST": "Ada Vale", "ALBUM": "Night Drive", "TRACKNUMBER": str(n), **tags})
        audio.save()
    write_cover(folder / "cover.jpg")
    label = store.drafts.create_label(name="Night Shift")
    result = ImportService(store.catalog, store.drafts, store.credits).import_folder(folder, label, qc=False)
    first, second = (t.local_id for t in result.tracks)
    values = store.catalog.values(first)
    assert values["composer"] == ["Ada Vale", "Ben Ortiz"] and values["lyricist"] == ["Ben Ortiz"]
    assert values["producer"] == ["Cleo Park"] and values["publisher"] == ["Night Shift Publishing"]
    service = CreditsService(store.catalog, store.drafts, store.credits)
    credits = service.credits(first)
    assert credits.iswc == "T-034.524.680-1"
    assert [(w.name, w.composer, w.lyricist) for w in credits.writers] == [
        ("Ada Vale", True, False), ("Ben Ortiz", True, True)]
    assert service.findings(first) == []
    # a wrong ISWC in a tag is not kept; no lyricist on a track that is not instrumental is reported
    assert service.credits(second).iswc == ""
    assert [f.code for f in service.findings(second)] == ["credits.lyricist_missing"]


def test_an_import_into_a_label_with_codes_gets_the_next_free_isrcs_and_a_upc(store: CatalogStore,
                                                                               tmp_path: Path):
    from app.domain.codes import upc_problem
    from app.domain.labelcodes import LabelCodes

    folder = tmp_path / "Untagged"
    folder.mkdir()
    for n in (1, 2):
        audio = FLAC(write_master(folder / f"0{n} Song.flac", seconds=0.3, seed=n))
        audio.update({"TITLE": f"Song {n}", "ARTIST": "Ada Vale", "TRACKNUMBER": str(n)})
        audio.save()
    (folder / "03 Tagged.flac").write_bytes((folder / "02 Song.flac").read_bytes())
    tagged = FLAC(folder / "03 Tagged.flac")
    tagged.update({"TITLE": "Tagged", "TRACKNUMBER": "3", "ISRC": "GBAYE2600007"})
    tagged.save()
    label = store.drafts.create_label(name="Night Shift")
    store.credits.set_label_codes(label, LabelCodes("FR-Z12", 500, 999, "0614141"))
    stem = f"FRZ12{dt.date.today().year % 100:02d}"
    result = ImportService(store.catalog, store.drafts, store.credits).import_folder(folder, label, qc=False)
    assert [t.isrc for t in result.tracks] == [f"{stem}00500", f"{stem}00501", "GBAYE2600007"]
    upc = store.catalog.values(result.product_local_id)["upc_code"]
    assert upc.startswith("0614141") and upc_problem(upc) is None
    assert store.credits.issued("isrc") == {f"{stem}00500", f"{stem}00501"}
