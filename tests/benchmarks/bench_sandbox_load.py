"""Twenty clients at once against a --demo limbo sandbox on 127.0.0.1: throughput, latency, errors,
and whether any write was lost or applied twice.

The sandbox runs in a child process (the clients' threads do not share its GIL). Each client keeps one
connection and loops over a realistic mix until it has made ``OPS`` requests or ``SECONDS`` have passed:
listings with includes (40 %), single products (20 %), label lookups by name (10 %), label creations
(15 %, each name unique) and label changes (15 %, each sets a unique description). Afterwards every
label a client was told was created must exist exactly once, and every change it was told was made must
be the value read back. The reference for the latency figures is the same client's bare request
(``GET /languages/1``) measured in the same run before the load.
"""

from __future__ import annotations

import os
import random
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.sandbox.helpers import JSONAPI, configured_sandbox_process, token_for

CLIENTS = 20
OPS = int(os.environ.get("RELEASEDESK_BENCH_LOAD_OPS", "300"))
SECONDS = float(os.environ.get("RELEASEDESK_BENCH_LOAD_SECONDS", "30"))


@dataclass
class ClientLog:
    times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    created: dict[str, str] = field(default_factory=dict)  # name -> id
    described: dict[str, str] = field(default_factory=dict)  # id -> last description the server accepted


def _label_body(name: str) -> dict[str, object]:
    return {"data": {"type": "labels", "attributes": {"name": name},
                     "relationships": {"company": {"data": {"type": "companies", "id": "1"}}}}}


def _run_client(number: int, client: httpx.Client, products: list[str], log: ClientLog, stop: float) -> None:
    rng = random.Random(number)
    for op in range(OPS):
        if time.monotonic() > stop:
            return
        roll = rng.random()
        start = time.perf_counter()
        try:
            if roll < 0.40:
                response = client.get("/products", params={"page[size]": "20", "include": "label,offers",
                                                            "page[number]": str(rng.randint(1, 3))})
                ok = response.status_code == 200
            elif roll < 0.60:
                response = client.get(f"/products/{rng.choice(products)}", params={"include": "tracks"})
                ok = response.status_code == 200
            elif roll < 0.70:
                response = client.get("/labels", params={"filter[name]": f"load-{number}-{op - 1}"})
                ok = response.status_code == 200
            elif roll < 0.85 or not log.created:
                name = f"load-{number}-{op}"
                response = client.post("/labels", json=_label_body(name))
                ok = response.status_code == 201
                if ok:
                    log.created[name] = response.json()["data"]["id"]
            else:
                label = rng.choice(list(log.created.values()))
                text = f"client {number} op {op}"
                response = client.patch(f"/labels/{label}", json={"data": {
                    "type": "labels", "id": label, "attributes": {"description": text}}})
                ok = response.status_code == 200
                if ok:
                    log.described[label] = text
            if not ok:
                log.errors.append(f"{response.request.method} {response.request.url}: {response.status_code}")
        except httpx.HTTPError as exc:
            log.errors.append(f"{type(exc).__name__}: {exc}")
        log.times.append(time.perf_counter() - start)


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-load-") as folder, \
            configured_sandbox_process(Path(folder) / "data", demo=True) as sb:
        token = token_for(sb)
        headers = {"Authorization": f"Bearer {token}", "Accept": JSONAPI, "Content-Type": JSONAPI}
        clients = [httpx.Client(base_url=sb.api_url, headers=headers, timeout=60) for _ in range(CLIENTS)]
        products = [p["id"] for p in clients[0].get("/products", params={"page[size]": "50"}).json()["data"]]
        reference: list[float] = []
        for _ in range(100):
            start = time.perf_counter()
            clients[0].get("/languages/1")
            reference.append(time.perf_counter() - start)
        logs = [ClientLog() for _ in range(CLIENTS)]
        stop = time.monotonic() + SECONDS
        threads = [threading.Thread(target=_run_client, args=(i, clients[i], products, logs[i], stop))
                   for i in range(CLIENTS)]
        began = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - began
        # verification: every acknowledged create exactly once, every acknowledged change read back
        names: Counter[str] = Counter()
        page = 1
        while True:
            listed = clients[0].get("/labels", params={"page[size]": "200", "page[number]": str(page)}).json()
            names.update(label["attributes"]["name"] for label in listed["data"])
            if len(listed["data"]) < 200:
                break
            page += 1
        created = {name: rid for log in logs for name, rid in log.created.items()}
        lost = [name for name in created if names[name] == 0]
        duplicated = [name for name, seen in names.items() if name.startswith("load-") and seen > 1]
        stale = 0
        for log in logs:
            for label, text in log.described.items():
                got = clients[0].get(f"/labels/{label}").json()["data"]["attributes"]["description"]
                # another client may have changed the same label later; only its own labels are checked
                if label in log.created.values() and got != text:
                    stale += 1
        for client in clients:
            client.close()
    times = [t for log in logs for t in log.times]
    errors = [e for log in logs for e in log.errors]
    print(f"{CLIENTS} clients, {len(times)} requests in {elapsed:.1f} s: {len(times) / elapsed:.0f} req/s")
    print(f"latency under load: p50 {_ms(times, 0.5):.1f} ms, p99 {_ms(times, 0.99):.1f} ms "
          f"(reference, one idle client's small GET: p50 {_ms(reference, 0.5):.2f} ms)")
    print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    print(f"writes: {len(created)} labels created, lost {len(lost)}, duplicated {len(duplicated)}, "
          f"{sum(len(log.described) for log in logs)} changes, {stale} not read back")


if __name__ == "__main__":
    main()
