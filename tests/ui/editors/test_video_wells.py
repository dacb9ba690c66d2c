"""The video and Motion Art wells: a video dropped on a track in the catalog or on a well becomes a
draft (with its link), each well shows the file, a poster frame or placeholder and its QC, a wrong
file is refused in the well, and the product video well shows for a Video product."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from tests.fixtures.video import motion_art, small_video
from tests.ui.common.test_drops import _drop_on, _drop_on_item, _mime, _open_all
from tests.ui.conftest import seed


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("clips")
    return {
        "music": small_video(folder / "music.mp4", 320, 180),
        "mobile": motion_art(folder, "mobile"),
        "desktop": motion_art(folder, "desktop"),
    }


def _well_text(well, key: str) -> str:
    return well.values[key].text()


def test_a_video_dropped_on_a_track_in_the_catalog_shows_in_the_track_video_well(
    qtbot, main_window, ui_store, clips
):
    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=2)
    product = ids["products"][0]
    track = ui_store.catalog.tracks(product)[0].local_id
    _open_all(controller, qtbot)
    _drop_on_item(window, controller, "track", track, _mime(clips["music"]))
    video = ui_store.catalog.linked_video(track)
    assert video is not None and ui_store.catalog.parent_of(video) == product
    assert [op.op for op in ui_store.outbox.operations() if op.local_id == video] == ["upload_file"]
    controller.editors.show("track", track)
    well = controller.track_editor.video
    qtbot.waitUntil(lambda: _well_text(well, "file") == "music.mp4", timeout=10000)
    assert well.verdict.text()  # a QC verdict, or the note that checks are not in this build
    assert well.poster.pixmap() is not None and (not well.poster.pixmap().isNull() or well.poster.text())
    other = ui_store.catalog.tracks(product)[1].local_id
    controller.editors.show("track", other)
    qtbot.waitUntil(lambda: _well_text(well, "file") == "—", timeout=10000)


def test_motion_art_wells_take_their_loops_and_refuse_other_files(
    qtbot, main_window, ui_store, clips, tmp_path
):
    window, controller = main_window
    product = seed(ui_store, products=1, tracks=1)["products"][0]
    controller.editors.show("product", product)
    editor = controller.product_editor
    qtbot.waitUntil(lambda: window.editors.currentWidget() is editor, timeout=10000)
    assert not editor.video.isVisibleTo(editor)  # an album: no product video well
    _drop_on(editor.motion_mobile, _mime(clips["mobile"]), QPoint(20, 20))
    editor.motion_desktop.files_dropped.emit([clips["desktop"]])
    kinds = sorted(f.values["kind"] for f in ui_store.catalog.attached_files(product, "attachment"))
    assert kinds == ["apple_motion_art_desktop", "apple_motion_art_mobile"]
    qtbot.waitUntil(lambda: _well_text(editor.motion_mobile, "file") == "motion-mobile.mp4", timeout=10000)
    assert _well_text(editor.motion_desktop, "file") == "motion-desktop.mp4"
    text = tmp_path / "notes.txt"
    text.write_text("not a video")
    editor.motion_mobile.files_dropped.emit([text])
    assert "notes.txt" in editor.motion_mobile.verdict.text()
    assert len(ui_store.catalog.attached_files(product, "attachment")) == 2
    # a second loop of the same kind replaces the unsent one: still one upload per kind
    editor.motion_mobile.files_dropped.emit([clips["mobile"]])
    ops = [op for op in ui_store.outbox.operations() if op.op == "upload_file"]
    assert len(ops) == 2


def test_a_video_product_shows_its_video_well_and_takes_a_video(qtbot, main_window, ui_store, clips):
    window, controller = main_window
    product = seed(ui_store, products=1, tracks=0)["products"][0]
    ui_store.drafts.edit("product", product, {"product_type_id": "4"})
    from app.domain.resources import ProductType

    ui_store.catalog.upsert_cached("product_type", ProductType(id="4", name="Video"))
    controller.editors.show("product", product)
    editor = controller.product_editor
    qtbot.waitUntil(lambda: editor.video.isVisibleTo(editor), timeout=10000)
    editor.video.files_dropped.emit([clips["music"]])
    videos = ui_store.catalog.attached_files(product, "video")
    assert len(videos) == 1 and videos[0].path == str(clips["music"].resolve())
    qtbot.waitUntil(lambda: _well_text(editor.video, "file") == "music.mp4", timeout=10000)


def test_a_video_or_loop_dropped_on_a_well_is_one_undo_step(qtbot, main_window, ui_store, clips):
    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=1)
    product = ids["products"][0]
    track = ui_store.catalog.tracks(product)[0].local_id
    controller.editors.show("track", track)
    controller.track_editor.video.files_dropped.emit([clips["music"]])
    assert ui_store.catalog.linked_video(track) is not None
    assert controller.undo.undoText() == "Attach video"
    controller.undo.undo()
    assert ui_store.catalog.linked_video(track) is None
    assert ui_store.catalog.attached_files(product, "video") == []
    controller.undo.redo()
    assert ui_store.catalog.linked_video(track) is not None

    controller.editors.show("product", product)
    well = controller.product_editor.motion_mobile
    well.files_dropped.emit([clips["mobile"]])
    first = ui_store.catalog.attached_files(product, "attachment")[0]
    other = clips["mobile"].with_name("other-mobile.mp4")
    other.write_bytes(clips["mobile"].read_bytes())
    well.files_dropped.emit([other])
    assert ui_store.catalog.attached_files(product, "attachment")[0].path == str(other.resolve())
    controller.undo.undo()  # back to the first loop, same attachment
    files = ui_store.catalog.attached_files(product, "attachment")
    assert [(f.local_id, f.path) for f in files] == [(first.local_id, first.path)]
    assert [
        op.payload["path"]
        for op in ui_store.outbox.operations()
        if op.op == "upload_file" and op.kind == "attachment"
    ] == [first.path]
    controller.undo.undo()
    assert ui_store.catalog.attached_files(product, "attachment") == []
