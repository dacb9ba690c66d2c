"""Retry policy against injected sandbox faults: what is retried, what is reported as ambiguous."""

from __future__ import annotations

import pytest

from app.api.errors import AmbiguousRequest, RateLimited, ServerUnavailable
from app.domain.resources import Company, Label, Product
from tests.api.conftest import write_jpeg
from tests.api.test_client_sandbox import new_label, new_product


@pytest.fixture
def waits():
    return []


@pytest.fixture
def client(any_sandbox, make_client, waits):
    return make_client(any_sandbox, sleep=waits.append)


def api(sb, path: str) -> str:
    return "^" + sb.api_url.split(sb.base_url, 1)[1] + path + "$"


def route_count(sb, method: str, suffix: str) -> int:
    return sum(n for route, n in sb.stats()["by_route"].items()
               if route.startswith(method + " ") and route.endswith(suffix))


def test_get_is_retried_after_503(any_sandbox, client, waits):
    label = new_label(client)
    any_sandbox.inject_fault("GET", api(any_sandbox, r"/labels/\d+"), status=503, count=2)
    any_sandbox.reset_stats()
    assert client.get(Label, label.id).id == label.id
    assert route_count(any_sandbox, "GET", f"/labels/{label.id}") == 3
    assert any_sandbox.stats()["requests"] == 3
    assert len(waits) == 2 and all(0 < w <= 0.05 for w in waits)


def test_429_waits_what_retry_after_asks(any_sandbox, client, waits):
    any_sandbox.inject_fault("GET", api(any_sandbox, "/labels"), status=429, count=1, retry_after=2)
    assert list(client.list(Label)) == []
    assert waits == [2.0]


def test_a_retry_after_longer_than_the_cap_fails_at_once(any_sandbox, make_client, waits):
    client = make_client(any_sandbox, sleep=waits.append, max_retry_after=5)
    any_sandbox.inject_fault("GET", api(any_sandbox, "/labels"), status=429, count=1, retry_after=600)
    with pytest.raises(RateLimited, match="600 s"):
        list(client.list(Label))
    assert waits == []


def test_persistent_503_becomes_server_unavailable_after_the_retries(any_sandbox, make_client, waits):
    client = make_client(any_sandbox, sleep=waits.append, retries=3)
    any_sandbox.inject_fault("GET", api(any_sandbox, "/companies/1"), status=503, count=50)
    any_sandbox.reset_stats()
    with pytest.raises(ServerUnavailable, match="unavailable"):
        client.get(Company, "1")
    assert any_sandbox.stats()["requests"] == 4 and len(waits) == 3


def test_dropped_connection_on_get_is_retried(any_sandbox, client):
    label = new_label(client)
    any_sandbox.inject_fault("GET", api(any_sandbox, r"/labels/\d+"), status=0, count=1)
    assert client.get(Label, label.id).name == "Label name"


def test_patch_is_retried_after_503_and_applied(any_sandbox, client):
    label = new_label(client)
    any_sandbox.inject_fault("PATCH", api(any_sandbox, r"/labels/\d+"), status=503, count=1)
    label.name = "Renamed"
    assert client.update(label, ["name"]).name == "Renamed"
    assert client.get(Label, label.id).name == "Renamed"


def test_post_refused_with_429_is_retried_and_creates_once(any_sandbox, client):
    any_sandbox.inject_fault("POST", api(any_sandbox, "/labels"), status=429, count=1, retry_after=0)
    label = new_label(client)
    assert [x.id for x in client.list(Label)] == [label.id]


def test_post_answered_503_is_ambiguous_not_retried(any_sandbox, client):
    any_sandbox.inject_fault("POST", api(any_sandbox, "/labels"), status=503, count=1)
    any_sandbox.reset_stats()
    with pytest.raises(AmbiguousRequest) as info:
        new_label(client)
    assert info.value.path.endswith("/labels")
    assert any_sandbox.stats()["requests"] == 1


def test_post_whose_answer_is_lost_is_ambiguous_and_the_server_did_act(any_sandbox, client):
    any_sandbox.inject_fault("POST", api(any_sandbox, "/labels"), status=0, count=1, when="after")
    with pytest.raises(AmbiguousRequest, match="may or may not"):
        new_label(client, "Lost answer")
    assert [x.name for x in client.list(Label)] == ["Lost answer"]  # the sync layer finds it by name


def test_delete_whose_answer_is_lost_is_retried_and_counts_as_done(any_sandbox, client):
    label = new_label(client)
    any_sandbox.inject_fault("DELETE", api(any_sandbox, r"/labels/\d+"), status=0, count=1, when="after")
    client.delete(Label, label.id)
    assert list(client.list(Label)) == []


def test_streamed_cover_patch_is_sent_again_after_a_503(any_sandbox, client, tmp_path):
    product = new_product(client)
    path = write_jpeg(tmp_path / "cover.jpg")
    any_sandbox.inject_fault("PATCH", api(any_sandbox, r"/products/\d+"), status=503, count=1)
    passes: list[int] = []

    def progress(done: int, total: int) -> None:
        if done == 0:
            passes.append(done)

    updated = client.upload_cover(product.id, path, progress=progress)
    assert updated.cover_url and len(passes) == 2
    assert client.get(Product, product.id).cover_url == updated.cover_url


def test_record_post_answered_503_is_ambiguous(any_sandbox, client, tmp_path):
    from app.domain.resources import Track
    from tests.api.conftest import write_flac

    product = new_product(client)
    track = client.create(Track(title="T", track_number=1, volume_number=1, isrc_code="ESA112314511",
                                artist=["A"], product_id=product.id, audio_language_id="5"))
    any_sandbox.inject_fault("POST", api(any_sandbox, "/records"), status=503, count=1)
    with pytest.raises(AmbiguousRequest):
        client.upload_record(track.id, write_flac(tmp_path / "m.flac"))


def test_a_server_refusing_patch_gets_put_from_then_on(any_sandbox, client):
    label = new_label(client)
    any_sandbox.inject_fault("PATCH", api(any_sandbox, r"/labels/\d+"), status=405, count=1)
    label.name = "Via PUT"
    assert client.update(label, ["name"]).name == "Via PUT"
    any_sandbox.reset_stats()
    label.name = "Again"
    client.update(label, ["name"])
    assert route_count(any_sandbox, "PUT", f"/labels/{label.id}") == 1
    assert route_count(any_sandbox, "PATCH", f"/labels/{label.id}") == 0


def test_a_failing_token_endpoint_is_retried_then_unavailable_not_ambiguous(any_sandbox, make_client, waits):
    client = make_client(any_sandbox, login=False, sleep=waits.append, retries=2)
    any_sandbox.inject_fault("POST", r"^/oauth/token$", status=503, count=1)
    client.login(any_sandbox.password)  # one 503, then the retry logs in
    assert client.logged_in and len(waits) == 1
    any_sandbox.inject_fault("POST", r"^/oauth/token$", status=500, count=1)
    with pytest.raises(ServerUnavailable, match="could not log you in"):
        client.login(any_sandbox.password)
