"""Release readiness ("preflight"): everything a distributor or DSP would refuse, checked first.

:func:`check_release` is pure: it takes a :class:`Release` snapshot (the product, its tracks, records,
offers and rights as the server or the store has them, plus optional media reports and a catalog ISRC
index) and returns findings, blocking ones first. Nothing here does I/O; the delivery service and the
GUI checklist build the snapshot and act on the findings (``Finding.fix``).

The rule families:
- the server's documented rules (required fields, draft-only create, a default offer with a release
  date and a subgenre and no DSPs, a right with DSPs and territories, a record per track, a cover);
- the media QC (each report's problems folded in against its track);
- identifier checks (UPC/EAN check digit, ISRC structure, ISRC duplicates in the release and catalog);
- release-level checks (mixed sample formats, duplicate masters by MD5, a single under 30 s, track
  numbering gaps, release date lead time before the intended delivery);
- the metadata style rules in :mod:`app.domain.style`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.domain.calendar import parse_date
from app.domain.codes import isrc_problem, normalize_isrc, upc_problem
from app.domain.errors import UserError
from app.domain.findings import Edit, Finding, Fix, error, warning
from app.domain.lyrics import SyncedLyrics, check_release_lyrics, parse_lrc
from app.domain.messages import msg
from app.domain.problems import Problem
from app.domain.resources import Offer, Product, Record, Right, Track
from app.domain.style_rules import check_style

SINGLE_MIN_SECONDS = 30.0
DEFAULT_LEAD_DAYS = 7  # Spotify asks for 7 days to pitch to editors; Apple prefers more.

# Required fields; each is named in messages by the code "field.<name>" (app/domain/messages.py).
PRODUCT_REQUIRED: tuple[str, ...] = (
    "name", "upc_code", "copyright_line", "production_line", "production_year", "artist", "label_id",
    "language_id", "product_type_id",
)
TRACK_REQUIRED: tuple[str, ...] = ("title", "artist", "isrc_code", "audio_language_id")


class MediaFacts(Protocol):
    """What readiness reads from a media report (``app.media`` MediaReport fits)."""

    @property
    def properties(self) -> dict[str, Any]: ...

    @property
    def problems(self) -> list[Problem]: ...


@dataclass
class Release:
    product: Product
    tracks: list[Track] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    offers: list[Offer] = field(default_factory=list)
    rights: list[Right] = field(default_factory=list)
    product_type_name: str | None = None  # "Single", "Album" ... (from product-types)
    media: Mapping[str, MediaFacts] = field(default_factory=dict)  # track ref -> master's report
    cover_media: MediaFacts | None = None
    catalog_isrcs: Mapping[str, Collection[str]] = field(default_factory=dict)  # ISRC -> product ids
    target_dsp_ids: Sequence[str] = ()  # the DSPs the user means to deliver to
    delivery_date: dt.date | None = None  # intended send date; today when None
    today: dt.date = field(default_factory=dt.date.today)
    lead_days: int = DEFAULT_LEAD_DAYS
    language: str | None = None  # ISO 639-1 of the product's language, for the title-case rules
    synced_lyrics: Mapping[str, str] = field(default_factory=dict)  # track ref -> LRC text (local)


def track_ref(track: Track, position: int) -> str:
    return track.id if track.id else f"#{position + 1}"


def default_offer(offers: Sequence[Offer]) -> Offer | None:
    for offer in offers:
        if offer.is_default:
            return offer
    return None


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or (
        isinstance(value, list) and not any(str(v).strip() for v in value))


def right_covers(right: Right, dsp_id: str) -> bool:
    return (right.action or "add") == "add" and dsp_id in right.dsp_ids and bool(
        right.continent_ids or right.territory_ids)


def _audio_facts(release: Release, track: Track, ref: str) -> dict[str, Any]:
    """sample_rate, bit_depth, duration_s, md5 of a track's master, from its report or its record."""
    facts: dict[str, Any] = {}
    record = next((r for r in release.records if track.id and r.track_id == track.id), None)
    if record is not None:
        info = record.file or {}
        facts["sample_rate"] = info.get("sample_rate")
        facts["bit_depth"] = info.get("bits_per_raw_sample") or record.precision
        duration = info.get("duration")
        try:
            facts["duration_s"] = float(duration) if duration is not None else None
        except (TypeError, ValueError):
            facts["duration_s"] = None
        facts["md5"] = record.md5
    report = release.media.get(ref)
    if report is not None:
        props = report.properties
        for key in ("sample_rate", "bit_depth", "duration_s", "md5"):
            if props.get(key) is not None:
                facts[key] = props[key]
    if facts.get("duration_s") is None and track.length:
        facts["duration_s"] = float(track.length)
    return facts


