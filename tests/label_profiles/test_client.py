"""The label-profiles client does every documented operation against the real sandbox."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.api.errors import AmbiguousRequest, AuthExpired, InsecureUrl, NotFound, NotLoggedIn, ValidationFailed
from app.api.label_profiles import BadToken, LabelProfilesClient, check_token, connection, connection_store
from app.domain.label_profile import InvalidLabelProfile, LabelProfile
from app.platform.secrets import SERVICE, MemorySecretStore
from app.sandbox.label_profiles import RunningLabelProfilesSandbox

SONIC = LabelProfile(name="Sonic Wave Records", email="contact@sonicwave.example",
                     description="Independent electronic music label", country="US")


def test_create_get_update_delete_round_trip(label_profiles_client: LabelProfilesClient,
                                             label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    created = label_profiles_client.create(SONIC)
    assert created.id and created.user_id == label_profiles_sandbox.user_id
    assert (created.name, created.email, created.country) == (SONIC.name, SONIC.email, "US")
    assert label_profiles_client.get(created.id) == created

    updated = label_profiles_client.update(created.id, {
        "description": "Premier independent electronic music label", "email": "new@sonicwave.example"})
    assert updated.description == "Premier independent electronic music label"
    assert updated.email == "new@sonicwave.example" and updated.name == SONIC.name

    label_profiles_client.delete(created.id)
    with pytest.raises(NotFound) as caught:
        label_profiles_client.get(created.id)
    assert "Label not found" in caught.value.message


def test_a_create_without_country_gets_the_service_default(
        label_profiles_client: LabelProfilesClient) -> None:
    assert label_profiles_client.create(LabelProfile(name="Kigali Sound", country=None)).country == "RW"


def test_list_pages_and_filters_like_the_seed(label_profiles_client: LabelProfilesClient) -> None:
    for i in range(12):
        country = "US" if i % 3 == 0 else "RW"
        label_profiles_client.create(LabelProfile(name=f"Label {i:02d}", country=country))
    assert len(label_profiles_client.list_page()) == 10  # default size
    assert [p.name for p in label_profiles_client.list_page(page=1)] == ["Label 10", "Label 11"]
    us = label_profiles_client.list_page(size=20, page=0, filters={"country": "US"})
    assert [p.name for p in us] == ["Label 00", "Label 03", "Label 06", "Label 09"]
    assert [p.name for p in label_profiles_client.iter_all(size=5)] == [f"Label {i:02d}" for i in range(12)]


def test_invalid_email_is_refused_before_anything_is_sent(
        label_profiles_client: LabelProfilesClient,
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    label_profiles_sandbox.reset_stats()
    with pytest.raises(InvalidLabelProfile) as caught:
        label_profiles_client.create(LabelProfile(name="Bad Mail", email="contact(at)badmail"))
    assert caught.value.message.startswith("The email “contact(at)badmail” is not a valid address")
    assert label_profiles_sandbox.stats()["requests"] == 0


def test_unknown_country_is_refused_before_anything_is_sent(
        label_profiles_client: LabelProfilesClient,
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    created = label_profiles_client.create(SONIC)
    label_profiles_sandbox.reset_stats()
    with pytest.raises(InvalidLabelProfile) as caught:
        label_profiles_client.update(created.id or "", {"country": "XY"})
    assert caught.value.by_field() == {"country": caught.value.message}
    assert "“XY” is not an ISO 3166 country code" in caught.value.message
    assert label_profiles_sandbox.stats()["requests"] == 0
    assert label_profiles_client.get(created.id or "").country == "US"


def test_a_server_400_arrives_as_validation_failed_naming_the_field(
        label_profiles_client: LabelProfilesClient) -> None:
    created = label_profiles_client.create(SONIC)
    # Bypass local checks to see the server's own answer: request() is what every operation sends through.
    with pytest.raises(ValidationFailed) as caught:
        label_profiles_client.request("PATCH", f"labels/{created.id}", body={"name": 5})
    assert caught.value.status == 400
    assert [(e.field, e.message) for e in caught.value.field_errors] == [("name", "name must be a string")]


def test_the_pasted_token_lives_in_the_secret_store_only(
        label_profiles_client: LabelProfilesClient, label_profiles_sandbox: RunningLabelProfilesSandbox,
        secret_store: MemorySecretStore, releasedesk_home: Path) -> None:
    assert label_profiles_sandbox.token in (secret_store.get(SERVICE, "label-profiles:sandbox:token") or "")
    connection_store().save(label_profiles_client.connection)
    for path in releasedesk_home.rglob("*"):
        if path.is_file():
            assert label_profiles_sandbox.token not in path.read_text(errors="replace"), path
    assert label_profiles_client.token_expires_at is not None
    label_profiles_client.forget_token()
    with pytest.raises(NotLoggedIn):
        label_profiles_client.list_page()


def test_an_expired_or_malformed_pasted_token_is_refused_with_one_sentence(
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    with pytest.raises(BadToken, match="expired on"):
        check_token(label_profiles_sandbox.issue_token(ttl=-10))
    with pytest.raises(BadToken, match="not an access token"):
        check_token("hello world")
    with pytest.raises(BadToken, match="empty"):
        check_token("   ")
    assert check_token(f"Bearer {label_profiles_sandbox.token} ") == label_profiles_sandbox.token


def test_a_token_expiring_on_the_server_raises_auth_expired(
        label_profiles_sandbox: RunningLabelProfilesSandbox, secret_store: MemorySecretStore) -> None:
    client = LabelProfilesClient(connection("short", label_profiles_sandbox.base_url), secret_store)
    client.set_token(label_profiles_sandbox.issue_token(ttl=0.3))
    assert client.list_page() == []
    time.sleep(0.4)
    with pytest.raises(AuthExpired) as caught:
        client.list_page()
    assert "Token has expired" in caught.value.message and "paste a new token" in caught.value.message


def test_on_token_expired_can_paste_a_new_token_and_the_request_goes_on(
        label_profiles_sandbox: RunningLabelProfilesSandbox, secret_store: MemorySecretStore) -> None:
    asked: list[bool] = []

    def paste_again() -> bool:
        asked.append(True)
        client.set_token(label_profiles_sandbox.issue_token())
        return True

    client = LabelProfilesClient(connection("renew", label_profiles_sandbox.base_url), secret_store,
                                 on_token_expired=paste_again)
    client.set_token(label_profiles_sandbox.issue_token(ttl=0.2))
    time.sleep(0.3)
    assert client.create(LabelProfile(name="After renewal")).name == "After renewal"
    assert asked == [True]


def test_a_tampered_token_is_refused_by_the_server(
        label_profiles_sandbox: RunningLabelProfilesSandbox, secret_store: MemorySecretStore) -> None:
    client = LabelProfilesClient(connection("forged", label_profiles_sandbox.base_url), secret_store)
    header, payload, signature = label_profiles_sandbox.token.split(".")
    client.set_token(f"{header}.{payload}.{signature[::-1]}")
    with pytest.raises(AuthExpired, match="signature does not match"):
        client.list_page()


def test_plain_http_to_a_remote_host_is_refused(secret_store: MemorySecretStore) -> None:
    with pytest.raises(InsecureUrl):
        LabelProfilesClient(connection("remote", "http://labels.example.com"), secret_store)


def test_idempotent_requests_are_retried_through_503_and_429(
        label_profiles_client: LabelProfilesClient,
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    created = label_profiles_client.create(SONIC)
    label_profiles_sandbox.inject_fault("GET", r"^/api/labels/", status=503, count=2)
    label_profiles_sandbox.inject_fault("PATCH", r"^/api/labels/", status=429, retry_after=0.05)
    assert label_profiles_client.get(created.id or "").name == SONIC.name
    assert label_profiles_client.update(created.id or "", {"name": "Renamed"}).name == "Renamed"
    routes = label_profiles_sandbox.stats()["by_route"]
    assert routes["GET /api/labels/:id"] == 3 and routes["PATCH /api/labels/:id"] == 2


def test_a_post_whose_reply_was_lost_is_ambiguous_not_retried(
        label_profiles_client: LabelProfilesClient,
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    label_profiles_sandbox.inject_fault("POST", r"^/api/labels$", status=0, when="after")
    with pytest.raises(AmbiguousRequest):
        label_profiles_client.create(SONIC)
    assert label_profiles_sandbox.stats()["by_route"]["POST /api/labels"] == 1
    assert [p.name for p in label_profiles_client.iter_all()] == [SONIC.name]  # it did land, once


def test_an_unreachable_server_is_one_offline_sentence(secret_store: MemorySecretStore) -> None:
    from app.api.errors import Offline
    from app.sandbox.label_profiles import start_label_profiles_sandbox

    stopped = start_label_profiles_sandbox()
    stopped.stop()
    client = LabelProfilesClient(connection("gone", stopped.base_url), secret_store, backoff_base=0.01,
                                 backoff_cap=0.02)
    client.set_token(stopped.token)
    with pytest.raises(Offline) as caught:
        client.list_page()
    assert "Cannot connect to 127.0.0.1" in caught.value.message and "\n" not in caught.value.message
