"""Offline label profiles in a real SQLite file: drafts, the outbox, refreshes that keep edits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.errors import UserError
from app.domain.label_profile import InvalidLabelProfile, LabelProfile
from app.store.label_profiles import LabelProfileStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LabelProfileStore]:
    opened = LabelProfileStore.open(tmp_path / "label_profiles.sqlite3")
    yield opened
    opened.close()


def _server(label_id: str, name: str, **fields: str) -> LabelProfile:
    return LabelProfile(id=label_id, name=name, country=fields.pop("country", "RW"),
                        updated_at="2024-03-04T10:00:00.000Z", created_at="2024-03-04T10:00:00.000Z",
                        user_id="u1", **fields)


def test_an_invalid_draft_is_refused_and_nothing_is_queued(store: LabelProfileStore) -> None:
    with pytest.raises(InvalidLabelProfile) as caught:
        store.create(LabelProfile(name="Bad", email="bad@", country="ZZ"))
    assert set(caught.value.by_field()) == {"email", "country"}
    assert store.rows() == [] and store.pending_count() == 0


def test_a_draft_is_queued_once_and_later_edits_ride_on_its_create(store: LabelProfileStore) -> None:
    local_id = store.create(LabelProfile(name="Kigali Sound", country="rw"))
    store.edit(local_id, {"email": "hello@kigali.example"})
    assert [(op.op, op.local_id) for op in store.operations()] == [("create", local_id)]
    row = store.rows()[0]
    assert (row.name, row.email, row.country, row.sync_state) == (
        "Kigali Sound", "hello@kigali.example", "RW", "pending")


def test_an_invalid_edit_is_refused_and_the_old_values_stay(store: LabelProfileStore) -> None:
    local_id = store.create(LabelProfile(name="Kigali Sound", email="a@kigali.example"))
    with pytest.raises(InvalidLabelProfile, match="not a valid address"):
        store.edit(local_id, {"email": "not an email"})
    assert store.profile(local_id).email == "a@kigali.example"


def test_deleting_a_draft_the_server_never_saw_forgets_it(store: LabelProfileStore) -> None:
    local_id = store.create(LabelProfile(name="Short-lived"))
    store.delete(local_id)
    assert store.rows() == [] and store.pending_count() == 0


def test_server_labels_arrive_synced_and_an_edit_queues_one_update(store: LabelProfileStore) -> None:
    store.apply_server_labels([_server("s1", "Sonic Wave", country="US")], complete=True)
    (row,) = store.rows()
    assert (row.local_id, row.sync_state) == ("lp:s1", "synced")
    store.edit(row.local_id, {"description": "Electronic"})
    store.edit(row.local_id, {"name": "Sonic Wave Records"})
    assert [op.op for op in store.operations()] == ["update"]
    assert store.changes(row.local_id) == {"description": "Electronic", "name": "Sonic Wave Records"}


def test_editing_a_field_back_to_the_server_value_drops_the_update(store: LabelProfileStore) -> None:
    store.apply_server_labels([_server("s1", "Sonic Wave")], complete=True)
    store.edit("lp:s1", {"name": "Other"})
    store.edit("lp:s1", {"name": "Sonic Wave"})
    assert store.pending_count() == 0 and store.rows()[0].sync_state == "synced"


def test_a_refresh_keeps_local_edits_and_their_base(store: LabelProfileStore) -> None:
    store.apply_server_labels([_server("s1", "Sonic Wave")], complete=True)
    store.edit("lp:s1", {"description": "mine"})
    newer = _server("s1", "Sonic Wave", description="theirs")
    newer.updated_at = "2024-03-05T10:00:00.000Z"
    store.apply_server_labels([newer], complete=True)
    assert store.profile("lp:s1").description == "mine"
    base = store.base("lp:s1")
    assert base is not None and base.updated_at == "2024-03-04T10:00:00.000Z"


def test_a_complete_refresh_forgets_synced_labels_the_server_dropped_but_not_edited_ones(
        store: LabelProfileStore) -> None:
    store.apply_server_labels([_server("s1", "Gone"), _server("s2", "Edited")], complete=True)
    store.edit("lp:s2", {"description": "keep me"})
    store.apply_server_labels([], complete=True)
    assert [row.local_id for row in store.rows()] == ["lp:s2"]


def test_deleting_a_synced_label_queues_a_delete_and_hides_it(store: LabelProfileStore) -> None:
    store.apply_server_labels([_server("s1", "Sonic Wave")], complete=True)
    store.edit("lp:s1", {"name": "Renamed"})
    store.delete("lp:s1")
    assert store.rows() == []
    assert [op.op for op in store.operations()] == ["delete"]


def test_drafts_survive_closing_and_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "lp.sqlite3"
    first = LabelProfileStore.open(path)
    local_id = first.create(LabelProfile(name="Durable", email="d@durable.example", country="NO"))
    first.close()
    again = LabelProfileStore.open(path)
    try:
        assert again.profile(local_id).email == "d@durable.example"
        assert [op.op for op in again.operations()] == ["create"]
    finally:
        again.close()


def test_listeners_hear_which_labels_changed(store: LabelProfileStore) -> None:
    heard: list[tuple[str, list[str]]] = []
    store.add_listener(lambda kind, ids: heard.append((kind, ids)))
    local_id = store.create(LabelProfile(name="Heard"))
    store.edit(local_id, {"country": "FR"})
    assert heard == [("label_profile", [local_id]), ("label_profile", [local_id])]


def test_a_file_that_is_not_sqlite_gives_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(UserError) as caught:
        LabelProfileStore.open(path)
    assert "cannot be opened" in str(caught.value) and str(path) in str(caught.value)


def test_the_country_of_a_server_label_cannot_be_emptied(store: LabelProfileStore) -> None:
    store.apply_server_labels([_server("s1", "Sonic Wave", country="US")], complete=True)
    with pytest.raises(InvalidLabelProfile, match="country cannot be emptied"):
        store.edit("lp:s1", {"country": None})
    assert store.profile("lp:s1").country == "US" and store.pending_count() == 0
