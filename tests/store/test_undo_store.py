"""Reversing file steps in the store (docs/ARCHITECTURE.md#undo): a cover set, a master attached."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PIL import Image

from app.domain.errors import UserError
from app.store import Store
from app.store.store import CoverBefore


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "catalog.sqlite3")
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


def _covers(store: Store, product: str) -> list[str]:
    return [Path(o.payload["path"]).name for o in store.operations() if o.op == "upload_cover"
            and o.local_id == product]


def _product(store: Store) -> str:
    return store.create_product(store.create_label(name="L"), name="P")


def test_restoring_a_first_cover_leaves_the_product_without_one(store: Store, tmp_path: Path):
    product = _product(store)
    before = store.set_cover(product, _cover(tmp_path / "a.png", "navy"))
    assert before == CoverBefore(None, False)
    store.restore_cover(product, before)
    assert _covers(store, product) == []
    assert not store.product_row(product).has_cover


def test_restoring_a_replaced_cover_queues_the_old_file_again(store: Store, tmp_path: Path):
    product = _product(store)
    store.set_cover(product, _cover(tmp_path / "a.png", "navy"))
    before = store.set_cover(product, _cover(tmp_path / "b.png", "teal"))
    assert before.path == str((tmp_path / "a.png").resolve()) and before.has_cover
    assert _covers(store, product) == ["b.png"]
    store.restore_cover(product, before)
    assert _covers(store, product) == ["a.png"]
    assert store.product_row(product).has_cover


def test_a_cover_already_being_sent_cannot_be_taken_back(store: Store, tmp_path: Path):
    product = _product(store)
    before = store.set_cover(product, _cover(tmp_path / "a.png", "navy"))
    op = next(o for o in store.operations() if o.op == "upload_cover")
    store.mark_inflight(op.id)
    with pytest.raises(UserError, match="already sent"):
        store.restore_cover(product, before)


def test_detaching_a_first_master_leaves_the_track_without_audio(store: Store, tmp_path: Path):
    product = _product(store)
    track = store.create_track(product, title="T", track_number=1)
    record = store.attach_master(track, _flac(tmp_path / "a.flac"))
    assert store.detach_master(record) is None
    assert store.records(track) == [] and not store.exists(record)
    assert not store.tracks(product)[0].has_master
    assert [o.op for o in store.operations()].count("upload_record") == 0


def test_detaching_a_replacing_master_puts_the_replaced_one_back(store: Store, tmp_path: Path):
    product = _product(store)
    track = store.create_track(product, title="T", track_number=1)
    first = store.attach_master(track, _flac(tmp_path / "a.flac"))
    second = store.attach_master(track, _flac(tmp_path / "b.flac", 880.0))
    assert store.detach_master(second) == first  # the same id: undoing the first attach finds it
    assert store.records(track) == [first]
    assert store.tracks(product)[0].master_path == str((tmp_path / "a.flac").resolve())
    assert [o.op for o in store.operations()].count("upload_record") == 1


def test_detaching_a_master_un_supersedes_the_one_whose_upload_was_tried(store: Store, tmp_path: Path):
    product = _product(store)
    track = store.create_track(product, title="T", track_number=1)
    first = store.attach_master(track, _flac(tmp_path / "a.flac"))
    op = next(o for o in store.operations() if o.op == "upload_record")
    store.mark_inflight(op.id)
    store.mark_pending(op.id, "offline")  # tried once: the server may have it
    second = store.attach_master(track, _flac(tmp_path / "b.flac", 880.0))
    assert store.operation(op.id).payload.get("superseded") is True  # type: ignore[union-attr]
    assert store.detach_master(second) is None
    assert store.records(track) == [first]
    assert "superseded" not in store.operation(op.id).payload  # type: ignore[union-attr]


def test_a_master_whose_upload_was_tried_cannot_be_detached(store: Store, tmp_path: Path):
    product = _product(store)
    track = store.create_track(product, title="T", track_number=1)
    record = store.attach_master(track, _flac(tmp_path / "a.flac"))
    op = next(o for o in store.operations() if o.op == "upload_record")
    store.mark_inflight(op.id)
    with pytest.raises(UserError, match="already sent or is being uploaded"):
        store.detach_master(record)
