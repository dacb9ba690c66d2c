"""Reversing file steps in the store (docs/ARCHITECTURE.md#undo): a cover set, a master attached."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PIL import Image

from app.domain.errors import UserError
from app.store import CatalogStore, open_catalog
from app.store.drafts import CoverBefore


@pytest.fixture
def store(tmp_path: Path):
    s = open_catalog(tmp_path / "catalog.sqlite3")
    yield s
    s.close()


def _flac(path: Path, freq: float = 440.0) -> Path:
    rate = 44100
    t = np.arange(int(rate * 0.2)) / rate
    audio = (0.2 * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    sf.write(path, np.column_stack([audio, audio]), rate, subtype="PCM_16", format="FLAC")
    return path


def _cover(path: Path, colour: str) -> Path:
    Image.new("RGB", (64, 64), colour).save(path)
    return path


def _covers(store: CatalogStore, product: str) -> list[str]:
    return [Path(o.payload["path"]).name for o in store.outbox.operations() if o.op == "upload_cover"
            and o.local_id == product]


def _product(store: CatalogStore) -> str:
    return store.drafts.create_product(store.drafts.create_label(name="L"), name="P")


def test_restoring_a_first_cover_leaves_the_product_without_one(store: CatalogStore, tmp_path: Path):
    product = _product(store)
    before = store.drafts.set_cover(product, _cover(tmp_path / "a.png", "navy"))
    assert before == CoverBefore(None, False)
    store.drafts.restore_cover(product, before)
    assert _covers(store, product) == []
    assert not store.catalog.product_row(product).has_cover


def test_restoring_a_replaced_cover_queues_the_old_file_again(store: CatalogStore, tmp_path: Path):
    product = _product(store)
    store.drafts.set_cover(product, _cover(tmp_path / "a.png", "navy"))
    before = store.drafts.set_cover(product, _cover(tmp_path / "b.png", "teal"))
    assert before.path == str((tmp_path / "a.png").resolve()) and before.has_cover
    assert _covers(store, product) == ["b.png"]
    store.drafts.restore_cover(product, before)
    assert _covers(store, product) == ["a.png"]
    assert store.catalog.product_row(product).has_cover


def test_a_cover_already_being_sent_cannot_be_taken_back(store: CatalogStore, tmp_path: Path):
    product = _product(store)
    before = store.drafts.set_cover(product, _cover(tmp_path / "a.png", "navy"))
    op = next(o for o in store.outbox.operations() if o.op == "upload_cover")
    store.outbox.mark_inflight(op.id)
    with pytest.raises(UserError, match="already sent"):
        store.drafts.restore_cover(product, before)


def test_detaching_a_first_master_leaves_the_track_without_audio(store: CatalogStore, tmp_path: Path):
    product = _product(store)
    track = store.drafts.create_track(product, title="T", track_number=1)
    record = store.drafts.attach_master(track, _flac(tmp_path / "a.flac"))
    assert store.drafts.detach_master(record) is None
    assert store.catalog.records(track) == [] and not store.catalog.exists(record)
    assert not store.catalog.tracks(product)[0].has_master
    assert [o.op for o in store.outbox.operations()].count("upload_record") == 0


def test_detaching_a_replacing_master_puts_the_replaced_one_back(store: CatalogStore, tmp_path: Path):
    product = _product(store)
    track = store.drafts.create_track(product, title="T", track_number=1)
    first = store.drafts.attach_master(track, _flac(tmp_path / "a.flac"))
    second = store.drafts.attach_master(track, _flac(tmp_path / "b.flac", 880.0))
    assert store.drafts.detach_master(second) == first  # the same id: undoing the first attach finds it
    assert store.catalog.records(track) == [first]
    assert store.catalog.tracks(product)[0].master_path == str((tmp_path / "a.flac").resolve())
    assert [o.op for o in store.outbox.operations()].count("upload_record") == 1


def test_detaching_a_master_un_supersedes_the_one_whose_upload_was_tried(store: CatalogStore, tmp_path: Path):
    product = _product(store)
    track = store.drafts.create_track(product, title="T", track_number=1)
    first = store.drafts.attach_master(track, _flac(tmp_path / "a.flac"))
    op = next(o for o in store.outbox.operations() if o.op == "upload_record")
    store.outbox.mark_inflight(op.id)
    store.outbox.mark_pending(op.id, "offline")  # tried once: the server may have it
    second = store.drafts.attach_master(track, _flac(tmp_path / "b.flac", 880.0))
    assert store.outbox.operation(op.id).payload.get("superseded") is True  # type: ignore[union-attr]
    assert store.drafts.detach_master(second) is None
    assert store.catalog.records(track) == [first]
    assert "superseded" not in store.outbox.operation(op.id).payload  # type: ignore[union-attr]


def test_a_master_whose_upload_was_tried_cannot_be_detached(store: CatalogStore, tmp_path: Path):
    product = _product(store)
    track = store.drafts.create_track(product, title="T", track_number=1)
    record = store.drafts.attach_master(track, _flac(tmp_path / "a.flac"))
    op = next(o for o in store.outbox.operations() if o.op == "upload_record")
    store.outbox.mark_inflight(op.id)
    with pytest.raises(UserError, match="already sent or is being uploaded"):
        store.drafts.detach_master(record)
