"""Send tasks: the documented delivery rules and the pending → waiting → procesing → completed/error path,
driven by a fake clock (the one OS edge faked here)."""

from __future__ import annotations

import time

import pytest

from tests.sandbox.helpers import Api, many, new_label, new_product, one, pointers, ready_product

SPOTIFY, APPLE, DEEZER, TIDAL = 1801, 1876, 1804, 1805


class FakeClock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def api(sandbox_factory, clock):
    return Api(sandbox_factory(delivery_seconds=4.0, clock=clock, token_ttl=10**7))


def send(api: Api, product: str, dui: int, delivery_type: str = "delivery", expect: int = 201, **attrs):
    response = api.post(
        "/send-tasks",
        {
            "data": {
                "type": "send-tasks",
                "attributes": {"deliverable": True, "delivery-type": delivery_type, **attrs},
                "relationships": {
                    "product": one("products", product),
                    "dsp-upload-identification": one("dsp-upload-identifications", dui),
                },
            }
        },
    )
    assert response.status_code == expect, response.text
    return response.json()


def status(api: Api, task: str) -> dict:
    return api.get(f"/send-tasks/{task}").json()["data"]["attributes"]


def test_status_moves_pending_waiting_procesing_completed_over_delivery_seconds(api, clock):
    product = ready_product(api)
    task = send(api, product, SPOTIFY)["data"]
    assert task["attributes"]["status"] == "pending" and task["attributes"]["priority"] == "normal"
    seen = []
    for step in (0.5, 1.0, 1.0, 1.0, 1.0):
        clock.now += step
        seen.append(status(api, task["id"])["status"])
    assert seen == ["pending", "waiting", "procesing", "procesing", "completed"]
    final = status(api, task["id"])
    assert final["ack-status-message"] == {"FileStatus": ["FileOK"]}
    assert final["message-id"].startswith("PADPIDA") and final["batch-id"] and final["sent-on"]
    assert final["error-message"] is None


def test_product_must_be_active_except_for_delete(api):
    product = new_product(api, new_label(api))
    refused = send(api, product, SPOTIFY, expect=422)
    assert pointers_of(refused) == ["/data/relationships/product"]
    assert send(api, product, SPOTIFY, "delete")["data"]["attributes"]["delivery-type"] == "delete"


def pointers_of(doc: dict) -> list[str]:
    return [e["source"]["pointer"] for e in doc["errors"]]


def test_a_second_task_for_the_same_product_dsp_and_type_waits_for_the_first(api, clock):
    product = ready_product(api)
    send(api, product, SPOTIFY)
    duplicate = send(api, product, SPOTIFY, expect=422)
    assert pointers_of(duplicate) == ["/data/attributes/delivery-type"]
    assert "in progress" in duplicate["errors"][0]["detail"]
    send(api, product, APPLE)  # another DSP is fine
    clock.now += 5
    send(api, product, SPOTIFY, "update")  # another type is fine
    send(api, product, SPOTIFY)  # the first one completed


def test_delivery_without_a_right_for_the_dsp_ends_in_error_with_a_reason(api, clock):
    product = ready_product(api, dsps=(1,))
    task = send(api, product, TIDAL)["data"]
    clock.now += 5
    final = status(api, task["id"])
    assert final["status"] == "error"
    assert "Tidal" in final["error-message"] and "right" in final["error-message"]
    assert final["ack-status-message"] == {"FileStatus": ["FileError"], "Reason": final["error-message"]}


def test_delivery_without_an_active_offer_for_the_dsp_ends_in_error(api, clock):
    product = ready_product(api, activate=True)
    default = api.get("/offers", **{"filter[product-id]": product, "filter[is-default]": "true"}).json()[
        "data"
    ][0]
    api.update("offers", default["id"], {"status": "draft"})
    task = send(api, product, SPOTIFY)["data"]
    clock.now += 5
    assert "offer" in status(api, task["id"])["error-message"]
    api.create(
        "offers",
        {"is-default": False, "status": "active", "release-date": "2023-10-01"},
        {
            "product": one("products", product),
            "dsp-upload-identifications": many("dsp-upload-identifications", APPLE),
        },
    )
    apple = send(api, product, APPLE)["data"]
    clock.now += 5
    assert status(api, apple["id"])["status"] == "completed"


def test_update_of_a_release_never_delivered_ends_in_error(api, clock):
    product = ready_product(api, dsps=(1, 4))
    task = send(api, product, DEEZER, "update")["data"]
    clock.now += 5
    assert "never delivered" in status(api, task["id"])["error-message"]


def test_next_priority_skips_validations(api, clock):
    product = new_product(api, new_label(api))  # draft, no rights, no offer
    task = send(api, product, TIDAL, priority="next")["data"]
    clock.now += 5
    assert status(api, task["id"])["status"] == "completed"


def test_delivery_types_and_priorities_are_checked(api):
    product = ready_product(api, dsps=(1, 2, 4))
    bad = send(api, product, SPOTIFY, "takedown", expect=422)
    assert pointers_of(bad) == ["/data/attributes/delivery-type"]
    bad = send(api, product, SPOTIFY, priority="asap", expect=422)
    assert pointers_of(bad) == ["/data/attributes/priority"]
    for delivery_type, dui in (("delivery", SPOTIFY), ("redelivery", APPLE), ("update", DEEZER)):
        send(api, product, dui, delivery_type, priority="urgent")
    missing = api.post("/send-tasks", {"data": {"type": "send-tasks", "attributes": {}}})
    assert pointers(missing) == [
        "/data/relationships/product",
        "/data/relationships/dsp-upload-identification",
        "/data/attributes/delivery-type",
    ]


def test_a_future_send_date_holds_the_task_in_pending(api, clock):
    product = ready_product(api)
    later = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(clock.now + 3600))
    task = send(api, product, SPOTIFY, **{"send-date": later})["data"]
    assert task["attributes"]["send-date"] == later
    clock.now += 1800
    assert status(api, task["id"])["status"] == "pending"
    clock.now += 1800 + 5
    assert status(api, task["id"])["status"] == "completed"


def test_next_priority_has_a_daily_quota_of_1000(api):
    product = new_product(api, new_label(api))
    store = api.sb.app.store
    rows = [
        (
            {"priority": "next", "delivery-type": "delete", "status": "completed"},
            {
                "product": {"type": "products", "id": product},
                "dsp-upload-identification": {"type": "dsp-upload-identifications", "id": str(SPOTIFY)},
            },
        )
    ] * 1000
    store.insert_many("send-tasks", rows)
    refused = send(api, product, DEEZER, priority="next", expect=422)
    assert pointers_of(refused) == ["/data/attributes/priority"]
    assert "1,000" in refused["errors"][0]["detail"]


def test_an_undeliverable_task_waits_in_pending_until_made_deliverable(api, clock):
    product = ready_product(api)
    task = send(api, product, SPOTIFY, deliverable=False)["data"]
    clock.now += 60
    assert status(api, task["id"])["status"] == "pending"
    api.update("send-tasks", task["id"], {"deliverable": True})
    clock.now += 5
    assert status(api, task["id"])["status"] == "completed"
    refused = api.patch(
        f"/send-tasks/{task['id']}",
        {"data": {"type": "send-tasks", "id": task["id"], "attributes": {"priority": "urgent"}}},
    )
    assert refused.status_code == 422  # only a pending task can change
