"""The JSON:API codec against documents shaped like limbo's and Labelcamp's documented examples."""

from __future__ import annotations

import dataclasses
import typing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.api import jsonapi
from app.domain.resources import RESOURCE_CLASSES, Label, Offer, Product, Record, Right, Track


def _seed_product() -> dict:
    return {
        "type": "products", "id": 7,
        "attributes": {
            "name": "product name", "upc-code": "8445281840433", "production-year": 2023,
            "status": "active", "artist": ["artist"], "cover-url": "https://x/c.jpg",
            "createdAt": "2023-08-11T20:45:10.000000Z", "updatedAt": "2023-08-11T20:46:58.000000Z",
            "some-new-attribute": {"a": 1},
        },
        "relationships": {
            "label": {"links": {"related": "https://x/api/v1/products/7/label"},
                      "data": {"type": "labels", "id": "3"}},
            "language": {"links": {"related": "https://x/api/v1/products/7/language"}},
        },
        "links": {"self": "https://x/api/v1/products/7"},
    }


def test_decode_reads_kebab_and_camel_case_attributes_and_linkage():
    product = jsonapi.decode({"data": _seed_product()}, Product)
    assert product.id == "7"
    assert product.upc_code == "8445281840433"
    assert product.production_year == 2023
    assert product.created_at == "2023-08-11T20:45:10.000000Z"
    assert product.updated_at == "2023-08-11T20:46:58.000000Z"
    assert product.label_id == "3"
    assert product.language_id is None  # links only: not known


def test_decode_keeps_unknown_attributes_in_extra():
    product = jsonapi.decode(_seed_product(), Product)
    assert product.extra == {"some-new-attribute": {"a": 1}}


def test_decode_reads_labelcamp_kebab_timestamps():
    label = jsonapi.decode({"type": "labels", "id": "1", "attributes": {
        "name": "L", "created-at": "2024-01-01T00:00:00Z", "children-count": 2}}, Label)
    assert label.created_at == "2024-01-01T00:00:00Z"
    assert label.extra == {"children-count": 2}


def test_encode_create_sends_kebab_case_and_skips_read_only_and_empty_fields():
    product = Product(name="P", upc_code="8088111222333", production_year=2023, status="draft",
                      artist=["A"], label_id="1", language_id="5", cover_url="ignored",
                      company_id="9")
    doc = jsonapi.encode(product)
    data = doc["data"]
    assert data["type"] == "products" and "id" not in data
    assert data["attributes"] == {"name": "P", "upc-code": "8088111222333", "production-year": 2023,
                                  "status": "draft", "artist": ["A"]}
    assert data["relationships"] == {
        "label": {"data": {"type": "labels", "id": "1"}},
        "language": {"data": {"type": "languages", "id": "5"}},
    }


def test_encode_update_sends_only_named_fields_with_id_and_nulls():
    product = Product(id="4", name="New", subtitle=None, upc_code="1", label_id="2")
    doc = jsonapi.encode(product, ["name", "subtitle", "label_id"])
    assert doc == {"data": {"type": "products", "id": "4",
                            "attributes": {"name": "New", "subtitle": None},
                            "relationships": {"label": {"data": {"type": "labels", "id": "2"}}}}}


def test_encode_rejects_unknown_field_names():
    with pytest.raises(ValueError, match="no field"):
        jsonapi.encode(Product(id="1"), ["upc"])


def test_polymorphic_and_to_many_relationships_round_trip():
    right = Right(action="add", distributor_id="1", distributed_id="1", dsp_ids=["23"],
                  continent_ids=["1"])
    doc = jsonapi.encode(right)
    rels = doc["data"]["relationships"]
    assert rels["distributed"] == {"data": {"type": "products", "id": "1"}}
    assert rels["dsps"] == {"data": [{"type": "dsps", "id": "23"}]}
    back = jsonapi.decode({"type": "rights", "id": "5", "attributes": doc["data"]["attributes"],
                           "relationships": {**rels, "distributed": {"data": {"type": "companies",
                                                                               "id": "1"}}}}, Right)
    assert back.dsp_ids == ["23"] and back.continent_ids == ["1"]
    assert back.distributed_type == "companies" and back.distributed_id == "1"


