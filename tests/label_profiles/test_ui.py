"""The label-profiles panel lists, edits, creates and deletes label profiles against the real sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.api.label_profiles import LabelProfilesClient, connection, connection_store
from app.domain.label_profile import LabelProfile
from app.platform.secrets import SERVICE, MemorySecretStore
from app.sandbox.label_profiles import RunningLabelProfilesSandbox, start_label_profiles_sandbox
from app.store.label_profiles import LabelProfileStore
from app.ui.label_profiles.connect_dialog import ConnectLabelProfilesDialog
from app.ui.label_profiles.controller import LabelProfilesController
from app.ui.label_profiles.model import COL_COUNTRY, COL_NAME, COL_SYNC, LabelProfilesModel
from app.ui.label_profiles.panel import LabelProfilesPanel
from app.workers.runner import SyncRunner


class Answers:
    """The user's answers to the panel's questions (a pasted token, a confirmation)."""

    def __init__(self) -> None:
        self.tokens: list[str] = []
        self.confirm = True
        self.asked_token = 0

    def token(self) -> str | None:
        self.asked_token += 1
        return self.tokens.pop(0) if self.tokens else None


@pytest.fixture
def demo_sandbox_lp() -> Iterator[RunningLabelProfilesSandbox]:
    sandbox = start_label_profiles_sandbox(demo=True)
    yield sandbox
    sandbox.stop()


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path, demo_sandbox_lp: RunningLabelProfilesSandbox,
               secret_store: MemorySecretStore, answers: Answers) -> Iterator[LabelProfilesController]:
    store = LabelProfileStore.open(tmp_path / "label_profiles.sqlite3")
    client = LabelProfilesClient(connection("demo", demo_sandbox_lp.base_url), secret_store,
                                 backoff_base=0.01, backoff_cap=0.02)
    answers.tokens.append(demo_sandbox_lp.token)
    panel = LabelProfilesPanel(LabelProfilesModel(store), "Label profiles — demo")
    qtbot.addWidget(panel)
    ctl = LabelProfilesController(panel, store, client, SyncRunner(), ask_token=answers.token,
                                  confirm=lambda _q: answers.confirm)
    panel.resize(1000, 600)
    panel.show()
    yield ctl
    client.close()
    store.close()


def _names(model: LabelProfilesModel) -> list[str]:
    return sorted(model.index(r, COL_NAME).data() for r in range(model.rowCount()))


def _type(qtbot: QtBot, ctl: LabelProfilesController, field: str, text: str) -> None:
    widget = ctl.panel.editor.form.fields[field].widget
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        widget.del_()
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    else:
        assert isinstance(widget, QPlainTextEdit)
        widget.setPlainText(text)
        ctl.panel.editor.form.fields[field].commit()


def _choose_country(ctl: LabelProfilesController, code: str) -> None:
    combo = ctl.panel.editor.form.fields["country"].widget
    assert isinstance(combo, QComboBox)
    row = ctl.panel.editor.countries.row_of(code)
    combo.setCurrentIndex(row)
    combo.activated.emit(row)


def _select(ctl: LabelProfilesController, name: str) -> None:
    model = ctl.panel.model
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_NAME).data() == name)
    ctl.panel.select(model.row_at(row).local_id)  # type: ignore[union-attr]


def _server(sandbox: RunningLabelProfilesSandbox) -> dict[str, dict[str, str]]:
    return {label["name"]: label for label in sandbox.service.labels.values()}


def test_the_model_passes_qt_model_checks(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = LabelProfileStore.open(tmp_path / "lp.sqlite3")
    store.create(LabelProfile(name="One", country="US"))
    store.create(LabelProfile(name="Two", email="two@example.com"))
    model = LabelProfilesModel(store)
    qtmodeltester.check(model)
    assert model.index(0, COL_SYNC).data() == "pending sync"
    assert model.index(0, COL_COUNTRY).data(Qt.ItemDataRole.ToolTipRole) == "United States of America"
    store.close()


def test_refresh_asks_for_a_token_and_lists_the_servers_labels(
        controller: LabelProfilesController, answers: Answers) -> None:
    controller.refresh()
    assert answers.asked_token == 1
    assert _names(controller.panel.model) == ["Kigali Sound", "Northern Lights Audio", "Sonic Wave Records"]
    assert controller.panel.status.text().startswith("3 label profile")


def test_create_a_label_in_the_editor_then_sync_sends_it(
        qtbot: QtBot, controller: LabelProfilesController,
        demo_sandbox_lp: RunningLabelProfilesSandbox) -> None:
    controller.refresh()
    controller.panel.act_new.trigger()
    assert controller.panel.editor.create_button.isVisible()
    _type(qtbot, controller, "name", "Lagos Groove")
    _type(qtbot, controller, "email", "hello@lagosgroove.example")
    _type(qtbot, controller, "description", "Afrobeats from Lagos")
    _choose_country(controller, "NG")
    qtbot.mouseClick(controller.panel.editor.create_button, Qt.MouseButton.LeftButton)

    assert controller.panel.selected_local_id() == controller.current
    assert "Lagos Groove" not in _server(demo_sandbox_lp)  # saved here only, until a sync
    controller.panel.act_sync.trigger()
    sent = _server(demo_sandbox_lp)["Lagos Groove"]
    assert (sent["email"], sent["description"], sent["country"]) == (
        "hello@lagosgroove.example", "Afrobeats from Lagos", "NG")
    row = controller.panel.model.row_of(controller.current or "")
    assert controller.panel.model.index(row, COL_SYNC).data() == "synced"


def test_an_invalid_email_is_refused_under_the_field_and_never_sent(
        qtbot: QtBot, controller: LabelProfilesController,
        demo_sandbox_lp: RunningLabelProfilesSandbox) -> None:
    controller.refresh()
    _select(controller, "Kigali Sound")
    demo_sandbox_lp.reset_stats()
    _type(qtbot, controller, "email", "kigali at example")
    message = controller.panel.editor.form.fields["email"].message
    assert message.isVisible() and "“kigali at example” is not a valid address" in message.text()
    assert controller.store.pending_count() == 0
    controller.panel.act_sync.trigger()
    assert _server(demo_sandbox_lp)["Kigali Sound"]["email"] == "contact@kigalisound.example"
    assert "PATCH /api/labels/:id" not in demo_sandbox_lp.stats()["by_route"]


def test_a_new_label_with_bad_fields_is_refused_with_every_reason(
        qtbot: QtBot, controller: LabelProfilesController) -> None:
    controller.panel.act_new.trigger()
    _type(qtbot, controller, "email", "nope")
    qtbot.mouseClick(controller.panel.editor.create_button, Qt.MouseButton.LeftButton)
    fields = controller.panel.editor.form.fields
    assert "name is empty" in fields["name"].message.text()
    assert "not a valid address" in fields["email"].message.text()
    assert controller.store.rows() == []


def test_edit_the_country_and_description_of_a_server_label(
        qtbot: QtBot, controller: LabelProfilesController,
        demo_sandbox_lp: RunningLabelProfilesSandbox) -> None:
    controller.refresh()
    _select(controller, "Sonic Wave Records")
    assert controller.panel.editor.form.fields["email"].widget.text() == "hello@sonicwave.example"  # type: ignore[attr-defined]
    _choose_country(controller, "GB")
    _type(qtbot, controller, "description", "Premier independent electronic music label")
    row = controller.panel.model.row_of(controller.current or "")
    assert controller.panel.model.index(row, COL_SYNC).data() == "pending sync"
    controller.panel.act_sync.trigger()
    server = _server(demo_sandbox_lp)["Sonic Wave Records"]
    assert (server["country"], server["description"]) == ("GB", "Premier independent electronic music label")


def test_delete_a_label_after_confirming(
        controller: LabelProfilesController, demo_sandbox_lp: RunningLabelProfilesSandbox,
        answers: Answers) -> None:
    controller.refresh()
    _select(controller, "Northern Lights Audio")
    answers.confirm = False
    controller.panel.act_delete.trigger()
    assert "Northern Lights Audio" in _names(controller.panel.model)
    answers.confirm = True
    controller.panel.act_delete.trigger()
    assert "Northern Lights Audio" not in _names(controller.panel.model)
    controller.panel.act_sync.trigger()
    assert "Northern Lights Audio" not in _server(demo_sandbox_lp)


def test_a_conflict_shows_both_sides_and_keep_mine_wins_at_the_next_sync(
        qtbot: QtBot, controller: LabelProfilesController,
        demo_sandbox_lp: RunningLabelProfilesSandbox) -> None:
    controller.refresh()
    _select(controller, "Kigali Sound")
    _type(qtbot, controller, "description", "Mine")
    server_id = controller.store.server_id(controller.current or "")
    controller.client.update(server_id or "", {"description": "Theirs"})
    controller.panel.act_sync.trigger()
    editor = controller.panel.editor
    assert editor.keep_mine.isVisible() and "Theirs" in editor.banner.text()
    qtbot.mouseClick(editor.keep_mine, Qt.MouseButton.LeftButton)
    controller.panel.act_sync.trigger()
    assert _server(demo_sandbox_lp)["Kigali Sound"]["description"] == "Mine"
    assert not editor.keep_mine.isVisible()


def test_an_expired_token_asks_for_a_new_one_and_the_sync_goes_on(
        qtbot: QtBot, controller: LabelProfilesController, answers: Answers,
        demo_sandbox_lp: RunningLabelProfilesSandbox) -> None:
    controller.refresh()
    controller.client.set_token(demo_sandbox_lp.issue_token(ttl=0.05))
    qtbot.wait(100)
    _select(controller, "Kigali Sound")
    _type(qtbot, controller, "name", "Kigali Sound Records")
    answers.tokens.append(demo_sandbox_lp.issue_token())
    controller.panel.act_sync.trigger()
    assert answers.asked_token == 2
    assert "Kigali Sound Records" in _server(demo_sandbox_lp)


def test_the_connect_dialog_checks_the_address_and_token_before_saving(
        qtbot: QtBot, secret_store: MemorySecretStore,
        label_profiles_sandbox: RunningLabelProfilesSandbox) -> None:
    dialog = ConnectLabelProfilesDialog(secret_store)
    qtbot.addWidget(dialog)
    dialog.name.setText("labels")
    dialog.url.setText("http://labels.example.com")
    dialog.token.setText(label_profiles_sandbox.token)
    dialog.accept()
    assert "Refusing plain http://" in dialog.error.text() and dialog.saved is None
    dialog.url.setText(label_profiles_sandbox.base_url)
    dialog.token.setText(label_profiles_sandbox.issue_token(ttl=-60))
    dialog.accept()
    assert "expired on" in dialog.error.text() and dialog.saved is None
    dialog.token.setText(label_profiles_sandbox.token)
    dialog.accept()
    assert dialog.saved is not None and connection_store().load("labels").server_url == \
        label_profiles_sandbox.base_url
    assert label_profiles_sandbox.token in (secret_store.get(SERVICE, "label-profiles:labels:token") or "")




def test_linking_a_distributor_label_prefills_its_description_and_is_remembered(
        qtbot: QtBot, tmp_path: Path) -> None:
    from app.ui.label_profiles.link_dialog import LinkLabelProfileDialog, apply_link

    store = LabelProfileStore.open(tmp_path / "lp.sqlite3")
    store.create(LabelProfile(name="Other"))
    chosen = store.create(LabelProfile(name="Sonic Wave", description="Independent electronic music label"))
    dialog = LinkLabelProfileDialog(store, "Sonic Wave (distributor)")
    qtbot.addWidget(dialog)
    dialog.view.setCurrentIndex(dialog.model.index(dialog.model.row_of(chosen), COL_NAME))
    assert dialog.chosen() == chosen
    profile = apply_link(store, "default/label:1", dialog.chosen() or "")
    assert profile.description == "Independent electronic music label"
    linked = store.linked_local_id("default/label:1")
    again = LinkLabelProfileDialog(store, "Sonic Wave (distributor)", linked=linked)
    qtbot.addWidget(again)
    assert again.chosen() == chosen
    store.delete(chosen)
    assert store.linked_profile("default/label:1") is None
    assert store.linked_local_id("default/label:1") is None
    store.close()




def test_with_the_real_task_runner_the_list_fills_in_from_a_worker_thread(
        qtbot: QtBot, tmp_path: Path, demo_sandbox_lp: RunningLabelProfilesSandbox,
        secret_store: MemorySecretStore) -> None:
    import threading

    from app.workers.runner import TaskRunner

    store = LabelProfileStore.open(tmp_path / "threaded.sqlite3")
    client = LabelProfilesClient(connection("threaded", demo_sandbox_lp.base_url), secret_store)
    client.set_token(demo_sandbox_lp.token)
    listing_threads: list[threading.Thread] = []
    original = client.list_page

    def spy(**kwargs):  # type: ignore[no-untyped-def]
        listing_threads.append(threading.current_thread())
        return original(**kwargs)

    client.list_page = spy  # type: ignore[method-assign]
    panel = LabelProfilesPanel(LabelProfilesModel(store), "threaded")
    qtbot.addWidget(panel)
    runner = TaskRunner(panel)
    ctl = LabelProfilesController(panel, store, client, runner, ask_token=lambda: None)
    ctl.refresh()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10_000)
    assert listing_threads and all(t is not threading.main_thread() for t in listing_threads)
    ctl.panel.select(panel.model.row_at(0).local_id)  # type: ignore[union-attr]
    ctl.edit("description", "Edited on the ordered lane")
    qtbot.waitUntil(lambda: store.pending_count() == 1, timeout=10_000)
    for _ in range(3):  # the reloads and reads the edit queued finish while the store is still open
        runner.wait_idle(5000)
        QCoreApplication.processEvents()
    client.close()
    store.close()