def _check_product(release: Release, out: list[Finding]) -> None:
    product = release.product
    pid = product.id
    for fld in PRODUCT_REQUIRED:
        if _empty(getattr(product, fld)):
            out.append(error("product.required", msg("product.required", field=msg(f"field.{fld}")),
                             field=fld, ref=pid))
    if product.status == "archived":
        out.append(error("product.status", msg("product.status.archived"), field="status", ref=pid))
    elif product.id is None and product.status not in (None, "draft"):
        out.append(error("product.status", msg("product.status.not_draft"), field="status", ref=pid,
                         fix=Fix(msg("fix.make_draft"), (Edit("product", pid, {"status": "draft"}),))))
    if product.upc_code:
        problem = upc_problem(product.upc_code)
        if problem:
            out.append(error("product.upc", msg("product.upc", upc=product.upc_code, problem=problem),
                             field="upc_code", ref=pid))
    has_cover = bool(product.cover_url or product.front_cover or release.cover_media is not None)
    if not has_cover:
        out.append(error("product.cover", msg("product.cover"), field="front_cover", ref=pid))
    if release.cover_media is not None:
        for media_problem in release.cover_media.problems:
            out.append(Finding(media_problem, "product", pid))


def _check_tracks(release: Release, out: list[Finding]) -> None:
    product = release.product
    if not release.tracks:
        out.append(error("product.tracks", msg("product.tracks"), field="tracks", ref=product.id))
        return
    seen_isrcs: dict[str, str] = {}
    for i, track in enumerate(release.tracks):
        ref = track_ref(track, i)
        for fld in TRACK_REQUIRED:
            if _empty(getattr(track, fld)):
                out.append(error("track.required",
                                 msg("track.required", track=ref, field=msg(f"field.{fld}")),
                                 field=fld, kind="track", ref=ref))
        if track.isrc_code:
            problem = isrc_problem(track.isrc_code)
            if problem:
                out.append(error("track.isrc",
                                 msg("track.isrc", track=ref, isrc=track.isrc_code, problem=problem),
                                 field="isrc_code", kind="track", ref=ref))
            else:
                code = normalize_isrc(track.isrc_code)
                if code in seen_isrcs:
                    out.append(error(
                        "track.isrc_duplicate",
                        msg("track.isrc_duplicate", first=seen_isrcs[code], track=ref, isrc=code),
                        field="isrc_code", kind="track", ref=ref))
                else:
                    seen_isrcs[code] = ref
                others = sorted(p for p in release.catalog_isrcs.get(code, ()) if p != product.id)
                if others:
                    out.append(warning(
                        "track.isrc_catalog",
                        msg("track.isrc_catalog", track=ref, isrc=code, products=", ".join(others)),
                        field="isrc_code", kind="track", ref=ref))
        has_record = any(track.id and r.track_id == track.id for r in release.records)
        if not has_record and ref not in release.media:
            out.append(error("track.record", msg("track.record", track=ref), field="records",
                             kind="track", ref=ref))
        report = release.media.get(ref)
        if report is not None:
            for media_problem in report.problems:
                out.append(Finding(media_problem, "track", ref))


