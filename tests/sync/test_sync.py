"""The sync engine against the real sandbox and a real store file: exactly once, whatever happens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.api.client import ApiClient
from app.domain.resources import Product, Track
from app.store import CatalogStore, open_catalog
from app.sync import SyncEngine, SyncProgress, refresh_catalog
from tests.sync.conftest import import_release, make_client, server_counts


def quick_engine(store: CatalogStore, client: ApiClient) -> SyncEngine:
    return SyncEngine(store.catalog, store.drafts, store.outbox, client, server_backoff=0.05)


def test_sync_sends_a_new_label_and_release_in_dependency_order(
        store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=3)
    seen: list[SyncProgress] = []
    report = quick_engine(store, client).run(progress=seen.append)
    assert report.ok, report.lines
    assert report.sent == 1 + 1 + 3 + 3 + 1  # label, product, tracks, records, cover
    assert server_counts(checker) == {"labels": 1, "products": 1, "tracks": 3, "records": 3}
    assert store.outbox.pending_count() == 0
    assert store.catalog.product_row(product).sync_state == "synced"
    server_product = checker.get(Product, store.catalog.server_id(product) or "")
    assert server_product.cover_url and server_product.label_id == store.catalog.server_id(label)
    tracks = sorted(checker.list(Track), key=lambda t: t.track_number or 0)
    assert [t.product_id for t in tracks] == [server_product.id] * 3
    assert any(p.bytes_total > 0 for p in seen)  # uploads reported progress
    again = quick_engine(store, client).run()
    assert again.sent == 0 and again.requests == 0
    assert server_counts(checker) == {"labels": 1, "products": 1, "tracks": 3, "records": 3}


def test_dropped_responses_after_the_server_acted_create_nothing_twice(
        sandbox: Any, store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    import_release(store, tmp_path / "rel", label, tracks=2)
    api = sandbox.api_url.split(sandbox.base_url, 1)[1]
    for path in ("labels", "products", "tracks", "records"):
        sandbox.inject_fault("POST", rf"^{api}/{path}$", status=0, when="after", count=1)
    sandbox.inject_fault("PATCH", rf"^{api}/products/\d+$", status=0, when="after", count=1)
    report = quick_engine(store, client).run()
    assert report.ok, report.lines
    assert any(line.startswith("unsure") for line in report.lines)
    assert server_counts(checker) == {"labels": 1, "products": 1, "tracks": 2, "records": 2}


def test_503_before_acting_on_a_create_is_retried_without_duplicates(
        sandbox: Any, store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    import_release(store, tmp_path / "rel", label, tracks=2)
    api = sandbox.api_url.split(sandbox.base_url, 1)[1]
    sandbox.inject_fault("POST", rf"^{api}/tracks$", status=503, count=2)
    sandbox.inject_fault("POST", rf"^{api}/products$", status=503, count=1, when="after")
    sandbox.inject_fault("GET", rf"^{api}/products", status=503, count=1)
    report = quick_engine(store, client).run()
    assert report.ok, report.lines
    assert server_counts(checker) == {"labels": 1, "products": 1, "tracks": 2, "records": 2}


def test_429_with_retry_after_is_waited_out(
        sandbox: Any, store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    import_release(store, tmp_path / "rel", label, tracks=1)
    api = sandbox.api_url.split(sandbox.base_url, 1)[1]
    sandbox.inject_fault("POST", rf"^{api}/(tracks|records)$", status=429, count=3, retry_after=0.2)
    report = quick_engine(store, client).run()
    assert report.ok, report.lines
    assert server_counts(checker) == {"labels": 1, "products": 1, "tracks": 1, "records": 1}


def test_a_rejected_operation_keeps_the_users_data_and_the_rest_goes_on(
        store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    good = import_release(store, tmp_path / "good", label, serial=1, tracks=2)
    bad = import_release(store, tmp_path / "bad", label, serial=2, tracks=2)
    bad_track = store.catalog.tracks(bad)[1]
    store.drafts.edit("track", bad_track.local_id, {"isrc_code": "NOT-AN-ISRC"})
    report = quick_engine(store, client).run()
    assert not report.ok and report.rejected == 1
    # the rejected track keeps what the user typed and the server's reason, on the field
    assert store.catalog.track(bad_track.local_id).isrc_code == "NOT-AN-ISRC"
    errors = store.outbox.field_errors("track", bad_track.local_id)
    assert "isrc_code" in errors and "isrc" in errors["isrc_code"].lower()
    assert store.catalog.tracks(bad)[1].sync_state == "rejected"
    # everything that does not depend on it went: both products, 3 tracks, 3 records, covers
    assert server_counts(checker) == {"labels": 1, "products": 2, "tracks": 3, "records": 3}
    assert store.catalog.product_row(good).sync_state == "synced"
    assert store.catalog.product_row(bad).sync_state == "rejected"
    waiting = [op for op in store.outbox.operations() if op.state == "pending"]
    assert [op.op for op in waiting] == ["upload_record"]  # the rejected track's master waits

    store.drafts.edit("track", bad_track.local_id, {"isrc_code": "GBAYE2699999"})
    report = quick_engine(store, client).run()
    assert report.ok, report.lines
    assert server_counts(checker) == {"labels": 1, "products": 2, "tracks": 4, "records": 4}
    assert store.outbox.field_errors("track", bad_track.local_id) == {}


def test_a_product_missing_required_fields_is_rejected_per_field_and_its_tracks_wait(
        store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=1, production_line=None)
    report = quick_engine(store, client).run()
    assert report.rejected == 1 and not report.ok
    assert "production_line" in store.outbox.field_errors("product", product)
    assert any("waits for product" in line for line in report.lines)
    assert server_counts(checker)["products"] == 0
    store.drafts.edit("product", product, {"production_line": "2026 Night Shift"})
    assert quick_engine(store, client).run().ok
    assert server_counts(checker) == {"labels": 1, "products": 1, "tracks": 1, "records": 1}


def test_an_expired_login_pauses_the_sync_until_a_new_login(
        sandbox: Any, store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    import_release(store, tmp_path / "rel", label, tracks=2)
    before = store.outbox.pending_count()
    sandbox.expire_tokens()
    report = quick_engine(store, client).run()
    assert report.paused == "login" and not report.ok
    assert store.outbox.pending_count() == before  # nothing lost
    client.login(sandbox.password)
    checker.login(sandbox.password)
    report = quick_engine(store, client).run()
    assert report.ok, report.lines
    assert server_counts(checker) == {"labels": 1, "products": 1, "tracks": 2, "records": 2}


def test_offline_the_queue_waits_and_nothing_is_lost(
        sandbox_factory: Any, store: CatalogStore, tmp_path: Path):
    data = tmp_path / "server"
    first = sandbox_factory(data_dir=data)
    port = int(first.base_url.rsplit(":", 1)[1])
    client = make_client(first)
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=1)
    first.stop()
    before = [(o.op, o.local_id, o.state) for o in store.outbox.operations()]
    report = quick_engine(store, client).run()
    assert report.paused == "offline" and report.sent == 0
    assert [(o.op, o.local_id, o.state) for o in store.outbox.operations()] == before
    assert store.catalog.product(product).upc_code  # the draft itself is intact
    second = sandbox_factory(data_dir=data, port=port)  # the server is back
    client.login(second.password)
    report = quick_engine(store, client).run()
    assert report.ok, report.lines
    assert server_counts(client) == {"labels": 1, "products": 1, "tracks": 1, "records": 1}
    client.close()


def test_a_field_changed_on_both_sides_is_a_conflict_never_overwritten(
        store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=1)
    assert quick_engine(store, client).run().ok
    sid = store.catalog.server_id(product) or ""
    base_name = store.catalog.product(product).name

    theirs = checker.get(Product, sid)
    theirs.name, theirs.subtitle = "Their Title", "Their Subtitle"
    checker.update(theirs, fields=["name", "subtitle"])
    store.drafts.edit("product", product, {"name": "My Title", "mastered_by": "Me"})

    report = quick_engine(store, client).run()
    assert report.conflicts == 1 and not report.ok
    conflicts = store.outbox.conflicts("product", product)
    assert [(c.field, c.mine, c.theirs, c.base) for c in conflicts] == [
        ("name", "My Title", "Their Title", base_name)]
    assert store.catalog.product_row(product).sync_state == "conflict"
    server = checker.get(Product, sid)
    assert server.name == "Their Title" and server.mastered_by is None  # nothing overwritten
    assert store.catalog.product(product).subtitle == "Their Subtitle"  # only they changed it: taken

    store.drafts.resolve("product", product, "name", "mine")
    report = quick_engine(store, client).run()
    assert report.ok, report.lines
    server = checker.get(Product, sid)
    assert (server.name, server.mastered_by, server.subtitle) == ("My Title", "Me", "Their Subtitle")


def test_taking_theirs_drops_my_change(store: CatalogStore, client: ApiClient, checker: ApiClient,
                                       tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=1)
    assert quick_engine(store, client).run().ok
    sid = store.catalog.server_id(product) or ""
    theirs = checker.get(Product, sid)
    theirs.name = "Their Title"
    checker.update(theirs, fields=["name"])
    store.drafts.edit("product", product, {"name": "My Title"})
    assert quick_engine(store, client).run().conflicts == 1
    store.drafts.resolve("product", product, "name", "theirs")
    assert store.outbox.pending_count() == 0
    assert store.catalog.product(product).name == "Their Title"
    assert checker.get(Product, sid).name == "Their Title"


def test_edits_to_synced_objects_are_sent_as_updates_of_those_fields_only(
        store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=2)
    assert quick_engine(store, client).run().ok
    track = store.catalog.tracks(product)[0]
    store.drafts.edit("track", track.local_id, {"title": "Renamed"})
    store.drafts.edit("product", product, {"release_date": "2026-09-01"})
    report = quick_engine(store, client).run()
    assert report.ok and report.sent == 2
    assert checker.get(Track, track.server_id or "").title == "Renamed"
    assert checker.get(Product, store.catalog.server_id(product) or "").release_date.startswith("2026-09-01")
    assert store.outbox.pending_count() == 0


def test_refresh_pulls_the_catalog_and_keeps_drafts_bases(
        store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=2)
    assert quick_engine(store, client).run().ok
    other = open_catalog(tmp_path / "other.sqlite3")
    try:
        report = refresh_catalog(other.catalog, checker)
        assert (report.labels, report.products, report.tracks) == (1, 1, 2)
        labels = other.catalog.labels()
        assert [row.name for row in labels] == ["Night Shift"]
        rows = other.catalog.products(labels[0].local_id)
        assert rows[0].server_id == store.catalog.server_id(product) and rows[0].track_count == 2
        assert [t.title for t in other.catalog.tracks(rows[0].local_id)] == ["Song 1", "Song 2"]
        assert any(lang.id == "5" for lang in other.catalog.reference("language"))
        # a local edit survives a refresh, and its base stays the version it was made on
        other.drafts.edit("product", rows[0].local_id, {"name": "Local Edit"})
        refresh_catalog(other.catalog, checker, reference=False)
        assert other.catalog.product(rows[0].local_id).name == "Local Edit"
        assert other.catalog.base_values(rows[0].local_id)["name"] == rows[0].name
    finally:
        other.close()


def test_sync_works_the_same_against_labelcamp(labelcamp_sandbox: Any, store: CatalogStore, tmp_path: Path):
    client = make_client(labelcamp_sandbox)
    try:
        label = store.drafts.create_label(name="Night Shift")
        product = import_release(store, tmp_path / "rel", label, tracks=2)
        api = labelcamp_sandbox.api_url.split(labelcamp_sandbox.base_url, 1)[1]
        for path in ("labels", "products", "tracks", "records"):
            labelcamp_sandbox.inject_fault("POST", rf"^{api}/{path}$", status=0, when="after")
        report = quick_engine(store, client).run()
        assert report.ok, report.lines
        assert server_counts(client) == {"labels": 1, "products": 1, "tracks": 2, "records": 2}
        track = store.catalog.tracks(product)[0]
        assert client.get(Track, track.server_id or "").audio_language_id == "5"
    finally:
        client.close()


def test_an_update_to_a_product_deleted_on_the_server_is_rejected_not_recreated(
        store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    product = store.drafts.create_product(label, name="Gone Soon", upc_code="0602445790128", artist=["A"],
                                   copyright_line="c", production_line="p", production_year=2026,
                                   language_id="5")
    assert quick_engine(store, client).run().ok
    checker.delete(Product, store.catalog.server_id(product) or "")
    store.drafts.edit("product", product, {"name": "Edited Offline"})
    report = quick_engine(store, client).run()
    assert report.rejected == 1 and "not found" in report.lines[0]
    assert store.catalog.product(product).name == "Edited Offline"  # the user's edit is kept
    assert server_counts(checker)["products"] == 0


def test_a_master_whose_file_disappeared_is_rejected_with_the_path(
        store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=2)
    missing = Path(store.catalog.tracks(product)[1].master_path or "")
    missing.unlink()
    report = quick_engine(store, client).run()
    assert report.rejected == 1
    assert any(str(missing) in line and "attach the file again" in line for line in report.lines)
    assert server_counts(checker) == {"labels": 1, "products": 1, "tracks": 2, "records": 1}


def test_rights_offers_and_default_offer_edits_go_through_the_outbox(
        store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    from app.domain.resources import Offer, Right

    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=1)
    right = store.drafts.create_right(product, action="add", dsp_ids=["1", "2"], continent_ids=["1"])
    assert quick_engine(store, client).run().ok
    psid = store.catalog.server_id(product) or ""
    server_right = checker.get(Right, store.catalog.server_id(right) or "")
    assert server_right.distributed_id == psid and sorted(server_right.dsp_ids) == ["1", "2"]

    # the server made a default offer: refresh it into the cache, edit it offline, sync the edit
    refresh_catalog(store.catalog, client, reference=False, deliveries=True)
    offers = store.catalog.children(product, "offer")
    assert len(offers) == 1
    store.drafts.edit("offer", offers[0], {"release_date": "2026-10-02", "subgenre_id": "1"})
    extra = store.drafts.create_offer(product, release_type="normal", dsp_upload_identification_ids=["1876"],
                               release_date="2026-10-09", status="draft")
    report = quick_engine(store, client).run()
    assert report.ok, report.lines
    default = checker.get(Offer, store.catalog.server_id(offers[0]) or "")
    assert default.release_date and default.release_date.startswith("2026-10-02")
    assert default.subgenre_id == "1"
    made = checker.get(Offer, store.catalog.server_id(extra) or "")
    assert made.product_id == psid and made.dsp_upload_identification_ids == ["1876"]


def test_a_server_that_stays_down_leaves_the_queue_intact_for_the_next_run(
        sandbox: Any, store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    label = store.drafts.create_label(name="Night Shift")
    import_release(store, tmp_path / "rel", label, tracks=2)
    assert quick_engine(store, client).run().ok
    product = store.catalog.children(label, "product")[0]
    store.drafts.edit("product", product, {"subtitle": "Live"})
    store.drafts.create_track(product, title="Bonus", track_number=3, isrc_code="GBAYE2699998", artist=["A"])
    api = sandbox.api_url.split(sandbox.base_url, 1)[1]
    sandbox.clear_faults()
    sandbox.inject_fault("POST", rf"^{api}/tracks$", status=503, count=1000)
    report = quick_engine(store, client).run()
    assert not report.ok and report.failed == 1 and report.sent == 1  # the product update went
    assert any(line.startswith("failed   create track 1-03 'Bonus'") for line in report.lines)
    store.drafts.edit("product", product, {"subtitle": "Live at Home"})
    sandbox.inject_fault("GET", rf"^{api}/products/\d+$", status=503, count=1000)
    before = [(o.op, o.local_id) for o in store.outbox.operations()]
    report = quick_engine(store, client).run()
    assert report.paused == "server" and not report.ok
    assert [(o.op, o.local_id) for o in store.outbox.operations()] == before  # nothing dropped
    sandbox.clear_faults()
    report = quick_engine(store, client).run()
    assert report.ok, report.lines
    assert server_counts(checker) == {"labels": 1, "products": 1, "tracks": 3, "records": 2}
    assert checker.get(Product, store.catalog.server_id(product) or "").subtitle == "Live at Home"


def test_an_edit_made_while_its_object_is_being_sent_is_kept_and_sent_after(
        store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    import threading

    label = store.drafts.create_label(name="Night Shift")
    product = import_release(store, tmp_path / "rel", label, tracks=1)
    edited = threading.Event()

    def progress(p: SyncProgress) -> None:  # runs on the sync thread, mid-upload of the cover
        if str(p.description).startswith("upload cover") and p.bytes_total and not edited.is_set():
            edited.set()
            store.drafts.edit("product", product, {"name": "Renamed Mid-Upload"})

    worker = threading.Thread(target=lambda: results.append(quick_engine(store, client).run(progress)))
    results: list[Any] = []
    worker.start()
    while worker.is_alive():  # the GUI thread keeps reading while the sync runs
        store.catalog.products(label)
        store.outbox.pending_count()
        worker.join(timeout=0.005)  # a GUI reads between events, not in a tight loop
    worker.join()
    assert edited.is_set() and results[0].ok, results[0].lines
    server = checker.get(Product, store.catalog.server_id(product) or "")
    assert server.name == "Renamed Mid-Upload" and server.cover_url
    assert store.outbox.pending_count() == 0 and store.catalog.product(product).name == "Renamed Mid-Upload"


def test_cancel_mid_upload_keeps_the_queue_and_the_next_run_finishes_it(
        store: CatalogStore, client: ApiClient, checker: ApiClient, tmp_path: Path):
    import threading

    label = store.drafts.create_label(name="Night Shift")
    import_release(store, tmp_path / "rel", label, tracks=2)
    cancel = threading.Event()

    def progress(p: SyncProgress) -> None:
        if str(p.description).startswith("upload master") and p.bytes_total:
            cancel.set()  # the user presses Cancel while the first master is on its way

    report = quick_engine(store, client).run(progress, cancel)
    assert report.paused == "cancelled" and not report.ok
    assert server_counts(checker)["records"] == 0
    assert store.outbox.pending_count() > 0
    report = quick_engine(store, client).run()
    assert report.ok, report.lines
    assert server_counts(checker) == {"labels": 1, "products": 1, "tracks": 2, "records": 2}
