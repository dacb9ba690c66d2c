"""The reference-data and drafts services, without a widget: what both faces get from them."""

from __future__ import annotations

from pathlib import Path

from app.services.drafts import DraftsService
from app.services.reference import ReferenceService
from app.store import open_catalog
from tests.sync.conftest import make_client


def test_role_names_come_from_the_server_and_stay_for_offline_use(sandbox, tmp_path: Path):
    store = open_catalog(tmp_path / "catalog.sqlite3")
    client = make_client(sandbox)
    try:
        online = ReferenceService(store.catalog, store.settings, client).choices().role_names
        assert online["mastering_engineer"] == "Mastering Engineer"
        client.close()
        # signed out: the cached names
        offline = ReferenceService(store.catalog, store.settings, None).choices().role_names
        assert offline == online
    finally:
        client.close()
        store.close()


def test_drafts_list_discard_and_count_what_is_queued(tmp_path: Path):
    store = open_catalog(tmp_path / "catalog.sqlite3")
    try:
        drafts = DraftsService(store.catalog, store.drafts, store.outbox)
        label = store.drafts.create_label(name="Night Shift")
        product = store.drafts.create_product(label, name="First Light")
        assert drafts.pending_count() == 2 and drafts.problem_count() == 0
        lines = {line.local_id: line for line in drafts.lines()}
        (reason,) = lines[product].reasons  # it waits for its label to reach the server
        assert "Night Shift" in str(reason)
        assert [op.op for op in drafts.operations()] == ["create", "create"]
        drafts.discard(product)
        assert not drafts.exists(product) and drafts.pending_count() == 1
    finally:
        store.close()
