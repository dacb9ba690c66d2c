"""Pulling the catalog from the server into the store's cache (labels, products, tracks, records,
and the reference data editors offer as choices). Drafts keep their base; see ``Store.upsert_cached``."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from app.domain.errors import UserError
from app.domain.resources import Label, Offer, Product, Record, Resource, Right, SendTask, Track
from app.store.kinds import class_of
from app.store.store import Store
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


def refresh_catalog(store: Store, client: Client, *, label_ids: Iterable[str] | None = None,
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
            raise UserError("The refresh was cancelled; what was read so far is kept.")

    if reference:
        for kind in REFERENCE:
            found = list(client.list(class_of(kind)))
            store.upsert_cached_many(kind, [(item, None) for item in found])
            report.reference += len(found)
    wanted = None if label_ids is None else {str(x) for x in label_ids}
    label_local: dict[str, str] = {}
    for label in client.list(Label):
        if wanted is not None and str(label.id) not in wanted:
            continue
        label_local[str(label.id)] = store.upsert_cached("label", label)
        report.labels += 1
    if progress is not None:
        progress("labels", report.labels)

    product_filters: list[dict[str, str] | None] = (
        [None] if wanted is None else [{"label-id": sid} for sid in sorted(wanted)]
    )
    product_local: dict[str, str] = {}
    for filters in product_filters:
        for batch in _batched(client.list(Product, filters=filters), 500):
            check_cancel()
            items: list[tuple[Resource, str | None]] = []
            for product in batch:
                parent = label_local.get(str(product.label_id)) if product.label_id else None
                if parent is None and product.label_id:
                    parent = store.ensure_cached("label", str(product.label_id))
                    label_local[str(product.label_id)] = parent
                items.append((product, parent))
            ids = store.upsert_cached_many("product", items)
            for product, local_id in zip(batch, ids, strict=True):
                product_local[str(product.id)] = local_id
            report.products += len(batch)
            if progress is not None:
                progress("products", report.products)

    if tracks:
        track_local: dict[str, str] = {}
        track_filters: list[dict[str, str] | None] = (
            [None] if wanted is None else [{"product-id": sid} for sid in sorted(product_local)]
        )
        for filters in track_filters:
            for tbatch in _batched(client.list(Track, filters=filters), 500):
                check_cancel()
                titems: list[tuple[Resource, str | None]] = [
                    (track, product_local.get(str(track.product_id)) or _local(store, "product",
                                                                               track.product_id))
                    for track in tbatch
                ]
                tids = store.upsert_cached_many("track", titems)
                for track, local_id in zip(tbatch, tids, strict=True):
                    track_local[str(track.id)] = local_id
                report.tracks += len(tbatch)
                if progress is not None:
                    progress("tracks", report.tracks)
        if records:
            for rbatch in _batched(client.list(Record), 500):
                check_cancel()
                ritems: list[tuple[Resource, str | None]] = [
                    (rec, track_local.get(str(rec.track_id)) or _local(store, "track", rec.track_id))
                    for rec in rbatch
                ]
                store.upsert_cached_many("record", ritems)
                report.records += len(rbatch)
    if deliveries:
        _refresh_deliveries(store, client, report, product_local, check_cancel)
    report.requests = client.request_count - before
    return report


def _refresh_deliveries(store: Store, client: Client, report: RefreshReport,
                        product_local: dict[str, str], check_cancel: Callable[[], None]) -> None:
    def parent(sid: Any) -> str | None:
        return None if sid is None else product_local.get(str(sid)) or _local(store, "product", sid)

    for obatch in _batched(client.list(Offer), 500):
        check_cancel()
        store.upsert_cached_many("offer", [(o, parent(o.product_id)) for o in obatch])
        report.offers += len(obatch)
    for rbatch in _batched(client.list(Right), 500):
        check_cancel()
        store.upsert_cached_many("right", [
            (r, parent(r.distributed_id) if r.distributed_type == "products" else None) for r in rbatch])
        report.rights += len(rbatch)
    latest: dict[str, list[SendTask]] = {}
    for sbatch in _batched(client.list(SendTask), 500):
        check_cancel()
        store.upsert_cached_many("send_task", [(t, parent(t.product_id)) for t in sbatch])
        for task in sbatch:
            local = parent(task.product_id)
            if local is not None:
                latest.setdefault(local, []).append(task)
        report.send_tasks += len(sbatch)
    store.set_delivery_states({local: delivery_state(tasks) for local, tasks in latest.items()})


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


def _local(store: Store, kind: str, server_id: Any) -> str | None:
    return None if server_id is None else store.local_id_for(kind, str(server_id))
