"""The one sync policy both faces run: send the outbox, then refresh the catalog."""

from __future__ import annotations

import threading

from app.domain.resources import Label
from app.services.sync import SyncService


def test_run_sends_then_refreshes_the_catalog(store, client):
    local = store.drafts.create_label(name="Policy Records")
    outcome = SyncService(store.catalog, store.drafts, store.outbox, client).run()
    assert outcome.report is not None and outcome.report.sent == 1 and outcome.report.ok
    assert outcome.refreshed is not None and outcome.refresh_error is None
    assert store.catalog.server_id(local) is not None
    names = {label.name for label in client.list(Label)}
    assert "Policy Records" in names
    assert any(row.name == "Policy Records" for row in store.catalog.labels())


def test_a_cancelled_send_skips_the_refresh_and_keeps_the_queue(store, client):
    store.drafts.create_label(name="Never Sent")
    cancel = threading.Event()
    cancel.set()
    refreshing: list[bool] = []
    service = SyncService(store.catalog, store.drafts, store.outbox, client)
    outcome = service.run(cancel=cancel, refreshing=lambda: refreshing.append(True))
    assert outcome.report is not None and outcome.report.paused == "cancelled"
    assert outcome.refreshed is None and not refreshing
    assert store.outbox.pending_count() == 1


def test_send_alone_does_not_refresh(store, client):
    store.drafts.create_label(name="Only Sent")
    report = SyncService(store.catalog, store.drafts, store.outbox, client).send()
    assert report.sent == 1 and report.remaining == 0
