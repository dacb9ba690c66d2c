"""Every readiness rule, each with a product that fails it and the good product that passes it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from app.domain.problems import Problem, Severity
from app.domain.readiness import Release, can_activate, check_release
from app.domain.resources import Offer, Product, Record, Right, Track

TODAY = dt.date(2026, 11, 22)


@dataclasses.dataclass
class Facts:
    """What readiness reads from a media report."""

    properties: dict[str, Any]
    problems: list[Problem] = dataclasses.field(default_factory=list)


def good_release() -> Release:
    product = Product(
        id="10", name="Night Drive", upc_code="8445281840433", copyright_line="Records Music",
        production_line="Records Music", production_year=2026, status="draft",
        release_date="2027-01-15", artist=["Mira Lane"], label_id="1", language_id="4",
        product_type_id="1", cover_url="http://x/cover.jpg")
    tracks = [
        Track(id=str(100 + n), title=title, track_number=n, volume_number=1,
              isrc_code=f"GBAYE26{n:05d}", artist=["Mira Lane"], audio_language_id="4",
              product_id="10")
        for n, title in enumerate(["Open Road", "Lights of the City", "Home Again"], start=1)
    ]
    records = [
        Record(id=str(200 + n), track_id=t.id, md5=f"{n:032x}", precision=24,
               file={"sample_rate": 48000, "bits_per_raw_sample": 24, "duration": 181.5})
        for n, t in enumerate(tracks, start=1)
    ]
    offers = [Offer(id="300", is_default=True, release_date="2027-01-15", subgenre_id="1",
                    product_id="10", status="active")]
    rights = [Right(id="400", action="add", distributed_id="10", dsp_ids=["1", "2"],
                    continent_ids=["1"])]
    return Release(product=product, tracks=tracks, records=records, offers=offers, rights=rights,
                   product_type_name="Album", target_dsp_ids=["1", "2"], today=TODAY)


def codes(release: Release) -> set[str]:
    return {f.code for f in check_release(release)}


def test_good_release_has_no_findings_and_can_be_activated() -> None:
    findings = check_release(good_release())
    assert findings == []
    assert can_activate(findings)


def _set(obj_path: str, field: str, value: Any) -> Callable[[Release], None]:
    def mutate(r: Release) -> None:
        kind, _, index = obj_path.partition(":")
        target = r.product if kind == "product" else getattr(r, kind)[int(index)]
        setattr(target, field, value)
    return mutate


def _single_short(r: Release) -> None:
    r.product_type_name = "Single"
    del r.tracks[1:]
    r.records[0].file = {"sample_rate": 48000, "bits_per_raw_sample": 24, "duration": 21.0}


def _mixed_formats(r: Release) -> None:
    r.records[1].file = {"sample_rate": 44100, "bits_per_raw_sample": 16, "duration": 200.0}


def _media_problem(r: Release) -> None:
    r.media = {"101": Facts({"sample_rate": 48000, "bit_depth": 24},
                            [Problem("audio.clipping", Severity.ERROR, "open-road.flac clips.")])}


def _cover_problem(r: Release) -> None:
    r.cover_media = Facts({}, [Problem("image.too_small", Severity.ERROR, "cover.jpg is small.")])


def _lead_time(r: Release) -> None:
    r.delivery_date = dt.date(2027, 1, 12)


def _catalog_isrc(r: Release) -> None:
    r.catalog_isrcs = {"GBAYE2600002": {"77"}}


def _no_right_for_target(r: Release) -> None:
    r.target_dsp_ids = ["1", "2", "23"]


def _no_default_offer(r: Release) -> None:
    r.offers = []


def _no_rights(r: Release) -> None:
    r.rights = []


def _no_records(r: Release) -> None:
    r.records = r.records[:2]


def _no_tracks(r: Release) -> None:
    r.tracks = []
    r.records = []


def _duplicate_master(r: Release) -> None:
    r.records[2].md5 = r.records[0].md5


RULES: list[tuple[str, Callable[[Release], None], bool]] = [
    # (code, mutation, blocks activation)
    ("product.required", _set("product", "copyright_line", ""), True),
    ("product.required", _set("product", "language_id", None), True),
    ("product.status", _set("product", "status", "archived"), True),
    ("product.upc", _set("product", "upc_code", "8088111222333"), True),
    ("product.cover", _set("product", "cover_url", None), True),
    ("product.tracks", _no_tracks, True),
    ("product.not_synced", _set("product", "id", None), True),
    ("track.required", _set("tracks:1", "audio_language_id", None), True),
    ("track.isrc", _set("tracks:0", "isrc_code", "GB-123"), True),
    ("track.isrc_duplicate", _set("tracks:2", "isrc_code", "GBAYE2600001"), True),
    ("track.isrc_catalog", _catalog_isrc, False),
    ("track.record", _no_records, True),
    ("audio.clipping", _media_problem, True),
    ("image.too_small", _cover_problem, True),
    ("offer.default", _no_default_offer, True),
    ("offer.release_date", _set("offers:0", "release_date", None), True),
    ("offer.subgenre", _set("offers:0", "subgenre_id", None), True),
    ("offer.not_validated", _set("offers:0", "status", None), True),
    ("offer.default_dsps", _set("offers:0", "dsp_upload_identification_ids", ["1876"]), True),
    ("right.missing", _no_rights, True),
    ("right.territories", _set("rights:0", "continent_ids", []), True),
    ("right.dsp_uncovered", _no_right_for_target, True),
    ("release.sample_formats", _mixed_formats, False),
    ("release.duplicate_master", _duplicate_master, True),
    ("release.short_single", _single_short, True),
    ("release.numbering", _set("tracks:2", "track_number", 5), True),
    ("release.lead_time", _lead_time, False),
    ("style.featuring", _set("tracks:0", "title", "Open Road featuring Jo"), False),
    ("style.capitalisation", _set("tracks:1", "title", "LIGHTS OF THE CITY"), False),
    ("style.various_artists", _set("product", "artist", ["Various Artists"]), True),
    ("style.explicit_flags", _set("tracks:0", "parental_advisory", True), True),
    ("style.line_year", _set("product", "production_line", "2026 Records Music"), False),
]


@pytest.mark.parametrize(("code", "mutate", "blocks"), RULES, ids=[f"{c}-{i}" for i, (c, _, _) in
                                                                  enumerate(RULES)])
def test_each_rule_flags_the_failing_product_and_not_the_good_one(
        code: str, mutate: Callable[[Release], None], blocks: bool) -> None:
    release = good_release()
    assert code not in codes(release)
    mutate(release)
    if code == "style.explicit_flags":
        release.tracks[0].clean = True  # explicit and clean at once
    findings = [f for f in check_release(release) if f.code == code]
    assert findings, f"{code} not raised"
    assert all(f.message.endswith(".") for f in findings)
    assert any(f.blocks for f in findings) is blocks
    if blocks:
        assert not can_activate(check_release(release))


def test_explicit_track_on_a_product_marked_clean_is_flagged() -> None:
    release = good_release()
    release.product.extra["parental-advisory"] = False
    assert "style.explicit_flags" not in codes(release)
    release.tracks[1].explicit_content = True
    assert "style.explicit_flags" in codes(release)
    release.product.extra["parental-advisory"] = True
    assert "style.explicit_flags" not in codes(release)


def test_blocking_findings_come_first() -> None:
    release = good_release()
    release.product.production_line = "2026 Records Music"  # warning
    release.offers[0].subgenre_id = None  # error
    findings = check_release(release)
    assert [f.blocks for f in findings] == sorted((f.blocks for f in findings), reverse=True)
    assert findings[0].code == "offer.subgenre"


def test_numbering_fix_renumbers_only_the_tracks_that_move() -> None:
    release = good_release()
    release.tracks[1].track_number = 4
    release.tracks[2].track_number = 7
    finding = next(f for f in check_release(release) if f.code == "release.numbering")
    assert finding.fix is not None
    assert [(e.ref, e.changes) for e in finding.fix.edits] == [
        ("102", {"track_number": 2}), ("103", {"track_number": 3})]


def test_missing_release_date_fix_copies_the_products_date() -> None:
    release = good_release()
    release.offers[0].release_date = None
    finding = next(f for f in check_release(release) if f.code == "offer.release_date")
    assert finding.fix is not None
    assert finding.fix.edits[0].changes == {"release_date": "2027-01-15"}


def test_missing_right_fix_creates_a_worldwide_right_for_the_target_dsps() -> None:
    release = good_release()
    release.rights = []
    finding = next(f for f in check_release(release) if f.code == "right.missing")
    assert finding.fix is not None
    edit = finding.fix.edits[0]
    assert edit.create and edit.changes["dsp_ids"] == ["1", "2"]
    assert edit.changes["continent_names"] == ["WW"]


def test_local_draft_track_with_an_attached_master_counts_as_having_a_record() -> None:
    release = good_release()
    release.records = []
    release.media = {t.id or "": Facts({"sample_rate": 48000, "bit_depth": 24, "duration_s": 100.0,
                                        "md5": f"{i:032x}"}) for i, t in enumerate(release.tracks)}
    assert "track.record" not in codes(release)


def test_release_in_the_past_warns_about_back_catalogue() -> None:
    release = good_release()
    release.offers[0].release_date = "2020-01-01"
    finding = next(f for f in check_release(release) if f.code == "release.lead_time")
    assert "before the delivery date" in finding.message
