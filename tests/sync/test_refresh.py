"""Refreshing the cache from the demo sandbox: the whole catalog, deliveries, reference data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.domain.resources import Product, SendTask
from app.store import open_catalog
from app.sync import refresh_catalog
from app.sync.refresh import delivery_state
from tests.sync.conftest import make_client


def test_refresh_reads_the_demo_catalog_with_deliveries_into_the_cache(demo_sandbox: Any, tmp_path: Path):
    client = make_client(demo_sandbox)
    store = open_catalog(tmp_path / "c.sqlite3")
    try:
        report = refresh_catalog(store.catalog, client, records=True, deliveries=True)
        server_products = list(client.list(Product))
        assert report.products == len(server_products) > 0
        assert sum(row.product_count for row in store.catalog.labels()) == len(server_products)
        assert report.offers >= len(server_products)  # every product has its default offer
        tasks = list(client.list(SendTask))
        assert report.send_tasks == len(tasks)
        rows = [r for label in store.catalog.labels() for r in store.catalog.products(label.local_id)]
        with_tasks = {str(t.product_id) for t in tasks}
        for row in rows:
            if row.server_id in with_tasks:
                assert row.delivery_state in ("in progress", "error", "stuck", "delivered")
            else:
                assert row.delivery_state is None
        first = server_products[0]
        found = store.catalog.search_products(first.name or "")
        assert first.id in {r.server_id for r in found}
        assert store.outbox.pending_count() == 0  # reading the server queues nothing
        assert {r.name for r in store.catalog.reference("dsp")} >= {"Spotify", "Apple Music"}
        # a second refresh updates in place: same local ids, no duplicates
        before = {r.local_id for r in rows}
        refresh_catalog(store.catalog, client, reference=False)
        catalog = store.catalog
        after = {r.local_id for label in catalog.labels() for r in catalog.products(label.local_id)}
        assert after == before
    finally:
        store.close()
        client.close()


def test_delivery_state_summarises_a_products_send_tasks():
    def task(i: int, status: str) -> SendTask:
        return SendTask(id=str(i), status=status, created_at=f"2026-01-0{i}")

    assert delivery_state([]) is None
    assert delivery_state([task(1, "completed"), task(2, "waiting")]) == "in progress"
    assert delivery_state([task(1, "completed"), task(2, "error")]) == "error"
    assert delivery_state([task(1, "error"), task(2, "completed")]) == "delivered"
