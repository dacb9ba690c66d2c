"""Artist association on activation, availabilities, and the base reference data every sandbox has."""

from __future__ import annotations

import re

import pytest

from tests.sandbox.helpers import Api, one, pointers, ready_product


@pytest.fixture
def api(sandbox):
    return Api(sandbox)


def linked(api: Api, path: str) -> list[str]:
    return [a["id"] for a in api.get(path).json()["data"]["relationships"]["artists"]["data"]]


def test_activation_links_the_highest_priority_artist_of_each_name(api):
    low = api.create("artists", {"name": "Artist name", "priority": 5})["data"]["id"]
    high = api.create("artists", {"name": "Artist name", "priority": 10})["data"]["id"]
    product = ready_product(api, activate=False)
    track = api.get(f"/products/{product}/tracks").json()["data"][0]["id"]
    api.update("tracks", track, {"featuring": ["Guest Star"]})
    assert linked(api, f"/products/{product}") == []
    api.update("products", product, {"status": "active"})
    assert linked(api, f"/products/{product}") == [high]
    guest = api.get("/artists", **{"filter[name]": "Guest Star"}).json()["data"]
    assert len(guest) == 1 and guest[0]["attributes"]["priority"] == 1  # created on activation
    assert linked(api, f"/tracks/{track}") == [high, guest[0]["id"]]
    assert low not in linked(api, f"/products/{product}")
    assert [p["id"] for p in api.get(f"/artists/{high}/products").json()["data"]] == [product]


def test_draft_then_active_again_reprocesses_the_association(api):
    product = ready_product(api)
    first = linked(api, f"/products/{product}")
    assert len(first) == 1
    better = api.create("artists", {"name": "Artist name", "priority": 99})["data"]["id"]
    api.update("products", product, {"status": "draft"})
    api.update("products", product, {"status": "active"})
    assert linked(api, f"/products/{product}") == [better]


def test_availabilities_hold_an_artists_per_dsp_ids(api):
    artist = api.create("artists", {"name": "Luna Vega", "priority": 3})["data"]["id"]
    availability = api.create(
        "availabilities",
        {"dsp-artist-id": "4Z8W4fKeB5YxbusRsdQVPb"},
        {"artist": one("artists", artist), "dsp": one("dsps", 1)},
    )["data"]
    assert availability["relationships"]["dsp"]["data"] == {"type": "dsps", "id": "1"}
    listed = api.get(f"/artists/{artist}/availabilities").json()["data"]
    assert [a["attributes"]["dsp-artist-id"] for a in listed] == ["4Z8W4fKeB5YxbusRsdQVPb"]
    refused = api.post("/availabilities", {"data": {"type": "availabilities", "attributes": {}}})
    assert pointers(refused) == [
        "/data/relationships/artist",
        "/data/relationships/dsp",
        "/data/attributes/dsp-artist-id",
    ]


def test_artist_priority_must_be_a_whole_number(api):
    refused = api.post(
        "/artists", {"data": {"type": "artists", "attributes": {"name": "X", "priority": "high"}}}
    )
    assert pointers(refused) == ["/data/attributes/priority"]


def test_base_reference_data_has_the_documented_ids(api):
    assert [t["attributes"]["name"] for t in api.get("/product-types").json()["data"]] == [
        "Album",
        "Single",
        "EP",
        "Video",
    ]
    names = {i: api.get(f"/languages/{i}").json()["data"]["attributes"]["name"] for i in (3, 4, 5)}
    assert names == {3: "German", 4: "English", 5: "Spanish"}
    assert api.get("/languages", **{"filter[name]": "French"}).json()["data"]
    assert api.get("/languages").json()["meta"]["page"]["total"] >= 140
    assert api.get("/dsps/1").json()["data"]["attributes"]["name"] == "Spotify"
    assert api.get("/dsps/2").json()["data"]["attributes"]["name"] == "Apple Music"
    assert api.get("/dsps/23").status_code == 200
    assert api.get("/dsps").json()["meta"]["page"]["total"] >= 14
    assert api.get("/companies/1").json()["data"]["relationships"]["distributor"]["data"]["id"] == "1"
    assert api.get("/distributors/1").status_code == 200


