"""The window on the real thread-pool runner (the other GUI tests use the synchronous one): the same
edit, undo and drop round trips, with results arriving by signal from worker threads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.services.session import Session
from app.ui.shell.controller import MainController
from app.ui.shell.main_window import MainWindow
from app.workers.runner import TaskRunner
from tests.ui.conftest import seed, tag_flac


def test_edit_undo_and_drop_work_with_the_thread_pool_runner(qtbot, ui_store, media, tmp_path: Path):
    ids = seed(ui_store, products=2, tracks=0)
    window = MainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    controller = MainController(window, runner, QSettings(str(tmp_path / "ui.ini"),
                                                          QSettings.Format.IniFormat), parent=window)
    window.show()
    controller.attach(Session("threaded", ui_store))
    try:
        model = controller.catalog.model
        qtbot.waitUntil(lambda: model.find("label", ids["label"]).isValid(), timeout=10000)
        label = model.find("label", ids["label"])
        window.catalog.tree.expand(label)
        qtbot.waitUntil(lambda: model.rowCount(model.find("label", ids["label"])) == 2, timeout=10000)
        product = ids["products"][1]
        qtbot.waitUntil(lambda: model.find("product", product).isValid(), timeout=10000)  # its page
        assert controller.catalog.select("product", product)
        qtbot.waitUntil(lambda: window.editors.currentWidget() is controller.product_editor, timeout=10000)

        field = controller.product_editor.form.fields["name"]
        field.widget.setText("Threads Of Gold")
        field.commit()
        qtbot.waitUntil(lambda: ui_store.catalog.product(product).name == "Threads Of Gold", timeout=10000)
        qtbot.waitUntil(lambda: model.find("product", product).data() == "Threads Of Gold", timeout=10000)
        controller.undo.undo()
        qtbot.waitUntil(lambda: ui_store.catalog.product(product).name == "Album 001", timeout=10000)
        assert field.widget.text() == "Album 001"

        flac = tag_flac(media.audio("one.flac", seconds=0.3), title="Gold", tracknumber="1")
        controller.handle_drop([flac], "product", product)
        qtbot.waitUntil(lambda: len(ui_store.catalog.tracks(product)) == 1, timeout=10000)
        assert ui_store.catalog.tracks(product)[0].title == "Gold"
        qtbot.waitUntil(lambda: window.sync_status.pending.text() != "", timeout=10000)
    finally:
        controller.shutdown()
    assert not runner.busy
