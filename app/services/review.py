"""Review: every finding a store could bounce a release for, from every source, for one draft or
product. ``releasedesk review`` and the GUI's store findings both run it.

Sources are registered in :data:`FINDING_SOURCES` (name -> function of a :class:`ReviewContext`);
a feature adds its checks with one line there. Readiness (which folds in the style table, explicit
content and lyrics), the calendar, credits and the label's code ranges are registered.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.calendar import parse_date, preorder_findings
from app.domain.errors import UsageError
from app.domain.findings import Finding, Fix
from app.domain.messages import msg
from app.domain.readiness import Release, check_release, default_offer, track_ref
from app.domain.resources import Product, Track
from app.domain.style_rules import STORES, language_code
from app.services.credits import CodesService, CreditsService
from app.store.lyrics import SyncedLyricsStore
from app.store.release_plans import ReleasePlans

if TYPE_CHECKING:
    from app.services.delivery import Client
    from app.store.catalog import CatalogCache
    from app.store.catalog_store import CatalogStore
    from app.store.drafts import Drafts as DraftEdits


@dataclass
class ReviewContext:
    release: Release
    product_local_id: str | None  # the product in the local catalog, when it is there
    track_local_ids: dict[str, str] = field(default_factory=dict)  # track ref -> local id
    send_date: dt.date | None = None
    catalog: CatalogCache | None = None
    from_cache: bool = True  # built from the local catalog (not from the server)
    store: CatalogStore | None = None  # the whole catalog file, for sources that keep their own tables

    def local_refs(self, findings: list[Finding]) -> list[Finding]:
        """Findings of a source that names tracks by their local id, named as readiness names them."""
        by_local = {local: ref for ref, local in self.track_local_ids.items()}
        return [dataclasses.replace(f, ref=by_local[f.ref]) if f.ref in by_local else f for f in findings]


FindingSource = Callable[[ReviewContext], list[Finding]]


def _readiness(ctx: ReviewContext) -> list[Finding]:
    return check_release(ctx.release)


def _calendar(ctx: ReviewContext) -> list[Finding]:
    offer = default_offer(ctx.release.offers)
    if offer is None:
        return []
    release_date = parse_date(offer.release_date) or parse_date(ctx.release.product.release_date)
    if release_date is None:
        return []
    send = ctx.send_date or ctx.release.today
    return preorder_findings(release_date, parse_date(offer.preorder_date), send, ref=offer.id)


def _credits(ctx: ReviewContext) -> list[Finding]:
    """Writers, lyricist, ISWC, IPI and splits of each track (docs/CREDITS.md)."""
    if ctx.store is None or ctx.product_local_id is None:
        return []
    store = ctx.store
    service = CreditsService(store.catalog, store.drafts, store.credits)
    return ctx.local_refs(service.findings_for_product(ctx.product_local_id))


def _codes(ctx: ReviewContext) -> list[Finding]:
    """ISRCs outside the label's own range (docs/CREDITS.md)."""
    if ctx.store is None or ctx.product_local_id is None:
        return []
    store = ctx.store
    return ctx.local_refs(CodesService(store.catalog, store.drafts, store.credits)
                          .findings_for_product(ctx.product_local_id))


def _same_audio(ctx: ReviewContext) -> list[Finding]:
    """The same audio under two ISRCs, or one ISRC on different audio, against every master of the
    catalog that a full QC pass has fingerprinted (docs/CREDITS.md, duplicate audio)."""
    from app.domain.labelcodes import AudioPrint
    from app.services.check import master_fingerprint, same_audio

    if ctx.store is None or ctx.product_local_id is None:
        return []
    prints: list[AudioPrint] = []
    for row in ctx.store.catalog.tracks_with_masters():
        text = master_fingerprint(Path(str(row.master_path))) if row.isrc else None
        if text:
            prints.append(AudioPrint(row.local_id, row.title, str(row.isrc), text.encode("ascii")))
    mine = {row.local_id for row in ctx.store.catalog.tracks(ctx.product_local_id)}
    others = [p for p in prints if p.ref not in mine]
    ours = [p for p in prints if p.ref in mine]
    # each pair once, reported on this release's track: against the catalog's masters, then each other
    found: list[Finding] = []
    for j, track in enumerate(ours):
        for earlier in others + ours[:j]:
            found += CodesService.duplicate_audio([earlier, track], same_audio)
    return ctx.local_refs(found)