def _check_offers(release: Release, out: list[Finding]) -> None:
    product = release.product
    offer = default_offer(release.offers)
    if offer is None:
        out.append(error("offer.default", msg("offer.default"), field="offers", kind="offer"))
        return
    oid = offer.id
    if not offer.release_date:
        fix = (Fix(msg("fix.offer_release_date", date=product.release_date[:10]),
                   (Edit("offer", oid, {"release_date": product.release_date[:10]}),))
               if product.release_date else None)
        out.append(error("offer.release_date", msg("offer.release_date"),
                         field="release_date", kind="offer", ref=oid, fix=fix))
    if not offer.subgenre_id:
        out.append(error("offer.subgenre", msg("offer.subgenre"), field="subgenre_id", kind="offer",
                         ref=oid))
    if offer.release_date and offer.subgenre_id and offer.status != "active":
        out.append(error("offer.not_validated", msg("offer.not_validated"), field="status",
                         kind="offer", ref=oid,
                         fix=Fix(msg("fix.validate_offer"),
                                 (Edit("offer", oid, {"status": "active"}),))))
    if offer.dsp_upload_identification_ids:
        out.append(error(
            "offer.default_dsps", msg("offer.default_dsps"), field="dsp_upload_identification_ids",
            kind="offer", ref=oid,
            fix=Fix(msg("fix.remove_offer_dsps"),
                    (Edit("offer", oid, {"dsp_upload_identification_ids": []}),))))


def _check_rights(release: Release, out: list[Finding]) -> None:
    pid = release.product.id
    adds = [r for r in release.rights if (r.action or "add") == "add"]
    for right in adds:
        if not right.dsp_ids:
            out.append(error("right.dsps", msg("right.dsps", right=right.id) if right.id
                             else msg("right.dsps.new"), field="dsp_ids", kind="right", ref=right.id))
        if not (right.continent_ids or right.territory_ids):
            out.append(error("right.territories", msg("right.territories", right=right.id) if right.id
                             else msg("right.territories.new"),
                             field="continent_ids", kind="right", ref=right.id))
    def create_fix(dsp_ids: Sequence[str]) -> Fix | None:
        # "WW" is a continent *name*: the delivery service resolves it to the server's id.
        if not dsp_ids:
            return None
        return Fix(msg("fix.worldwide_right"),
                   (Edit("right", None, {"action": "add", "distributed_id": pid,
                                         "dsp_ids": list(dsp_ids), "continent_names": ["WW"]},
                         create=True),))

    if not any(r.dsp_ids and (r.continent_ids or r.territory_ids) for r in adds):
        out.append(error("right.missing", msg("right.missing"), field="rights", kind="right",
                         fix=create_fix(release.target_dsp_ids)))
        return
    uncovered = [d for d in release.target_dsp_ids if not any(right_covers(r, d) for r in adds)]
    if uncovered:
        out.append(error("right.dsp_uncovered", msg("right.dsp_uncovered", dsps=", ".join(uncovered)),
                         field="rights", kind="right",
                         fix=create_fix(uncovered)))


