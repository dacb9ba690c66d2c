"""The store on a real SQLite file: drafts over a kept base, the outbox, search, states, durability."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PIL import Image

from app.domain.errors import UserError
from app.domain.resources import Label, Product, Record, Track
from app.store import CatalogStore, Conflict, catalog_for_profile, open_catalog
from app.store.schema import MIGRATIONS


@pytest.fixture
def store(tmp_path: Path):
    s = open_catalog(tmp_path / "catalog.sqlite3")
    yield s
    s.close()


def cached_catalog(store: CatalogStore) -> tuple[str, str, str]:
    """A label, product and track as if read from the server."""
    label = store.catalog.upsert_cached("label", Label(id="7", name="Night Shift", updated_at="t0"))
    product = store.catalog.upsert_cached("product", Product(
        id="12", name="Neon Tide", upc_code="8445281840433", artist=["Ada Vale"], status="draft",
        label_id="7", updated_at="2026-01-01T00:00:00Z"), label)
    track = store.catalog.upsert_cached("track", Track(
        id="40", title="Harbour Lights", track_number=1, isrc_code="GBAYE2300001", product_id="12",
        updated_at="2026-01-01T00:00:00Z"), product)
    return label, product, track


def test_opening_sets_wal_full_sync_and_schema_version(store: CatalogStore, tmp_path: Path):
    conn = sqlite3.connect(tmp_path / "catalog.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    conn.close()


def test_catalog_written_by_a_newer_app_is_refused_in_one_sentence(tmp_path: Path):
    path = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(UserError, match="newer Releasedesk"):
        open_catalog(path)


def test_for_profile_lives_in_the_profile_folder(releasedesk_home: Path):
    s = catalog_for_profile("work label")
    try:
        assert s.db.path == releasedesk_home / "profiles" / "work_label" / "catalog.sqlite3"
        assert s.db.path.exists()
    finally:
        s.close()


def test_new_drafts_get_local_ids_and_queue_creates_in_dependency_order(store: CatalogStore):
    label = store.drafts.create_label(name="Night Shift")
    product = store.drafts.create_product(label, name="Neon Tide", upc_code="8445281840433", artist=["Ada"])
    track = store.drafts.create_track(product, title="Harbour Lights", track_number=1)
    assert label.startswith("label:n-") and product.startswith("product:n-")
    ops = store.outbox.operations()
    assert [(o.op, o.local_id) for o in ops] == [
        ("create", label), ("create", product), ("create", track)]
    assert store.catalog.product(product).status == "draft"  # a new product starts as a draft
    assert store.catalog.product(product).id is None
    assert store.catalog.product_row(product).sync_state == "local"
    assert store.outbox.pending_count() == 3
    # only the label is ready: the product waits for the label's server id
    assert [o.local_id for o in store.outbox.ready_operations()] == [label]


def test_edits_to_an_unsent_draft_ride_on_its_create(store: CatalogStore):
    label = store.drafts.create_label(name="Night Shift")
    product = store.drafts.create_product(label, name="Neon Tide")
    store.drafts.edit("product", product, {"name": "Neon Tide (Deluxe)", "production_year": 2026})
    ops = store.outbox.operations()
    assert [o.op for o in ops] == ["create", "create"]
    assert store.catalog.product(product).name == "Neon Tide (Deluxe)"
    assert store.catalog.product(product).production_year == 2026


def test_edit_of_a_cached_product_keeps_the_base_and_queues_one_update(store: CatalogStore):
    _label, product, _track = cached_catalog(store)
    store.drafts.edit("product", product, {"name": "Neon Tide (Remastered)"})
    store.drafts.edit("product", product, {"subtitle": "Live"})
    assert store.catalog.base_values(product)["name"] == "Neon Tide"
    assert store.catalog.product(product).name == "Neon Tide (Remastered)"
    ops = store.outbox.operations()
    assert len(ops) == 1 and ops[0].op == "update"
    assert ops[0].fields == ["name", "subtitle"]
    assert store.catalog.product_row(product).sync_state == "pending"


def test_editing_a_field_back_to_the_base_value_drops_the_update(store: CatalogStore):
    _label, product, _track = cached_catalog(store)
    store.drafts.edit("product", product, {"name": "Other"})
    store.drafts.edit("product", product, {"name": "Neon Tide"})
    assert store.outbox.operations() == []
    assert store.catalog.changes(product) == {}
    assert store.catalog.product_row(product).sync_state == "synced"


def test_unknown_or_read_only_fields_are_refused_with_the_field_named(store: CatalogStore):
    _label, product, _track = cached_catalog(store)
    with pytest.raises(UserError, match="'cover_url' is not an editable field of a product"):
        store.drafts.edit("product", product, {"cover_url": "x"})
    with pytest.raises(UserError, match="label_id follows the label"):
        store.drafts.edit("product", product, {"label_id": "9"})


def test_refresh_does_not_overwrite_the_base_of_an_edited_object(store: CatalogStore):
    _label, product, _track = cached_catalog(store)
    store.drafts.edit("product", product, {"name": "Mine"})
    store.catalog.upsert_cached("product", Product(id="12", name="Theirs", label_id="7",
                                                   updated_at="2026-02-01"))
    assert store.catalog.base_values(product)["name"] == "Neon Tide"
    assert store.catalog.base_updated_at(product) == "2026-01-01T00:00:00Z"
    assert store.catalog.product(product).name == "Mine"


def test_refresh_updates_untouched_objects(store: CatalogStore):
    _label, product, _track = cached_catalog(store)
    store.catalog.upsert_cached("product", Product(id="12", name="Renamed", label_id="7",
                                                   updated_at="2026-02-01"))
    assert store.catalog.product(product).name == "Renamed"
    assert store.catalog.products(store.catalog.local_id_for("label", "7") or "")[0].name == "Renamed"


def test_search_finds_products_by_title_artist_upc_and_track_isrc(store: CatalogStore):
    label, product, _track = cached_catalog(store)
    other = store.drafts.create_product(label, name="Quiet Rooms", artist=["Bo Lind"],
                                        upc_code="0602445790128")
    assert [p.local_id for p in store.catalog.search_products("neon")] == [product]
    assert [p.local_id for p in store.catalog.search_products("ada val")] == [product]
    assert [p.local_id for p in store.catalog.search_products("84452818")] == [product]
    assert [p.local_id for p in store.catalog.search_products("GBAYE23")] == [product]
    assert [p.local_id for p in store.catalog.search_products("lind")] == [other]
    assert store.catalog.search_products("lind", label_local_id="label:nowhere") == []
    assert store.catalog.search_products("   ") == []
    store.drafts.edit("product", other, {"name": "Loud Rooms"})
    assert [p.local_id for p in store.catalog.search_products("loud")] == [other]
    assert store.catalog.search_products("quiet") == []


def test_products_are_paged_by_name_and_counted(store: CatalogStore):
    label = store.drafts.create_label(name="Big")
    for i in range(25):
        store.drafts.create_product(label, name=f"Album {i:02d}")
    first = store.catalog.products(label, offset=0, limit=10)
    second = store.catalog.products(label, offset=10, limit=10)
    assert [p.name for p in first] == [f"Album {i:02d}" for i in range(10)]
    assert [p.name for p in second] == [f"Album {i:02d}" for i in range(10, 20)]
    assert store.catalog.count_products(label) == 25
    assert store.catalog.labels()[0].product_count == 25


def test_tracks_are_listed_by_disc_then_number(store: CatalogStore):
    label = store.drafts.create_label(name="L")
    product = store.drafts.create_product(label, name="P")
    store.drafts.create_track(product, title="B2", track_number=2, volume_number=2)
    store.drafts.create_track(product, title="A2", track_number=2, volume_number=1)
    store.drafts.create_track(product, title="A1", track_number=1, volume_number=1)
    assert [t.title for t in store.catalog.tracks(product)] == ["A1", "A2", "B2"]
    assert store.catalog.product_row(product).track_count == 3


def write_flac(path: Path, seconds: float = 0.2) -> Path:
    rate = 44100
    t = np.arange(int(rate * seconds)) / rate
    audio = (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    sf.write(path, np.column_stack([audio, audio]), rate, subtype="PCM_16", format="FLAC")
    return path


def test_attaching_a_master_twice_before_sync_replaces_the_first(store: CatalogStore, tmp_path: Path):
    label = store.drafts.create_label(name="L")
    product = store.drafts.create_product(label, name="P")
    track = store.drafts.create_track(product, title="T", track_number=1)
    first = store.drafts.attach_master(track, write_flac(tmp_path / "a.flac"))
    second = store.drafts.attach_master(track, write_flac(tmp_path / "b.flac"))
    assert not store.catalog.exists(first)
    assert store.catalog.records(track) == [second]
    rows = store.catalog.tracks(product)
    assert rows[0].has_master and rows[0].master_path == str(tmp_path / "b.flac")
    uploads = store.outbox.operations()
    assert [o.op for o in uploads].count("upload_record") == 1


def test_cover_and_master_need_existing_files(store: CatalogStore, tmp_path: Path):
    label = store.drafts.create_label(name="L")
    product = store.drafts.create_product(label, name="P")
    with pytest.raises(UserError, match="cover .*missing.jpg cannot be read"):
        store.drafts.set_cover(product, tmp_path / "missing.jpg")
    cover = tmp_path / "cover.jpg"
    Image.new("RGB", (64, 64), "navy").save(cover)
    store.drafts.set_cover(product, cover)
    store.drafts.set_cover(product, cover)
    assert [o.op for o in store.outbox.operations()].count("upload_cover") == 1
    assert store.catalog.product_row(product).has_cover


def test_deleting_a_new_draft_removes_it_and_what_hangs_under_it(store: CatalogStore):
    label = store.drafts.create_label(name="L")
    product = store.drafts.create_product(label, name="P")
    track = store.drafts.create_track(product, title="T")
    store.drafts.delete_draft("product", product)
    assert not store.catalog.exists(product) and not store.catalog.exists(track)
    assert [o.local_id for o in store.outbox.operations()] == [label]
    assert store.catalog.search_products("P") == []


def test_deleting_a_draft_of_a_server_object_returns_it_to_the_server_version(store: CatalogStore):
    _label, product, _track = cached_catalog(store)
    store.drafts.edit("product", product, {"name": "Mine"})
    store.drafts.delete_draft("product", product)
    assert store.catalog.product(product).name == "Neon Tide"
    assert store.outbox.operations() == []


def test_rejection_keeps_the_users_values_and_field_messages_until_edited(store: CatalogStore):
    _label, product, _track = cached_catalog(store)
    store.drafts.edit("product", product, {"upc_code": "123", "name": "Mine"})
    op = store.outbox.operations()[0]
    store.outbox.mark_rejected(op.id, "The server rejected the data.", {"upc_code": "is invalid"})
    assert store.catalog.product(product).upc_code == "123"
    assert store.outbox.field_errors("product", product) == {"upc_code": "is invalid"}
    assert store.catalog.product_row(product).sync_state == "rejected"
    assert store.outbox.ready_operations() == []
    store.drafts.edit("product", product, {"upc_code": "8445281840433"})
    assert store.outbox.field_errors("product", product) == {}
    assert store.outbox.operations()[0].state == "pending"


def test_conflicts_are_kept_until_each_field_is_resolved(store: CatalogStore):
    _label, product, _track = cached_catalog(store)
    store.drafts.edit("product", product, {"name": "Mine", "subtitle": "My sub"})
    op = store.outbox.operations()[0]
    store.outbox.mark_conflict(op.id, [Conflict("name", "Mine", "Theirs", "Neon Tide"),
                                Conflict("subtitle", "My sub", "Their sub", None)], "2026-03-01")
    assert store.catalog.product_row(product).sync_state == "conflict"
    assert {c.field for c in store.outbox.conflicts("product", product)} == {"name", "subtitle"}
    store.drafts.resolve("product", product, "name", "theirs")
    assert store.catalog.product(product).name == "Theirs"
    assert store.outbox.operations()[0].state == "conflict"  # subtitle still open
    store.drafts.resolve("product", product, "subtitle", "mine")
    assert store.catalog.product(product).subtitle == "My sub"
    op = store.outbox.operations()[0]
    assert op.state == "pending" and op.fields == ["subtitle"]
    assert store.catalog.base_updated_at(product) == "2026-03-01"
    assert store.outbox.conflicts("product", product) == []


def test_complete_keeps_changes_made_while_the_request_was_in_flight(store: CatalogStore):
    label = store.catalog.upsert_cached("label", Label(id="7", name="L"))
    product = store.drafts.create_product(label, name="First", upc_code="8445281840433")
    op = store.outbox.operations()[0]
    sent = store.catalog.values(product)
    store.outbox.mark_inflight(op.id)
    store.drafts.edit("product", product, {"name": "Second"})  # the user kept typing during the upload
    store.outbox.complete(op.id, Product(id="99", name="First", upc_code="8445281840433", label_id="7",
                                  updated_at="u1"), {k: sent[k] for k in ("name", "upc_code")})
    assert store.catalog.server_id(product) == "99"
    assert store.catalog.product(product).name == "Second"
    ops = store.outbox.operations()
    assert [(o.op, o.fields) for o in ops] == [("update", ["name"])]
    assert store.catalog.base_values(product)["name"] == "First"


def test_listeners_hear_about_commits_with_the_kind_and_ids(store: CatalogStore):
    heard: list[tuple[str, list[str]]] = []
    store.db.add_listener(lambda kind, ids: heard.append((kind, ids)))
    label = store.drafts.create_label(name="L")
    product = store.drafts.create_product(label, name="P")
    heard.clear()
    store.drafts.edit("product", product, {"name": "Q"})
    assert ("product", [product]) in heard


def test_edits_from_a_worker_thread_while_the_gui_thread_reads(store: CatalogStore):
    label = store.drafts.create_label(name="L")
    products = [store.drafts.create_product(label, name=f"P{i}") for i in range(20)]
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for n in range(50):
                for p in products:
                    store.drafts.edit("product", p, {"subtitle": f"v{n}"})
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    while thread.is_alive():
        assert store.catalog.count_products(label) == 20
        store.catalog.products(label, limit=5)
        thread.join(timeout=0.002)
    thread.join()
    assert errors == []
    assert all(store.catalog.product(p).subtitle == "v49" for p in products)


def test_reopening_keeps_drafts_and_outbox(tmp_path: Path):
    path = tmp_path / "c.sqlite3"
    s = open_catalog(path)
    label = s.drafts.create_label(name="L")
    product = s.drafts.create_product(label, name="P", artist=["A"])
    s.close()
    s = open_catalog(path)
    try:
        assert s.catalog.product(product).artist == ["A"]
        assert len(s.outbox.operations()) == 2
        assert s.db.integrity_ok()
    finally:
        s.close()


def test_record_of_a_cached_track_is_a_child_of_it(store: CatalogStore):
    _label, _product, track = cached_catalog(store)
    rec = store.catalog.upsert_cached("record", Record(id="5", md5="abc", track_id="40", filename="x.flac"),
                                      track)
    assert store.catalog.records(track) == [rec]
    assert store.catalog.tracks(store.catalog.parent_of(track) or "")[0].has_master


def test_reference_data_cannot_be_edited(store: CatalogStore):
    from app.domain.resources import Language

    lang = store.catalog.upsert_cached("language", Language(id="5", name="Spanish"))
    with pytest.raises(UserError, match="comes from the server"):
        store.drafts.edit("language", lang, {"name": "Castellano"})
    assert store.outbox.operations() == []


def test_a_rejected_update_does_not_hold_back_the_cover_of_the_same_product(store: CatalogStore,
                                                                            tmp_path: Path):
    _label, product, _track = cached_catalog(store)
    store.drafts.edit("product", product, {"upc_code": "1"})
    store.outbox.mark_rejected(store.outbox.operations()[0].id, "bad upc", {"upc_code": "is invalid"})
    cover = tmp_path / "cover.jpg"
    Image.new("RGB", (64, 64), "navy").save(cover)
    store.drafts.set_cover(product, cover)
    assert [o.op for o in store.outbox.ready_operations()] == ["upload_cover"]


def test_a_rejected_create_holds_back_everything_on_its_object(store: CatalogStore, tmp_path: Path):
    label = store.catalog.upsert_cached("label", Label(id="7", name="L"))
    product = store.drafts.create_product(label, name="P")
    cover = tmp_path / "cover.jpg"
    Image.new("RGB", (64, 64), "navy").save(cover)
    store.drafts.set_cover(product, cover)
    store.outbox.mark_rejected(store.outbox.operations()[0].id, "missing fields", {})
    assert store.outbox.ready_operations() == []


def test_a_damaged_catalog_file_is_refused_in_one_sentence(tmp_path: Path):
    path = tmp_path / "catalog.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(UserError, match="cannot be opened .* move it aside"):
        open_catalog(path)
