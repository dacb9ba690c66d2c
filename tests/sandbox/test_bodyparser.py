"""The incremental body parser gives exactly what json.loads + base64 decoding would, however the body is
cut into chunks, while keeping the big value out of memory."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.sandbox.bodyparser import BigValue, BodyError, StreamingBodyParser


def parse(body: bytes, cuts: list[int], tmp_path) -> tuple[object, StreamingBodyParser]:
    parser = StreamingBodyParser(tmp_path)
    points = sorted({c % (len(body) + 1) for c in cuts}) + [len(body)]
    start = 0
    for point in points:
        parser.feed(body[start:point])
        start = point
    return parser.finish(), parser


@settings(max_examples=150, deadline=None)
@given(
    payload=st.binary(max_size=3000),
    cuts=st.lists(st.integers(min_value=0), max_size=12),
    escape_slashes=st.booleans(),
    wrap=st.booleans(),
    data_url=st.booleans(),
)
def test_any_chunking_gives_the_same_document_and_bytes(
    tmp_path_factory, payload, cuts, escape_slashes, wrap, data_url
):
    tmp_path = tmp_path_factory.mktemp("parse")
    text = base64.encodebytes(payload).decode() if wrap else base64.b64encode(payload).decode()
    if data_url:
        text = "data:audio/flac;base64," + text
    encoded = json.dumps(text)
    if escape_slashes:
        encoded = encoded.replace("/", "\\/")
    body = (
        '{"data": {"type": "records", "id": null, "attributes": {"title": "a \\"quoted\\" \\\\ name",'
        ' "new-file": ' + encoded + ', "n": [1, 2.5, true]}, "relationships": {"creator": '
        '{"data": {"type": "tracks", "id": "7"}}}}}'
    ).encode()
    document, parser = parse(body, cuts, tmp_path)
    value = document["data"]["attributes"]["new-file"]
    assert isinstance(value, BigValue)
    assert value.path.read_bytes() == payload and value.size == len(payload)
    assert value.media_type == ("audio/flac" if data_url else None)
    assert document["data"]["attributes"]["title"] == 'a "quoted" \\ name'
    assert document["data"]["attributes"]["n"] == [1, 2.5, True]
    assert document["data"]["relationships"]["creator"]["data"]["id"] == "7"
    assert len(parser.skeleton) < 400  # the big value never entered the kept document
    parser.discard()
    assert not value.path.exists()


@pytest.mark.parametrize("text", ["abc", "ab=c", "AAAA====", "****", "QUJD\\u0041"])
def test_invalid_base64_is_a_base64_error_naming_the_attribute(tmp_path, text):
    body = ('{"data": {"attributes": {"new-file": "' + text + '"}}}').encode()
    with pytest.raises(BodyError) as caught:
        parse(body, [7, 33], tmp_path)
    assert caught.value.kind == "base64" and caught.value.key == "new-file"


@pytest.mark.parametrize("body", [b'{"data": ', b'{"data": {"attributes": {"new-file": "QUJD', b"", b"nul"])
def test_truncated_or_broken_json_is_a_json_error(tmp_path, body):
    with pytest.raises(BodyError) as caught:
        parse(body, [3], tmp_path)
    assert caught.value.kind == "json"


def test_null_and_small_values_pass_through(tmp_path):
    document, _ = parse(
        b'{"data": {"attributes": {"new-file": null, "front-cover": "", "x": "new-file"}}}', [5, 20], tmp_path
    )
    attributes = document["data"]["attributes"]
    assert attributes["new-file"] is None and attributes["x"] == "new-file"
    assert isinstance(attributes["front-cover"], BigValue) and attributes["front-cover"].size == 0


@pytest.mark.parametrize(
    "document",
    [
        {"data": {"relationships": {"new-file": "not base64!"}}},
        {"meta": {"attributes": {"front-cover": "plain"}}},
        {"data": {"attributes": {"options": {"new-file": "x"}}}},
        {"data": {"attributes": {"list": [{"front-cover": "y"}]}}},
    ],
)
def test_big_keys_outside_the_resource_attributes_are_ordinary_values(tmp_path, document) -> None:
    parsed, parser = parse(json.dumps(document).encode(), [7, 19], tmp_path)
    assert parsed == document and parser.values == {}


def test_a_big_key_in_the_attributes_still_streams(tmp_path) -> None:
    attributes = {"new-file": base64.b64encode(b"abc").decode()}
    body = json.dumps({"data": {"type": "records", "attributes": attributes}})
    parsed, parser = parse(body.encode(), [3], tmp_path)
    value = parsed["data"]["attributes"]["new-file"]
    assert isinstance(value, BigValue) and value.path.read_bytes() == b"abc"


def test_nesting_past_the_limit_stops_the_stream(tmp_path) -> None:
    parser = StreamingBodyParser(tmp_path)
    with pytest.raises(BodyError) as caught:
        parser.feed(b'{"data": ' + b"[" * 40)
    assert caught.value.kind == "json" and "levels deep" in caught.value.message
