"""Sync benchmark: 20 products x 12 tracks with small masters, sent to the sandbox by the engine.

Prints seconds and requests per operation, against a reference measured in the same run: the same
catalog created by calling the API client directly in a plain loop (no store, no outbox, no
in-flight marking, no lookups) on a fresh sandbox. A third run drops 10 responses after the server
acted, to show what exactly-once costs when the network misbehaves (and that nothing is doubled).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from app.api.client import ApiClient
from app.domain.resources import Label, Product, Record, Track
from app.platform.profiles import Profile
from app.platform.secrets import MemorySecretStore
from app.sandbox.runner import RunningSandbox, start_sandbox
from app.store import CatalogStore, open_catalog
from app.sync import SyncEngine
from tests.sync.release import isrc, upc, write_cover, write_master

PRODUCTS = 20
TRACKS = 12


def _client(sb: RunningSandbox) -> ApiClient:
    client = ApiClient(Profile("bench", sb.base_url, sb.dialect, sb.email), MemorySecretStore(),
                       backoff_base=0.05, backoff_cap=0.2)
    client.login(sb.password)
    return client


def _product_fields(p: int) -> dict[str, object]:
    return {"name": f"Bench Album {p:02d}", "upc_code": upc(500 + p), "artist": ["Bench Artist"],
            "copyright_line": "2026 Bench", "production_line": "2026 Bench", "production_year": 2026,
            "language_id": "5", "product_type_id": "1"}


def _track_fields(p: int, t: int) -> dict[str, object]:
    return {"title": f"Track {t + 1}", "track_number": t + 1, "volume_number": 1,
            "isrc_code": isrc(p * 100 + t), "artist": ["Bench Artist"]}


def _counts(client: ApiClient) -> tuple[int, int, int]:
    return (sum(1 for _ in client.list(Product)), sum(1 for _ in client.list(Track)),
            sum(1 for _ in client.list(Record)))


def _fill_store(store: CatalogStore, masters: list[Path], cover: Path) -> None:
    label = store.drafts.create_label(name="Bench Label")
    for p in range(PRODUCTS):
        product = store.drafts.create_product(label, **_product_fields(p))
        store.drafts.set_cover(product, cover)
        for t in range(TRACKS):
            track = store.drafts.create_track(product, **_track_fields(p, t))
            store.drafts.attach_master(track, masters[t])


def run_engine(folder: Path, masters: list[Path], cover: Path, drops: int) -> tuple[float, int, int, tuple]:
    sb = start_sandbox(data_dir=folder / f"sb-engine-{drops}")
    try:
        client = _client(sb)
        store = open_catalog(folder / f"engine-{drops}.sqlite3")
        _fill_store(store, masters, cover)
        ops = store.outbox.pending_count()
        api = sb.api_url.split(sb.base_url, 1)[1]
        if drops:
            for path, n in (("products", 3), ("tracks", 4), ("records", 3)):
                sb.inject_fault("POST", rf"^{api}/{path}$", status=0, when="after", count=n)
        start = time.perf_counter()
        report = SyncEngine(store.catalog, store.drafts, store.outbox, client, server_backoff=0.05).run()
        seconds = time.perf_counter() - start
        assert report.ok, report.lines[-5:]
        counts = _counts(client)
        store.close()
        client.close()
        return seconds, report.requests, ops, counts
    finally:
        sb.stop()


def run_direct(folder: Path, masters: list[Path], cover: Path) -> tuple[float, int]:
    sb = start_sandbox(data_dir=folder / "sb-direct")
    try:
        client = _client(sb)
        start = time.perf_counter()
        before = client.request_count
        company = client.whoami().company
        label = client.create(Label(name="Bench Label", company_id=company.id if company else "1"))
        for p in range(PRODUCTS):
            fields = _product_fields(p)
            product = client.create(Product(status="draft", label_id=label.id, **fields))
            client.upload_cover(product.id or "", cover)
            for t in range(TRACKS):
                track = client.create(Track(product_id=product.id, **_track_fields(p, t)))
                client.upload_record(track.id or "", masters[t])
        seconds = time.perf_counter() - start
        requests = client.request_count - before
        client.close()
        return seconds, requests
    finally:
        sb.stop()


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        folder = Path(tmp)
        masters = [write_master(folder / f"m{t:02d}.flac", seconds=2.0, freq=220 + 30 * t, seed=t)
                   for t in range(TRACKS)]
        cover = write_cover(folder / "cover.jpg", size=1400)
        size_kb = sum(m.stat().st_size for m in masters) / len(masters) / 1024
        print(f"catalog: 1 label, {PRODUCTS} products x {TRACKS} tracks, masters ~{size_kb:.0f} KB "
              f"FLAC (2 s), one 1400x1400 cover per product")

        direct_s, direct_req = run_direct(folder, masters, cover)
        engine_s, engine_req, ops, counts = run_engine(folder, masters, cover, drops=0)
        drop_s, drop_req, drop_ops, drop_counts = run_engine(folder, masters, cover, drops=10)

        print(f"  direct client loop (reference): {direct_s:.2f} s, {direct_req} requests")
        print(f"  sync engine:      {engine_s:.2f} s, {engine_req} requests for {ops} operations "
              f"= {engine_req / ops:.2f} requests/operation; server has {counts[0]} products, "
              f"{counts[1]} tracks, {counts[2]} records")
        print(f"  ratio engine/direct: time {engine_s / direct_s:.2f}x, "
              f"requests {engine_req / direct_req:.2f}x")
        print(f"  with 10 dropped responses after the server acted: {drop_s:.2f} s, {drop_req} requests "
              f"({drop_req / drop_ops:.2f}/operation); server has {drop_counts[0]} products, "
              f"{drop_counts[1]} tracks, {drop_counts[2]} records (no duplicates: "
              f"{'yes' if drop_counts == (PRODUCTS, PRODUCTS * TRACKS, PRODUCTS * TRACKS) else 'NO'})")


if __name__ == "__main__":
    main()
