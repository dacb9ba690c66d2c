"""The documented tutorial's whole flow through the client, in both dialects: every resource the app
delivers with is created, read, updated and (where the rules allow) deleted."""

from __future__ import annotations

import time

import pytest

from app.api.errors import NotFound, ValidationFailed
from app.domain.resources import (
    Artist,
    Availability,
    DspUploadIdentification,
    Label,
    Offer,
    Product,
    Record,
    Right,
    SendTask,
    Track,
    TrackOffer,
)
from tests.api.conftest import write_flac, write_jpeg


@pytest.fixture(params=["limbo", "labelcamp"])
def quick_sandbox(request, sandbox_factory):
    return sandbox_factory(dialect=request.param, delivery_seconds=0.3)


def test_tutorial_flow_from_label_to_completed_delivery(quick_sandbox, make_client, tmp_path):
    client = make_client(quick_sandbox)
    label = client.create(Label(name="Label name", description="Label description", company_id="1"))
    product = client.create(Product(
        name="Product title", upc_code="8088111222333", release_date="2023-10-01",
        copyright_line="Records Music", production_line="2023 Records Music", production_year=2023,
        status="draft", artist=["Artist name"], product_type_id="1", language_id="5", label_id=label.id))
    product = client.upload_cover(product.id, write_jpeg(tmp_path / "cover.jpg"))
    assert product.cover_url

    track = client.create(Track(title="Track title", track_number=1, volume_number=1,
                                isrc_code="ESA112314511", artist=["Artist name"], product_id=product.id,
                                audio_language_id="5"))
    record = client.upload_record(track.id, write_flac(tmp_path / "t1.flac", seconds=1.0))
    assert record.track_id == track.id and record.md5
    assert client.get(Track, track.id).audio16bits is True

    apple = client.get(DspUploadIdentification, "1876")
    right = client.create(Right(action="add", user_email="user-email@user-email.com",
                                distributor_id="1", distributed_id=product.id, dsp_ids=["23", apple.dsp_id],
                                continent_ids=["1"]))
    right.comments = "Worldwide"
    assert client.update(right, ["comments"]).comments == "Worldwide"

    default = next(client.list(Offer, filters={"product-id": product.id, "is-default": "true"}))
    default.status = "active"
    with pytest.raises(ValidationFailed) as refused:  # no release date / subgenre yet
        client.update(default, ["status"])
    assert refused.value.field_errors
    default.release_date, default.subgenre_id, default.subgenre2_id = "2023-10-01", "1", "2"
    client.update(default, ["release_date", "subgenre_id", "subgenre2_id"])
    default.status = "active"
    assert client.update(default, ["status"]).status == "active"

    product.status = "active"
    assert client.update(product, ["status"]).status == "active"

    specific = client.create(Offer(release_date="2023-10-01", is_default=False, status="active",
                                   usage={"download": True, "copy_scan": True, "on_demand_stream": True,
                                          "non_interactive_stream": True},
                                   product_id=product.id, subgenre_id="1", subgenre2_id="2",
                                   dsp_upload_identification_ids=["1876"]))
    assert specific.dsp_upload_identification_ids == ["1876"]
    track_offer = client.create(TrackOffer(track_id=track.id, offer_id=specific.id,
                                           usage={"download": True, "copy_scan": True,
                                                  "on_demand_stream": True,
                                                  "non_interactive_stream": True}))
    track_offer.release_date = "2023-10-02"
    assert client.update(track_offer, ["release_date"]).release_date
    client.delete(TrackOffer, track_offer.id)

    task = client.create(SendTask(deliverable=True, delivery_type="delivery", product_id=product.id,
                                  dsp_upload_identification_id="1876"))
    assert task.status not in ("completed", "error")
    deadline = time.monotonic() + 20
    while not task.is_terminal and time.monotonic() < deadline:
        time.sleep(0.1)
        task = client.get(SendTask, task.id)
    assert task.status == "completed", task.error_message
    assert task.ack_status_message == {"FileStatus": ["FileOK"]}
    assert [t.id for t in client.list(SendTask, filters={"product-id": product.id})] == [task.id]

    with pytest.raises(ValidationFailed) as info:  # an active product cannot be deleted
        client.delete(Product, product.id)
    assert info.value.field_errors

    client.delete(Record, record.id)
    with pytest.raises(NotFound):
        client.get(Record, record.id)
    client.delete(Right, right.id)


def test_artist_and_availability_crud(quick_sandbox, make_client):
    client = make_client(quick_sandbox)
    artist = client.create(Artist(name="Artist name", priority=3, distributor_id="1"))
    availability = client.create(Availability(dsp_artist_id="spotify:artist:123", artist_id=artist.id,
                                              dsp_id="1"))
    assert availability.artist_id == artist.id and availability.dsp_id == "1"
    availability.url = "https://open.spotify.com/artist/123"
    assert client.update(availability, ["url"]).url.endswith("/123")
    assert [a.id for a in client.list(Availability)] == [availability.id]
    client.delete(Availability, availability.id)
    client.delete(Artist, artist.id)
    assert list(client.list(Artist)) == []
