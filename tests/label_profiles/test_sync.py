"""Offline label-profile edits reach the real sandbox once, conflicts and refusals are kept for the user."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.api.label_profiles import LabelProfilesClient, connection
from app.domain.label_profile import LabelProfile
from app.platform.secrets import MemorySecretStore
from app.sandbox.label_profiles import RunningLabelProfilesSandbox, start_label_profiles_sandbox
from app.store.label_profiles import LabelProfileStore
from app.sync.label_profiles import LabelProfileSync, refresh_label_profiles


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LabelProfileStore]:
    opened = LabelProfileStore.open(tmp_path / "label_profiles.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def engine(store: LabelProfileStore, label_profiles_client: LabelProfilesClient) -> LabelProfileSync:
    return LabelProfileSync(store, label_profiles_client)


def _server_names(client: LabelProfilesClient) -> list[str]:
    return sorted(p.name for p in client.iter_all())


def test_offline_drafts_edits_and_deletes_reach_the_server_once(
        store: LabelProfileStore, engine: LabelProfileSync, label_profiles_client: LabelProfilesClient,
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    kept = store.create(LabelProfile(name="Kigali Sound", email="hi@kigali.example"))
    store.edit(kept, {"description": "Afrobeat", "country": "RW"})
    dropped = store.create(LabelProfile(name="Never sent"))
    store.delete(dropped)
    label_profiles_sandbox.reset_stats()

    report = engine.run()

    assert (report.sent, report.ok) == (1, True)
    assert label_profiles_sandbox.stats()["by_route"] == {"POST /api/labels": 1}
    (server,) = list(label_profiles_client.iter_all())
    assert (server.name, server.email, server.description, server.country) == (
        "Kigali Sound", "hi@kigali.example", "Afrobeat", "RW")
    assert store.rows()[0].sync_state == "synced" and store.server_id(kept) == server.id

    assert engine.run().sent == 0  # nothing twice
    store.edit(kept, {"name": "Kigali Sound Records"})
    assert engine.run().sent == 1
    assert _server_names(label_profiles_client) == ["Kigali Sound Records"]
    store.delete(kept)
    assert engine.run().sent == 1
    assert _server_names(label_profiles_client) == [] and store.rows() == []


def test_a_create_whose_reply_was_lost_is_adopted_not_duplicated(
        store: LabelProfileStore, engine: LabelProfileSync, label_profiles_client: LabelProfilesClient,
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    local_id = store.create(LabelProfile(name="Sonic Wave", email="a@sonic.example", country="US"))
    label_profiles_sandbox.inject_fault("POST", r"^/api/labels$", status=0, when="after")
    first = engine.run()
    assert first.failed == 1 and store.rows()[0].sync_state == "pending"
    second = engine.run()
    assert second.adopted == 1
    assert _server_names(label_profiles_client) == ["Sonic Wave"]
    assert label_profiles_sandbox.stats()["by_route"]["POST /api/labels"] == 1
    assert store.server_id(local_id) == next(label_profiles_client.iter_all()).id


def test_a_crash_after_the_server_acted_does_not_create_twice(
        tmp_path: Path, label_profiles_client: LabelProfilesClient,
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    path = tmp_path / "crash.sqlite3"
    before = LabelProfileStore.open(path)
    local_id = before.create(LabelProfile(name="Crash Test", country="DE"))
    (op,) = before.operations()
    before.mark_inflight(op.id, {"name": "Crash Test", "country": "DE"})
    label_profiles_client.create(LabelProfile(name="Crash Test", country="DE"))  # the server acted...
    before.close()  # ...and the app died before recording it

    after = LabelProfileStore.open(path)
    try:
        report = LabelProfileSync(after, label_profiles_client).run()
        assert (report.adopted, report.sent) == (1, 0)
        assert _server_names(label_profiles_client) == ["Crash Test"]
        assert after.rows()[0].sync_state == "synced" and after.server_id(local_id)
    finally:
        after.close()


def test_changes_on_both_sides_become_a_conflict_until_the_user_chooses(
        store: LabelProfileStore, engine: LabelProfileSync,
        label_profiles_client: LabelProfilesClient) -> None:
    created = label_profiles_client.create(LabelProfile(name="Shared", description="old", country="US"))
    refresh_label_profiles(store, label_profiles_client)
    local_id = store.local_id_for(created.id or "")
    assert local_id is not None
    store.edit(local_id, {"description": "mine"})
    label_profiles_client.update(created.id or "", {"description": "theirs", "email": "new@shared.example"})

    report = engine.run()

    assert report.conflicts == 1 and report.sent == 0
    (conflict,) = store.conflicts(local_id)
    assert (conflict.field, conflict.mine, conflict.theirs, conflict.base) == (
        "description", "mine", "theirs", "old")
    assert label_profiles_client.get(created.id or "").description == "theirs"  # nothing overwritten
    assert store.rows()[0].sync_state == "conflict"

    store.resolve(local_id, "description", "mine")
    assert engine.run().sent == 1
    server = label_profiles_client.get(created.id or "")
    assert (server.description, server.email) == ("mine", "new@shared.example")


def test_a_server_change_to_another_field_merges_without_a_conflict(
        store: LabelProfileStore, engine: LabelProfileSync,
        label_profiles_client: LabelProfilesClient) -> None:
    created = label_profiles_client.create(LabelProfile(name="Merge", country="US"))
    refresh_label_profiles(store, label_profiles_client)
    local_id = store.local_id_for(created.id or "") or ""
    store.edit(local_id, {"description": "mine"})
    label_profiles_client.update(created.id or "", {"email": "theirs@merge.example"})
    report = engine.run()
    assert (report.sent, report.conflicts) == (1, 0)
    server = label_profiles_client.get(created.id or "")
    assert (server.description, server.email) == ("mine", "theirs@merge.example")
    assert store.profile(local_id).email == "theirs@merge.example"


def test_a_refusal_keeps_the_users_values_and_an_edit_queues_them_again(
        store: LabelProfileStore, engine: LabelProfileSync, label_profiles_client: LabelProfilesClient,
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    local_id = store.create(LabelProfile(name="Refused once"))
    label_profiles_sandbox.inject_fault("POST", r"^/api/labels$", status=400)
    report = engine.run()
    assert report.rejected == 1
    assert store.rows()[0].sync_state == "rejected" and "Injected fault" in str(store.rows()[0].error or "")
    assert store.profile(local_id).name == "Refused once"
    assert engine.run().sent == 0  # a rejected operation waits for the user
    store.edit(local_id, {"description": "fixed"})
    assert engine.run().sent == 1
    assert _server_names(label_profiles_client) == ["Refused once"]


def test_an_expired_token_pauses_the_sync_and_a_new_one_resumes_it(
        store: LabelProfileStore, label_profiles_sandbox: RunningLabelProfilesSandbox,
        secret_store: MemorySecretStore) -> None:
    client = LabelProfilesClient(connection("expiring", label_profiles_sandbox.base_url), secret_store)
    client.set_token(label_profiles_sandbox.issue_token(ttl=0.05))
    store.create(LabelProfile(name="Waits for a token"))
    time.sleep(0.1)
    report = LabelProfileSync(store, client).run()
    assert report.paused == "login" and "paste a new token" in (report.paused_message or "")
    assert store.pending_count() == 1
    client.set_token(label_profiles_sandbox.issue_token())
    assert LabelProfileSync(store, client).run().sent == 1
    assert _server_names(client) == ["Waits for a token"]


def test_an_unreachable_server_pauses_the_sync_and_loses_nothing(
        store: LabelProfileStore, secret_store: MemorySecretStore) -> None:
    sandbox = start_label_profiles_sandbox()
    sandbox.stop()
    client = LabelProfilesClient(connection("gone", sandbox.base_url), secret_store,
                                 backoff_base=0.01, backoff_cap=0.02)
    client.set_token(sandbox.token)
    local_id = store.create(LabelProfile(name="Offline draft", email="o@offline.example"))
    report = LabelProfileSync(store, client).run()
    assert report.paused == "offline" and "Cannot connect" in (report.paused_message or "")
    assert store.profile(local_id).email == "o@offline.example" and store.pending_count() == 1


def test_an_update_to_a_label_deleted_on_the_server_is_refused_with_a_reason(
        store: LabelProfileStore, engine: LabelProfileSync,
        label_profiles_client: LabelProfilesClient) -> None:
    created = label_profiles_client.create(LabelProfile(name="Vanishing"))
    refresh_label_profiles(store, label_profiles_client)
    local_id = store.local_id_for(created.id or "") or ""
    store.edit(local_id, {"description": "too late"})
    label_profiles_client.delete(created.id or "")
    report = engine.run()
    assert report.rejected == 1
    assert "deleted on the server" in str(store.rows()[0].error or "")


def test_refresh_pulls_every_page_and_forgets_labels_deleted_elsewhere(
        store: LabelProfileStore, label_profiles_client: LabelProfilesClient) -> None:
    made = [label_profiles_client.create(LabelProfile(name=f"Label {i:03d}")) for i in range(105)]
    assert refresh_label_profiles(store, label_profiles_client) == 105
    assert len(store.rows()) == 105
    label_profiles_client.delete(made[0].id or "")
    refresh_label_profiles(store, label_profiles_client)
    assert [r.name for r in store.rows()][:1] == ["Label 001"] and len(store.rows()) == 104
