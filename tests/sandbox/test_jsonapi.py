"""JSON:API documents as the documented examples show them, and every error as a JSON:API errors document."""

from __future__ import annotations

import httpx
import pytest

from tests.sandbox.helpers import Api, new_label, new_product, new_record, new_track, one, token_for

NOT_FOUND = {"jsonapi": {"version": "1.0"}, "errors": [{"status": "404", "title": "Not Found"}]}


@pytest.fixture
def api(sandbox):
    return Api(sandbox)


def test_label_document_matches_the_seed_shape(api, sandbox):
    label_id = new_label(api)
    response = api.get(f"/labels/{label_id}")
    assert response.headers["content-type"].startswith("application/vnd.api+json")
    doc = response.json()
    assert doc["jsonapi"] == {"version": "1.0"}
    assert doc["links"] == {"self": f"{sandbox.api_url}/labels/{label_id}"}
    data = doc["data"]
    assert list(data["attributes"]) == ["name", "usage", "description", "created-at", "updated-at"]
    assert data["attributes"]["usage"] == {
        "download": True,
        "copy_scan": True,
        "on_demand_stream": True,
        "non_interactive_stream": True,
    }
    company = data["relationships"]["company"]
    assert company["links"] == {
        "related": f"{sandbox.api_url}/labels/{label_id}/company",
        "self": f"{sandbox.api_url}/labels/{label_id}/relationships/company",
    }
    assert company["data"] == {"type": "companies", "id": "1"}
    assert data["links"]["self"] == f"{sandbox.api_url}/labels/{label_id}"


def test_products_tracks_records_use_camelcase_timestamps_in_limbo(api):
    product = new_product(api, new_label(api))
    track = new_track(api, product)
    record = new_record(api, track)["data"]
    for doc in (
        api.get(f"/products/{product}").json()["data"],
        api.get(f"/tracks/{track}").json()["data"],
        record,
    ):
        assert "createdAt" in doc["attributes"] and "updatedAt" in doc["attributes"]
        assert "created-at" not in doc["attributes"]
    offer = api.get("/offers").json()["data"][0]
    assert "created-at" in offer["attributes"]


def test_product_attributes_are_the_seed_list_in_order(api):
    product = api.get(f"/products/{new_product(api, new_label(api), cover=False)}").json()["data"]
    assert list(product["attributes"])[:26] == [
        "name",
        "is-compilation",
        "upc-code",
        "copyright-line",
        "production-line",
        "production-year",
        "status",
        "cover-url",
        "release-date",
        "original-release-date",
        "mastered-by",
        "label-internal-reference",
        "subtitle",
        "front-cover-md5",
        "artist",
        "composer",
        "producer",
        "featuring",
        "remixer",
        "author",
        "lyricist",
        "performer",
        "arranger",
        "orchestra",
        "director",
        "custom-data",
    ]
    assert product["attributes"]["cover-url"] is None


def test_create_answers_201_with_location_and_delete_204_with_empty_body(api, sandbox):
    response = api.post(
        "/labels",
        {
            "data": {
                "type": "labels",
                "attributes": {"name": "X"},
                "relationships": {"company": one("companies", 1)},
            }
        },
    )
    assert response.status_code == 201
    assert response.headers["location"] == f"{sandbox.api_url}/labels/{response.json()['data']['id']}"
    deleted = api.delete(f"/labels/{response.json()['data']['id']}")
    assert deleted.status_code == 204 and deleted.content == b""
    assert api.get(f"/labels/{response.json()['data']['id']}").json() == NOT_FOUND


def test_unknown_id_and_unknown_route_are_the_documented_404(api, sandbox):
    for path in (
        "/labels/999",
        "/products/abc",
        "/no-such-things",
        "/labels/1/nonsense",
        "/dsps/999",
        "/tracks/99999999999999999999999",
        "/tracks/-1",
    ):
        response = api.get(path)
        assert response.status_code == 404, path
        assert response.json() == NOT_FOUND
    outside = httpx.get(f"{sandbox.base_url}/somewhere/else")
    assert outside.status_code == 404 and outside.json() == NOT_FOUND


def test_malformed_json_is_400(api):
    response = api.client.post("/labels", content=b'{"data": {"type": "labels",')
    assert response.status_code == 400
    assert response.json()["errors"][0]["status"] == "400"
    assert api.client.post("/labels", content=b"[1, 2]").status_code == 400
    assert api.client.post("/labels", content=b"").status_code == 400


def test_wrong_type_is_409_and_id_mismatch_on_update_is_409(api):
    response = api.post("/labels", {"data": {"type": "products", "attributes": {"name": "x"}}})
    assert response.status_code == 409
    assert response.json()["errors"][0]["source"]["pointer"] == "/data/type"
    label_id = new_label(api)
    mismatch = api.patch(f"/labels/{label_id}", {"data": {"type": "labels", "id": "77", "attributes": {}}})
    assert mismatch.status_code == 409
    assert mismatch.json()["errors"][0]["source"]["pointer"] == "/data/id"


def test_put_is_accepted_as_an_alias_of_patch(api):
    label_id = new_label(api)
    response = api.client.put(
        f"/labels/{label_id}",
        json={"data": {"type": "labels", "id": label_id, "attributes": {"name": "Renamed"}}},
    )
    assert response.status_code == 200
    assert api.get(f"/labels/{label_id}").json()["data"]["attributes"]["name"] == "Renamed"


