"""Offline-first from the window: edit with no connection, then Sync against the real sandbox; the
server's 422 lands under its field; a conflict is shown and resolved field by field (mine/theirs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.domain.resources import Product
from app.services.importer import ImportService
from app.ui.sync.conflicts import ConflictDialog
from tests.sync.conftest import make_client
from tests.sync.release import simple_release
from tests.ui.conftest import fetch_all


def _import(store, tmp_path: Path, **overrides) -> str:
    label = store.drafts.create_label(name="Night Shift")
    simple_release(tmp_path / "release", 1, serial=7, seconds=0.3)
    fields = {"production_line": "2026 Night Shift Records", **overrides}
    return ImportService(store.catalog, store.drafts).import_folder(tmp_path / "release", label,
                                                                    language_id="5",
                                              product_type_id="1", overrides=fields,
                                              qc=False).product_local_id


def _show(qtbot, window, controller, product):
    controller.catalog.flush_changes()
    model = controller.catalog.model
    company = model.company_index()
    for row in range(model.rowCount(company)):
        fetch_all(qtbot, model, model.index(row, 0, company))
    controller.editors.current = None
    assert controller.catalog.select("product", product)
    controller.editors.show("product", product)
    qtbot.waitUntil(lambda: window.editors.currentWidget() is controller.product_editor, timeout=10000)
    return controller.product_editor


def _go_online(controller, sandbox):
    client = make_client(sandbox)
    controller.session.client = client
    controller.session.profile = client.profile
    controller.sync_client()
    return client


def _click_sync(qtbot, window, controller):
    with qtbot.waitSignal(controller.sync.finished, timeout=60000) as blocker:
        qtbot.mouseClick(window.sync_status.sync, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_edits_made_offline_are_sent_when_sync_is_clicked(qtbot, main_window, ui_store, sandbox, tmp_path):
    window, controller = main_window
    product = _import(ui_store, tmp_path)
    assert not window.sync_status.sync.isEnabled()  # offline: nothing to sync with
    editor = _show(qtbot, window, controller, product)
    name = editor.form.fields["name"]
    name.widget.setText("Sent From The Train")
    name.commit()
    controller.sync.refresh_count()
    qtbot.waitUntil(lambda: "pending" in window.sync_status.pending.text(), timeout=10000)

    client = _go_online(controller, sandbox)
    try:
        assert window.sync_status.connection.text().startswith("Online")
        outcome = _click_sync(qtbot, window, controller)
        assert outcome.report.ok, outcome.report.lines
        names = [p.name for p in client.list(Product)]
        assert names == ["Sent From The Train"]
        assert ui_store.outbox.pending_count() == 0
        qtbot.waitUntil(lambda: window.sync_status.pending.text() == "All changes sent", timeout=10000)
        controller.catalog.flush_changes()
        assert controller.catalog.model.find("product", product).siblingAtColumn(4).data() == "synced"
    finally:
        client.close()


def test_a_422_from_the_server_shows_under_the_field_it_names(qtbot, main_window, ui_store, sandbox,
                                                               tmp_path):
    window, controller = main_window
    product = _import(ui_store, tmp_path, production_line=None)
    client = _go_online(controller, sandbox)
    try:
        outcome = _click_sync(qtbot, window, controller)
        assert outcome.report.rejected == 1
        editor = _show(qtbot, window, controller, product)
        message = editor.form.fields["production_line"].message
        server_text = ui_store.outbox.field_errors("product", product)["production_line"]
        assert message.isVisible() and message.text() == server_text
        assert message.textFormat() == Qt.TextFormat.PlainText
        assert editor.banner.isVisible()
        controller.catalog.flush_changes()
        assert controller.catalog.model.find("product", product).siblingAtColumn(4).data() == "rejected"

        field = editor.form.fields["production_line"]
        field.widget.setText("2026 Night Shift Records")
        field.commit()
        assert not message.isVisible()  # fixed here: the server's complaint no longer applies
        assert _click_sync(qtbot, window, controller).report.ok
        assert [p.production_line for p in client.list(Product)] == ["2026 Night Shift Records"]
    finally:
        client.close()


def test_a_conflict_is_shown_and_resolved_field_by_field(qtbot, main_window, ui_store, sandbox, tmp_path):
    window, controller = main_window
    product = _import(ui_store, tmp_path)
    client = _go_online(controller, sandbox)
    checker = make_client(sandbox, "checker")
    try:
        assert _click_sync(qtbot, window, controller).report.ok
        sid = ui_store.catalog.server_id(product)
        theirs = checker.get(Product, sid)
        theirs.name = "Their Title"
        checker.update(theirs, fields=["name"])
        editor = _show(qtbot, window, controller, product)
        editor.form.fields["name"].widget.setText("My Title")
        editor.form.fields["name"].commit()
        assert _click_sync(qtbot, window, controller).report.conflicts == 1

        editor = _show(qtbot, window, controller, product)
        assert editor.banner.isVisible() and editor.banner.button.text() == "Resolve…"
        assert "Title" in editor.banner.text.text()
        editor.banner.button.click()
        dialog = window.findChild(ConflictDialog)
        assert dialog is not None and dialog.isVisible()
        assert dialog.mine["name"].text() == "My Title" and dialog.theirs["name"].text() == "Their Title"
        dialog.theirs["name"].setChecked(True)
        dialog.accept()
        assert ui_store.catalog.product(product).name == "Their Title"
        assert ui_store.outbox.conflicts("product", product) == []
        qtbot.waitUntil(lambda: editor.heading.text() == "Their Title", timeout=10000)
        assert not editor.banner.isVisible()
    finally:
        checker.close()
        client.close()


def test_an_expired_login_asks_for_the_password_and_the_sync_goes_on(qtbot, main_window, ui_store, sandbox,
                                                                       tmp_path):
    from app.ui.shell.first_run import PasswordDialog

    window, controller = main_window
    product = _import(ui_store, tmp_path)
    client = _go_online(controller, sandbox)
    try:
        sandbox.expire_tokens()
        outcome = _click_sync(qtbot, window, controller)
        assert outcome.report.paused == "login" and ui_store.catalog.server_id(product) is None
        dialog = window.findChild(PasswordDialog)
        assert dialog is not None and dialog.isVisible()
        assert dialog.form.server.text() == sandbox.base_url and dialog.form.login.text() == sandbox.email
        dialog.form.password.setText(sandbox.password)
        with qtbot.waitSignal(controller.sync.finished, timeout=60000) as blocker:
            dialog.form.ok.click()
        assert blocker.args[0].report.ok
        assert ui_store.catalog.server_id(product) is not None
    finally:
        client.close()


def test_with_the_server_gone_the_window_says_offline_and_keeps_the_changes(qtbot, main_window, ui_store,
                                                                            sandbox_factory, tmp_path):
    window, controller = main_window
    server = sandbox_factory()
    product = _import(ui_store, tmp_path)
    client = _go_online(controller, server)
    try:
        pending = ui_store.outbox.pending_count()
        server.stop()
        _click_sync(qtbot, window, controller)
        assert window.sync_status.connection.text().startswith("Offline")
        assert ui_store.outbox.pending_count() == pending and ui_store.catalog.server_id(product) is None
        assert window.sync_status.sync.isEnabled()  # try again later
    finally:
        client.close()
