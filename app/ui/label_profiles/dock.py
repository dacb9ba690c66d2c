"""The entry points the main window calls to show a label-profile connection's labels.

Importing this module costs only Qt: the client (httpx), the store and the widgets are imported when
a connection is first opened or the menu first shown, so the main window's start pays nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

if TYPE_CHECKING:
    from app.platform.secrets import SecretStore
    from app.ui.label_profiles.controller import LabelProfilesController
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
    from app.api.label_profiles import LabelProfilesClient, connection_store
    from app.store.label_profiles import LabelProfileStore
    from app.ui.label_profiles.controller import LabelProfilesController
    from app.ui.label_profiles.model import LabelProfilesModel
    from app.ui.label_profiles.panel import LabelProfilesPanel

    conn = connection_store().load(connection_name)
    store = LabelProfileStore.for_connection(connection_name)
    client = LabelProfilesClient(conn, secrets if secrets is not None else secret_store_for(conn))
    model = LabelProfilesModel(store)
    title = QCoreApplication.translate("LabelProfilesPanel", "Label profiles — %1").replace(
        "%1", connection_name)
    panel = LabelProfilesPanel(model, title, parent)
    model.setParent(panel)
    controller = LabelProfilesController(panel, store, client, runner)

    def close() -> None:
        client.close()
        store.close()

    panel.destroyed.connect(close)
    return controller


def open_label_profiles(window: DockHost, connection_name: str, *, runner: Runner,
                        secrets: SecretStore | None = None,
                        parent: QWidget | None = None) -> LabelProfilesController:
    """Show the labels of the label-profile connection ``connection_name`` in a dock of ``window``
    and read the server's list in the background (asking for a token when none is stored)."""
    if parent is None and isinstance(window, QWidget):
        parent = window
    controller = label_profiles_panel(connection_name, runner=runner, secrets=secrets, parent=parent)
    window.add_dock(controller.panel, controller.panel.windowTitle(), Qt.DockWidgetArea.RightDockWidgetArea)
    controller.refresh()
    return controller


def connect_label_profiles(window: DockHost, *, runner: Runner, secrets: SecretStore | None = None,
                           parent: QWidget | None = None) -> LabelProfilesController | None:
    """Ask for a new connection (name, address, token), save it and show its labels."""
    from app.platform.secrets import default_secret_store
    from app.ui.label_profiles.connect_dialog import ConnectLabelProfilesDialog

    secrets = secrets if secrets is not None else default_secret_store()
    if parent is None and isinstance(window, QWidget):
        parent = window
    dialog = ConnectLabelProfilesDialog(secrets, parent)
    if dialog.exec() != ConnectLabelProfilesDialog.DialogCode.Accepted or dialog.saved is None:
        return None
    return open_label_profiles(window, dialog.saved.name, runner=runner, secrets=secrets, parent=parent)


class LabelProfilesMenu(QObject):
    """A "Label Profiles" menu in the main window's menu bar: connect to a service, open a saved one.

    The main window installs it with one call (:func:`install_label_profiles_menu`); each
    connection opens once, in a dock, and is raised when chosen again.
    """

    def __init__(self, window: QMainWindow, runner: Runner, secrets: SecretStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.secrets = secrets
        self.open: dict[str, LabelProfilesController] = {}
        self.menu = QMenu(self.tr("&Label Profiles"), window)
        self.menu.setObjectName("labelProfilesMenu")
        bar = window.menuBar()
        existing = bar.actions()
        if existing:  # before the last menu, Help by convention
            bar.insertMenu(existing[-1], self.menu)
        else:
            bar.addMenu(self.menu)
        self.menu.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        from app.api.label_profiles import connection_store

        self.menu.clear()
        connect = self.menu.addAction(self.tr("Connect to a Label-Profile Service…"))
        connect.setObjectName("connectLabelProfiles")
        connect.triggered.connect(self.connect_new)
        names = connection_store().names()
        if names:
            self.menu.addSeparator()
        for name in names:
            action = self.menu.addAction(name)
            action.setObjectName(f"openLabelProfiles_{name}")
            action.triggered.connect(lambda _checked=False, n=name: self.show(n))

    def show(self, name: str) -> LabelProfilesController:
        controller = self.open.get(name)
        if controller is not None:
            dock = controller.panel.parentWidget()
            if isinstance(dock, QDockWidget):
                dock.show()
                dock.raise_()
            return controller
        controller = open_label_profiles(self, name, runner=self.runner, secrets=self.secrets,
                                         parent=self.window)
        controller.panel.destroyed.connect(lambda _obj=None, n=name: self.open.pop(n, None))
        self.open[name] = controller
        return controller

    def connect_new(self) -> None:
        controller = connect_label_profiles(self, runner=self.runner, secrets=self.secrets,
                                            parent=self.window)
        if controller is not None:
            self.open[controller.client.connection.name] = controller

    def add_dock(self, widget: QWidget, title: str = "",
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea) -> QDockWidget:
        add = getattr(self.window, "add_dock", None)
        if add is not None:
            return add(widget, title, area)  # type: ignore[no-any-return]
        dock = QDockWidget(title, self.window)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        return dock


def install_label_profiles_menu(window: QMainWindow, runner: Runner,
                                secrets: SecretStore | None = None) -> LabelProfilesMenu:
    """The one call the main window makes to offer label-profile connections."""
    return LabelProfilesMenu(window, runner, secrets)