def _check_release_level(release: Release, out: list[Finding]) -> None:
    product = release.product
    pid = product.id
    facts = {track_ref(t, i): _audio_facts(release, t, track_ref(t, i))
             for i, t in enumerate(release.tracks)}

    formats = {(int(f["sample_rate"]), int(f["bit_depth"])) for f in facts.values()
               if f.get("sample_rate") and f.get("bit_depth")}
    if len(formats) > 1:
        listed = ", ".join(f"{rate / 1000:g} kHz/{bits} bit" for rate, bits in sorted(formats))
        out.append(warning("release.sample_formats", msg("release.sample_formats", formats=listed),
                           field="records", ref=pid))

    by_md5: dict[str, list[str]] = defaultdict(list)
    for ref, f in facts.items():
        if f.get("md5"):
            by_md5[str(f["md5"])].append(ref)
    for refs in by_md5.values():
        if len(refs) > 1:
            out.append(error("release.duplicate_master",
                             msg("release.duplicate_master", tracks=", ".join(refs)), field="records",
                             kind="track", ref=refs[-1]))

    if (release.product_type_name or "").lower() == "single":
        durations = [f.get("duration_s") for f in facts.values()]
        if durations and all(d is not None for d in durations):
            total = sum(float(d) for d in durations if d is not None)
            if total < SINGLE_MIN_SECONDS:
                out.append(error("release.short_single",
                                 msg("release.short_single", seconds=round(total, 1),
                                     minimum=int(SINGLE_MIN_SECONDS)),
                                 field="records", ref=pid))

    volumes: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for i, t in enumerate(release.tracks):
        if t.track_number is not None:
            volumes[t.volume_number or 1].append((t.track_number, track_ref(t, i)))
    for volume, numbered in sorted(volumes.items()):
        numbers = sorted(n for n, _ in numbered)
        if numbers != list(range(1, len(numbers) + 1)):
            edits = tuple(
                Edit("track", ref, {"track_number": k + 1})
                for k, (n, ref) in enumerate(sorted(numbered)) if n != k + 1)
            out.append(error(
                "release.numbering",
                msg("release.numbering", volume=volume, numbers=str(numbers), count=len(numbers)),
                field="track_number", kind="track",
                fix=Fix(msg("fix.renumber", count=len(numbers)), edits) if edits else None))

    offer = default_offer(release.offers)
    release_date = parse_date(offer.release_date if offer else None) or parse_date(
        product.release_date)
    if release_date is not None:
        delivery = release.delivery_date or release.today
        lead = (release_date - delivery).days
        if lead < 0:
            out.append(warning("release.lead_time",
                               msg("release.lead_time.past", release_date=release_date.isoformat(),
                                   delivery_date=delivery.isoformat()), field="release_date", ref=pid))
        elif lead < release.lead_days:
            out.append(warning("release.lead_time",
                               msg("release.lead_time.short", release_date=release_date.isoformat(), n=lead,
                                   delivery_date=delivery.isoformat(), lead_days=release.lead_days),
                               field="release_date", ref=pid))


def _check_lyrics(release: Release, durations: Mapping[str, float]) -> list[Finding]:
    synced: dict[str, SyncedLyrics] = {}
    for ref, text in release.synced_lyrics.items():
        try:
            synced[ref] = parse_lrc(text)
        except UserError:  # stored after a successful import; a hand-edited row only loses its check
            continue
    refs = [(track_ref(t, i), t.lyrics, durations.get(track_ref(t, i)))
            for i, t in enumerate(release.tracks)]
    return check_release_lyrics(refs, synced)


def check_release(release: Release) -> list[Finding]:
    """Every finding for ``release``: blocking ones first, then by object."""
    out: list[Finding] = []
    _check_product(release, out)
    _check_tracks(release, out)
    if release.product.id is None:
        out.append(error("product.not_synced", msg("product.not_synced"), field="id"))
    else:
        _check_offers(release, out)
        _check_rights(release, out)
    _check_release_level(release, out)
    durations = {}
    for i, t in enumerate(release.tracks):
        seconds = _audio_facts(release, t, track_ref(t, i)).get("duration_s")
        if seconds:
            durations[track_ref(t, i)] = float(seconds)
    out.extend(check_style(release.product, release.tracks, product_type_name=release.product_type_name,
                           language=release.language, durations=durations))
    out.extend(_check_lyrics(release, durations))
    order = {"product": 0, "offer": 1, "right": 2, "track": 3}
    return sorted(out, key=lambda f: (not f.blocks, order.get(f.kind, 9), _ref_key(f.ref), f.code))


def _ref_key(ref: str | None) -> tuple[int, str]:
    text = (ref or "").lstrip("#")
    return (int(text), "") if text.isdigit() else (1 << 30, text)


def blocking(findings: Sequence[Finding]) -> list[Finding]:
    return [f for f in findings if f.blocks]


def can_activate(findings: Sequence[Finding]) -> bool:
    """Activation is offered only when nothing blocks."""
    return not blocking(findings)
