"""The entry point the main window calls to add the Trends view (a dock and two View-menu actions).

    area = install_trends(window, runner, current_product=lambda: selected_server_id_or_None)
    area.set_session(catalog_path, client, catalog)   # when the session or its client changes

Importing this module costs only Qt; the chart, the services and numpy are imported when the area is
installed, and nothing touches the network until the user asks for trends.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from app.ui.common.docks import bottom_dock

if TYPE_CHECKING:
    from app.api.client import ApiClient
    from app.store.catalog import CatalogCache
    from app.ui.trends.controller import TrendsController
    from app.ui.trends.view import TrendsView
    from app.workers.runner import Runner


def tr(text: str) -> str:
    return QCoreApplication.translate("TrendsArea", text)


class TrendsArea(QObject):
    def __init__(self, window: QMainWindow, controller: TrendsController, view: TrendsView,
                 dock: QDockWidget, current_product: Callable[[], str | None]) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.view = view
        self.dock = dock
        self.current_product = current_product
        menu = getattr(window, "view_menu", None) or window.menuBar().addMenu(tr("&View"))
        self.act_product = QAction(tr("&Trends of Selected Product"), window)
        self.act_product.setObjectName("trendsOfProduct")
        self.act_product.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.act_product.triggered.connect(lambda _checked=False: self.show_product())
        menu.addAction(self.act_product)

    def set_session(self, catalog_path: Path, client: ApiClient | None,
                    catalog: CatalogCache | None = None) -> None:
        """Read and cache trends for this profile (``client`` None: only what is cached)."""
        from app.services.trends import TrendsService

        self.controller.set_service(TrendsService.beside(catalog_path, client), catalog)
        if client is not None:
            self._load_artists(client)
        if catalog is not None:
            self._load_catalog_choices(catalog)

    def _load_catalog_choices(self, catalog: CatalogCache) -> None:
        """Labels and products to pick from, read from the local catalog on a worker."""

        def read() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
            labels = catalog.labels()
            products: list[tuple[str, str]] = []
            for label in labels:
                products += [(row.server_id, row.name) for row in catalog.products(label.local_id, limit=500)
                             if row.server_id]
            return ([(row.server_id, row.name) for row in labels if row.server_id],
                    sorted(products, key=lambda p: p[1].casefold()))

        def done(result: tuple[list[tuple[str, str]], list[tuple[str, str]]] | None,
                 error: BaseException | None) -> None:
            if error is None and result is not None:
                self.view.set_choices("label", result[0])
                self.view.set_choices("product", result[1])

        self.controller.runner.run_task(read, done)

    def _load_artists(self, client: ApiClient) -> None:
        """The artist scope offers the account's artists once they are read (on a worker); until then,
        or when the server cannot say, an artist is picked by typing its server id."""
        from app.services.trends import artist_choices

        def done(items: list[tuple[str, str]] | None, error: BaseException | None) -> None:
            if error is None and items is not None:
                self.view.set_choices("artist", items)

        self.controller.runner.run_task(lambda: artist_choices(client), done)

    def show_product(self) -> None:
        pid = self.current_product()
        self.dock.show()
        self.dock.raise_()
        if not pid:
            self.window.statusBar().showMessage(
                tr("Select a product that is on the server (synced) first."), 5000)
            return
        self.view.select_scope("product", pid)
        self.view.request()


def install_trends(window: QMainWindow, runner: Runner, *,
                   current_product: Callable[[], str | None] = lambda: None) -> TrendsArea:
    """Add the Trends view as a dock of ``window`` (hidden until asked for) and its View-menu action."""
    from app.ui.trends.controller import TrendsController
    from app.ui.trends.view import TrendsView

    controller = TrendsController(runner, parent=window)
    view = TrendsView(controller)
    dock = bottom_dock(window, view, view.windowTitle(), "dock_trendsView")
    dock.hide()
    return TrendsArea(window, controller, view, dock, current_product)
