"""The sandbox's extracts over real HTTP: the job's lifecycle, the CSV at its result-url, the same
numbers for the same day whatever the range, and every hostile input refused with a 4xx."""

from __future__ import annotations

import csv
import datetime as dt
import io
import time
from typing import Any

import httpx
import pytest

from app.sandbox.runner import RunningSandbox
from app.sandbox.trends import CSV_COLUMNS
from tests.sandbox.helpers import token_for
from tests.trends.conftest import yesterday

JSONAPI = "application/vnd.api+json"


def _headers(sb: RunningSandbox) -> dict[str, str]:
    return {"Authorization": f"Bearer {token_for(sb)}", "Content-Type": JSONAPI, "Accept": JSONAPI}


def _create(sb: RunningSandbox, attrs: dict[str, Any]) -> httpx.Response:
    body = {"data": {"type": "extracts", "attributes": attrs}}
    return httpx.post(sb.api_url + "/extracts", json=body, headers=_headers(sb))


def _wait(sb: RunningSandbox, url: str) -> dict[str, Any]:
    seen = []
    for _ in range(100):
        attrs: dict[str, Any] = httpx.get(url, headers=_headers(sb)).json()["data"]["attributes"]
        seen.append(attrs["status"])
        if attrs["result-url"]:
            assert attrs["status"] == "completed"
            return attrs
        time.sleep(0.05)
    raise AssertionError(f"never completed: {seen}")


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("dialect", ["limbo", "labelcamp"])
def test_extract_lifecycle_and_csv(sandbox_factory, dialect: str) -> None:
    sb = sandbox_factory(dialect=dialect, demo=True, delivery_seconds=0.5)
    until = yesterday()
    since = until - dt.timedelta(days=59)
    created = _create(sb, {"extract-type": "daily-trends", "start-date": since.isoformat(),
                           "end-date": until.isoformat()})
    assert created.status_code == 201, created.text
    data = created.json()["data"]
    assert data["attributes"]["status"] == "pending" and data["attributes"]["result-url"] is None
    assert created.headers["location"] == data["links"]["self"]
    result = _wait(sb, data["links"]["self"])
    answer = httpx.get(result["result-url"])  # a result URL carries its own right to read: no token
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert answer.text.splitlines()[0] == ",".join(CSV_COLUMNS)
    rows = _rows(answer.text)
    assert len(rows) > 1000
    days = {r["date"] for r in rows}
    assert min(days) >= since.isoformat() and max(days) <= until.isoformat()
    assert {r["dsp"] for r in rows} >= {"Spotify", "Apple Music", "Deezer"}
    assert all(int(r["streams"]) > 0 for r in rows)
    # Weekly rhythm: Fridays stream more than Mondays over eight weeks.
    per_weekday = [0] * 7
    for r in rows:
        per_weekday[dt.date.fromisoformat(r["date"]).weekday()] += int(r["streams"])
    assert per_weekday[4] > per_weekday[0]


def test_same_day_same_numbers_whatever_the_range(trends_sandbox: RunningSandbox) -> None:
    until = yesterday()
    day = until - dt.timedelta(days=10)

    def read(since: dt.date, end: dt.date, **scope: str) -> dict[tuple[str, ...], int]:
        response = _create(trends_sandbox, {"start-date": since.isoformat(), "end-date": end.isoformat(),
                                            **scope})
        assert response.status_code == 201, response.text
        url = _wait(trends_sandbox, response.json()["data"]["links"]["self"])["result-url"]
        return {(r["date"], r["track-id"], r["dsp"], r["territory"]): int(r["streams"])
                for r in _rows(httpx.get(url).text) if r["date"] == day.isoformat()}

    wide = read(until - dt.timedelta(days=200), until)
    narrow = read(day, day)
    assert narrow and narrow == wide
    one = read(day, day, **{"product-id": "1"})
    assert one and set(one) < set(wide) and all(wide[key] == value for key, value in one.items())


def test_takedown_stops_streams_and_drafts_have_none(trends_sandbox: RunningSandbox) -> None:
    until = yesterday()
    response = _create(trends_sandbox, {"start-date": (until - dt.timedelta(days=20)).isoformat(),
                                        "end-date": until.isoformat()})
    result = _wait(trends_sandbox, response.json()["data"]["links"]["self"])
    rows = _rows(httpx.get(result["result-url"]).text)
    products = httpx.get(trends_sandbox.api_url + "/products", params={"page[size]": "50"},
                         headers=_headers(trends_sandbox)).json()["data"]
    by_name = {p["attributes"]["name"]: p["id"] for p in products}
    streaming = {(r["product-id"], r["dsp"]) for r in rows}
    assert (by_name["Night Swimming"], "Spotify") in streaming
    taken_down = by_name["Live at the Blue Room"]  # its Spotify takedown completed yesterday
    spotify_days = {r["date"] for r in rows if (r["product-id"], r["dsp"]) == (taken_down, "Spotify")}
    assert max(spotify_days) == (until - dt.timedelta(days=1)).isoformat()
    assert (by_name["Live at the Blue Room"], "Apple Music") in streaming
    assert not any(pid == by_name["Orbitals"] for pid, _ in streaming)  # a draft never delivered


