"""Catalog store benchmark: single-field edit commits, and opening a 50,000-product cache.

Targets: median edit commit < 1 ms (p99 reported); open + list a label of a 50,000-product
cache < 300 ms. References measured in the same run on the same disk: a bare sqlite3 one-row
UPDATE commit with the same pragmas (WAL, synchronous=FULL), and a bare connect + 200-row SELECT.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from app.domain.resources import Label, Product
from app.store import CatalogStore, open_catalog

EDITS = 1000
PRODUCTS = 50_000


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def bench_edits(folder: Path) -> None:
    store = open_catalog(folder / "edits.sqlite3")
    label = store.catalog.upsert_cached("label", Label(id="1", name="Bench"))
    products = [store.drafts.create_product(label, name=f"Album {i}", artist=["A"]) for i in range(50)]
    times: list[float] = []
    for i in range(EDITS):
        product = products[i % len(products)]
        start = time.perf_counter()
        store.drafts.edit("product", product, {"subtitle": f"take {i}"})
        times.append(time.perf_counter() - start)
    store.close()

    conn = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(i, "") for i in range(50)])
    raw: list[float] = []
    for i in range(EDITS):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE t SET v = ? WHERE id = ?", (f"take {i}", i % 50))
        conn.execute("COMMIT")
        raw.append(time.perf_counter() - start)
    conn.close()

    med, p99 = statistics.median(times) * 1e3, _pct(times, 99) * 1e3
    rmed, rp99 = statistics.median(raw) * 1e3, _pct(raw, 99) * 1e3
    print(f"edits: {EDITS} single-field edits (object + outbox + state, one transaction each)")
    print(f"  store.drafts.edit  median {med:.3f} ms  p99 {p99:.3f} ms  (target: median < 1 ms)")
    print(f"  bare UPDATE     median {rmed:.3f} ms  p99 {rp99:.3f} ms  (same pragmas, same disk)")
    print(f"  ratio store/bare: median {med / rmed:.1f}x, p99 {p99 / rp99:.1f}x")
    print(f"  verdict: {'OK' if med < 1.0 else 'OVER TARGET'}")


def seed_big_cache(store: CatalogStore, count: int = PRODUCTS) -> str:
    """The large catalog the store and GUI benchmarks measure: "Huge Label" with ``count`` cached
    products (every 97th named Neon, a third drafts) and an empty "Small Label"; returns the huge
    label's local id."""
    label = store.catalog.upsert_cached("label", Label(id="1", name="Huge Label"))
    store.catalog.upsert_cached("label", Label(id="2", name="Small Label"))
    batch: list[tuple[Product, str | None]] = []
    for i in range(count):
        batch.append((Product(id=str(1000 + i), name=f"Release {i:05d} {'Neon' if i % 97 == 0 else 'Tide'}",
                              upc_code=f"{840000000000 + i:013d}", artist=[f"Artist {i % 500}"],
                              status="active" if i % 3 else "draft", label_id="1",
                              updated_at="2026-01-01T00:00:00Z"), label))
        if len(batch) == 5000:
            store.catalog.upsert_cached_many("product", batch)
            batch = []
    if batch:
        store.catalog.upsert_cached_many("product", batch)
    return label


def bench_big_cache(folder: Path) -> None:
    path = folder / "big.sqlite3"
    store = open_catalog(path)
    start = time.perf_counter()
    seed_big_cache(store)
    seeded = time.perf_counter() - start
    store.close()
    print(f"cache: {PRODUCTS} products seeded through upsert_cached_many in {seeded:.1f} s "
          f"({PRODUCTS / seeded:,.0f}/s), file {path.stat().st_size / 1e6:.1f} MB")

    runs: list[float] = []
    for _ in range(5):
        start = time.perf_counter()
        s = open_catalog(path)
        labels = s.catalog.labels()
        huge = next(row for row in labels if row.name == "Huge Label")
        page = s.catalog.products(huge.local_id, limit=200)
        total = s.catalog.count_products(huge.local_id)
        runs.append(time.perf_counter() - start)
        s.close()
        assert len(page) == 200 and total == PRODUCTS

    raw_runs: list[float] = []
    for _ in range(5):
        start = time.perf_counter()
        conn = sqlite3.connect(path)
        rows = conn.execute("SELECT local_id, name FROM objects WHERE kind = 'product' AND "
                            "parent_local_id = ? ORDER BY name COLLATE NOCASE, id LIMIT 200",
                            (huge.local_id,)).fetchall()
        raw_runs.append(time.perf_counter() - start)
        conn.close()
        assert len(rows) == 200
    med, rmed = statistics.median(runs) * 1e3, statistics.median(raw_runs) * 1e3
    print(f"  open + labels() + products(label, 200) + count: median {med:.1f} ms, max "
          f"{max(runs) * 1e3:.1f} ms (target < 300 ms)")
    print(f"  bare connect + 200-row SELECT: median {rmed:.1f} ms; ratio {med / rmed:.1f}x")

    s = open_catalog(path)
    deep: list[float] = []
    for offset in (10_000, 25_000, 49_800):
        start = time.perf_counter()
        s.catalog.products(huge.local_id, offset=offset, limit=200)
        deep.append(time.perf_counter() - start)
    print(f"  deep pages (offset 10k/25k/49.8k): {', '.join(f'{d * 1e3:.1f}' for d in deep)} ms")
    keystrokes = ["n", "ne", "neo", "neon", "artist 4", "84000000", "release 0499"]
    search: list[float] = []
    for text in keystrokes:
        start = time.perf_counter()
        s.catalog.search_products(text, label_local_id=huge.local_id)
        search.append(time.perf_counter() - start)
    s.close()
    print(f"  search per keystroke ({', '.join(repr(k) for k in keystrokes)}): median "
          f"{statistics.median(search) * 1e3:.1f} ms, max {max(search) * 1e3:.1f} ms (target < 50 ms)")
    print(f"  verdict: {'OK' if med < 300 else 'OVER TARGET'}")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        folder = Path(tmp)
        bench_edits(folder)
        bench_big_cache(folder)


if __name__ == "__main__":
    main()
