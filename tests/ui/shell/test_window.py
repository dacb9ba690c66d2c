"""The window as a whole: first run, ``--sandbox``, new label/product/track, shortcuts, window state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.ui.shell.controller import MainController
from app.ui.shell.first_run import FirstRunDialog
from app.ui.shell.main_window import MainWindow
from app.workers.runner import SyncRunner
from tests.ui.conftest import fetch_all, seed


@pytest.fixture
def bare_window(qtbot, tmp_path: Path):
    """A window with no session yet, as the app starts."""
    window = MainWindow()
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    controller = MainController(window, SyncRunner(), settings, parent=window)
    window.show()
    yield window, controller
    controller.shutdown()


def _labels(controller) -> list[str]:
    model = controller.catalog.model
    company = model.company_index()
    return [model.index(r, 0, company).data() for r in range(model.rowCount(company))]


def test_first_run_offers_sign_in_and_signing_in_opens_the_catalog(qtbot, bare_window, sandbox):
    window, controller = bare_window
    controller.start()  # no profile saved yet
    dialog = window.findChild(FirstRunDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.sandbox_button.accessibleName() == "Try the sandbox"
    dialog.sign_in_button.click()
    form = dialog.form
    assert dialog.pages.currentWidget() is form
    form.server.setText(sandbox.base_url)
    form.login.setText(sandbox.email)
    form.password.setText("wrong")
    form.ok.click()
    assert form.error.isVisible() and "refused" in form.error.text()
    assert controller.session is None
    form.password.setText(sandbox.password)
    form.ok.click()
    assert not dialog.isVisible()
    assert controller.session is not None and controller.session.profile.server_url == sandbox.base_url
    assert window.sync_status.connection.text().startswith("Online")
    assert window.windowTitle() == "default — Releasedesk"


def test_the_sandbox_option_opens_the_app_on_the_demo_catalog(qtbot, bare_window):
    window, controller = bare_window
    controller.start(sandbox=True)  # what `releasedesk --sandbox` does once the window is up
    session = controller.session
    assert session is not None and session.sandbox is not None
    try:
        qtbot.waitUntil(lambda: not controller.catalog.model.loading, timeout=10000)  # the labels landed
        controller.catalog.flush_changes()
        labels = _labels(controller)
        assert len(labels) >= 2  # the demo catalog's labels, pulled from the sandbox into the store
        assert controller.catalog.model.company_index().data() != "My catalog"  # named from whoami
        assert window.sync_status.connection.text().startswith("Online")
        assert session.store.catalog.count_products(session.store.catalog.labels()[0].local_id) > 0
    finally:
        controller.shutdown()
    assert controller.session is None


def test_new_label_product_and_track_are_created_as_drafts_and_selected(
        qtbot, main_window, ui_store, monkeypatch):
    window, controller = main_window
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Moonlit Tapes", True))
    window.act_new_label.trigger()
    controller.catalog.flush_changes()
    assert _labels(controller) == ["Moonlit Tapes"]
    label = ui_store.catalog.labels()[0]
    assert label.name == "Moonlit Tapes"

    controller.catalog.select("label", label.local_id)
    window.act_new_product.trigger()
    products = ui_store.catalog.products(label.local_id)
    assert [p.name for p in products] == ["New product"]
    qtbot.waitUntil(lambda: window.editors.currentWidget() is controller.product_editor, timeout=10000)
    assert controller.editors.current.local_id == products[0].local_id

    window.act_new_track.trigger()
    window.act_new_track.trigger()
    tracks = ui_store.catalog.tracks(products[0].local_id)
    assert [(t.track_number, t.title) for t in tracks] == [(1, "New track"), (2, "New track")]
    assert ui_store.outbox.pending_count() == 4  # label, product, two tracks: all waiting for a sync


def test_new_product_without_a_label_selected_says_what_to_do(qtbot, main_window, ui_store):
    window, controller = main_window
    window.act_new_product.trigger()
    assert "Select a label first" in window.statusBar().currentMessage()
    assert ui_store.catalog.labels() == []


def test_common_actions_have_distinct_keyboard_shortcuts_and_accessible_names(main_window):
    window, _ = main_window
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions()
                 if not a.shortcut().isEmpty()}
    for name in ("newProduct", "newTrack", "importRelease", "syncNow", "undo", "redo", "find", "quit"):
        assert shortcuts.get(name), name
    assert len(set(shortcuts.values())) == len(shortcuts)
    assert shortcuts["syncNow"] == "F5" and shortcuts["newProduct"] == "Ctrl+N"
    for widget in (window.catalog.search, window.catalog.tree, window.sync_status.sync,
                   window.sync_status.pending, window.sync_status.progress):
        assert widget.accessibleName()


def test_window_size_and_splitter_are_remembered(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 580)  # within the offscreen screen (800 x 600 but for our minimum width)
    first.splitter.setSizes([300, 600])
    sizes = first.splitter.sizes()
    first.save_state(settings)
    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_state(settings)
    second.show()
    assert (second.size().width(), second.size().height()) == (900, 580)
    assert second.splitter.sizes() == sizes


def test_a_dock_added_by_another_area_can_be_shown_and_hidden_from_the_view_menu(qtbot, main_window):
    from PySide6.QtWidgets import QLabel

    window, _ = main_window
    panel = QLabel("deliveries")
    panel.setObjectName("deliveryDashboard")
    dock = window.add_dock(panel, "Deliveries")
    assert dock.widget() is panel and dock.objectName() == "dock_deliveryDashboard"
    assert dock.toggleViewAction() in window.view_menu.actions()


def test_seeded_catalog_opens_with_one_label_expanded(qtbot, main_window, ui_store):
    window, controller = main_window
    seed(ui_store, products=3)
    controller.catalog.reload()
    company = controller.catalog.model.company_index()
    qtbot.waitUntil(lambda: controller.catalog.model.rowCount(company) == 1, timeout=10000)  # its label
    label = controller.catalog.model.index(0, 0, controller.catalog.model.company_index())
    assert window.catalog.tree.isExpanded(controller.catalog.model.company_index())
    assert window.catalog.tree.isExpanded(label)
    qtbot.waitUntil(lambda: controller.catalog.model.rowCount(label) == 3, timeout=10000)


def test_deleting_a_draft_asks_first_then_removes_it_from_the_store_and_the_tree(
        qtbot, main_window, ui_store):
    from PySide6.QtWidgets import QMessageBox

    window, controller = main_window
    ids = seed(ui_store, products=2, tracks=1)
    controller.catalog.flush_changes()
    fetch_all(qtbot, controller.catalog.model, controller.catalog.model.find("label", ids["label"]))
    assert controller.catalog.select("product", ids["products"][0])
    box = controller.delete_selected()
    assert box is not None and "never sent" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert ui_store.catalog.exists(ids["products"][0])
    box = controller.delete_selected()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert not ui_store.catalog.exists(ids["products"][0])
    assert not controller.catalog.model.find("product", ids["products"][0]).isValid()
    assert controller.catalog.model.find("product", ids["products"][1]).isValid()


def test_credit_roles_are_named_from_the_servers_artist_roles(qtbot, main_window, ui_store, sandbox):
    from tests.sync.conftest import make_client

    window, controller = main_window
    client = make_client(sandbox)
    try:
        controller.session.client = client
        controller.load_choices()
        import json

        cached = json.loads(ui_store.settings.setting("artist_roles"))  # kept for working offline
        assert cached["mastering_engineer"] == "Mastering Engineer"  # the server's list, not ours
        model = controller.product_editor.contributors_model
        assert model.role_name("composer") == cached["composer"]
        menu = [a.text() for a in controller.track_editor.contributors.add_menu.actions()]
        assert cached["publisher"] in menu and cached["remixer"] in menu
        assert "Mastering Engineer" not in menu  # only roles the tracks resource can hold
    finally:
        client.close()


def test_the_pending_count_opens_the_list_of_changes_with_the_servers_reasons(
        qtbot, main_window, ui_store, qtmodeltester):
    from app.ui.sync.outbox_dialog import OutboxDialog
    from app.ui.sync.outbox_model import COL_STATE, COL_WHY

    window, controller = main_window
    ids = seed(ui_store, products=1, tracks=0)
    op = next(o for o in ui_store.outbox.operations() if o.local_id == ids["products"][0])
    ui_store.outbox.mark_rejected(op.id, "The product was refused.", {"upc_code": "has already been taken"})
    controller.sync.refresh_count()
    qtbot.waitUntil(lambda: "need attention" in window.sync_status.pending.text(), timeout=10000)
    window.sync_status.pending.click()
    dialog = window.findChild(OutboxDialog)
    assert dialog is not None and dialog.isVisible()
    model = dialog.table.model()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(ui_store.outbox.operations()) == 2  # the label and the product
    states = [model.index(r, COL_STATE).data() for r in range(model.rowCount())]
    rejected = [r for r, state in enumerate(states) if state == "refused by the server"]
    assert len(rejected) == 1
    assert "upc_code: has already been taken" in model.index(rejected[0], COL_WHY).data()


def test_opening_another_catalog_replaces_the_panels_instead_of_stacking_them(qtbot, main_window, tmp_path):
    from app.services.session import Session
    from app.store import open_catalog

    window, controller = main_window
    other = open_catalog(tmp_path / "other.sqlite3")
    seed(other, products=1, label="Second Label")
    before = window.editors.count()
    controller.attach(Session("other", other))
    try:
        qtbot.waitUntil(lambda: not controller.catalog.model.loading, timeout=10000)  # its labels shown
        controller.catalog.flush_changes()
        model = controller.catalog.model
        labels = [model.index(r, 0, model.company_index()).data()
                  for r in range(model.rowCount(model.company_index()))]
        assert labels == ["Second Label"]
        qtbot.wait(10)  # deleteLater of the old panels
        assert window.editors.count() == before  # the old editors left the stack
        assert controller.undo.count() == 0
        window.catalog.search.setText("album")
        qtbot.waitUntil(lambda: controller.catalog.results.rowCount() == 1, timeout=10000)
    finally:
        controller.detach()


def test_a_release_folder_opened_with_the_app_is_imported_once_the_catalog_is_open(
        qtbot, bare_window, media):
    """A file manager's "Open with Releasedesk" (Exec=releasedesk %F) passes the folder to start()."""
    from app.store import catalog_for_profile
    from tests.ui.conftest import tag_flac

    store = catalog_for_profile("offline")
    store.drafts.create_label(name="Night Owl Records")
    store.close()
    folder = media.folder / "Midnight Tapes"
    folder.mkdir()
    for n, title in ((1, "Intro"), (2, "Tapes")):
        path = media.audio(f"Midnight Tapes/{n:02d}.flac", seconds=0.5)
        tag_flac(path, title=title, tracknumber=str(n), album="Midnight Tapes", artist="Ana Lua")
    window, controller = bare_window
    controller.start(profile="offline", files=[folder])  # no saved connection: the local catalog opens
    session = controller.session
    assert session is not None
    label = session.store.catalog.labels()[0]
    products = session.store.catalog.products(label.local_id)
    assert [p.name for p in products] == ["Midnight Tapes"]
    assert [t.title for t in session.store.catalog.tracks(products[0].local_id)] == ["Intro", "Tapes"]
    assert [b for b in window.findChildren(QMessageBox) if b.objectName() == "notice"] == []
