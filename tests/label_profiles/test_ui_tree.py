"""Label-profile connections in the catalog tree: listed, selected into the editor area, created,
edited, deleted and synced against the real label-profiles sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.api.label_profiles import LabelProfilesClient, connection, connection_store
from app.domain.label_profile import LabelProfile
from app.platform.secrets import MemorySecretStore
from app.sandbox.label_profiles import RunningLabelProfilesSandbox
from app.store import open_catalog
from app.ui.catalog.columns import COL_ARTIST, COL_CODE, COL_SYNC, COL_TITLE, KIND_ROLE
from app.ui.catalog.model import CatalogModel
from app.workers.runner import SyncRunner


@pytest.fixture
def window_with_profiles(qtbot: QtBot, tmp_path: Path, secret_store: MemorySecretStore,
                         label_profiles_sandbox: RunningLabelProfilesSandbox) -> Iterator[Any]:
    """A saved connection "studio" with two labels on its server, and the main window on a catalog."""
    from app.services.session import Session
    from app.ui.shell.controller import MainController
    from app.ui.shell.main_window import MainWindow

    connection_store().save(connection("studio", label_profiles_sandbox.base_url))
    client = LabelProfilesClient(connection("studio", label_profiles_sandbox.base_url), secret_store)
    client.set_token(label_profiles_sandbox.token)
    client.create(LabelProfile(name="Kigali Sound", email="hi@kigali.example", country="RW"))
    client.create(LabelProfile(name="Blue Harbour", description="Jazz", country="PT"))
    client.close()
    store = open_catalog(tmp_path / "catalog.sqlite3")
    store.drafts.create_label(name="Night Owl Records")
    window = MainWindow()
    qtbot.addWidget(window)
    controller = MainController(window, SyncRunner(), QSettings(str(tmp_path / "ui.ini"),
                                                                 QSettings.Format.IniFormat), parent=window)
    controller.label_profiles._confirm = lambda _question: True
    window.show()
    controller.attach(Session("test", store))
    controller.catalog.flush_changes()
    yield window, controller
    controller.shutdown()


def _connection_index(model: CatalogModel, name: str) -> Any:
    index = model.find("lp_connection", name)
    assert index.isValid()
    return index


def _profiles(model: CatalogModel, name: str) -> list[tuple[str, str, str, str]]:
    parent = _connection_index(model, name)
    return [tuple(model.index(r, c, parent).data() for c in (COL_TITLE, COL_ARTIST, COL_CODE, COL_SYNC))
            for r in range(model.rowCount(parent))]  # type: ignore[misc]


def _select(window: Any, model: CatalogModel, name: str, title: str) -> None:
    parent = _connection_index(model, name)
    row = next(r for r in range(model.rowCount(parent)) if model.index(r, COL_TITLE, parent).data() == title)
    window.catalog.tree.setCurrentIndex(model.index(row, COL_TITLE, parent))


def test_a_connection_is_a_top_level_node_with_its_server_labels_and_sync_badges(
        window_with_profiles) -> None:
    window, controller = window_with_profiles
    model = controller.catalog.model
    index = _connection_index(model, "studio")
    assert not index.parent().isValid() and index.row() == 1  # after the company
    assert index.data() == "studio" and model.index(1, COL_ARTIST).data() == "2 label profiles"
    assert "label-profile service" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(KIND_ROLE) == "lp_connection"
    assert sorted(_profiles(model, "studio")) == [
        ("Blue Harbour", "", "PT", "synced"),
        ("Kigali Sound", "hi@kigali.example", "RW", "synced"),
    ]
    child = model.index(0, COL_SYNC, index)
    assert child.data(Qt.ItemDataRole.DecorationRole) is not None  # the coloured dot


def test_the_tree_model_with_profile_connections_passes_qt_model_checks(qtmodeltester,
                                                                        window_with_profiles) -> None:
    _window, controller = window_with_profiles
    qtmodeltester.check(controller.catalog.model)


def test_selecting_a_label_profile_shows_its_editor_and_an_edit_is_a_pending_draft(
        qtbot: QtBot, window_with_profiles, label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    window, controller = window_with_profiles
    model = controller.catalog.model
    _select(window, model, "studio", "Blue Harbour")
    editor = controller.label_profiles.connections["studio"].host.editor
    assert window.editors.currentWidget() is editor
    assert editor.form.fields["description"].widget.toPlainText() == "Jazz"
    email = editor.form.fields["email"].widget
    assert isinstance(email, QLineEdit)
    email.setFocus()
    qtbot.keyClicks(email, "not-an-email")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert editor.form.fields["email"].message  # refused here, under the field
    email.selectAll()
    email.del_()
    qtbot.keyClicks(email, "desk@blueharbour.example")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert ("Blue Harbour", "desk@blueharbour.example", "PT", "pending sync") in _profiles(model, "studio")
    controller.label_profiles.sync()
    assert ("Blue Harbour", "desk@blueharbour.example", "PT", "synced") in _profiles(model, "studio")
    server = {v["name"]: v for v in label_profiles_sandbox.service.labels.values()}
    assert server["Blue Harbour"]["email"] == "desk@blueharbour.example"


def test_new_and_delete_from_the_tree_reach_the_server_at_the_next_sync(
        qtbot: QtBot, window_with_profiles, label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    window, controller = window_with_profiles
    model = controller.catalog.model
    lp = controller.label_profiles
    window.catalog.tree.setCurrentIndex(_connection_index(model, "studio"))
    assert lp.act_new.isVisible() and lp.act_new in window.catalog.tree.actions()
    _select(window, model, "studio", "Blue Harbour")  # New works from a profile's row too
    lp.act_new.trigger()
    editor = lp.connections["studio"].host.editor
    assert window.editors.currentWidget() is editor and editor.create_button.isVisible()
    name = editor.form.fields["name"].widget
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "Night Owl Records")
    qtbot.mouseClick(editor.create_button, Qt.MouseButton.LeftButton)
    assert ("Night Owl Records", "", "RW", "pending sync") in _profiles(model, "studio")
    assert lp.current()[0] == "label_profile"  # the new one is selected in the tree
    _select(window, model, "studio", "Kigali Sound")
    window.act_delete.trigger()  # the window's Delete action deletes a selected label profile
    assert "Kigali Sound" not in [p[0] for p in _profiles(model, "studio")]
    lp.act_sync.trigger()
    names = sorted(v["name"] for v in label_profiles_sandbox.service.labels.values())
    assert names == ["Blue Harbour", "Night Owl Records"]


def test_the_menu_goes_to_a_saved_connection_in_the_tree(window_with_profiles) -> None:
    window, controller = window_with_profiles
    menu = controller.label_profiles_menu
    titles = [a.text() for a in window.menuBar().actions()]
    assert menu.menu.title() in titles and titles[-1] == "&Help"  # Help stays last
    menu.rebuild()
    go = next(a for a in menu.menu.actions() if a.text() == "studio")
    go.trigger()
    assert controller.label_profiles.current()[:1] == ("lp_connection",)
    assert window.catalog.tree.isExpanded(window.catalog.tree.currentIndex())


def test_linking_a_distributor_label_prefills_its_description_as_one_undoable_edit(
        qtbot: QtBot, window_with_profiles) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.label_profiles.link_dialog import LinkLabelProfileDialog
    from app.ui.label_profiles.model import COL_NAME

    window, controller = window_with_profiles
    model = controller.catalog.model
    label_index = model.index(0, COL_TITLE, model.company_index())
    label_id = label_index.data(Qt.ItemDataRole.UserRole + 4)
    window.catalog.tree.setCurrentIndex(label_index)
    assert window.editors.currentWidget() is controller.label_editor
    chosen: list[str] = []

    def choose() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, LinkLabelProfileDialog) and w.isVisible())
        m = dialog.model
        row = next(r for r in range(m.rowCount()) if m.index(r, COL_NAME).data() == "Blue Harbour")
        dialog.view.setCurrentIndex(m.index(row, COL_NAME))
        chosen.append(dialog.chosen() or "")
        dialog.accept()

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(controller.label_editor.link_button, Qt.MouseButton.LeftButton)
    assert chosen
    description = controller.label_editor.form.fields["description"].widget
    assert description.toPlainText() == "Jazz"
    store = controller.session.store
    assert store.catalog.resource("label", label_id).description == "Jazz"
    lp_store = controller.label_profiles.connections["studio"].store
    assert lp_store.linked_local_id(f"test/{label_id}") == chosen[0]  # remembered for next time
    assert controller.undo.undoText() == "Prefill description from label profile"
    controller.undo.undo()
    assert description.toPlainText() == ""
    assert not store.catalog.resource("label", label_id).description


def test_with_the_real_task_runner_the_tree_reads_profiles_off_the_gui_thread(
        qtbot: QtBot, tmp_path: Path, secret_store: MemorySecretStore, monkeypatch: pytest.MonkeyPatch,
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    import threading

    from app.services.session import Session
    from app.store.label_profiles import LabelProfileStore
    from app.ui.shell.controller import MainController
    from app.ui.shell.main_window import MainWindow
    from app.workers.runner import TaskRunner

    connection_store().save(connection("threaded", label_profiles_sandbox.base_url))
    client = LabelProfilesClient(connection("threaded", label_profiles_sandbox.base_url), secret_store)
    client.set_token(label_profiles_sandbox.token)
    client.create(LabelProfile(name="Kigali Sound", description="Afrobeats", country="RW"))
    client.close()
    reads: list[threading.Thread] = []
    original_rows, original_profile = LabelProfileStore.rows, LabelProfileStore.profile

    def rows(self):  # type: ignore[no-untyped-def]
        reads.append(threading.current_thread())
        return original_rows(self)

    def profile(self, local_id):  # type: ignore[no-untyped-def]
        reads.append(threading.current_thread())
        return original_profile(self, local_id)

    monkeypatch.setattr(LabelProfileStore, "rows", rows)
    monkeypatch.setattr(LabelProfileStore, "profile", profile)
    store = open_catalog(tmp_path / "catalog.sqlite3")
    window = MainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    controller = MainController(window, runner, settings, parent=window)
    window.show()
    controller.attach(Session("test", store))
    model = controller.catalog.model
    qtbot.waitUntil(lambda: model.find("lp_connection", "threaded").isValid()
                    and model.rowCount(model.find("lp_connection", "threaded")) == 1, timeout=10_000)
    _select(window, model, "threaded", "Kigali Sound")
    editor = controller.label_profiles.connections["threaded"].host.editor
    qtbot.waitUntil(lambda: editor.title.text() == "Kigali Sound", timeout=10_000)
    assert editor.form.fields["description"].widget.toPlainText() == "Afrobeats"
    assert reads and all(t is not threading.main_thread() for t in reads)
    runner.wait_idle(5000)
    controller.shutdown()


def test_the_windows_new_label_action_makes_a_label_profile_inside_a_connection(window_with_profiles) -> None:
    window, controller = window_with_profiles
    model = controller.catalog.model
    _select(window, model, "studio", "Kigali Sound")
    window.act_new_label.trigger()
    editor = controller.label_profiles.connections["studio"].host.editor
    assert window.editors.currentWidget() is editor and editor.new_mode
    assert editor.create_button.isVisible()
