"""Whatever a client sends, the sandbox answers with a status below 500 and a JSON:API document."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sandbox.runner import start_sandbox
from tests.sandbox.helpers import Api, ready_product

WRITABLE = [
    "labels",
    "products",
    "tracks",
    "records",
    "offers",
    "track-offers",
    "rights",
    "send-tasks",
    "artists",
    "availabilities",
]
NAMES = [
    "name",
    "title",
    "status",
    "upc-code",
    "isrc-code",
    "new-file",
    "front-cover",
    "usage",
    "priority",
    "release-date",
    "send-date",
    "delivery-type",
    "is-default",
    "track-number",
    "artist",
    "action",
    "production-year",
    "deliverable",
    "dsp-artist-id",
    "options",
]
RELS = [
    "label",
    "company",
    "product",
    "creator",
    "track",
    "offer",
    "distributed",
    "dsps",
    "continents",
    "territories",
    "subgenre",
    "dsp-upload-identification",
    "dsp-upload-identifications",
    "artist",
    "dsp",
    "language",
    "audio-language",
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.text(max_size=12),
    st.sampled_from(["1", "2", "draft", "active", "2023-10-01", "data:image/png;base64,AAAA"]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["type", "id", "download", "x"]), inner, max_size=3)
    ),
    max_leaves=6,
)
linkage = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {
            "type": st.sampled_from(["products", "labels", "dsps", "tracks", "x"]),
            "id": st.one_of(st.sampled_from(["1", "2", "999"]), st.integers(0, 3)),
        }
    ),
    st.lists(
        st.fixed_dictionaries(
            {
                "type": st.sampled_from(["dsps", "continents", "territories"]),
                "id": st.sampled_from(["1", "23", "0"]),
            }
        ),
        max_size=2,
    ),
    values,
)
documents = st.fixed_dictionaries(
    {
        "type": st.sampled_from(WRITABLE),
        "attributes": st.dictionaries(st.sampled_from(NAMES), values, max_size=5),
        "relationships": st.dictionaries(
            st.sampled_from(RELS), st.one_of(st.fixed_dictionaries({"data": linkage}), values), max_size=3
        ),
    }
)


def test_random_writes_never_crash_the_server():
    sb = start_sandbox(delivery_seconds=0)
    try:
        api = Api(sb)
        ready_product(api)

        @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
        @given(
            doc=documents,
            method=st.sampled_from(["POST", "PATCH", "DELETE"]),
            target=st.sampled_from(["1", "2"]),
            with_id=st.booleans(),
        )
        def check(doc, method, target, with_id):
            body = {"data": dict(doc, id=target) if with_id else doc}
            path = f"/{doc['type']}" if method == "POST" else f"/{doc['type']}/{target}"
            response = api.client.request(method, path, json=body if method != "DELETE" else None)
            assert response.status_code < 500, (method, path, body, response.text)
            if response.status_code != 204:
                assert "jsonapi" in response.json()
            listing = api.get(
                f"/{doc['type']}",
                include=",".join(
                    r
                    for r in ("product", "label", "creator")
                    if doc["type"] in ("tracks", "products", "records")
                ),
            )
            assert listing.status_code in (200, 400)

        check()
    finally:
        sb.stop()
