"""The entry point the main window calls to add the delivery area (dashboard dock + Delivery menu).

    area = install_delivery(window, runner, current_product=lambda: selected_server_id_or_None)
    area.set_client(client)        # after sign-in / when the session's client changes

Importing this module costs only Qt; the services and widgets are imported when the area is
installed, and nothing touches the network until a client is set.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QVBoxLayout, QWidget

from app.ui.common.docks import bottom_dock

if TYPE_CHECKING:
    from app.api.client import ApiClient
    from app.store.catalog import CatalogCache
    from app.ui.delivery.controller import DeliveryController, Notifier
    from app.ui.delivery.dashboard import DeliveryDashboard
    from app.workers.jobs import JobManager
    from app.workers.runner import Runner


def tr(text: str) -> str:
    return QCoreApplication.translate("DeliveryArea", text)


class DeliveryArea(QObject):
    """Owns the controller, the dashboard dock and the Delivery menu's actions."""

    def __init__(self, window: QMainWindow, controller: DeliveryController,
                 dashboard: DeliveryDashboard, current_product: Callable[[], str | None]) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.dashboard = dashboard
        self.current_product = current_product
        self.windows: list[QWidget] = []
        menu = window.menuBar().addMenu(tr("&Delivery"))
        self.act_deliver = self._action(menu, tr("&Deliver…"), "deliverProduct", self.deliver,
                                        QKeySequence("Ctrl+Shift+D"))
        self.act_readiness = self._action(menu, tr("&Readiness Checklist…"), "readiness", self.readiness,
                                          QKeySequence("Ctrl+Shift+R"))
        menu.addSeparator()
        self.act_rights = self._action(menu, tr("R&ights…"), "editRights", self.rights)
        self.act_offers = self._action(menu, tr("&Offers…"), "editOffers", self.offers)
        menu.addSeparator()
        self.act_refresh = self._action(menu, tr("Refresh &Deliveries"), "refreshDeliveries",
                                        lambda: self.controller.load(None))
        self.menu = menu

    def _action(self, menu: Any, text: str, name: str, slot: Callable[[], None],
                shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def set_client(self, client: ApiClient, catalog: CatalogCache | None = None) -> None:
        """Use ``client`` (a signed-in ApiClient) and the profile's ``catalog`` from now on, and load
        the deliveries."""
        from app.services.delivery import DeliveryService

        if catalog is not None:
            self.controller.catalog = catalog
        self.controller.restart(DeliveryService(client))

    def _product(self) -> str | None:
        pid = self.current_product()
        if not pid:
            self.window.statusBar().showMessage(
                tr("Select a product that is on the server (synced) first."), 5000)
        return pid

    def _show(self, widget: QWidget, title: str) -> QWidget:
        dialog = QDialog(self.window)
        dialog.setWindowTitle(title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        layout.addWidget(widget)
        dialog.resize(max(widget.sizeHint().width(), 900), 560)
        dialog.show()
        self.windows = [w for w in self.windows if w.isVisible()] + [dialog]
        return dialog

    def deliver(self) -> None:
        from app.ui.delivery.deliver_dialog import DeliverDialog

        pid = self._product()
        if pid:
            dialog = DeliverDialog(self.controller, pid, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            self.windows.append(dialog)

    def readiness(self) -> None:
        from app.ui.delivery.checklist import ReadinessChecklist

        pid = self._product()
        if pid:
            checklist = ReadinessChecklist(self.controller)
            self._show(checklist, tr("Readiness of product {id}").format(id=pid))
            checklist.set_product(pid)

    def rights(self) -> None:
        from app.ui.delivery.rights_offers import RightsEditor

        pid = self._product()
        if pid:
            self._show(RightsEditor(self.controller, pid), tr("Rights of product {id}").format(id=pid))

    def offers(self) -> None:
        from app.ui.delivery.rights_offers import OffersEditor

        pid = self._product()
        if pid:
            self._show(OffersEditor(self.controller, pid), tr("Offers of product {id}").format(id=pid))


def install_delivery(window: QMainWindow, runner: Runner, *, jobs: JobManager | None = None,
                     current_product: Callable[[], str | None] = lambda: None,
                     client: Any = None, notifier: Notifier | None = None,  # client: ApiClient or None
                     catalog: CatalogCache | None = None) -> DeliveryArea:
    """Add the delivery dashboard as a dock of ``window`` and a Delivery menu.

    ``current_product`` returns the server id of the product selected in the catalog (None for a
    local-only draft). The dashboard polls only once a client is set (here or with ``set_client``).
    ``catalog`` (the profile's cached catalog): media QC of local masters joins readiness, and each product's
    delivery state is written back for the catalog to show.
    """
    from app.services.delivery import DeliveryService
    from app.ui.delivery.controller import DeliveryController, TrayNotifier
    from app.ui.delivery.dashboard import DeliveryDashboard

    controller = DeliveryController(DeliveryService(client), runner, jobs=jobs,
                                    notifier=notifier if notifier is not None else TrayNotifier(),
                                    catalog=catalog, parent=window)
    dashboard = DeliveryDashboard(controller)
    bottom_dock(window, dashboard, dashboard.windowTitle(), "dock_deliveryDashboard")
    area = DeliveryArea(window, controller, dashboard, current_product)
    # The poller job runs under ``jobs``: pass the window's JobManager so its cancel_all() at
    # shutdown stops it with the other jobs.
    if client is not None:
        controller.load(None)
    return area