@pytest.mark.parametrize(
    ("attrs", "status", "pointer"),
    [
        ({"start-date": "2026-W01-1", "end-date": "2026-01-02"}, 422, "/data/attributes/start-date"),
        ({"start-date": "2026-02-30", "end-date": "2026-03-02"}, 422, "/data/attributes/start-date"),
        ({"start-date": "2026-03-02", "end-date": "2026-03-01"}, 422, "/data/attributes/end-date"),
        ({"start-date": "2020-01-01", "end-date": "2026-01-01"}, 422, "/data/attributes/end-date"),
        ({"start-date": "1999-12-31", "end-date": "2000-01-02"}, 422, "/data/attributes/start-date"),
        ({"start-date": "2026-01-01", "end-date": "2026-01-02", "product-id": "99999"}, 422,
         "/data/attributes/product-id"),
        ({"start-date": "2026-01-01", "end-date": "2026-01-02", "label-id": "+1"}, 422,
         "/data/attributes/label-id"),
        ({"start-date": "2026-01-01", "end-date": "2026-01-02", "artist-id": ["1"]}, 422,
         "/data/attributes/artist-id"),
        ({"start-date": 20260101, "end-date": None}, 422, "/data/attributes/start-date"),
        ({"extract-type": "royalties", "start-date": "2026-01-01", "end-date": "2026-01-02"}, 422,
         "/data/attributes/extract-type"),
    ],
)
def test_hostile_extract_requests_are_refused(trends_sandbox: RunningSandbox, attrs: dict[str, Any],
                                              status: int, pointer: str) -> None:
    answer = _create(trends_sandbox, attrs)
    assert answer.status_code == status, answer.text
    assert pointer in {e.get("source", {}).get("pointer") for e in answer.json()["errors"]}


def test_malformed_documents_and_unknown_results(trends_sandbox: RunningSandbox) -> None:
    url = trends_sandbox.api_url + "/extracts"
    headers = _headers(trends_sandbox)
    assert httpx.post(url, content=b"[", headers=headers).status_code == 400
    assert httpx.post(url, json={"data": []}, headers=headers).status_code == 400
    assert httpx.post(url, json={"data": {"type": "products"}}, headers=headers).status_code == 409
    assert httpx.post(url, json={"data": {"type": "extracts", "id": "5"}}, headers=headers).status_code == 403
    assert httpx.post(url, content=b"{" + b" " * 70_000 + b"}", headers=headers).status_code == 413
    assert httpx.get(url, headers=headers).status_code == 405
    assert httpx.get(url + "/0", headers=headers).status_code == 404
    assert httpx.get(url + "/1%2F2", headers=headers).status_code == 404
    assert httpx.get(url + "/1", headers={"Accept": JSONAPI}).status_code == 401
    assert httpx.get(trends_sandbox.base_url + "/storage/extracts/" + "0" * 32 + ".csv").status_code == 404
    created = _create(trends_sandbox, {"start-date": "2026-01-01", "end-date": "2026-01-02"}).json()
    assert created["data"]["attributes"]["result-url"] is None


def test_a_delivery_made_in_the_session_streams_from_its_live_day(sandbox_factory) -> None:
    now = [time.time()]
    sb = sandbox_factory(dialect="labelcamp", demo=True, delivery_seconds=1.0, clock=lambda: now[0])
    task = {"data": {"type": "send-tasks",
                     "attributes": {"delivery-type": "delivery", "deliverable": True, "priority": "normal"},
                     "relationships": {
                         "product": {"data": {"type": "products", "id": "1"}},
                         "dsp-upload-identification": {"data": {"type": "dsp-upload-identifications",
                                                                "id": "1803"}}}}}  # Amazon Music
    answer = httpx.post(sb.api_url + "/send-tasks", json=task, headers=_headers(sb))
    assert answer.status_code == 201, answer.text
    live = dt.datetime.fromtimestamp(now[0] + 1.0, dt.UTC).date()  # the day the delivery completes
    now[0] += 3 * 86400  # three days later
    created = _create(sb, {"start-date": (live - dt.timedelta(days=10)).isoformat(),
                           "end-date": (live + dt.timedelta(days=10)).isoformat(), "product-id": "1"})
    assert created.status_code == 201, created.text
    url = created.json()["data"]["links"]["self"]
    now[0] += 1.0  # the extract's preparation time passes
    attrs = httpx.get(url, headers=_headers(sb)).json()["data"]["attributes"]
    rows = _rows(httpx.get(attrs["result-url"]).text)
    amazon = sorted({r["date"] for r in rows if r["dsp"] == "Amazon Music"})
    assert amazon[0] == live.isoformat()  # from its live day, not before
    assert amazon[-1] == (live + dt.timedelta(days=2)).isoformat()  # up to yesterday
    assert {r["date"] for r in rows if r["dsp"] == "Spotify"} >= {(live - dt.timedelta(days=5)).isoformat()}


def test_the_openapi_document_lists_the_extract_routes(trends_sandbox: RunningSandbox) -> None:
    paths = httpx.get(trends_sandbox.base_url + "/openapi.json").json()["paths"]
    assert set(paths["/api/v2/extracts"]) == {"post"}
    assert "get" in paths["/api/v2/extracts/{id}"]
    assert paths["/storage/extracts/{name}"]["get"]["security"] == []