FINDING_SOURCES: dict[str, FindingSource] = {
    "readiness": _readiness,  # required fields, codes, media, offers, rights, style, explicit, lyrics
    "calendar": _calendar,  # pre-order rules (the lead time is readiness's, from the planned send)
    "credits": _credits,  # lyricist, composer, ISWC, IPI, splits
    "codes": _codes,  # the label's ISRC range
    "audio": _same_audio,  # the same audio under two ISRCs (fingerprints from the QC pass)
}


def finding_json(finding: Finding) -> dict[str, Any]:
    fix = None
    if finding.fix is not None:
        fix = {"label": str(finding.fix.label),
               "edits": [{"kind": e.kind, "ref": e.ref, "changes": e.changes, "create": e.create}
                         for e in finding.fix.edits]}
    return {"code": finding.code, "severity": finding.severity.value, "field": finding.field,
            "message": finding.message, "fix": fix, "store": finding.store, "kind": finding.kind,
            "ref": finding.ref}


def for_store(findings: list[Finding], store: str) -> list[Finding]:
    """What ``store`` would check: the shared findings and its own (``"all"``: everything)."""
    if store not in STORES:
        raise UsageError(msg("review.unknown_store", store=store, stores=", ".join(STORES)))
    if store == "all":
        return findings
    return [f for f in findings if f.store in ("all", store)]


@dataclass(frozen=True)
class _LocalMaster:
    """A master attached to a draft track, as readiness reads it (header-level QC)."""

    properties: dict[str, Any]
    problems: list[Any]


