"""Watching 1,000 in-flight send tasks: requests per minute, and GUI-thread time per refresh.

The real code path: a sandbox (in its own process, as a real server would be, so it does not compete
with the app for the GIL) holding 1,000 send tasks that move pending → waiting → procesing →
completed/error over a staggered half minute; the delivery dashboard (DeliveryController + its
poller Job on the task runner's worker thread + SendTaskModel behind a sorted proxy in a shown
QTableView). We count the HTTP requests the sandbox saw, time every model update on the GUI thread,
and watch the GUI thread with a 5 ms heartbeat timer for the longest stall.

References measured in the same run:
- requests: a naive poll (one GET /send-tasks/ID per in-flight task), timed for one refresh;
- GUI time: a full model reset with all 1,000 tasks (what a "reload everything" dashboard does).

    python -m tests.benchmarks delivery
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

TASKS = 1000
SPREAD_S = 24.0  # task starts spread over this long
SPAN_S = 8.0  # each task's pending → completed time (sandbox --delivery-seconds)
ERROR_EVERY = 20  # one task in 20 ends in error


def _seed(sb: Any, client: Any) -> list[str]:
    from app.domain.resources import DspUploadIdentification, Label, Product

    label = client.create(Label(name="Bench Label", company_id="1"))
    product = client.create(Product(
        name="Bench Release", upc_code="8445281840433", copyright_line="Bench Records",
        production_line="Bench Records", production_year=2026, status="draft", artist=["Bench"],
        label_id=label.id, language_id="4", product_type_id="1"))
    duis = [str(u.id) for u in client.list(DspUploadIdentification)]
    store = sb.app.store
    now = time.time() + 20.0  # after the naive reference below has been timed
    ids = []
    for i in range(TASKS):
        start = now + SPREAD_S * i / TASKS
        error = i % ERROR_EVERY == 0
        row = store.insert(
            "send-tasks",
            {"deliverable": True, "delivery-type": "delivery", "priority": "normal",
             "status": "pending", "send-date": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(start)),
             "batch-id": None, "ack-status-message": None, "error-message": None},
            {"product": {"type": "products", "id": str(product.id)},
             "dsp-upload-identification": {"type": "dsp-upload-identifications",
                                           "id": duis[i % len(duis)]}},
            extra={"start": start, "outcome": "error" if error else "completed",
                   "reason": "No distribution right covers this DSP (bench)." if error else None})
        ids.append(row.id)
    return ids


NAIVE_SAMPLE = 100


def _naive_refresh(client: Any, ids: list[str]) -> tuple[int, float]:
    """The reference: one GET per task. Timed on a sample of tasks and scaled to all of them (a full
    naive round takes long enough on a busy machine for the seeded tasks to finish meanwhile)."""
    from app.domain.resources import SendTask

    t0 = time.perf_counter()
    for task_id in ids[:NAIVE_SAMPLE]:
        client.get(SendTask, task_id)
    return len(ids), (time.perf_counter() - t0) * len(ids) / NAIVE_SAMPLE


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="bench-delivery-"))
    os.environ["RELEASEDESK_HOME"] = str(home)

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.api.client import ApiClient
    from app.domain.resources import SendTask
    from app.platform.profiles import Profile
    from app.platform.secrets import MemorySecretStore
    from app.sandbox.runner import start_sandbox
    from app.services.delivery import DeliveryService
    from app.ui.delivery.controller import DeliveryController
    from app.ui.delivery.dashboard import DeliveryDashboard
    from app.ui.delivery.models import SendTaskModel
    from app.workers.runner import TaskRunner

    app = QApplication.instance() or QApplication([])
    data = home / "sandbox"
    seeder = start_sandbox(data_dir=data, delivery_seconds=SPAN_S)
    seed_client = ApiClient(Profile("seed", seeder.base_url, seeder.dialect, seeder.email),
                            MemorySecretStore())
    seed_client.login(seeder.password)
    ids = _seed(seeder, seed_client)
    seed_client.close()
    seeder.stop()
    print(f"seeded {len(ids)} send tasks; starts spread over {SPREAD_S:.0f} s, {SPAN_S:.0f} s each")

    server = subprocess.Popen([sys.executable, "-m", "app", "sandbox", "--data", str(data), "--port", "0",
                               "--delivery-seconds", str(SPAN_S)],
                              env={**os.environ, "RELEASEDESK_LANG": "en"}, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    assert server.stdout is not None
    base_url = ""
    for line in server.stdout:
        if line.startswith("Sandbox ready at "):
            base_url = line.split("Sandbox ready at ", 1)[1].strip()
            break
    if not base_url:
        server.kill()
        raise RuntimeError("the sandbox did not start")

    def control(path: str, method: str = "GET") -> dict[str, Any]:
        request = urllib.request.Request(base_url + path, method=method)
        with urllib.request.urlopen(request, timeout=10) as reply:
            body = reply.read()
        return json.loads(body) if body else {}

    client = ApiClient(Profile("bench", base_url, "limbo", seeder.email), MemorySecretStore())
    client.login(seeder.password)
    try:

        naive_requests, naive_s = _naive_refresh(client, ids)
        print(f"reference, one GET per task: {naive_requests} requests and ~{naive_s:.1f} s for one "
              f"refresh (timed on {NAIVE_SAMPLE} tasks)")

        runner = TaskRunner()
        controller = DeliveryController(DeliveryService(client), runner, poll_min=1.0, poll_max=8.0)
        dashboard = DeliveryDashboard(controller)
        dashboard.resize(1200, 700)
        dashboard.show()
        if os.environ.get("RELEASEDESK_BENCH_NO_GC_FREEZE") != "1":
            from app.ui.app import _freeze_startup_objects

            _freeze_startup_objects()  # what run_gui does once start-up is over

        update_ms: list[float] = []
        model_ms: list[float] = []
        changes_per_update: list[int] = []
        original_update = controller.model.update_tasks

        def timed_update(tasks: Any) -> None:
            # the live run measures the model update only: a forced repaint here would itself
            # stall the heartbeat; the repaint is measured after the run on the same batch sizes
            t0 = time.perf_counter()
            original_update(tasks)
            model_ms.append((time.perf_counter() - t0) * 1000)
            changes_per_update.append(len(tasks))

        controller.model.update_tasks = timed_update  # type: ignore[method-assign]

        stalls: list[float] = []
        import gc

        gc_ms: list[float] = []
        gc_started: list[float] = []

        def gc_watch(phase: str, info: dict[str, Any]) -> None:
            if phase == "start":
                gc_started.append(time.perf_counter())
            elif gc_started:
                gc_ms.append((time.perf_counter() - gc_started.pop()) * 1000)

        gc.callbacks.append(gc_watch)
        beat = QElapsedTimer()
        beat.start()
        heartbeat = QTimer()
        heartbeat.setInterval(5)

        def tick() -> None:
            stalls.append(beat.restart())

        heartbeat.timeout.connect(tick)
        refreshes: list[tuple[int, float]] = []
        controller.refreshed.connect(lambda n, interval: refreshes.append((n, interval)))

        control("/_sandbox/stats/reset", "POST")
        started = time.perf_counter()
        fill_ms: list[float] = []
        original_set = controller.model.set_tasks

        def timed_set(tasks: Any) -> None:
            t0 = time.perf_counter()
            original_set(tasks)
            fill_ms.append((time.perf_counter() - t0) * 1000)

        controller.model.set_tasks = timed_set  # type: ignore[method-assign]
        notes: list[str] = []
        controller.notified.connect(lambda title, text, error: notes.append(text))
        load_started = time.perf_counter()
        controller.load()
        while controller.model.rowCount() < TASKS and time.perf_counter() < load_started + 60:
            app.processEvents()
            time.sleep(0.002)
        load_s = time.perf_counter() - load_started
        app.processEvents()
        beat.restart()
        heartbeat.start()
        deadline = started + SPREAD_S + SPAN_S + 60
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)
            job = controller.poller_job
            if controller.model.rowCount() == TASKS and job is not None and job.done \
                    and all(t.is_terminal for t in controller.model.tasks()):
                break
        heartbeat.stop()
        elapsed = time.perf_counter() - started
        stats = control("/_sandbox/stats")
        list_requests = sum(n for route, n in stats["by_route"].items()
                            if route.startswith("GET ") and route.rstrip("/").endswith("send-tasks"))
        total_requests = int(stats["requests"])
        statuses: dict[str, int] = {}
        for task in controller.model.tasks():
            statuses[task.status or ""] = statuses.get(task.status or "", 0) + 1
        poll_rounds = len(refreshes)
        per_refresh = list_requests / max(1, poll_rounds)
        per_minute = total_requests / elapsed * 60
        naive_per_minute = naive_requests * (poll_rounds / elapsed * 60)
        print(f"first load of the dashboard ({TASKS} tasks, names, labels): {load_s:.2f} s on a worker, "
              f"{sum(fill_ms):.1f} ms of it on the GUI thread (model fill; the sort and filters follow)")
        print(f"watched {TASKS} tasks to the end in {elapsed:.1f} s: {statuses}")
        print(f"poller: {poll_rounds} refreshes, {list_requests} send-task list requests "
              f"({per_refresh:.1f} per refresh), {total_requests} requests in all "
              f"(load included) = {per_minute:.0f} requests/min")
        print(f"naive one-GET-per-task at the same refresh rate: {naive_per_minute:.0f} requests/min; "
              f"ratio batched/naive = {per_minute / max(1.0, naive_per_minute):.4f}")
        print(f"GUI thread, model update alone (live): median {statistics.median(model_ms):.2f} ms, "
              f"max {max(model_ms):.2f} ms over {len(model_ms)} refreshes (changes per refresh: "
              f"median {statistics.median(changes_per_update):.0f}, max {max(changes_per_update)})")
        # the same batch sizes again, each followed by a forced repaint of the whole visible table
        import random

        rng = random.Random(5)
        current = controller.model.tasks()
        for size in changes_per_update:
            batch = [SendTask(id=t.id, status=rng.choice(["waiting", "procesing", "completed"]),
                              delivery_type=t.delivery_type, priority=t.priority,
                              product_id=t.product_id,
                              dsp_upload_identification_id=t.dsp_upload_identification_id)
                     for t in rng.sample(current, size)]
            t0 = time.perf_counter()
            original_update(batch)
            dashboard.table.viewport().repaint()
            update_ms.append((time.perf_counter() - t0) * 1000)
        print(f"GUI thread, model update + full repaint per refresh: median "
              f"{statistics.median(update_ms):.2f} ms, p95 {_pct(update_ms, 0.95):.2f} ms, "
              f"max {max(update_ms):.2f} ms over {len(update_ms)} refreshes")
        gc.callbacks.remove(gc_watch)
        print(f"desktop notifications: {len(notes)} for {TASKS} finished tasks")
        print(f"Python garbage collections during the run: {len(gc_ms)}, longest "
              f"{max(gc_ms, default=0):.0f} ms (any thread's collection stops the GUI thread too)")
        gaps = stalls[1:]
        print(f"GUI heartbeat (5 ms timer): longest gap {max(gaps):.0f} ms, p99 {_pct(gaps, 0.99):.0f} ms "
              f"over {len(gaps)} beats (goal: no stall over 16 ms beyond the timer's own 5 ms)")

        # worst case: all 1,000 tasks change in one refresh, against a full reset of the model
        table = dashboard.table
        fresh = [SendTask(id=t.id, status="completed", delivery_type=t.delivery_type,
                          priority=t.priority, product_id=t.product_id,
                          dsp_upload_identification_id=t.dsp_upload_identification_id,
                          ack_status_message={"FileStatus": ["FileOK"]})
                 for t in controller.model.tasks()]
        narrow, reset = [], []
        for _ in range(5):
            t0 = time.perf_counter()
            original_update(fresh)
            table.viewport().repaint()
            narrow.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            original_set(fresh)
            table.viewport().repaint()
            reset.append((time.perf_counter() - t0) * 1000)
        n_ms, r_ms = statistics.median(narrow), statistics.median(reset)
        print(f"all {TASKS} changing at once: narrow update {n_ms:.2f} ms vs model reset {r_ms:.2f} ms "
              f"(ratio {n_ms / r_ms:.2f})")
        assert isinstance(table.model(), type(controller.proxy))
        assert isinstance(controller.model, SendTaskModel)
        controller.stop()
        runner.wait_idle(10_000)
    finally:
        client.close()
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
