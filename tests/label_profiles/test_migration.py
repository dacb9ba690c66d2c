"""A label-profile file written by an older Releasedesk migrates forward onto the shared outbox."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.api.label_profiles import LabelProfilesClient
from app.domain.errors import UserError
from app.store.label_profiles import MIGRATIONS, LabelProfileStore
from app.sync.label_profiles import LabelProfileSync

# What the previous release created (its own outbox and conflict tables, user_version 1), verbatim.
OLD_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS label_profiles (
        local_id TEXT PRIMARY KEY, server_id TEXT UNIQUE, base TEXT, changes TEXT NOT NULL DEFAULT '{}',
        deleted INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL DEFAULT '', created REAL NOT NULL,
        modified REAL NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS label_profile_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT, local_id TEXT NOT NULL UNIQUE, op TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, sent TEXT, error TEXT,
        field_errors TEXT NOT NULL DEFAULT '{}', created REAL NOT NULL, modified REAL NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS label_profile_conflicts (
        local_id TEXT NOT NULL, field TEXT NOT NULL, mine TEXT, theirs TEXT, base TEXT,
        PRIMARY KEY (local_id, field))""",
    """CREATE TABLE IF NOT EXISTS label_profile_links (
        distributor_label TEXT PRIMARY KEY, local_id TEXT NOT NULL)""",
)


def _old_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    for statement in OLD_SCHEMA:
        conn.execute(statement)
    base = {"id": "s1", "name": "Shared", "description": "old", "country": "US",
            "updatedAt": "2024-03-01T10:00:00.000Z"}
    rows = [
        ("lp:n-000000000001", None, None, json.dumps({"name": "Unsent", "country": "FR"}), "Unsent"),
        ("lp:s1", "s1", json.dumps(base), json.dumps({"description": "mine"}), "Shared"),
    ]
    conn.executemany("INSERT INTO label_profiles (local_id, server_id, base, changes, name, created, "
                     "modified) VALUES (?, ?, ?, ?, ?, 1, 1)", rows)
    conn.execute("INSERT INTO label_profile_outbox (local_id, op, state, attempts, sent, created, modified) "
                 "VALUES ('lp:n-000000000001', 'create', 'inflight', 1, ?, 1, 1)",
                 (json.dumps({"name": "Unsent", "country": "FR"}),))
    conn.execute("INSERT INTO label_profile_outbox (local_id, op, state, error, created, modified) "
                 "VALUES ('lp:s1', 'update', 'conflict', 'Changed here and on the server', 1, 1)")
    conn.execute("INSERT INTO label_profile_conflicts VALUES ('lp:s1', 'description', '\"mine\"', "
                 "'\"theirs\"', '\"old\"')")
    conn.execute("INSERT INTO label_profile_links VALUES ('default/label-1', 'lp:s1')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_an_old_file_keeps_its_queue_its_conflicts_and_its_links(tmp_path: Path) -> None:
    path = tmp_path / "label_profiles.sqlite3"
    _old_file(path)
    store = LabelProfileStore.open(path)
    try:
        ops = store.operations()
        assert [(op.local_id, op.op, op.state, op.attempts) for op in ops] == [
            ("lp:n-000000000001", "create", "inflight", 1), ("lp:s1", "update", "conflict", 0)]
        assert ops[0].payload == {"name": "Unsent", "country": "FR"}  # what the unsure create sent
        (conflict,) = store.conflicts("lp:s1")
        assert (conflict.field, conflict.mine, conflict.theirs, conflict.base) == (
            "description", "mine", "theirs", "old")
        assert store.linked_local_id("default/label-1") == "lp:s1"
        assert {row.local_id: row.sync_state for row in store.rows()} == {
            "lp:n-000000000001": "syncing", "lp:s1": "conflict"}
    finally:
        store.close()
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    assert version == len(MIGRATIONS)
    assert {"outbox", "conflicts"} <= tables
    assert not {"label_profile_outbox", "label_profile_conflicts"} & tables


def test_an_old_files_unsure_create_is_adopted_after_migrating(
        tmp_path: Path, label_profiles_client: LabelProfilesClient) -> None:
    """The create was in flight when the old app died and the server has it: not created twice."""
    from app.domain.label_profile import LabelProfile

    path = tmp_path / "label_profiles.sqlite3"
    _old_file(path)
    label_profiles_client.create(LabelProfile(name="Unsent", country="FR"))
    store = LabelProfileStore.open(path)
    try:
        report = LabelProfileSync(store, label_profiles_client).run()
        assert (report.adopted, report.sent) == (1, 0)
        assert [p.name for p in label_profiles_client.iter_all()] == ["Unsent"]
    finally:
        store.close()


def test_a_file_from_a_newer_app_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 3}")
    conn.close()
    with pytest.raises(UserError, match="newer Releasedesk"):
        LabelProfileStore.open(path)
