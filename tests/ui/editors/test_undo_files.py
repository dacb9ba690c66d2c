"""Setting a cover, attaching a master and adding tracks from files are undoable steps."""

from __future__ import annotations

from pathlib import Path

from tests.ui.common.test_drops import _drop_on_item, _mime, _open_all
from tests.ui.conftest import seed, tag_flac


def _covers(store, product):
    return [Path(o.payload["path"]).name for o in store.outbox.operations()
            if o.op == "upload_cover" and o.local_id == product]


def test_a_cover_dropped_on_a_product_can_be_undone_and_redone(qtbot, main_window, ui_store, media):
    window, controller = main_window
    product = seed(ui_store, products=1, tracks=0)["products"][0]
    first = media.image("first.png", size=(3000, 3000))
    second = media.image("second.png", size=(3000, 3000))
    _open_all(controller, qtbot)
    _drop_on_item(window, controller, "product", product, _mime(first))
    _drop_on_item(window, controller, "product", product, _mime(second))
    assert _covers(ui_store, product) == ["second.png"]
    assert controller.undo.undoText() == "Set cover"
    window.act_undo.trigger()
    assert _covers(ui_store, product) == ["first.png"]
    window.act_undo.trigger()
    assert _covers(ui_store, product) == [] and not ui_store.catalog.product_row(product).has_cover
    window.act_redo.trigger()
    window.act_redo.trigger()
    assert _covers(ui_store, product) == ["second.png"]


def test_a_cover_set_in_the_product_editor_is_one_undo_step(qtbot, main_window, ui_store, media):
    window, controller = main_window
    product = seed(ui_store, products=1, tracks=0)["products"][0]
    cover = media.image("well.png", size=(3000, 3000))
    controller.editors.show("product", product)
    controller.product_editor.cover.files_dropped.emit([cover])
    assert _covers(ui_store, product) == ["well.png"]
    controller.undo.undo()
    assert _covers(ui_store, product) == []


def test_a_master_dropped_on_a_track_can_be_undone_back_to_the_previous_master(
        qtbot, main_window, ui_store, media):
    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=1)
    track = ui_store.catalog.tracks(ids["products"][0])[0].local_id
    old = media.audio("old.flac", seconds=0.3)
    new = media.audio("new.flac", seconds=0.3)
    _open_all(controller, qtbot)
    _drop_on_item(window, controller, "track", track, _mime(old))
    _drop_on_item(window, controller, "track", track, _mime(new))
    assert Path(ui_store.catalog.tracks(ids["products"][0])[0].master_path).name == "new.flac"
    assert controller.undo.undoText() == "Attach master"
    controller.undo.undo()
    assert Path(ui_store.catalog.tracks(ids["products"][0])[0].master_path).name == "old.flac"
    controller.undo.undo()
    assert not ui_store.catalog.tracks(ids["products"][0])[0].has_master
    controller.undo.redo()
    assert Path(ui_store.catalog.tracks(ids["products"][0])[0].master_path).name == "old.flac"
    assert len(ui_store.catalog.records(track)) == 1


def test_tracks_added_from_files_go_away_with_one_undo_and_come_back_with_redo(
        qtbot, main_window, ui_store, media):
    window, controller = main_window
    product = seed(ui_store, products=1, tracks=1)["products"][0]
    a = tag_flac(media.audio("a.flac", seconds=0.3), title="Night Drive", tracknumber="3")
    b = tag_flac(media.audio("b.flac", seconds=0.3), title="Opening", tracknumber="2")
    _open_all(controller, qtbot)
    _drop_on_item(window, controller, "product", product, _mime(a, b))
    assert [t.title for t in ui_store.catalog.tracks(product)] == ["Song 1", "Opening", "Night Drive"]
    assert controller.undo.undoText() == "Add 2 tracks"
    controller.undo.undo()
    assert [t.title for t in ui_store.catalog.tracks(product)] == ["Song 1"]
    controller.catalog.flush_changes()
    assert controller.catalog.model.rowCount(controller.catalog.model.find("product", product)) == 1
    controller.undo.redo()
    assert [t.title for t in ui_store.catalog.tracks(product)] == ["Song 1", "Opening", "Night Drive"]
    assert all(t.has_master for t in ui_store.catalog.tracks(product)[1:])
