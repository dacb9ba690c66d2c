"""The documented rules: each violation is a 422 with one error per problem and its source.pointer."""

from __future__ import annotations

import pytest

from tests.sandbox.helpers import (
    PRODUCT_ATTRS,
    Api,
    activate_default_offer,
    default_offer_id,
    many,
    new_label,
    new_product,
    new_record,
    new_track,
    one,
    pointers,
    ready_product,
)


@pytest.fixture
def api(sandbox):
    return Api(sandbox)


def test_a_label_needs_a_company_and_a_name(api):
    response = api.post("/labels", {"data": {"type": "labels", "attributes": {"description": "x"}}})
    assert response.status_code == 422
    assert pointers(response) == ["/data/attributes/name", "/data/relationships/company"]
    assert all(
        e["status"] == "422" and e["title"] == "Unprocessable Entity" for e in response.json()["errors"]
    )
    missing = api.post(
        "/labels",
        {
            "data": {
                "type": "labels",
                "attributes": {"name": "x"},
                "relationships": {"company": one("companies", 42)},
            }
        },
    )
    assert missing.status_code == 422 and pointers(missing) == ["/data/relationships/company"]


def test_label_usage_defaults_to_all_four_flags_and_keys_must_be_snake_case(api):
    label = api.create(
        "labels", {"name": "U", "usage": {"download": False}}, {"company": one("companies", 1)}
    )
    assert label["data"]["attributes"]["usage"] == {
        "download": False,
        "copy_scan": True,
        "on_demand_stream": True,
        "non_interactive_stream": True,
    }
    bad = api.post(
        "/labels",
        {
            "data": {
                "type": "labels",
                "attributes": {"name": "U", "usage": {"copyScan": True}},
                "relationships": {"company": one("companies", 1)},
            }
        },
    )
    assert bad.status_code == 422 and pointers(bad) == ["/data/attributes/usage"]


def test_product_create_reports_every_missing_required_field(api):
    response = api.post("/products", {"data": {"type": "products", "attributes": {}}})
    assert response.status_code == 422
    assert pointers(response) == [
        "/data/attributes/name",
        "/data/attributes/upc-code",
        "/data/attributes/copyright-line",
        "/data/attributes/production-line",
        "/data/attributes/production-year",
        "/data/attributes/status",
        "/data/attributes/artist",
        "/data/relationships/label",
        "/data/relationships/language",
    ]
    assert response.json()["errors"][0]["detail"] == "The name field is required."
    assert response.json()["errors"][1]["detail"] == "The upc-code field is required."


def test_product_must_be_draft_on_create_and_upc_is_checked_for_form_not_check_digit(api):
    label = new_label(api)
    rels = {"label": one("labels", label), "language": one("languages", 5)}
    active = api.post(
        "/products",
        {
            "data": {
                "type": "products",
                "attributes": {**PRODUCT_ATTRS, "upc-code": "8088111222333", "status": "active"},
                "relationships": rels,
            }
        },
    )
    assert active.status_code == 422 and pointers(active) == ["/data/attributes/status"]
    wrong_digit = new_product(api, label, "8088111222333", cover=False)  # check digit should be 8
    assert wrong_digit == "1"
    for bad_upc in ("80881112", "ABCDEFGHIJKLM"):
        response = api.post(
            "/products",
            {
                "data": {
                    "type": "products",
                    "attributes": {**PRODUCT_ATTRS, "upc-code": bad_upc},
                    "relationships": rels,
                }
            },
        )
        assert response.status_code == 422 and pointers(response) == ["/data/attributes/upc-code"]
    duplicate = api.post(
        "/products",
        {
            "data": {
                "type": "products",
                "attributes": {**PRODUCT_ATTRS, "upc-code": "8088111222333"},
                "relationships": rels,
            }
        },
    )
    assert duplicate.status_code == 422 and "taken" in duplicate.json()["errors"][0]["detail"]


def test_relationships_to_missing_resources_are_422_with_their_pointer(api):
    response = api.post(
        "/products",
        {
            "data": {
                "type": "products",
                "attributes": {**PRODUCT_ATTRS, "upc-code": "8088111222333"},
                "relationships": {"label": one("labels", 99), "language": one("languages", 5)},
            }
        },
    )
    assert response.status_code == 422 and pointers(response) == ["/data/relationships/label"]
    wrong_type = api.post(
        "/products",
        {
            "data": {
                "type": "products",
                "attributes": {**PRODUCT_ATTRS, "upc-code": "8088111222333"},
                "relationships": {"label": one("companies", 1), "language": one("languages", 5)},
            }
        },
    )
    assert wrong_type.status_code == 422 and pointers(wrong_type) == ["/data/relationships/label"]


def test_product_status_on_update_is_draft_active_or_archived(api):
    product = new_product(api, new_label(api))
    response = api.patch(
        f"/products/{product}",
        {"data": {"type": "products", "id": product, "attributes": {"status": "published"}}},
    )
    assert response.status_code == 422 and pointers(response) == ["/data/attributes/status"]
    assert (
        api.update("products", product, {"status": "archived"})["data"]["attributes"]["status"] == "archived"
    )


def test_activation_says_everything_that_is_missing(api):
    product = new_product(api, new_label(api), cover=False)
    response = api.patch(
        f"/products/{product}",
        {"data": {"type": "products", "id": product, "attributes": {"status": "active"}}},
    )
    assert response.status_code == 422
    assert pointers(response) == [
        "/data/relationships/tracks",
        "/data/attributes/front-cover",
        "/data/relationships/offers",
    ]
    details = " ".join(e["detail"] for e in response.json()["errors"])
    assert "no tracks" in details and "cover" in details and "default offer" in details
    new_track(api, product, 1)
    with_record = new_track(api, product, 2)
    new_record(api, with_record)
    response = api.patch(
        f"/products/{product}",
        {"data": {"type": "products", "id": product, "attributes": {"status": "active"}}},
    )
    assert "Track 1 (Track 1) has no record" in response.json()["errors"][0]["detail"]
    assert api.get(f"/products/{product}").json()["data"]["attributes"]["status"] == "draft"