class ReviewService:
    @classmethod
    def from_store(cls, store: CatalogStore, client: Client | None = None) -> ReviewService:
        service = cls(store.catalog, SyncedLyricsStore(store.db), ReleasePlans(store.db), client=client)
        service.drafts = store.drafts
        service.store = store
        return service

    def __init__(self, catalog: CatalogCache, lyrics: SyncedLyricsStore, plans: ReleasePlans, *,
                 client: Client | None = None, today: Callable[[], dt.date] = dt.date.today,
                 sources: Mapping[str, FindingSource] | None = None) -> None:
        self.catalog = catalog
        self.lyrics = lyrics
        self.plans = plans
        self.client = client
        self._today = today
        self.sources = FINDING_SOURCES if sources is None else sources
        self.drafts: DraftEdits | None = None  # where a fix is written (from_store sets it)
        self.store: CatalogStore | None = None  # the whole file, for sources with tables of their own

    # ---- finding the object

    def resolve(self, object_id: str) -> tuple[str | None, str | None]:
        """(local id, server id) of the product ``object_id`` names: a draft id as ``drafts`` shows
        it (``product:n-…``; a track's draft id reviews its product) or a product's server id."""
        text = object_id.strip()
        catalog = self.catalog
        if ":" in text:
            if not catalog.exists(text):
                raise UsageError(msg("review.unknown", id=text))
            kind = catalog.kind_of(text)
            while kind not in ("product",):
                parent = catalog.parent_of(text)
                if kind == "label" or parent is None:
                    raise UsageError(msg("review.not_product", id=text))
                text, kind = parent, catalog.kind_of(parent)
            return text, catalog.server_id(text)
        if not text.isdigit():
            raise UsageError(msg("review.unknown", id=text))
        local = catalog.local_id_for("product", text)
        if local is None and self.client is None:
            raise UsageError(msg("review.unknown", id=text))
        return local, text

    # ---- snapshots

    def local_release(self, product_local_id: str) -> tuple[Release, dict[str, str]]:
        """The release as this catalog has it (drafts and cached products, masters read from disk)."""
        from app.media.check import inspect_file

        catalog = self.catalog
        product = catalog.product(product_local_id)
        parent = catalog.parent_of(product_local_id)
        if product.label_id is None and parent is not None:  # a draft's label is its parent in the tree
            product.label_id = catalog.server_id(parent) or parent
        rows = catalog.tracks(product_local_id)
        tracks: list[Track] = [catalog.track(r.local_id) for r in rows]
        refs = {track_ref(t, i): r.local_id for i, (t, r) in enumerate(zip(tracks, rows, strict=True))}
        media: dict[str, Any] = {}
        for i, row in enumerate(rows):
            if row.master_path and Path(row.master_path).is_file():
                media[track_ref(tracks[i], i)] = inspect_file(Path(row.master_path), full=False)
            elif row.has_master:
                media[track_ref(tracks[i], i)] = _LocalMaster({}, [])
        cover = None
        if catalog.product_row(product_local_id).has_cover and not product.cover_url:
            cover = _LocalMaster({}, [])
        release = Release(product=product, tracks=tracks, media=media, cover_media=cover,
                          product_type_name=self._reference_name("product_type", product.product_type_id),
                          today=self._today())
        return release, refs

    def server_release(self, server_id: str) -> tuple[Release, dict[str, str]]:
        from app.services.delivery import DeliveryService

        assert self.client is not None
        release = DeliveryService(self.client, today=self._today).load_release(server_id)
        refs: dict[str, str] = {}
        for i, track in enumerate(release.tracks):
            local = self.catalog.local_id_for("track", str(track.id)) if track.id else None
            if local:
                refs[track_ref(track, i)] = local
        return release, refs

    def _reference_name(self, kind: str, ref_id: str | None) -> str | None:
        if not ref_id:
            return None
        for item in self.catalog.reference(kind):
            if str(item.id) == str(ref_id):
                return str(getattr(item, "name", None) or "") or None
        return None

    def context(self, object_id: str) -> ReviewContext:
        local, server = self.resolve(object_id)
        if server is not None and self.client is not None:
            release, refs = self.server_release(server)
        else:
            assert local is not None
            release, refs = self.local_release(local)
        product: Product = release.product
        send = self.plans.send_date(local) if local else None
        synced = self.lyrics.synced_many(list(refs.values()))
        by_local = {v: k for k, v in refs.items()}
        release = dataclasses.replace(
            release, delivery_date=send or release.delivery_date,
            language=language_code(self._reference_name("language", product.language_id))
            or release.language,
            synced_lyrics={by_local[k]: v for k, v in synced.items()})
        return ReviewContext(release, local, refs, send, self.catalog,
                             from_cache=not (server is not None and self.client is not None),
                             store=self.store)

    def review(self, object_id: str, *, store: str = "all") -> list[Finding]:
        """Every finding from every registered source, blocking ones first, for ``store``."""
        ctx = self.context(object_id)
        found: list[Finding] = []
        for source in self.sources.values():
            found.extend(source(ctx))
        if ctx.from_cache and ctx.release.product.id is not None:
            # a product's offers and rights are on the server only: without it they cannot be judged
            found = [f for f in found if f.kind not in ("offer", "right")]
        return sorted(for_store(found, store), key=lambda f: (not f.blocks, f.store != "all", f.store))

    def apply_fix(self, object_id: str, fix: Fix) -> int:
        """Write a finding's fix as local edits of the product and its tracks (sent at the next
        sync, like any edit); returns how many objects changed. Offer and right edits need the
        server and are left to the delivery area."""
        if self.drafts is None:
            return 0
        local, _server = self.resolve(object_id)
        if local is None:
            return 0
        refs = {}
        for i, row in enumerate(self.catalog.tracks(local)):
            track = self.catalog.track(row.local_id)
            refs[track_ref(track, i)] = row.local_id
        changed = 0
        with self.drafts.transaction():
            for edit in fix.edits:
                target = local if edit.kind == "product" else refs.get(str(edit.ref))
                if edit.create or edit.kind not in ("product", "track") or target is None:
                    continue
                self.drafts.edit(edit.kind, target, dict(edit.changes))
                changed += 1
        return changed


def load_lyrics(store: CatalogStore, track_local_id: str) -> tuple[str | None, str | None, int | None]:
    """A track's plain lyrics, its timed lines (LRC text) and its number, as the lyrics editor shows
    them."""
    track = store.catalog.track(track_local_id)
    return track.lyrics, SyncedLyricsStore(store.db).synced(track_local_id), track.track_number


def save_lyrics(store: CatalogStore, track_local_id: str, plain: str, lrc: str | None) -> None:
    """Plain lyrics as an edit of the track (sent at the next sync) and the timed lines kept locally,
    in one transaction."""
    with store.drafts.transaction():
        store.drafts.edit("track", track_local_id, {"lyrics": plain or None})
        SyncedLyricsStore(store.db).set_synced(track_local_id, lrc)