def test_track_audio_language_is_a_relationship_in_limbo_and_an_attribute_in_labelcamp():
    track = Track(title="T", product_id="1", audio_language_id="5")
    limbo = jsonapi.encode(track, dialect="limbo")["data"]
    assert limbo["relationships"]["audio-language"] == {"data": {"type": "languages", "id": "5"}}
    assert "audio-language" not in limbo["attributes"]
    labelcamp = jsonapi.encode(track, dialect="labelcamp")["data"]
    assert labelcamp["attributes"]["audio-language"] == "5"
    assert "audio-language" not in labelcamp["relationships"]
    assert jsonapi.decode({"type": "tracks", "id": "1", "attributes": {"audio-language": "5"}},
                          Track).audio_language_id == "5"
    assert jsonapi.decode({"type": "tracks", "id": "1", "relationships": {
        "audio-language": {"data": {"type": "languages", "id": "4"}}}}, Track).audio_language_id == "4"


def test_record_creator_relationship_and_usage_keys_stay_snake_case():
    doc = jsonapi.encode(Record(track_id="9"))
    assert doc["data"]["relationships"] == {"creator": {"data": {"type": "tracks", "id": "9"}}}
    offer = Offer(usage={"copy_scan": True, "on_demand_stream": False}, product_id="1")
    assert jsonapi.encode(offer)["data"]["attributes"]["usage"] == {"copy_scan": True,
                                                                     "on_demand_stream": False}


@pytest.mark.parametrize(("pointer", "cls", "field"), [
    ("/data/attributes/upc-code", Product, "upc_code"),
    ("/data/relationships/label", Product, "label_id"),
    ("/data/relationships/product-type", Product, "product_type_id"),
    ("/data/attributes/usage/download", Offer, "usage"),
    ("/data/relationships/dsp-upload-identifications", Offer, "dsp_upload_identification_ids"),
    ("/data/attributes/audio-language", Track, "audio_language_id"),
    ("/data/relationships/creator", Record, "track_id"),
    ("/data", Product, None),
    ("", Product, None),
])
def test_error_pointers_map_to_domain_fields(pointer, cls, field):
    assert jsonapi.field_for_pointer(pointer, cls) == field


def test_labelcamp_audio_language_attribute_wins_over_an_empty_relationship():
    track = jsonapi.decode({"type": "tracks", "id": "1", "attributes": {"audio-language": "5"},
                            "relationships": {"audio-language": {"data": None}}}, Track)
    assert track.audio_language_id == "5" and "audio-language" not in track.extra


# --- property: what encode writes, decode reads back, for every resource class and dialect --------

_ids = st.integers(min_value=1, max_value=10**9).map(str)
_text = st.text(min_size=1, max_size=20)


def _strategy_for(cls, f):
    if f.metadata.get("kind") == "rel":
        return st.lists(_ids, max_size=3) if f.metadata.get("many") else _ids
    hint = str(typing.get_type_hints(cls)[f.name])
    if "list[str]" in hint:
        return st.lists(_text, max_size=3)
    if "bool" in hint:
        return st.booleans()
    if "int" in hint:
        return st.integers(min_value=0, max_value=10**6)
    if "dict" in hint or "Any" in hint:
        return st.dictionaries(st.sampled_from(["download", "copy_scan", "x"]), st.booleans(), max_size=3)
    return _text


def _writable(cls):
    return [f for f in dataclasses.fields(cls)
            if f.metadata.get("kind") in ("attr", "rel") and not f.metadata.get("read_only")]


@st.composite
def _resources(draw):
    cls = draw(st.sampled_from(sorted(RESOURCE_CLASSES.values(), key=lambda c: c.TYPE)))
    values = {f.name: draw(_strategy_for(cls, f)) for f in _writable(cls)}
    return cls(id=draw(_ids), **values)


@settings(max_examples=150, deadline=None)
@given(obj=_resources(), dialect=st.sampled_from(["limbo", "labelcamp"]))
def test_encode_then_decode_keeps_every_writable_field(obj, dialect):
    cls = type(obj)
    doc = jsonapi.encode(obj, [f.name for f in _writable(cls)], dialect)
    back = jsonapi.decode(doc, cls)
    assert back.id == obj.id
    for f in _writable(cls):
        assert getattr(back, f.name) == getattr(obj, f.name), f.name
    assert back.extra == {}