def test_complete_product_activates(api):
    product = ready_product(api, activate=False, tracks=2)
    assert api.update("products", product, {"status": "active"})["data"]["attributes"]["status"] == "active"


def test_active_product_cannot_be_deleted_but_a_draft_can_with_its_children(api):
    product = ready_product(api)
    response = api.delete(f"/products/{product}")
    assert response.status_code == 422 and pointers(response) == ["/data/attributes/status"]
    api.update("products", product, {"status": "draft"})
    assert api.delete(f"/products/{product}").status_code == 204
    assert api.get("/tracks").json()["data"] == [] and api.get("/offers").json()["data"] == []
    assert api.get("/records").json()["data"] == [] and api.get("/rights").json()["data"] == []


def test_every_product_gets_a_default_draft_offer(api):
    product = new_product(api, new_label(api))
    offers = api.get(f"/products/{product}/offers").json()["data"]
    assert len(offers) == 1
    assert offers[0]["attributes"]["is-default"] is True and offers[0]["attributes"]["status"] == "draft"
    assert offers[0]["relationships"]["dsp-upload-identifications"]["data"] == []


def test_default_offer_needs_release_date_and_subgenre_to_be_active(api):
    product = new_product(api, new_label(api))
    offer = default_offer_id(api, product)
    response = api.patch(
        f"/offers/{offer}", {"data": {"type": "offers", "id": offer, "attributes": {"status": "active"}}}
    )
    assert response.status_code == 422
    assert pointers(response) == ["/data/attributes/release-date", "/data/relationships/subgenre"]
    activate_default_offer(api, product)
    attributes = api.get(f"/offers/{offer}").json()["data"]["attributes"]
    assert attributes["status"] == "active" and attributes["active"] is True


def test_default_offer_takes_no_dsp_information_and_stays_unique(api):
    product = new_product(api, new_label(api))
    offer = default_offer_id(api, product)
    response = api.patch(
        f"/offers/{offer}",
        {
            "data": {
                "type": "offers",
                "id": offer,
                "relationships": {"dsp-upload-identifications": many("dsp-upload-identifications", 1876)},
            }
        },
    )
    assert response.status_code == 422 and pointers(response) == [
        "/data/relationships/dsp-upload-identifications"
    ]
    second = api.post(
        "/offers",
        {
            "data": {
                "type": "offers",
                "attributes": {"is-default": True},
                "relationships": {"product": one("products", product)},
            }
        },
    )
    assert second.status_code == 422 and pointers(second) == ["/data/attributes/is-default"]
    assert api.delete(f"/offers/{offer}").status_code == 422


def test_active_non_default_offer_needs_a_dsp_upload_identification(api):
    product = new_product(api, new_label(api))
    body = {
        "data": {
            "type": "offers",
            "attributes": {"is-default": False, "status": "active", "release-date": "2023-10-01"},
            "relationships": {"product": one("products", product)},
        }
    }
    response = api.post("/offers", body)
    assert response.status_code == 422
    assert pointers(response) == ["/data/relationships/dsp-upload-identifications"]
    body["data"]["relationships"]["dsp-upload-identifications"] = many("dsp-upload-identifications", 1876)
    assert api.post("/offers", body).status_code == 201


def test_a_right_needs_a_dsp_and_continents_or_territories(api):
    product = new_product(api, new_label(api))
    response = api.post(
        "/rights",
        {
            "data": {
                "type": "rights",
                "attributes": {"action": "add"},
                "relationships": {"distributed": one("products", product)},
            }
        },
    )
    assert response.status_code == 422
    assert pointers(response) == ["/data/relationships/dsps", "/data/relationships/continents"]
    right = api.create(
        "rights",
        {"action": "add"},
        {
            "distributed": one("products", product),
            "dsps": many("dsps", 1, 2),
            "territories": many("territories", 1),
        },
    )
    assert right["data"]["attributes"]["computed-dsps"] == "Spotify + Apple Music"
    assert [r["id"] for r in api.get(f"/products/{product}/rights").json()["data"]] == [right["data"]["id"]]


def test_track_isrc_must_look_like_an_isrc(api):
    product = new_product(api, new_label(api))
    response = api.post(
        "/tracks",
        {
            "data": {
                "type": "tracks",
                "attributes": {"title": "T", "isrc-code": "ES-A11"},
                "relationships": {"product": one("products", product)},
            }
        },
    )
    assert response.status_code == 422 and pointers(response) == ["/data/attributes/isrc-code"]


def test_text_fields_must_be_text(api):
    response = api.post(
        "/labels",
        {
            "data": {
                "type": "labels",
                "attributes": {"name": {"en": "X"}, "description": 5},
                "relationships": {"company": one("companies", 1)},
            }
        },
    )
    assert response.status_code == 422
    assert pointers(response) == ["/data/attributes/name", "/data/attributes/description"]
    product = new_product(api, new_label(api))
    response = api.post(
        "/tracks",
        {
            "data": {
                "type": "tracks",
                "attributes": {"title": ["T"]},
                "relationships": {"product": one("products", product)},
            }
        },
    )
    assert response.status_code == 422 and pointers(response) == ["/data/attributes/title"]
