"""The --demo catalog: believable, in every status, and consistent with the sandbox's own rules."""

from __future__ import annotations

from collections import Counter

from tests.sandbox.helpers import Api


def statuses(api: Api, path: str) -> Counter[str]:
    return Counter(d["attributes"]["status"] for d in api.get(path, **{"page[size]": "200"}).json()["data"])


def test_demo_catalog_has_products_and_deliveries_in_every_status(demo_sandbox):
    api = Api(demo_sandbox)
    assert len(api.get("/labels").json()["data"]) >= 2
    products = statuses(api, "/products")
    assert sum(products.values()) == 20 and set(products) == {"draft", "active", "archived"}
    expected = {"pending", "waiting", "procesing", "completed", "error", "stuck"}
    assert set(statuses(api, "/send-tasks")) == expected
    records = api.get("/records", **{"page[size]": "5"}).json()["data"]
    assert records and all(r["attributes"]["file"]["codec"] == "flac" for r in records)
    availabilities = api.get("/availabilities").json()["data"]
    assert availabilities and api.get("/artists").json()["meta"]["page"]["total"] >= 5
    failed = api.get("/send-tasks", **{"filter[status]": "error"}).json()["data"][0]["attributes"]
    assert failed["error-message"] and failed["ack-status-message"]["FileStatus"] == ["FileError"]


def test_demo_drafts_follow_the_activation_rules(sandbox_factory):
    api = Api(sandbox_factory(demo=True))
    by_name = {
        p["attributes"]["name"]: p["id"] for p in api.get("/products", **{"page[size]": "50"}).json()["data"]
    }
    ready = by_name["Saudade Remixes"]
    assert api.update("products", ready, {"status": "active"})["data"]["attributes"]["status"] == "active"
    for name, missing in (
        ("Costa Sessions", "has no record"),
        ("Palmeras", "cover"),
        ("Orbitals", "default offer"),
        ("Untitled Sketches", "no tracks"),
    ):
        response = api.patch(
            f"/products/{by_name[name]}",
            {"data": {"type": "products", "id": by_name[name], "attributes": {"status": "active"}}},
        )
        assert response.status_code == 422, name
        assert missing in " ".join(e["detail"] for e in response.json()["errors"]), name
    cover = api.client.get(api.get(f"/products/{ready}").json()["data"]["attributes"]["cover-url"])
    assert cover.status_code == 200 and cover.content[:2] == b"\xff\xd8"
