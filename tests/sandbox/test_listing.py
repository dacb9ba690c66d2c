"""Pagination (limbo meta.page, literal-bracket links; Labelcamp record-count) and the documented filters."""

from __future__ import annotations

import pytest

from tests.sandbox.helpers import (
    Api,
    many,
    new_label,
    new_product,
    new_record,
    new_track,
    one,
    ready_product,
)


@pytest.fixture
def api(sandbox):
    return Api(sandbox)


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [d["id"] for d in response.json()["data"]]


def test_limbo_pages_have_meta_page_and_first_last_prev_next_links(api, sandbox):
    label = sandbox.seed_products(45)
    doc = api.get("/products", **{"page[number]": "2", "page[size]": "20", "filter[label-id]": label}).json()
    assert doc["meta"]["page"] == {
        "currentPage": 2,
        "from": 21,
        "lastPage": 3,
        "perPage": 20,
        "to": 40,
        "total": 45,
    }
    base = f"{sandbox.api_url}/products?filter[label-id]={label}&"
    assert doc["links"] == {
        "first": base + "page[number]=1&page[size]=20",
        "last": base + "page[number]=3&page[size]=20",
        "prev": base + "page[number]=1&page[size]=20",
        "next": base + "page[number]=3&page[size]=20",
    }
    last = api.client.get(doc["links"]["last"]).json()
    assert len(last["data"]) == 5 and "next" not in last["links"]
    assert last["meta"]["page"]["to"] == 45


def test_default_page_size_is_20_and_sizes_are_capped_at_200(api, sandbox):
    sandbox.seed_products(250)
    assert len(api.get("/products").json()["data"]) == 20
    doc = api.get("/products", **{"page[size]": "1000"}).json()
    assert len(doc["data"]) == 200 and doc["meta"]["page"]["perPage"] == 200
    assert doc["meta"]["page"]["lastPage"] == 2


def test_bad_page_parameters_are_400_and_a_page_past_the_end_is_empty(api, sandbox):
    sandbox.seed_products(3)
    for params in (
        {"page[size]": "0"},
        {"page[number]": "x"},
        {"page[number]": "-1"},
        {"page[number]": "99999999999999999999"},
    ):
        response = api.get("/products", **params)
        assert response.status_code == 400
        assert response.json()["errors"][0]["source"]["parameter"].startswith("page[")
    beyond = api.get("/products", **{"page[number]": "9"}).json()
    assert beyond["data"] == [] and beyond["meta"]["page"]["from"] is None


def test_labelcamp_meta_has_record_count_and_page_count(labelcamp_sandbox):
    api = Api(labelcamp_sandbox)
    labelcamp_sandbox.seed_products(41)
    doc = api.get("/products", **{"page[size]": "20"}).json()
    assert doc["meta"] == {"record-count": 41, "page-count": 3}
    assert set(doc["links"]) == {"first", "next", "last"}
    assert "page%5Bsize%5D=20" in doc["links"]["last"]


def test_large_catalog_listing_uses_the_label_index(sandbox):
    sandbox.seed_products(2000)
    plan = sandbox.app.store.query(
        'EXPLAIN QUERY PLAN SELECT * FROM "products" AS t WHERE json_extract(t.rels, \'$."label".id\') = ? '
        "ORDER BY t.id LIMIT 200 OFFSET 1000",
        ["1"],
    )
    assert any("USING INDEX" in row["detail"] for row in plan)
    api = Api(sandbox)
    doc = api.get("/products", **{"page[size]": "200", "page[number]": "10", "filter[label-id]": "1"}).json()
    assert doc["data"][0]["id"] == "1801" and doc["meta"]["page"]["total"] == 2000


