"""The entry point the main window's controller calls to add credits, label codes and the catalog
sheet to a session's editors:

    area = install_credits(window, runner, store, editors, track_editor, label_editor)
    area.close()        # before the session's editors are taken down

It adds the Credits tab to the track editor, the label's code ranges to the label editor, and a
Credits menu (assign the next ISRC or UPC, split sheets, export and import the catalog sheet).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.services.credits import CodesService, CreditsService
from app.services.sheet import SheetService
from app.ui.credits.controller import CreditsController
from app.ui.credits.panel import CreditsPanel, LabelCodesBox
from app.ui.sheet.controller import SheetController

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.store.catalog_store import CatalogStore
    from app.ui.editors.controller import EditorController
    from app.ui.editors.views import LabelEditor, TrackEditor
    from app.workers.runner import Runner


def tr(text: str) -> str:
    return QCoreApplication.translate("CreditsArea", text)


class CreditsArea(QObject):
    def __init__(self, window: QMainWindow, store: CatalogStore, editors: EditorController,
                 credits: CreditsController, sheet: SheetController) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.editors = editors
        self.credits = credits
        self.sheet = sheet
        menu = window.menuBar().addMenu(tr("C&redits"))
        menu.setObjectName("creditsMenu")
        self.menu = menu
        self.act_isrc = self._action(tr("Assign Next &ISRC"), "assignNextIsrc", credits.assign_isrc)
        self.act_upc = self._action(tr("Assign Next &UPC"), "assignNextUpc", self._assign_upc)
        self.act_split = self._action(tr("Export &Split Sheet…"), "exportSplitSheet", self._split_sheet)
        menu.addSeparator()
        self.act_export = self._action(tr("&Export Catalog Sheet…"), "exportCatalogSheet",
                                       lambda: sheet.export(self._label()))
        self.act_import = self._action(tr("&Import Catalog Sheet…"), "importCatalogSheet", sheet.import_)
        editors.shown.connect(credits.show)
        credits.message.connect(self._status)
        sheet.message.connect(self._status)
        credits.saved.connect(self._reload)
        sheet.applied.connect(editors.reload_current)

    def _action(self, text: str, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _current(self) -> tuple[str, str] | None:
        current = self.editors.current
        return None if current is None else (current.kind, current.local_id)

    def _product(self) -> str | None:
        current = self._current()
        if current is None:
            return None
        kind, local_id = current
        if kind == "product":
            return local_id
        if kind == "track":
            return self.store.catalog.parent_of(local_id)
        return None

    def _label(self) -> str | None:
        current = self._current()
        if current is not None and current[0] == "label":
            return current[1]
        product = self._product()
        return self.store.catalog.parent_of(product) if product else None

    def _assign_upc(self) -> None:
        product = self._product()
        if product is None:
            self._status(tr("Select a product first."))
            return
        self.credits.assign_upc(product)

    def _split_sheet(self) -> None:
        current = self._current()
        if current is None or current[0] not in ("product", "track"):
            self._status(tr("Select a product or a track first."))
            return
        self.credits.export_split_sheet(current[1], self.window)

    def _reload(self, local_id: str) -> None:
        current = self._current()
        if current is not None and current[1] == local_id:
            self.editors.reload_current()

    def close(self) -> None:
        self.menu.deleteLater()
        self.deleteLater()


def install_credits(window: QMainWindow, runner: Runner, store: CatalogStore, editors: EditorController,
                    track_editor: TrackEditor, label_editor: LabelEditor | None) -> CreditsArea:
    panel = CreditsPanel(track_editor)
    track_editor.add_tab(panel, tr("Credits"))
    box: LabelCodesBox | None = None
    if label_editor is not None:
        box = LabelCodesBox(label_editor)
        label_editor.side_layout.insertWidget(label_editor.side_layout.count() - 1, box)
    credit_service = CreditsService(store.catalog, store.drafts, store.credits)
    codes = CodesService(store.catalog, store.drafts, store.credits)
    controller = CreditsController(credit_service, codes, runner, panel, box)
    controller.push_done = editors.push_done  # a credits save is one step on the editors' undo stack
    tabs = track_editor.tabs
    if tabs is not None:  # the Details tab may have changed the roles: show them fresh
        def on_tab(index: int) -> None:
            if tabs.widget(index) is panel:
                controller.reload()

        tabs.currentChanged.connect(on_tab)
    sheet = SheetController(SheetService(store.catalog, store.drafts, store.credits), runner, window)
    area = CreditsArea(window, store, editors, controller, sheet)
    controller.setParent(area)
    sheet.setParent(area)
    return area
