"""Tags as drafts that sync once, tag search, and bulk work through one send-task factory."""

from __future__ import annotations

import time

import pytest

from app.api.client import ApiClient
from app.api.errors import ValidationFailed
from app.cli import main
from app.domain.resources import Product, SendTask, SendTaskFactory
from app.services.bulk import BulkService
from app.services.delivery import DeliveryService
from app.services.sync import SyncService
from app.services.tags import TagService

from .conftest import DELIVERY_SECONDS


def _product(api: ApiClient, name: str) -> Product:
    return next(p for p in api.list(Product) if p.name == name)


def test_tag_cli_edits_offline_and_one_sync_sends_it_once(api, store, live_sandbox, capsys) -> None:
    night = _product(api, "Night Swimming")
    assert main(["tag", str(night.id), "add", "  Summer   Hits "]) == 0
    assert "Summer Hits" in capsys.readouterr().out
    assert main(["tag", str(night.id), "add", "summer hits"]) == 0  # same tag, any case: nothing queued
    assert "Nothing to change" in capsys.readouterr().out
    assert store.outbox.pending_count() == 1
    local = store.catalog.local_id_for("product", str(night.id))
    assert [p.name for p in store.catalog.search_products("tag:summer-nothing")] == []
    assert [p.name for p in store.catalog.search_products('tag:"summer hits"')] == ["Night Swimming"]
    assert [p.name for p in store.catalog.search_products('night tag:"Summer Hits"')] == ["Night Swimming"]
    assert [p.name for p in store.catalog.search_products("tag:jazz hour")] == ["Blue Hour"]
    live_sandbox.reset_stats()
    sync = SyncService(store.catalog, store.drafts, store.outbox, api)
    sync.send()
    sync.send()
    patches = sum(n for route, n in live_sandbox.stats()["by_route"].items() if route.startswith("PATCH"))
    assert patches == 1 and store.outbox.pending_count() == 0
    assert api.get(Product, str(night.id)).tags == ["Summer Hits"]
    tagged = BulkService(api).products_with_tag("summer hits")
    assert [p.name for p in tagged] == ["Night Swimming"]
    assert main(["tag", str(night.id), "remove", "SUMMER HITS"]) == 0
    sync.send()
    assert api.get(Product, str(night.id)).tags == []
    assert TagService(store.catalog, store.drafts).tags(local) == []


def test_tag_refuses_bad_names_and_unknown_products(api, store, capsys) -> None:
    night = _product(api, "Night Swimming")
    assert main(["tag", str(night.id), "add", "x" * 101]) == 2
    assert "1 to 100 characters" in capsys.readouterr().err
    assert main(["tag", "987654", "add", "ok"]) == 2
    assert "no product with id 987654" in capsys.readouterr().err
    assert store.outbox.pending_count() == 0


def test_sandbox_refuses_hostile_tags(api) -> None:
    night = _product(api, "Night Swimming")
    night.tags = ["ok", ""]  # type: ignore[list-item]
    with pytest.raises(ValidationFailed):
        api.update(night, fields=["tags"])
    night.tags = [f"t{i}" for i in range(51)]
    with pytest.raises(ValidationFailed):
        api.update(night, fields=["tags"])


def test_500_by_3_factory_takes_at_most_5_requests(api, live_sandbox) -> None:
    label = live_sandbox.seed_products(500)
    products = list(api.list(Product, filters={"label-id": label}))
    assert len(products) == 500
    bulk = BulkService(api)
    before = api.request_count
    plan = bulk.plan(products, ["Spotify", "Deezer", "Tidal"], "delivery")
    factory = bulk.create(plan)
    assert api.request_count - before <= 5
    assert plan.task_count == factory.total_count == 1500
    assert len(plan.lines()) == 1500 and plan.lines()[0][3] == "Spotify"
    tasks = bulk.tasks(str(factory.id))
    assert len(tasks) == 1500
    # drafts cannot be delivered: every task failed at once, each with its reason
    assert factory.error_count == 1500
    assert all("must be active" in bulk.reason(t) for t in tasks[:10])