def test_label_filters(api):
    first = new_label(api, "Alpha Records")
    second = new_label(api, "Beta Records")
    third = new_label(api, "Gamma Records")
    new_product(api, first, "1000000000017", cover=False, name="Song A")
    active = ready_product(api, upc="1000000000024")
    active_label = api.get(f"/products/{active}/label").json()["data"]["id"]
    assert ids(api.get("/labels", **{"filter[name]": "beta records"})) == [second]
    assert ids(api.get("/labels", **{"filter[id]": third})) == [third]
    assert ids(api.get("/labels", **{"filter[label-ids]": f"{first},{third}"})) == [first, third]
    assert ids(api.get("/labels", **{"filter[products][name]": "Song A"})) == [first]
    assert ids(api.get("/labels", **{"filter[products][status]": "active"})) == [active_label]
    assert ids(api.get("/labels", **{"filter[has-products]": "true"})) == [first, active_label]
    assert ids(api.get("/labels", **{"filter[has-products]": "false"})) == [second, third]
    assert len(ids(api.get("/labels", **{"filter[has-company]": "true"}))) == 4
    unknown = api.get("/labels", **{"filter[colour]": "red"})
    assert (
        unknown.status_code == 400 and unknown.json()["errors"][0]["source"]["parameter"] == "filter[colour]"
    )


def test_product_filters(api, sandbox):
    label = new_label(api)
    a = new_product(api, label, "1000000000017", cover=False, name="Alpha title")
    b = new_product(api, label, "1000000000024", cover=False, name="Other")
    c = ready_product(api, upc="1000000000031")
    assert ids(api.get("/products", **{"filter[name]": "alpha TITLE"})) == [a]
    assert ids(api.get("/products", **{"filter[status]": "draft"})) == [a, b]
    assert ids(api.get("/products", **{"filter[status]": "active"})) == [c]
    assert ids(api.get("/products", **{"filter[id]": f"{a},{c}"})) == [a, c]
    assert ids(api.get("/products", **{"filter[label-id]": label})) == [a, b]
    assert ids(api.get("/products", **{"filter[upc-code]": "1000000000024"})) == [b]
    created = api.get(f"/products/{a}").json()["data"]["attributes"]["createdAt"][:10]
    assert ids(api.get("/products", **{"filter[created-at-gte]": created})) == [a, b, c]
    assert ids(api.get("/products", **{"filter[created-at-lte]": created})) == [a, b, c]
    assert ids(api.get("/products", **{"filter[created-at-gte]": "2999-01-01"})) == []
    assert ids(api.get("/products", **{"filter[created-at-lte]": "2000-01-01"})) == []
    assert ids(api.get("/products", **{"filter[has-send-tasks]": "true"})) == []
    api.create(
        "send-tasks",
        {"delivery-type": "delivery"},
        {"product": one("products", c), "dsp-upload-identification": one("dsp-upload-identifications", 1801)},
    )
    assert ids(api.get("/products", **{"filter[has-send-tasks]": "true"})) == [c]
    assert ids(api.get("/products", **{"filter[has-send-tasks]": "false"})) == [a, b]


def test_offer_record_track_and_track_offer_filters(api):
    product = new_product(api, new_label(api))
    other = new_product(api, new_label(api, "Other"), "1000000000024")
    track = new_track(api, product, 1, **{"isrc-code": "ESA112314511"})
    track2 = new_track(api, product, 2)
    record = new_record(api, track)["data"]["id"]
    new_record(api, track2)
    offer = api.create("offers", {"is-default": False}, {"product": one("products", product)})["data"]["id"]
    assert ids(api.get("/offers", **{"filter[product-id]": product})) == ["1", offer]
    assert ids(api.get("/offers", **{"filter[product-id]": product, "filter[is-default]": "true"})) == ["1"]
    assert ids(api.get("/offers", **{"filter[is-default]": "false"})) == [offer]
    assert ids(api.get("/offers", **{"filter[product-id]": other})) == ["2"]
    assert ids(api.get("/records", **{"filter[track-id]": track})) == [record]
    assert ids(api.get("/records", **{"filter[id]": record})) == [record]
    assert ids(api.get("/tracks", **{"filter[product-id]": product})) == [track, track2]
    assert ids(api.get("/tracks", **{"filter[isrc-code]": "ESA112314511"})) == [track]
    assert ids(api.get("/tracks", **{"filter[id]": f"{track2}"})) == [track2]
    track_offer = api.create(
        "track-offers",
        {"usage": {"copy_scan": False}},
        {"track": one("tracks", track), "offer": one("offers", offer)},
    )["data"]
    assert track_offer["attributes"]["usage"]["copy_scan"] is False
    for name, value in (("id", track_offer["id"]), ("track-id", track), ("offer-id", offer)):
        assert ids(api.get("/track-offers", **{f"filter[{name}]": value})) == [track_offer["id"]]


