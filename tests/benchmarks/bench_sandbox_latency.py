"""Small requests on a kept-alive connection, with and without TCP_NODELAY, in the same run.

Two limbo sandboxes run side by side in child processes, one whose listener is made the way
``bind_listener`` makes it (IPPROTO_TCP, so asyncio sets TCP_NODELAY on each accepted connection) and
one made without it (``tcp_nodelay=False``: the socket the sandbox used to create). Rounds alternate
between them so machine noise falls on both alike. Measured per request on one kept-alive httpx
connection: a small GET, and a small write (POST then PATCH of a label) like each step of a sync run.
The figure to read is the ratio without/with in this run; absolute times depend on the machine.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from tests.sandbox.helpers import JSONAPI, configured_sandbox_process, token_for

ROUNDS = int(os.environ.get("RELEASEDESK_BENCH_LATENCY_ROUNDS", "6"))
PER_ROUND = 40


def _client(sb: object) -> httpx.Client:
    return httpx.Client(
        base_url=sb.api_url,  # type: ignore[attr-defined]
        headers={"Authorization": f"Bearer {token_for(sb)}", "Accept": JSONAPI, "Content-Type": JSONAPI},
        timeout=30,
    )


def _gets(client: httpx.Client, times: list[float]) -> None:
    for _ in range(PER_ROUND):
        start = time.perf_counter()
        response = client.get("/languages/1")
        times.append(time.perf_counter() - start)
        assert response.status_code == 200


def _writes(client: httpx.Client, times: list[float], tag: str) -> None:
    for i in range(PER_ROUND // 4):
        start = time.perf_counter()
        created = client.post("/labels", json={"data": {"type": "labels", "attributes": {"name": f"{tag}{i}"},
                                                        "relationships": {"company": {"data": {
                                                            "type": "companies", "id": "1"}}}}})
        times.append(time.perf_counter() - start)
        assert created.status_code == 201, created.text
        label = created.json()["data"]["id"]
        start = time.perf_counter()
        changed = client.patch(f"/labels/{label}", json={"data": {"type": "labels", "id": label,
                                                                  "attributes": {"description": "x"}}})
        times.append(time.perf_counter() - start)
        assert changed.status_code == 200


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-latency-") as folder, \
            configured_sandbox_process(Path(folder) / "on", tcp_nodelay=True) as on, \
            configured_sandbox_process(Path(folder) / "off", tcp_nodelay=False) as off:
        results: dict[str, dict[str, list[float]]] = {
            name: {"get": [], "write": []} for name in ("nodelay", "no nodelay")
        }
        with _client(on) as fast, _client(off) as slow:
            for client in (fast, slow):  # warm up: connection, token, caches
                client.get("/languages/1")
            for round_no in range(ROUNDS):
                for name, client in (("nodelay", fast), ("no nodelay", slow)):
                    _gets(client, results[name]["get"])
                    _writes(client, results[name]["write"], f"r{round_no}-")
    for kind in ("get", "write"):
        with_ = results["nodelay"][kind]
        without = results["no nodelay"][kind]
        print(f"{kind:5s} with TCP_NODELAY   : n={len(with_)} p50 {_ms(with_, 0.5):6.2f} ms  "
              f"p99 {_ms(with_, 0.99):6.2f} ms  mean {1000 * statistics.mean(with_):6.2f} ms")
        print(f"{kind:5s} without (before)   : n={len(without)} p50 {_ms(without, 0.5):6.2f} ms  "
              f"p99 {_ms(without, 0.99):6.2f} ms  mean {1000 * statistics.mean(without):6.2f} ms")
        print(f"{kind:5s} ratio without/with : p50 x{_ms(without, 0.5) / _ms(with_, 0.5):.1f}")
    _label_profiles()


def _label_profiles() -> None:
    """The label-profiles sandbox shares bind_listener; served in this process (same GIL, same rounds)."""
    from app.sandbox.label_profiles import start_label_profiles_sandbox

    servers = {name: start_label_profiles_sandbox(demo=True, tcp_nodelay=flag)
               for name, flag in (("nodelay", True), ("no nodelay", False))}
    times: dict[str, list[float]] = {name: [] for name in servers}
    try:
        clients = {name: httpx.Client(base_url=sb.base_url, headers={"Authorization": f"Bearer {sb.token}"})
                   for name, sb in servers.items()}
        for _ in range(ROUNDS):
            for name, client in clients.items():
                for _ in range(PER_ROUND):
                    start = time.perf_counter()
                    assert client.get("/api/labels?size=1").status_code == 200
                    times[name].append(time.perf_counter() - start)
        for client in clients.values():
            client.close()
    finally:
        for sb in servers.values():
            sb.stop()
    with_, without = times["nodelay"], times["no nodelay"]
    print(f"label-profiles GET p50 with {_ms(with_, 0.5):.2f} ms, without {_ms(without, 0.5):.2f} ms "
          f"(x{_ms(without, 0.5) / _ms(with_, 0.5):.1f})")


if __name__ == "__main__":
    main()
