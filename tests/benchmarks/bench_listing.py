"""Full listing of 50,000 products from the sandbox: requests made against the page count, and seconds.

Issue 3's goal: at most one request per page, and a time bounded by the server, not the client. The
products are seeded straight into the sandbox's SQLite store with its own bulk ``insert_many`` (50,000
POSTs would measure the create path, not listing). References measured in the same run:
- bare httpx fetching the same pages one after another, only ``json.loads`` per page (what the server
  and the wire cost, without our decoding or prefetch);
- the client itself without prefetch (``prefetch=1``).
``RELEASEDESK_BENCH_PRODUCTS`` overrides the count.
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx


def seed_products(sb: Any, label_id: str, count: int) -> None:
    from app.sandbox.schema import SPECS

    defaults = SPECS["products"].attrs
    rels = {"company": {"type": "companies", "id": "1"}, "label": {"type": "labels", "id": label_id},
            "product-type": {"type": "product-types", "id": "1"},
            "language": {"type": "languages", "id": "5"}, "artists": []}
    rows = []
    for i in range(count):
        attrs = {k: (dict(v) if isinstance(v, dict) else v) for k, v in defaults.items()}
        attrs.update({"name": f"Bench product {i:05d}", "upc-code": f"{800000000000 + i:012d}0",
                      "copyright-line": "Bench", "production-line": "Bench", "production-year": 2024,
                      "status": "draft", "artist": [f"Artist {i % 500}"]})
        rows.append((attrs, rels))
    sb.app.store.insert_many("products", rows)


def bare_listing(sb: Any, token: str, pages: int, page_size: int) -> tuple[float, int]:
    items = 0
    start = time.perf_counter()
    with httpx.Client(headers={"Authorization": f"Bearer {token}",
                               "Accept": "application/vnd.api+json"}, timeout=60) as http:
        for number in range(1, pages + 1):
            response = http.get(f"{sb.api_url}/products",
                                params={"page[number]": str(number), "page[size]": str(page_size)})
            response.raise_for_status()
            items += len(response.json()["data"])
    return time.perf_counter() - start, items


def run_dialect(dialect: str, count: int, work: Path) -> None:
    from app.api.client import ApiClient
    from app.domain.resources import Label, Product
    from app.platform.profiles import Profile
    from app.platform.secrets import MemorySecretStore
    from app.sandbox.runner import start_sandbox

    sb = start_sandbox(data_dir=work / dialect, dialect=dialect)
    try:
        client = ApiClient(Profile("bench", sb.base_url, dialect, sb.email), MemorySecretStore(),
                           timeout=60.0)
        client.login(sb.password)
        label = client.create(Label(name="Bench", company_id="1"))
        t0 = time.perf_counter()
        seed_products(sb, str(label.id), count)
        print(f"[{dialect}] seeded {count} products in {time.perf_counter() - t0:.1f} s", flush=True)
        page_size = 200
        pages = math.ceil(count / page_size)
        token = client._stored_token()
        assert token is not None

        bare_s, bare_items = bare_listing(sb, token, pages, page_size)

        results = {}
        for prefetch in (4, 1):
            sb.reset_stats()
            before = client.request_count
            start = time.perf_counter()
            seen = sum(1 for _ in client.list(Product, page_size=page_size, prefetch=prefetch))
            seconds = time.perf_counter() - start
            results[prefetch] = (seconds, seen, client.request_count - before, sb.stats()["requests"])

        print(f"[{dialect}] pages: {pages} (page size {page_size})")
        print(f"[{dialect}] bare httpx, sequential, json only: {bare_s:6.2f} s, {bare_items} items")
        for prefetch, (seconds, seen, made, served) in results.items():
            print(f"[{dialect}] client prefetch={prefetch}: {seconds:6.2f} s, {seen} products, "
                  f"{made} requests made / {served} served vs {pages} pages "
                  f"-> {'OK' if made <= pages and seen == count else 'MORE THAN ONE PER PAGE'}; "
                  f"time vs bare: {seconds / bare_s:.2f}x")
        client.close()
    finally:
        sb.stop()


def main() -> None:
    count = int(os.environ.get("RELEASEDESK_BENCH_PRODUCTS", "50000"))
    work = Path(tempfile.mkdtemp(prefix="bench-listing-"))
    try:
        for dialect in ("limbo", "labelcamp"):
            run_dialect(dialect, count, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