def test_reference_data_is_read_only_with_a_json_405(api):
    response = api.post("/dsps", {"data": {"type": "dsps", "attributes": {"name": "New"}}})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert response.json()["errors"][0]["status"] == "405"
    assert api.client.put("/oauth/token").status_code == 404  # outside the API prefix: unknown route
    assert httpx.get(f"{api.sb.base_url}/oauth/token").json()["errors"][0]["status"] == "405"


def test_include_returns_compound_documents(api):
    product = new_product(api, new_label(api))
    track = new_track(api, product)
    new_record(api, track)
    doc = api.get(f"/products/{product}", include="label,tracks.records,offers").json()
    types = sorted({(r["type"], r["id"]) for r in doc["included"]})
    assert ("labels", "1") in types and ("tracks", track) in types and ("records", "1") in types
    assert ("offers", "1") in types
    assert len(types) == len(doc["included"])  # no duplicates
    listing = api.get("/labels", include="products").json()
    assert listing["data"][0]["relationships"]["products"]["data"] == [{"type": "products", "id": product}]
    assert api.get("/products", include="nonsense").status_code == 400


def test_sort_ascending_descending_and_unknown_field(api):
    for name in ("Bravo", "Alpha", "Charlie"):
        new_label(api, name)
    names = [d["attributes"]["name"] for d in api.get("/labels", sort="name").json()["data"]]
    assert names == ["Alpha", "Bravo", "Charlie"]
    names = [d["attributes"]["name"] for d in api.get("/labels", sort="-name").json()["data"]]
    assert names == ["Charlie", "Bravo", "Alpha"]
    ids = [d["id"] for d in api.get("/labels", sort="-created-at").json()["data"]]
    assert ids == ["3", "2", "1"]
    bad = api.get("/labels", sort="colour")
    assert bad.status_code == 400 and bad.json()["errors"][0]["source"]["parameter"] == "sort"


def test_related_and_relationship_routes_answer(api, sandbox):
    label = new_label(api)
    product = new_product(api, label)
    track = new_track(api, product)
    assert api.get(f"/products/{product}/label").json()["data"]["id"] == label
    assert [t["id"] for t in api.get(f"/products/{product}/tracks").json()["data"]] == [track]
    assert [p["id"] for p in api.get(f"/labels/{label}/products").json()["data"]] == [product]
    assert api.get(f"/labels/{label}/company").json()["data"]["id"] == "1"
    linkage = api.get(f"/products/{product}/relationships/tracks").json()
    assert linkage["data"] == [{"type": "tracks", "id": track}]
    assert linkage["links"]["related"] == f"{sandbox.api_url}/products/{product}/tracks"


def test_every_related_link_in_the_demo_catalog_answers(demo_sandbox):
    api = Api(demo_sandbox)
    checked = 0
    for rtype in (
        "products",
        "labels",
        "tracks",
        "records",
        "offers",
        "rights",
        "send-tasks",
        "artists",
        "availabilities",
        "dsp-upload-identifications",
        "companies",
        "users",
        "distributors",
        "territories",
        "continents",
        "distributor-product-subgenres",
    ):
        doc = api.get(f"/{rtype}", **{"page[size]": "1"}).json()
        assert doc["data"], rtype
        for resource in doc["data"]:
            for rel in resource.get("relationships", {}).values():
                for key in ("related", "self"):
                    url = rel["links"][key]
                    response = api.client.get(url, params={"page[size]": "1"})
                    assert response.status_code == 200, (url, response.text)
                    checked += 1
    assert checked > 60


def test_labelcamp_dialect_uses_kebab_timestamps_api_v2_and_record_count(labelcamp_sandbox):
    api = Api(labelcamp_sandbox)
    assert labelcamp_sandbox.api_url.endswith("/api/v2")
    product = new_product(api, new_label(api))
    doc = api.get(f"/products/{product}").json()["data"]
    assert "created-at" in doc["attributes"] and "createdAt" not in doc["attributes"]
    assert doc["relationships"]["label"]["data"] == {"type": "labels", "id": "1"}
    listing = api.get("/languages", **{"page[size]": "10"}).json()
    assert listing["meta"]["record-count"] >= 100
    assert listing["meta"]["page-count"] == -(-listing["meta"]["record-count"] // 10)
    assert "page%5Bnumber%5D=2" in listing["links"]["next"]
    missing = api.get("/labels/999")
    assert missing.status_code == 404 and missing.json()["errors"][0]["detail"]
    assert (
        httpx.get(
            f"{labelcamp_sandbox.base_url}/api/v1/labels",
            headers={"Authorization": f"Bearer {token_for(labelcamp_sandbox)}"},
        ).status_code
        == 404
    )


def test_sparse_fieldsets_limit_attributes_and_relationships(api):
    product = new_product(api, new_label(api))
    doc = api.get(
        f"/products/{product}",
        **{"fields[products]": "name,label", "include": "label", "fields[labels]": "name"},
    ).json()
    assert set(doc["data"]["attributes"]) == {"name"} and set(doc["data"]["relationships"]) == {"label"}
    assert set(doc["included"][0]["attributes"]) == {"name"} and "relationships" not in doc["included"][0]