def test_apple_upload_identification_carries_the_documented_options(api):
    apple = api.get("/dsp-upload-identifications/1876").json()["data"]
    assert apple["attributes"]["dsp-name"] == "Apple"
    options = {o["name"]: o for o in apple["attributes"]["options"]}
    assert set(options) == {"custom_vendor_id", "preorder_only", "itunes_preorder_price_code_id"}
    assert options["custom_vendor_id"]["type"] == "string" and options["preorder_only"]["type"] == "integer"
    codes = {c["value"]: c["name"] for c in options["itunes_preorder_price_code_id"]["value"]}
    assert codes[1] == "P1 - 0,99€" and codes[9] == "P9 - 8,99€" and codes[10] == "P0 - 9,99€"
    for dsp in api.get("/dsps", **{"page[size]": "100"}).json()["data"]:
        assert api.get("/dsp-upload-identifications", **{"filter[dsp-id]": dsp["id"]}).json()["data"], dsp


def test_territories_are_iso_3166_with_continents_and_ww_covers_them_all(api):
    doc = api.get("/territories", **{"page[size]": "200"}).json()
    assert doc["meta"]["page"]["total"] == 249
    assert all(re.fullmatch(r"[A-Z]{2}", t["attributes"]["code-alpha-2"]) for t in doc["data"])
    france = api.get("/territories", **{"filter[code-alpha-2]": "FR"}).json()["data"][0]
    continents = [c["id"] for c in france["relationships"]["continents"]["data"]]
    names = [api.get(f"/continents/{c}").json()["data"]["attributes"]["name"] for c in continents]
    assert names == ["WW", "Europe"]
    ww = api.get("/continents/1/territories").json()["meta"]["page"]["total"]
    assert ww == 249
    assert api.get("/continents").json()["meta"]["page"]["total"] >= 7


def test_subgenres_price_codes_and_artist_roles(api):
    subgenres = api.get("/distributor-product-subgenres", **{"page[size]": "100"}).json()
    assert subgenres["meta"]["page"]["total"] == 70
    first_two = [(s["attributes"]["name"], s["attributes"]["key"]) for s in subgenres["data"][:2]]
    assert first_two == [("World", "world"), ("Alternative", "alternative")]
    dashed = api.get("/distributor-product-sub-genres/2").json()["data"]  # the PHP client's path
    assert dashed["type"] == "distributor-product-subgenres" and dashed["attributes"]["key"] == "alternative"
    included = api.get("/distributor-product-subgenres/1", include="distributor").json()["included"]
    assert included[0]["type"] == "distributors"
    codes = api.get("/distributor-price-codes", **{"filter[is-track-price]": "true"}).json()["data"]
    assert codes and all(c["attributes"]["is-track-price"] for c in codes)
    roles = api.get("/artist-roles", **{"page[size]": "100"}).json()["data"]
    assert len(roles) >= 40
    assert all(re.fullmatch(r"[0-9a-f]{40}", r["id"]) and r["attributes"]["key"] for r in roles)
    assert api.get(f"/artist-roles/{roles[0]['id']}").json()["data"]["attributes"]["name"]


def test_limbo_artist_dsp_identifications_link_an_artist_to_an_upload_channel(api, sandbox):
    artist = api.create("artists", {"name": "Luna Vega"})["data"]["id"]
    created = api.create(
        "artist-dsp-identifications",
        {"dsp-artist-id": "4Z8W4fKeB5Yx"},
        {
            "artist": one("artists", artist),
            "dspUploadIdentification": one("dsp-upload-identifications", 1876),
        },
    )["data"]
    link = created["relationships"]["dspUploadIdentification"]
    assert link["data"] == {"type": "dsp-upload-identifications", "id": "1876"}
    assert link["links"]["related"] == (
        f"{sandbox.api_url}/artist-dsp-identifications/{created['id']}/dsp-upload-identification"
    )
    assert api.client.get(link["links"]["related"]).json()["data"]["id"] == "1876"
    listed = api.get(
        "/artist-dsp-identifications",
        **{"filter[artist-id]": artist, "filter[dsp-upload-identification-id]": "1876"},
    )
    assert [d["id"] for d in listed.json()["data"]] == [created["id"]]
    assert [d["id"] for d in api.get(f"/artists/{artist}/dsp-identifications").json()["data"]] == [
        created["id"]
    ]
    missing = api.post(
        "/artist-dsp-identifications",
        {"data": {"type": "artist-dsp-identifications", "attributes": {"dsp-artist-id": "x"}}},
    )
    assert pointers(missing) == ["/data/relationships/artist", "/data/relationships/dspUploadIdentification"]
    assert api.delete(f"/artists/{artist}").status_code == 204
    assert api.get("/artist-dsp-identifications").json()["data"] == []
