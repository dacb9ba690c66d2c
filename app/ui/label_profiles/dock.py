"""The entry points the main window calls to show a label-profile connection's labels."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from app.api.label_profiles import LabelProfilesClient, connection_store
from app.platform.secrets import SecretStore
from app.store.label_profiles import LabelProfileStore
from app.ui.label_profiles.controller import LabelProfilesController
from app.ui.label_profiles.model import LabelProfilesModel
from app.ui.label_profiles.panel import LabelProfilesPanel
from app.workers.runner import Runner


class DockHost(Protocol):
    """What the main window offers (``MainWindow.add_dock``)."""

    def add_dock(self, widget: QWidget, title: str = "",
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea) -> QDockWidget: ...


def label_profiles_panel(connection_name: str, *, runner: Runner, secrets: SecretStore | None = None,
                         parent: QWidget | None = None) -> LabelProfilesController:
    """The panel (``controller.panel``) for a saved connection, wired to its store and client.

    Opening the store reads a small local file; nothing touches the network until ``refresh()``
    or ``sync()``, which run on ``runner``'s pool."""
    from app.api.client import secret_store_for

    conn = connection_store().load(connection_name)
    store = LabelProfileStore.for_connection(connection_name)
    client = LabelProfilesClient(conn, secrets if secrets is not None else secret_store_for(conn))
    model = LabelProfilesModel(store)
    title = QCoreApplication.translate("LabelProfilesPanel", "Label profiles — {name}").format(
        name=connection_name)
    panel = LabelProfilesPanel(model, title, parent)
    model.setParent(panel)
    controller = LabelProfilesController(panel, store, client, runner)

    def close() -> None:
        client.close()
        store.close()

    panel.destroyed.connect(close)
    return controller


def open_label_profiles(window: DockHost, connection_name: str, *, runner: Runner,
                        secrets: SecretStore | None = None) -> LabelProfilesController:
    """Show the labels of the label-profile connection ``connection_name`` in a dock of ``window``
    and read the server's list in the background (asking for a token when none is stored)."""
    controller = label_profiles_panel(connection_name, runner=runner, secrets=secrets,
                                      parent=window if isinstance(window, QWidget) else None)
    window.add_dock(controller.panel, controller.panel.windowTitle(), Qt.DockWidgetArea.RightDockWidgetArea)
    controller.refresh()
    return controller


def connect_label_profiles(window: DockHost, *, runner: Runner,
                           secrets: SecretStore | None = None) -> LabelProfilesController | None:
    """Ask for a new connection (name, address, token), save it and show its labels."""
    from app.platform.secrets import default_secret_store
    from app.ui.label_profiles.connect_dialog import ConnectLabelProfilesDialog

    secrets = secrets if secrets is not None else default_secret_store()
    dialog = ConnectLabelProfilesDialog(secrets, window if isinstance(window, QWidget) else None)
    if dialog.exec() != ConnectLabelProfilesDialog.DialogCode.Accepted or dialog.saved is None:
        return None
    return open_label_profiles(window, dialog.saved.name, runner=runner, secrets=secrets)
