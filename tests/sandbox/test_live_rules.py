"""The after-delivery resources' boundary over real HTTP: hostile input is a 4xx with a pointer."""

from __future__ import annotations

import pytest

from tests.sandbox.helpers import Api, many, one, pointers


@pytest.fixture(params=["limbo", "labelcamp"])
def api(request, sandbox_factory):
    return Api(sandbox_factory(dialect=request.param, demo=True))


def _factory(api: Api, attrs: dict, products: list[str], duis: list[str]):
    rels = {"products": many("products", *products), "dsp-upload-identifications":
            many("dsp-upload-identifications", *duis)}
    return api.post("/send-task-factories", {"data": {"type": "send-task-factories", "attributes": attrs,
                                                       "relationships": rels}})


def test_factories_refuse_bad_input_with_pointers(api) -> None:
    assert pointers(_factory(api, {}, ["1"], ["1801"])) == ["/data/attributes/delivery-type"]
    refused = _factory(api, {"delivery-type": "delivery", "upcs": ["12", 5], "comments": 7,
                             "send-date": "soon", "release-date": "2024-13-40"}, [], [])
    assert refused.status_code == 422
    assert set(pointers(refused)) == {
        "/data/attributes/upcs", "/data/attributes/comments", "/data/attributes/send-date",
        "/data/attributes/release-date", "/data/relationships/dsp-upload-identifications"}
    assert _factory(api, {"delivery-type": "delivery"}, ["99999"], ["1801"]).status_code == 422
    assert pointers(_factory(api, {"delivery-type": "delivery", "upcs": ["000000000000"]}, [], ["1801"])) \
        == ["/data/attributes/upcs"]
    too_many = [str(1801 + i) for i in range(31)]
    assert _factory(api, {"delivery-type": "delivery"}, ["1"], too_many).status_code == 422
    created = _factory(api, {"delivery-type": "delivery", "comments": "weekly batch"}, ["1"], ["1801"])
    assert created.status_code == 201
    fid = created.json()["data"]["id"]
    assert api.delete(f"/send-task-factories/{fid}").status_code == 422
    body = {"data": {"type": "send-task-factories", "id": fid, "attributes": {"priority": "next"}}}
    assert pointers(api.patch(f"/send-task-factories/{fid}", body)) == ["/data/attributes/priority"]


def test_tags_refuse_duplicates_and_bad_names(api) -> None:
    assert api.create("tags", {"name": "Focus"})["data"]["attributes"]["name"] == "Focus"
    assert pointers(api.post("/tags", {"data": {"type": "tags", "attributes": {"name": " focus "}}})) \
        == ["/data/attributes/name"]
    for bad in ({"name": ""}, {"name": 7}, {"name": "x" * 101}, {"name": "ok", "color": "red"}):
        assert api.post("/tags", {"data": {"type": "tags", "attributes": bad}}).status_code == 422
    products = api.get("/products", **{"filter[tag]": "x' OR 1=1 --"}).json()["data"]
    assert products == []


def test_read_only_resources_and_dsp_artists(api) -> None:
    for path in ("/dsp-states", "/playlists", "/quotas"):
        assert api.post(path, {"data": {"type": path[1:], "attributes": {}}}).status_code == 405
    artist = api.get("/artists", **{"filter[name]": "DJ Farol"}).json()["data"][0]["id"]
    bad = api.post("/apple-artists", {"data": {"type": "apple-artists",
                                               "attributes": {"apple-id": "01", "locale": "english"},
                                               "relationships": {"artist": one("artists", artist)}}})
    assert set(pointers(bad)) == {"/data/attributes/apple-id", "/data/attributes/locale"}
    good = api.post("/apple-artists", {"data": {"type": "apple-artists",
                                                "attributes": {"apple-id": "1440857781", "locale": "pt-PT"},
                                                "relationships": {"artist": one("artists", artist)}}})
    assert good.status_code == 201 and good.json()["data"]["attributes"]["url"].endswith("/1440857781")
    again = api.post("/apple-artists", {"data": {"type": "apple-artists", "attributes": {"apple-id": "5"},
                                                 "relationships": {"artist": one("artists", artist)}}})
    assert pointers(again) == ["/data/relationships/artist"]
    placed = api.get("/availabilities", **{"filter[artist-id]": artist, "filter[dsp-id]": "2"}).json()["data"]
    assert "1440857781" in [a["attributes"]["dsp-artist-id"] for a in placed]
    api.delete(f"/apple-artists/{good.json()['data']['id']}")
    placed = api.get("/availabilities", **{"filter[artist-id]": artist, "filter[dsp-id]": "2"}).json()["data"]
    assert "1440857781" not in [a["attributes"]["dsp-artist-id"] for a in placed]
    territories = api.post("/availabilities", {"data": {"type": "availabilities", "attributes": {
        "external-id": "1", "territories": ["fr", 3]}, "relationships": {
        "product": one("products", 1), "dsp": one("dsps", 1)}}})
    assert pointers(territories) == ["/data/attributes/territories"]
    playlists = api.get("/playlists", **{"include": "track,dsp"}).json()
    assert playlists["data"] and all(p["attributes"]["url"].startswith("https://") for p in playlists["data"])