def test_send_task_filters(api):
    product = ready_product(api)
    spotify = api.create(
        "send-tasks",
        {"delivery-type": "delivery"},
        {
            "product": one("products", product),
            "dsp-upload-identification": one("dsp-upload-identifications", 1801),
        },
    )
    apple = api.create(
        "send-tasks",
        {"delivery-type": "delete"},
        {
            "product": one("products", product),
            "dsp-upload-identification": one("dsp-upload-identifications", 1876),
        },
    )
    s, a = spotify["data"]["id"], apple["data"]["id"]
    assert ids(api.get("/send-tasks", **{"filter[product-id]": product})) == [s, a]
    assert ids(api.get("/send-tasks", **{"filter[delivery-type]": "delete"})) == [a]
    assert ids(api.get("/send-tasks", **{"filter[id]": f"{s},{a}"})) == [s, a]
    assert ids(api.get("/send-tasks", **{"filter[status]": "pending"})) == [s, a]
    assert ids(api.get("/send-tasks", **{"filter[status]": "completed"})) == []


def test_reference_data_filters_and_dsp_upload_identifications_by_dsp(api):
    assert ids(api.get("/languages", **{"filter[name]": "French"})) != []
    assert ids(api.get("/languages", **{"filter[id]": "3,4,5"})) == ["3", "4", "5"]
    fr = api.get("/territories", **{"filter[code-alpha-2]": "FR"}).json()["data"]
    assert [t["attributes"]["name"] for t in fr] == ["France"]
    assert ids(api.get("/dsps", **{"filter[id]": "1,2,23"})) == ["1", "2", "23"]
    spotify = api.get("/dsp-upload-identifications", **{"filter[dsp-id]": "1"}).json()["data"]
    assert [d["relationships"]["dsp"]["data"]["id"] for d in spotify] == ["1"]
    assert ids(api.get("/dsp-upload-identifications", **{"filter[dsp-id]": "2"})) == ["1876"]
    assert ids(api.get("/continents", **{"filter[name]": "WW"})) == ["1"]


def test_artist_filters_in_both_spellings(labelcamp_sandbox):
    api = Api(labelcamp_sandbox)
    a = api.create("artists", {"name": "Luna", "priority": 5})["data"]["id"]
    b = api.create("artists", {"name": "Sol", "external-user-id": "ext-9"})["data"]["id"]
    assert ids(api.get("/artists", **{"filter[name]": "Luna"})) == [a]
    assert ids(api.get("/artists", **{"filter[external-user-id]": "ext-9"})) == [b]
    assert ids(api.get("/artists", **{"filter[id]": f"{a},{b}"})) == [a, b]
    assert ids(api.get("/artists", **{"filter[distributorId]": "1", "filter[name]": "Sol"})) == [b]
    product = ready_product(api)
    artist = api.get(f"/products/{product}").json()["data"]["relationships"]["artists"]["data"][0]["id"]
    assert ids(api.get("/artists", **{"filter[productId]": product})) == [artist]
    assert ids(api.get("/artists", **{"filter[product-id]": product})) == [artist]
    assert many("dsps", 1)["data"][0]["id"] == "1"