def test_factory_watched_to_completion_with_a_stuck_task_and_one_click_redeliver(api) -> None:
    products = [_product(api, n) for n in ("Night Swimming", "Low Tide", "Blue Hour")]
    bulk = BulkService(api)
    from app.domain.resources import Right

    napster = bulk.targets(["Napster"])[0]
    for product in products:
        api.create(Right(action="add", distributed_id=str(product.id), dsp_ids=["8"], continent_ids=["1"]))
    factory = bulk.create(bulk.plan(products, ["Spotify", "Napster"], "update"))
    tasks = bulk.tasks(str(factory.id))
    poller = bulk.poller(tasks, min_interval=DELIVERY_SECONDS / 4, max_interval=DELIVERY_SECONDS)
    deadline = time.monotonic() + 30
    while not poller.done and time.monotonic() < deadline:
        poller.refresh()
        time.sleep(poller.interval)
    final = bulk.tasks(str(factory.id))
    by = {(t.product_id, t.dsp_upload_identification_id): t for t in final}
    assert all(by[(str(p.id), "1801")].status == "completed" for p in products)
    # the update of a release never delivered to Napster fails; the stall applies to deliveries
    assert all(by[(str(p.id), napster.dui_id)].status == "error" for p in products)
    counts = bulk.factory(str(factory.id)).counts()
    assert counts == {"completed": 3, "waiting": 0, "sending": 0, "error": 3, "stuck": 0}
    # a delivery to the stalled channel waits, then is stuck with its reason
    first = bulk.create(bulk.plan(products[:1], ["Napster"], "delivery"))
    task = bulk.tasks(str(first.id))[0]
    poller = bulk.poller([task], min_interval=DELIVERY_SECONDS / 4, max_interval=DELIVERY_SECONDS)
    deadline = time.monotonic() + 30
    while not poller.done and time.monotonic() < deadline:
        poller.refresh()
        time.sleep(poller.interval)
    stuck = api.get(SendTask, str(task.id))
    assert stuck.status == "stuck" and "Redeliver" in bulk.reason(stuck)
    problems = bulk.problem_tasks([str(products[0].id)])
    assert [t.id for t in problems if t.status == "stuck"] == [stuck.id]
    again = bulk.redeliver(stuck, DeliveryService(api).redeliver)
    poller = bulk.poller([again], min_interval=DELIVERY_SECONDS / 4, max_interval=DELIVERY_SECONDS)
    deadline = time.monotonic() + 30
    while not poller.done and time.monotonic() < deadline:
        poller.refresh()
        time.sleep(poller.interval)
    assert api.get(SendTask, str(again.id)).status == "completed"
    assert stuck.id not in {t.id for t in bulk.problem_tasks([str(products[0].id)])}


def test_deliver_cli_by_tag_uses_one_factory_and_wait_exit_code(api, live_sandbox, capsys) -> None:
    live_sandbox.reset_stats()
    code = main(["deliver", "--tag", "jazz", "--dsp", "Spotify", "--type", "update", "--wait",
                 "--poll-interval", "0.1", "--timeout", "30"])
    out = capsys.readouterr().out
    posts = {route: n for route, n in live_sandbox.stats()["by_route"].items() if route.startswith("POST")}
    assert list(posts.values()) == [1] and "send-task-factories" in next(iter(posts))
    assert "One factory, 6 tasks" in out
    # only Blue Hour and the taken-down release were ever delivered: drafts and others fail
    assert code == 1 and "Blue Hour" in out and "completed" in out and "must be active" in out
    blue = _product(api, "Blue Hour")
    assert main(["deliver", str(blue.id), str(_product(api, "Night Swimming").id), "--dsp", "Spotify",
                 "--type", "update", "--wait", "--poll-interval", "0.1", "--timeout", "30"]) == 0
    factories = list(api.list(SendTaskFactory))
    assert len(factories) == 2 and factories[-1].total_count == 2


def test_next_quota_is_enforced_for_factories(api, live_sandbox) -> None:
    label = live_sandbox.seed_products(400)
    products = list(api.list(Product, filters={"label-id": label}))
    bulk = BulkService(api)
    bulk.create(bulk.plan(products, ["Spotify", "Deezer"], "delivery", priority="next"))
    with pytest.raises(ValidationFailed) as refused:
        bulk.create(bulk.plan(products, ["Tidal"], "delivery", priority="next"))
    assert "200 of the daily 1,000 are left" in str(refused.value)
