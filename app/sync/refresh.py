"""Pulling the catalog from the server into the store's cache (labels, products, tracks, records,
and the reference data editors offer as choices). Drafts keep their base; see
``CatalogCache.upsert_cached``."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from app.domain.errors import UserError
from app.domain.messages import msg
from app.domain.resources import (
    AssetAttachment,
    Label,
    Offer,
    Product,
    Record,
    Resource,
    Right,
    SendTask,
    Track,
    TrackVideo,
    Video,
)
from app.store.catalog import CatalogCache
from app.store.kinds import class_of
from app.sync.engine import Client

R = TypeVar("R", bound=Resource)

# The reference data editors offer as choices (their classes come from the store's one kind table).
REFERENCE: tuple[str, ...] = ("language", "product_type", "dsp", "subgenre")
_IN_PROGRESS = frozenset({"pending", "waiting", "procesing", "processing"})


@dataclass
class RefreshReport:
    labels: int = 0
    products: int = 0
    tracks: int = 0
    records: int = 0
    offers: int = 0
    rights: int = 0
    send_tasks: int = 0
    videos: int = 0
    track_videos: int = 0
    attachments: int = 0
    reference: int = 0
    requests: int = 0


def _batched(items: Iterable[R], size: int) -> Iterator[list[R]]:
    batch: list[R] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _cache_batches(catalog: CatalogCache, kind: str, items: Iterable[R], parent: Callable[[R], str | None],
                   check_cancel: Callable[[], None]) -> Iterator[tuple[list[R], list[str]]]:
    """Write what the server listed into the cache 500 at a time, each item under the local id
    ``parent`` gives it (cancel checked before each batch); yields each batch with its local ids."""
    for batch in _batched(items, 500):
        check_cancel()
        yield batch, catalog.upsert_cached_many(kind, [(item, parent(item)) for item in batch])


def refresh_catalog(catalog: CatalogCache, client: Client, *, label_ids: Iterable[str] | None = None,
                    tracks: bool = True, records: bool = False, reference: bool = True,
                    deliveries: bool = False,
                    progress: Callable[[str, int], None] | None = None,
                    cancel: threading.Event | None = None) -> RefreshReport:
    """Read labels, their products (all pages) and tracks into the cache.

    ``label_ids`` limits products/tracks to those labels (server ids). ``records`` adds the
    tracks' masters; ``deliveries`` adds offers, rights and send tasks (and each product's delivery
    state). ``progress(what, count)`` is called after each batch written. Raises the client's typed
    errors (Offline, AuthExpired).
    """
    report = RefreshReport()
    before = client.request_count

    def check_cancel() -> None:
        if cancel is not None and cancel.is_set():
            raise UserError(msg("sync.refresh_cancelled"))

    if reference:
        for kind in REFERENCE:
            found = list(client.list(class_of(kind)))
            catalog.upsert_cached_many(kind, [(item, None) for item in found])
            report.reference += len(found)
    wanted = None if label_ids is None else {str(x) for x in label_ids}
    label_local: dict[str, str] = {}
    for label in client.list(Label):
        if wanted is not None and str(label.id) not in wanted:
            continue
        label_local[str(label.id)] = catalog.upsert_cached("label", label)
        report.labels += 1
    if progress is not None:
        progress("labels", report.labels)

    product_filters: list[dict[str, str] | None] = (
        [None] if wanted is None else [{"label-id": sid} for sid in sorted(wanted)]
    )
    def label_of(product: Product) -> str | None:
        parent = label_local.get(str(product.label_id)) if product.label_id else None
        if parent is None and product.label_id:
            parent = catalog.ensure_cached("label", str(product.label_id))
            label_local[str(product.label_id)] = parent
        return parent

    product_local: dict[str, str] = {}
    for filters in product_filters:
        for batch, ids in _cache_batches(catalog, "product", client.list(Product, filters=filters),
                                         label_of, check_cancel):
            product_local.update(zip((str(p.id) for p in batch), ids, strict=True))
            report.products += len(batch)
            if progress is not None:
                progress("products", report.products)

    if tracks:
        track_local: dict[str, str] = {}
        track_filters: list[dict[str, str] | None] = (
            [None] if wanted is None else [{"product-id": sid} for sid in sorted(product_local)]
        )
        def product_of(track: Track) -> str | None:
            return product_local.get(str(track.product_id)) or _local(catalog, "product", track.product_id)

        def track_of(record: Record) -> str | None:
            return track_local.get(str(record.track_id)) or _local(catalog, "track", record.track_id)

        for filters in track_filters:
            for tbatch, tids in _cache_batches(catalog, "track", client.list(Track, filters=filters),
                                               product_of, check_cancel):
                track_local.update(zip((str(t.id) for t in tbatch), tids, strict=True))
                report.tracks += len(tbatch)
                if progress is not None:
                    progress("tracks", report.tracks)
        if records:
            for rbatch, _ in _cache_batches(catalog, "record", client.list(Record), track_of, check_cancel):
                report.records += len(rbatch)
            _refresh_media(catalog, client, report, product_local, track_local, check_cancel)
    if deliveries:
        _refresh_deliveries(catalog, client, report, product_local, check_cancel)
    report.requests = client.request_count - before
    return report


def _refresh_media(catalog: CatalogCache, client: Client, report: RefreshReport,
                   product_local: dict[str, str], track_local: dict[str, str],
                   check_cancel: Callable[[], None]) -> None:
    """Videos and Motion Art under their products, track videos under their tracks."""
    def product_of(sid: Any) -> str | None:
        return None if sid is None else product_local.get(str(sid)) or _local(catalog, "product", sid)

    for vbatch, _ in _cache_batches(catalog, "video", client.list(Video),
                                    lambda v: product_of(v.product_id), check_cancel):
        report.videos += len(vbatch)
    for lbatch, _ in _cache_batches(
            catalog, "track_video", client.list(TrackVideo),
            lambda link: track_local.get(str(link.track_id)) or _local(catalog, "track", link.track_id),
            check_cancel):
        report.track_videos += len(lbatch)
    for abatch, _ in _cache_batches(
            catalog, "attachment", client.list(AssetAttachment),
            lambda a: product_of(a.attachable_id) if a.attachable_type == "products" else None, check_cancel):
        report.attachments += len(abatch)


def _refresh_deliveries(catalog: CatalogCache, client: Client, report: RefreshReport,
                        product_local: dict[str, str], check_cancel: Callable[[], None]) -> None:
    def parent(sid: Any) -> str | None:
        return None if sid is None else product_local.get(str(sid)) or _local(catalog, "product", sid)

    for obatch, _ in _cache_batches(catalog, "offer", client.list(Offer),
                                    lambda o: parent(o.product_id), check_cancel):
        report.offers += len(obatch)
    for rbatch, _ in _cache_batches(
            catalog, "right", client.list(Right),
            lambda r: parent(r.distributed_id) if r.distributed_type == "products" else None, check_cancel):
        report.rights += len(rbatch)
    latest: dict[str, list[SendTask]] = {}
    for sbatch, _ in _cache_batches(catalog, "send_task", client.list(SendTask),
                                    lambda t: parent(t.product_id), check_cancel):
        for task in sbatch:
            local = parent(task.product_id)
            if local is not None:
                latest.setdefault(local, []).append(task)
        report.send_tasks += len(sbatch)
    catalog.set_delivery_states({local: delivery_state(tasks) for local, tasks in latest.items()})


def delivery_state(tasks: list[SendTask]) -> str | None:
    """One word for a product's deliveries: in progress, error, delivered (or None)."""
    if not tasks:
        return None
    statuses = [(t.status or "").lower() for t in tasks]
    if any(s in _IN_PROGRESS for s in statuses):
        return "in progress"
    newest = max(tasks, key=lambda t: (t.created_at or "", int(t.id or "0") if (t.id or "").isdigit() else 0))
    if (newest.status or "").lower() in ("error", "stuck"):
        return str(newest.status).lower()
    if "completed" in statuses:
        return "delivered"
    return (newest.status or None)


def _local(catalog: CatalogCache, kind: str, server_id: Any) -> str | None:
    return None if server_id is None else catalog.local_id_for(kind, str(server_id))
