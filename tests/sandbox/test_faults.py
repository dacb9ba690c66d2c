"""Fault injection and statistics, from Python and over the /_sandbox/ HTTP control routes."""

from __future__ import annotations

import httpx
import pytest

from tests.sandbox.helpers import Api, one


@pytest.fixture
def api(sandbox):
    return Api(sandbox)


def label_body(name: str = "L") -> dict:
    return {
        "data": {
            "type": "labels",
            "attributes": {"name": name},
            "relationships": {"company": one("companies", 1)},
        }
    }


def test_fault_before_answers_the_status_without_acting(api, sandbox):
    sandbox.inject_fault("POST", r"^/api/v1/labels$", status=503, count=2, retry_after=0.5)
    for _ in range(2):
        response = api.post("/labels", label_body())
        assert response.status_code == 503
        assert response.headers["retry-after"] == "0.5"
        assert response.json()["errors"][0]["status"] == "503"
    assert api.get("/labels").json()["data"] == []
    assert api.post("/labels", label_body()).status_code == 201


def test_fault_after_acts_then_answers_the_failure(api, sandbox):
    sandbox.inject_fault("POST", r"/labels$", status=500, when="after")
    assert api.post("/labels", label_body("Acted")).status_code == 500
    assert [d["attributes"]["name"] for d in api.get("/labels").json()["data"]] == ["Acted"]


def test_status_zero_drops_the_connection_as_a_transport_error(api, sandbox):
    sandbox.inject_fault("POST", r"^/api/v1/labels$", status=0, when="after")
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.post("/labels", label_body("Dropped"))
    assert len(api.get("/labels").json()["data"]) == 1  # the server acted before the drop
    sandbox.inject_fault("GET", r"^/api/v1/labels$", status=0)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.get("/labels")
    assert api.get("/labels").status_code == 200


def test_faults_match_method_and_path_and_can_be_cleared(api, sandbox):
    sandbox.inject_fault("GET", r"^/api/v1/products", status=429, count=5)
    assert api.get("/labels").status_code == 200
    assert api.post("/products", {"data": {"type": "products", "attributes": {}}}).status_code == 422
    assert api.get("/products").status_code == 429
    sandbox.clear_faults()
    assert api.get("/products").status_code == 200


def test_stats_count_requests_by_route_but_not_control_routes(api, sandbox):
    sandbox.reset_stats()
    api.get("/labels")
    api.get("/labels")
    api.get("/products/1")
    httpx.get(f"{sandbox.base_url}/_sandbox/stats")
    stats = sandbox.stats()
    assert stats["requests"] == 3
    assert stats["by_route"] == {"GET /api/v1/labels": 2, "GET /api/v1/products/1": 1}
    sandbox.reset_stats()
    assert sandbox.stats() == {"requests": 0, "by_route": {}}


def test_control_routes_over_http(api, sandbox):
    base = f"{sandbox.base_url}/_sandbox"
    created = httpx.post(f"{base}/faults", json={"method": "GET", "path": "^/api/v1/labels$", "status": 502})
    assert created.status_code == 201
    assert api.get("/labels").status_code == 502
    httpx.post(
        f"{base}/faults", json={"method": "GET", "path": "^/api/v1/labels$", "status": 503, "count": 3}
    )
    assert httpx.delete(f"{base}/faults").status_code == 204
    assert api.get("/labels").status_code == 200
    assert httpx.post(f"{base}/stats/reset").status_code == 204
    api.get("/dsps")
    assert httpx.get(f"{base}/stats").json() == {"requests": 1, "by_route": {"GET /api/v1/dsps": 1}}
    bad = httpx.post(f"{base}/faults", json={"path": "("})
    assert bad.status_code == 400 and bad.json()["errors"][0]["detail"]
