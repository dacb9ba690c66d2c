"""Drag and drop from the desktop, simulated with QMimeData holding file URLs of real files the
test generates (FLAC via soundfile + mutagen tags, PNG via Pillow)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.common.drops import paths_from_mime, plan_drop
from tests.ui.conftest import fetch_all, seed, tag_flac


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drop_on(widget, mime: QMimeData, pos: QPoint) -> None:
    """What a drag from the file manager delivers: enter, move over the target, drop."""
    action, button, mods = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # PySide marks the QPoint constructors deprecated; no other exists
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos, action, mime, button, mods)
        move = QDragMoveEvent(pos, action, mime, button, mods)
    QApplication.sendEvent(widget, enter)
    QApplication.sendEvent(widget, move)
    QApplication.sendEvent(widget, QDropEvent(pos.toPointF(), action, mime, button, mods))


def _drop_on_item(window, controller, kind, local_id, mime):
    tree = window.catalog.tree
    model = controller.catalog.model
    index = model.find(kind, local_id)
    assert index.isValid()
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    _drop_on(tree.viewport(), mime, rect.center())


def _open_all(controller, qtbot):
    controller.catalog.flush_changes()
    model = controller.catalog.model
    company = model.company_index()
    for row in range(model.rowCount(company)):
        label = model.index(row, 0, company)
        fetch_all(qtbot, model, label)
        controller.catalog.panel.tree.expand(label)
        for prow in range(model.rowCount(label)):
            product = model.index(prow, 0, label)
            fetch_all(qtbot, model, product)


@pytest.fixture
def no_dialogs(main_window):
    """The notices shown to the user, as plain text (they are window-modal message boxes)."""
    window, _ = main_window

    def shown():
        boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "notice"]
        assert all(b.textFormat() == Qt.TextFormat.PlainText for b in boxes)
        return [b.text() for b in boxes]

    return shown


def test_mime_data_gives_local_files_only(tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.flac")), QUrl("https://example.com/b.flac")])
    assert paths_from_mime(mime) == [tmp_path / "a.flac"]
    assert paths_from_mime(QMimeData()) == []


def test_audio_files_dropped_on_a_product_become_tracks_in_tag_order(
        qtbot, main_window, ui_store, media, no_dialogs):
    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=0)
    product = ids["products"][0]
    # file names sort the other way round from the track numbers in the tags
    a = tag_flac(media.audio("a.flac", seconds=0.5), title="Night Drive", tracknumber="2",
                 artist="Ana Lua", isrc="GBAYE2500002")
    b = tag_flac(media.audio("b.flac", seconds=0.5), title="Opening", tracknumber="1", artist="Ana Lua")
    _open_all(controller, qtbot)
    _drop_on_item(window, controller, "product", product, _mime(b, a))
    tracks = ui_store.catalog.tracks(product)
    assert [(t.track_number, t.title) for t in tracks] == [(1, "Opening"), (2, "Night Drive")]
    assert [Path(t.master_path).name for t in tracks] == ["b.flac", "a.flac"]
    assert ui_store.catalog.track(tracks[1].local_id).isrc_code == "GBAYE2500002"
    controller.catalog.flush_changes()
    product_index = controller.catalog.model.find("product", product)
    assert controller.catalog.model.rowCount(product_index) == 2
    assert no_dialogs() == []


def test_a_folder_dropped_on_a_product_adds_its_audio_and_cover(qtbot, main_window, ui_store, media,
                                                                 no_dialogs):
    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=1)
    product = ids["products"][0]
    folder = media.folder / "release"
    folder.mkdir()
    for n in (1, 2):
        path = folder / f"{n:02d} track.flac"
        media.audio(f"release/{path.name}", seconds=0.5)
    media.image("release/cover.png", size=(600, 600))
    _open_all(controller, qtbot)
    _drop_on_item(window, controller, "product", product, _mime(folder))
    tracks = ui_store.catalog.tracks(product)
    assert [t.track_number for t in tracks] == [1, 2, 3]  # numbers continue after the existing track
    assert ui_store.catalog.product_row(product).has_cover
    assert any(op.op == "upload_cover" for op in ui_store.outbox.operations())


def test_an_image_dropped_on_a_product_sets_its_cover(qtbot, main_window, ui_store, media, no_dialogs):
    window, controller = main_window
    ids = seed(ui_store, products=2, tracks=0)
    cover = media.image("front.png", size=(3000, 3000))
    _open_all(controller, qtbot)
    _drop_on_item(window, controller, "product", ids["products"][1], _mime(cover))
    ops = [o for o in ui_store.outbox.operations() if o.op == "upload_cover"]
    assert [(o.local_id, Path(o.payload["path"]).name) for o in ops] == [(ids["products"][1], "front.png")]


def test_audio_dropped_on_a_track_attaches_its_master(qtbot, main_window, ui_store, media, no_dialogs):
    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=2)
    track = ui_store.catalog.tracks(ids["products"][0])[1]
    master = media.audio("master.flac", seconds=0.5)
    _open_all(controller, qtbot)
    _drop_on_item(window, controller, "track", track.local_id, _mime(master))
    after = {t.local_id: t for t in ui_store.catalog.tracks(ids["products"][0])}
    assert after[track.local_id].has_master and Path(after[track.local_id].master_path).name == "master.flac"
    assert sum(t.has_master for t in after.values()) == 1


def test_a_release_folder_dropped_on_the_empty_catalog_imports_a_new_draft(
        qtbot, main_window, ui_store, media, no_dialogs):
    window, controller = main_window
    seed(ui_store, products=0)
    folder = media.folder / "Midnight Tapes"
    folder.mkdir()
    for n, title in ((1, "Intro"), (2, "Tapes")):
        path = media.audio(f"Midnight Tapes/{n:02d}.flac", seconds=0.5)
        tag_flac(path, title=title, tracknumber=str(n), album="Midnight Tapes", artist="Ana Lua")
    media.image("Midnight Tapes/cover.jpg", size=(800, 800))
    controller.catalog.flush_changes()
    tree = window.catalog.tree
    _drop_on(tree.viewport(), _mime(folder), QPoint(tree.viewport().width() // 2,
                                                    tree.viewport().height() - 5))
    label = ui_store.catalog.labels()[0]
    products = ui_store.catalog.products(label.local_id)
    assert [p.name for p in products] == ["Midnight Tapes"]
    assert [t.title for t in ui_store.catalog.tracks(products[0].local_id)] == ["Intro", "Tapes"]
    assert products[0].has_cover
    assert no_dialogs() == []


def test_wrong_files_give_one_clear_sentence_and_change_nothing(qtbot, main_window, ui_store, media,
                                                                no_dialogs):
    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=1)
    notes = media.text("liner notes.txt")
    _open_all(controller, qtbot)
    before = ui_store.outbox.pending_count()
    _drop_on_item(window, controller, "product", ids["products"][0], _mime(notes))
    track = ui_store.catalog.tracks(ids["products"][0])[0]
    _drop_on_item(window, controller, "track", track.local_id, _mime(media.image("c.png", size=(50, 50))))
    assert ui_store.outbox.pending_count() == before
    notices = no_dialogs()
    assert len(notices) == 2
    assert "“liner notes.txt” is neither audio nor an image" in notices[0]
    assert "“c.png” is not an audio file" in notices[1]
    assert "\n" not in notices[0] and "Traceback" not in "".join(notices)


def test_loose_files_on_the_catalog_are_refused_with_what_to_do_instead(tmp_path, media):
    plan = plan_drop([media.audio("x.flac", seconds=0.2)], "catalog")
    assert plan.action == "refuse" and "release folder" in plan.message
    missing = plan_drop([tmp_path / "gone.flac"], "product")
    assert missing.action == "refuse" and "“gone.flac” cannot be found" in missing.message


def test_files_dropped_on_the_cover_well_are_checked_by_media_qc(qtbot, main_window, ui_store, media,
                                                                  no_dialogs):
    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=0)
    _open_all(controller, qtbot)
    controller.catalog.select("product", ids["products"][0])
    qtbot.waitUntil(lambda: window.editors.currentWidget() is controller.product_editor, timeout=10000)
    small = media.image("small.png", size=(400, 400))
    well = controller.product_editor.cover
    _drop_on(well, _mime(small), QPoint(20, 20))
    assert well.verdict.text().startswith("400 × 400 PNG")
    assert well.problems.isVisible() and "3000" in well.problems.text()
    assert not well.image.pixmap().isNull()
