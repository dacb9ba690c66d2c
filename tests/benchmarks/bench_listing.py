"""Full listing of 50,000 products from the sandbox: requests made against the page count, and seconds.

The goal: at most one request per page, and a time bounded by the server, not the client. The
products are seeded straight into the sandbox's SQLite store with its own bulk ``insert_many`` (50,000
POSTs would measure the create path, not listing). References measured in the same run:
- bare httpx fetching the same pages one after another, only ``json.loads`` per page (what the server
  and the wire cost, without our decoding or prefetch);
Each listing runs in its own process, so the client does not share the sandbox's GIL; each is measured
on loopback and again through a latency proxy (50 ms round trip), where prefetching pays off.
- the client itself without prefetch (``prefetch=1``).
``RELEASEDESK_BENCH_PRODUCTS`` overrides the count.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
ONE_WAY = 0.025  # seconds each way through the latency proxy: a 50 ms round trip, like a distant server


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


LISTER = r"""
import json, sys, time
import httpx
from app.api.client import ApiClient
from app.domain.resources import Product
from app.platform.profiles import Profile
from app.platform.secrets import MemorySecretStore

base_url, api_url, dialect, email, password, mode, pages, page_size = sys.argv[1:9]
pages, page_size = int(pages), int(page_size)
client = ApiClient(Profile("bench", base_url, dialect, email), MemorySecretStore(), timeout=120.0)
client.login(password)
before = client.request_count
start = time.perf_counter()
if mode == "bare":
    token = client.token.get()
    items = 0
    with httpx.Client(headers={"Authorization": "Bearer " + token,
                               "Accept": "application/vnd.api+json"}, timeout=120) as http:
        for number in range(1, pages + 1):
            r = http.get(api_url + "/products",
                         params={"page[number]": str(number), "page[size]": str(page_size)})
            r.raise_for_status()
            items += len(r.json()["data"])
    made = pages
else:
    items = sum(1 for _ in client.list(Product, page_size=page_size, prefetch=int(mode)))
    made = client.request_count - before
print(json.dumps({"seconds": time.perf_counter() - start, "items": items, "requests": made}))
"""


class LatencyProxy:
    """A loopback TCP forwarder adding ``one_way`` seconds each way (a distant server's round trip).

    Each direction has a reader that stamps every chunk with its due time and a writer that sends it
    then, so latency is added without limiting bandwidth. Real sockets, nothing mocked."""

    def __init__(self, target_port: int, one_way: float) -> None:
        import socket
        import threading

        self.one_way = one_way
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._threading = threading
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket

        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            for a, b in ((client, upstream), (upstream, client)):
                self._pipe(a, b)

    def _pipe(self, src: Any, dst: Any) -> None:
        import queue

        chunks: queue.Queue[tuple[float, bytes]] = queue.Queue()

        def read() -> None:
            while True:
                try:
                    data = src.recv(262144)
                except OSError:
                    data = b""
                chunks.put((time.monotonic() + self.one_way, data))
                if not data:
                    return

        def write() -> None:
            while True:
                due, data = chunks.get()
                pause = due - time.monotonic()
                if pause > 0:
                    time.sleep(pause)
                if not data:
                    try:
                        dst.shutdown(1)
                    except OSError:
                        pass
                    return
                try:
                    dst.sendall(data)
                except OSError:
                    return

        self._threading.Thread(target=read, daemon=True).start()
        self._threading.Thread(target=write, daemon=True).start()

    def close(self) -> None:
        self.listener.close()


def measure(sb: Any, mode: str, pages: int, page_size: int, base_url: str | None = None) -> dict[str, Any]:
    """One listing in its own process: the sandbox (this process) does not share its GIL."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    sb.reset_stats()
    base = base_url or sb.base_url
    api = base + sb.api_url[len(sb.base_url):]
    done = subprocess.run([sys.executable, "-c", LISTER, base, api, sb.dialect, sb.email,
                           sb.password, mode, str(pages), str(page_size)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1])
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["served"] = sb.stats()["requests"] - 1  # minus the login
    return result


def run_dialect(dialect: str, count: int, work: Path) -> None:
    from app.api.client import ApiClient
    from app.domain.resources import Label
    from app.platform.profiles import Profile
    from app.platform.secrets import MemorySecretStore
    from app.sandbox.runner import start_sandbox

    sb = start_sandbox(data_dir=work / dialect, dialect=dialect)
    try:
        with ApiClient(Profile("bench", sb.base_url, dialect, sb.email), MemorySecretStore()) as client:
            client.login(sb.password)
            label = client.create(Label(name="Bench", company_id="1"))
        t0 = time.perf_counter()
        seed_products(sb, str(label.id), count)
        print(f"[{dialect}] seeded {count} products in {time.perf_counter() - t0:.1f} s", flush=True)
        page_size = 200
        pages = math.ceil(count / page_size)
        for where, base_url in (("loopback", None), (f"+{2 * ONE_WAY * 1000:.0f} ms RTT", "proxy")):
            proxy = LatencyProxy(int(sb.base_url.rsplit(":", 1)[1]), ONE_WAY) if base_url else None
            url = f"http://127.0.0.1:{proxy.port}" if proxy else None
            try:
                bare = measure(sb, "bare", pages, page_size, url)
                print(f"[{dialect}, {where}] pages: {pages} (page size {page_size}); reference, bare httpx "
                      f"one page after another, json only: {bare['seconds']:6.2f} s", flush=True)
                for prefetch in ("4", "1"):
                    r = measure(sb, prefetch, pages, page_size, url)
                    ok = r["requests"] <= pages and r["items"] == count
                    print(f"[{dialect}, {where}] client prefetch={prefetch}: {r['seconds']:6.2f} s, "
                          f"{r['items']} products, {r['requests']} requests made / {r['served']} served "
                          f"vs {pages} pages -> {'OK' if ok else 'MORE THAN ONE PER PAGE'}; time vs bare: "
                          f"{r['seconds'] / bare['seconds']:.2f}x", flush=True)
            finally:
                if proxy:
                    proxy.close()
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
