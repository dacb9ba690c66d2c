"""The entry point the shell calls to add the after-delivery area: a "Live" dock (Live on, the
product's playlist placements, the artist's places and links, stuck and failed tasks), a Live menu
with bulk actions, and the catalog's live badges.

    area = install_live(window, runner)
    area.set_session(session, catalog_controller)   # after each session is attached

Importing this module costs only Qt; services and widgets come with ``install_live``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget

from app.ui.common.docks import bottom_dock

if TYPE_CHECKING:
    from app.services.session import Session
    from app.ui.live.controller import LiveController
    from app.ui.live.views import ArtistLiveView, LiveOnPanel, PlaylistsView, ProblemsView
    from app.workers.runner import Runner


def tr(text: str) -> str:
    return QCoreApplication.translate("LiveArea", text)


class LiveArea(QObject):
    def __init__(self, window: QMainWindow, controller: LiveController, tabs: QTabWidget,
                 panel: LiveOnPanel, artist: ArtistLiveView, problems: ProblemsView,
                 playlists: PlaylistsView) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.tabs, self.panel, self.artist, self.problems = tabs, panel, artist, problems
        self.playlists = playlists
        self.session: Session | None = None
        self.catalog: Any = None
        self.dialogs: list[Any] = []
        menu = window.menuBar().addMenu(tr("&Live"))
        self.act_bulk = QAction(tr("&Bulk Actions on Selection…"), window)
        self.act_bulk.setObjectName("bulkActions")
        self.act_bulk.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.act_bulk.triggered.connect(lambda _c=False: self.bulk())
        menu.addAction(self.act_bulk)
        self.act_problems = QAction(tr("&Stuck and Failed Tasks"), window)
        self.act_problems.setObjectName("problemTasks")
        self.act_problems.triggered.connect(lambda _c=False: self.show_problems())
        menu.addAction(self.act_problems)
        self.act_refresh = QAction(tr("&Refresh Live States"), window)
        self.act_refresh.setObjectName("refreshLive")
        self.act_refresh.triggered.connect(lambda _c=False: self.refresh_badges())
        menu.addAction(self.act_refresh)
        self.menu = menu
        controller.badges_ready.connect(self._badges)
        controller.failed.connect(lambda text: window.statusBar().showMessage(text, 8000))

    def set_session(self, session: Session, catalog: Any) -> None:
        """Follow ``session`` (its store and client) and the catalog controller's selection."""
        from app.services.bulk import BulkService
        from app.services.delivery import DeliveryService
        from app.services.live import live_service

        self.session = session
        client = session.client
        self.controller.set_services(
            live_service(client, session.store.db),
            BulkService(client) if client is not None else None,
            DeliveryService(client) if client is not None else None)
        if catalog is not self.catalog and catalog is not None:
            self.catalog = catalog
            catalog.selected.connect(self._selected)
        self.controller.load_badges()  # the cached badges, until the server answers
        if client is not None:
            self.refresh_badges()
            self.controller.load_problems()  # "Needs attention" is filled from the start

    # ---- selection

    def _product_rows(self) -> list[Any]:
        """The catalog rows of the selected products (the search results' too)."""
        from app.ui.catalog.columns import KIND_ROLE, OBJECT_ROLE

        view = getattr(self.window, "catalog", None)
        if view is None:
            return []
        rows = []
        for index in view.current_view().selectionModel().selectedRows():
            if index.data(KIND_ROLE) == "product":
                rows.append(index.data(OBJECT_ROLE))
        return [r for r in rows if r is not None]

    def _selected(self, kind: str, local_id: str) -> None:
        if kind != "product" or self.session is None:
            return
        row = self.session.store.catalog.product_row(local_id)
        self.playlists.set_product(row.server_id, row.name, load=False)  # the panel's read fills both
        self.panel.set_product(row.server_id, row.name)
        if row.server_id:  # offline, the artists and their places come from the cache
            self._load_artists(str(row.server_id))

    def _load_artists(self, product_id: str) -> None:
        live = self.controller.live
        if live is None:
            return

        def done(result: Any, error: BaseException | None) -> None:
            if error is None:
                self.artist.set_artists(result)

        self.controller.runner.run_task(lambda: live.artists_of(product_id), done)

    # ---- badges

    def refresh_badges(self) -> None:
        if self.session is None:
            return
        db = self.session.store.db

        def active_products() -> list[str]:
            return [str(r[0]) for r in db.read(
                "SELECT server_id FROM objects WHERE kind = 'product' AND server_id IS NOT NULL "
                "AND status = 'active'")]

        self.controller.load_badges(active_products)

    def _badges(self, badges: dict[str, tuple[int, int]]) -> None:
        catalog = self.catalog
        if catalog is not None and hasattr(catalog, "model"):
            catalog.model.set_live_badges(badges)
            view = getattr(self.window, "catalog", None)
            if view is not None:
                view.current_view().viewport().update()

    # ---- bulk and problems

    def bulk(self, tag: str = "") -> None:
        from app.ui.live.bulk_dialog import BulkDialog

        ids = [str(r.server_id) for r in self._product_rows() if getattr(r, "server_id", None)]
        dialog = BulkDialog(self.controller, ids, [], self.window, tag=tag)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]

    def show_problems(self) -> None:
        self.tabs.setCurrentWidget(self.problems)
        dock = self.tabs.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.show()
            dock.raise_()
        self.controller.load_problems()


def install_live(window: QMainWindow, runner: Runner) -> LiveArea:
    """Add the Live dock (right side) and the Live menu to ``window``."""
    from app.ui.live.controller import LiveController
    from app.ui.live.views import ArtistLiveView, LiveOnPanel, PlaylistsView, ProblemsView

    controller = LiveController(runner, window)
    tabs = QTabWidget()
    tabs.setObjectName("liveTabs")
    tabs.setWindowTitle(tr("Live"))
    panel = LiveOnPanel(controller, tabs)
    playlists = PlaylistsView(controller, tabs)
    artist = ArtistLiveView(controller, tabs)
    problems = ProblemsView(controller, tabs)
    tabs.addTab(panel, panel.windowTitle())
    tabs.addTab(playlists, playlists.windowTitle())
    tabs.addTab(artist, artist.windowTitle())
    tabs.addTab(problems, problems.windowTitle())
    bottom_dock(window, tabs, tr("Live"), "dock_liveTabs")
    return LiveArea(window, controller, tabs, panel, artist, problems, playlists)
