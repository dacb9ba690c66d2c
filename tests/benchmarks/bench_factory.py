"""A send-task factory for 500 products x 3 DSPs against 1,500 single send-task creates.

Both run in the same process against fresh sandboxes holding the same 500 active products (seeded
straight into the sandbox's store): the factory path is ``BulkService.plan`` + ``create`` (the DSP and
upload-identification look-ups and one POST) and then listing its tasks by factory; the reference
creates one ``send-tasks`` resource per product and DSP through the same client, as an app without
factories would. Printed: requests and seconds for each, and the ratios.

    python -m tests.benchmarks factory
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

PRODUCTS = 500
DSPS = ("Spotify", "Deezer", "Tidal")


def _sandbox(folder: Path) -> tuple[Any, Any, list[Any]]:
    from app.api.client import ApiClient
    from app.domain.resources import Product
    from app.platform.profiles import Profile
    from app.platform.secrets import MemorySecretStore
    from app.sandbox.runner import start_sandbox

    sb = start_sandbox(data_dir=folder, delivery_seconds=3600.0)
    label = sb.seed_products(PRODUCTS)
    store = sb.app.store
    with store.transaction():
        store.query("UPDATE \"products\" SET attrs = json_set(attrs, '$.status', 'active')")
    client = ApiClient(Profile("bench", sb.base_url, sb.dialect, sb.email), MemorySecretStore())
    client.login(sb.password)
    products = list(client.list(Product, filters={"label-id": label}))
    assert len(products) == PRODUCTS
    return sb, client, products


def main() -> None:
    from app.domain.resources import SendTask
    from app.services.bulk import BulkService

    with tempfile.TemporaryDirectory(prefix="bench-factory-") as tmp:
        sb, client, products = _sandbox(Path(tmp) / "factory")
        bulk = BulkService(client)
        before = client.request_count
        start = time.perf_counter()
        factory = bulk.create(bulk.plan(products, list(DSPS), "delivery"))
        create_s = time.perf_counter() - start
        create_requests = client.request_count - before
        tasks = bulk.tasks(str(factory.id))
        total_s = time.perf_counter() - start
        total_requests = client.request_count - before
        assert len(tasks) == PRODUCTS * len(DSPS) == factory.total_count
        client.close()
        sb.stop()

        sb, client, products = _sandbox(Path(tmp) / "single")
        targets = BulkService(client).targets(list(DSPS))
        before = client.request_count
        start = time.perf_counter()
        created = 0
        for product in products:
            for target in targets:
                client.create(SendTask(deliverable=True, delivery_type="delivery", priority="normal",
                                       product_id=str(product.id),
                                       dsp_upload_identification_id=target.dui_id))
                created += 1
        single_s = time.perf_counter() - start
        single_requests = client.request_count - before
        assert created == PRODUCTS * len(DSPS)
        client.close()
        sb.stop()

    print(f"factory {PRODUCTS} x {len(DSPS)}: created in {create_requests} requests, {create_s:.2f} s; "
          f"with its {len(tasks)} tasks listed: {total_requests} requests, {total_s:.2f} s")
    print(f"reference, {created} single send-task creates: {single_requests} requests, {single_s:.2f} s")
    print(f"ratios: requests x{single_requests / create_requests:.0f} fewer to create "
          f"(x{single_requests / total_requests:.0f} with the listing), "
          f"time x{single_s / create_s:.1f} faster to create (x{single_s / total_s:.1f} with the listing)")
    print(f"goal: at most 5 requests to create: {'met' if create_requests <= 5 else 'NOT met'}")
