"""The catalog panel's controller: tree paging, search as you type, store changes, selection.

Search runs in the store (SQL full-text) on the task runner for every keystroke; answers that arrive
after a newer keystroke are dropped, so the list never flickers back to an older query. Store
changes arrive from any thread through :class:`StoreBridge`, are batched for a moment (a catalog
refresh touches thousands of rows) and re-read only the rows that are loaded.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, QObject, QTimer, Signal, Slot

from app.domain.messages import msg
from app.platform.messages import render, render_error
from app.ui.catalog.columns import KIND_ROLE, LOCAL_ID_ROLE, OBJECT_ROLE
from app.ui.catalog.model import CatalogModel, CatalogSource, StoreBridge, row_value
from app.ui.catalog.panel import CatalogPanel
from app.ui.catalog.search_model import SearchResultsModel
from app.workers.runner import Runner

if TYPE_CHECKING:
    from app.store.catalog import CatalogCache
    from app.store.database import Database


SEARCH_LIMIT = 200
_BATCH_MS = 80


translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class CatalogController(QObject):
    selected = Signal(str, str)  # kind, local id ("" when nothing)
    files_dropped = Signal(object, str, object)  # paths, target kind, local id
    search_done = Signal(str, int, float)  # query, rows, seconds (benchmarks, tests)
    message = Signal(str)

    def __init__(
        self,
        catalog: CatalogCache,
        db: Database,
        runner: Runner,
        panel: CatalogPanel,
        *,
        company_name: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.db = db  # its listeners tell the tree what changed
        self.runner = runner
        self.panel = panel
        self.model = CatalogModel(CatalogSource(catalog), runner, company_name=company_name, parent=self)
        self.results = SearchResultsModel(self)
        panel.tree.setModel(self.model)
        panel.results.setModel(self.results)
        panel.size_columns()
        panel.results.ensurePolished()  # the first keystroke should not pay for styling the list
        self.model.fetch_failed.connect(self.message)
        self.model.loaded.connect(self._on_loaded)
        panel.search.textChanged.connect(self.search)
        panel.tree.selectionModel().selectionChanged.connect(self._on_tree_selection)
        panel.results.selectionModel().selectionChanged.connect(self._on_results_selection)
        panel.tree.files_dropped.connect(self.files_dropped)
        panel.results.files_dropped.connect(self.files_dropped)
        self._search_generation = 0
        self.bridge = StoreBridge(self)
        self.bridge.changed.connect(self._on_store_changed)
        self._changed: dict[str, set[str]] = {}
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(_BATCH_MS)
        self._batch.timeout.connect(self._apply_changes)
        db.add_listener(self.bridge)
        self._expanded_company = False

    def close(self) -> None:
        self.db.remove_listener(self.bridge)
        self._batch.stop()
        panel = self.panel
        for signal, slot in ((panel.search.textChanged, self.search),
                             (panel.tree.files_dropped, self.files_dropped),
                             (panel.results.files_dropped, self.files_dropped)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

    def start(self) -> None:
        """Load the labels and open the company node (the window is already shown)."""
        self.model.fetchMore(self.model.company_index())
        self.panel.tree.expand(self.model.company_index())

    @Slot(object)
    def _on_loaded(self, node: Any) -> None:
        if node.kind == "company" and not self._expanded_company:
            self._expanded_company = True
            self.panel.tree.expand(self.model.company_index())
            if len(node.children) == 1:  # one label: show its products straight away
                self.panel.tree.expand(self.model.index_of(node.children[0]))

    def set_company_name(self, name: str) -> None:
        self.model.set_company_name(name)

    def reload(self) -> None:
        self._expanded_company = False
        self.model.reload()

    # -- selection ---------------------------------------------------------------------------------
    def current(self) -> tuple[str, str | None]:
        view = self.panel.current_view()
        index = view.currentIndex()
        if not index.isValid():
            return "", None
        return str(index.data(KIND_ROLE) or ""), index.data(LOCAL_ID_ROLE)

    def current_row(self) -> Any:
        index = self.panel.current_view().currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def _emit_selected(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.selected.emit("", "")
            return
        self.selected.emit(str(index.data(KIND_ROLE) or ""), str(index.data(LOCAL_ID_ROLE) or ""))

    @Slot(QItemSelection, QItemSelection)
    def _on_tree_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._emit_selected(self.panel.tree.currentIndex())

    @Slot(QItemSelection, QItemSelection)
    def _on_results_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._emit_selected(self.panel.results.currentIndex())

    def select(self, kind: str, local_id: str) -> bool:
        """Select a loaded item in the tree (after creating it)."""
        index = self.model.find(kind, local_id)
        if not index.isValid():
            return False
        self.panel.search.clear()
        self.panel.tree.setCurrentIndex(index)
        self.panel.tree.scrollTo(index)
        return True

    # -- search ------------------------------------------------------------------------------------
    @Slot(str)
    def search(self, text: str) -> None:
        query = text.strip()
        self._search_generation += 1
        generation = self._search_generation
        if not query:
            self.results.set_results("", [])
            self.panel.show_results(False)
            return
        catalog = self.catalog
        started = time.perf_counter()

        def work() -> list[Any]:
            return list(catalog.search_products(query, limit=SEARCH_LIMIT))

        def done(rows: list[Any] | None, error: BaseException | None) -> None:
            if generation != self._search_generation:
                return  # a newer keystroke already asked
            if error is not None:
                self.message.emit(render_error(error))
                rows = []
            rows = rows or []
            self.results.set_results(query, rows)
            self.panel.show_results(True)
            if len(rows) >= SEARCH_LIMIT:
                text = translate("Catalog", "First %1 matches; type more to narrow down.").replace(
                    "%1", str(len(rows))
                )
            elif rows:
                text = render(msg("count.products_found", n=len(rows)))
            else:
                text = translate("Catalog", "No product matches “%1”.").replace("%1", query)
            self.panel.result_count.setText(text)
            self.search_done.emit(query, len(rows), time.perf_counter() - started)

        self.runner.run_task(work, done)

    # -- store changes -------------------------------------------------------------------------------
    @Slot(str, object)
    def _on_store_changed(self, kind: str, local_ids: list[str]) -> None:
        if kind not in ("label", "product", "track", "record"):
            return
        self._changed.setdefault(kind, set()).update(local_ids)
        if not self._batch.isActive():
            self._batch.start()

    def flush_changes(self) -> None:
        """Apply batched store changes now (tests)."""
        self._batch.stop()
        self._apply_changes()

    @Slot()
    def _apply_changes(self) -> None:
        changed, self._changed = self._changed, {}
        catalog = self.catalog
        model = self.model
        loaded_products = set(model.loaded_ids("product"))
        product_ids = changed.get("product", set())
        known = sorted(product_ids & loaded_products)
        new = sorted(product_ids - loaded_products)[:200]
        track_ids = changed.get("track", set()) | changed.get("record", set())
        labels_changed = bool(changed.get("label")) or bool(new)
        loaded_tracks = set(model.loaded_ids("track"))

        # Runs on a worker thread: it reads the store and the sets taken above, never the model.
        def work() -> dict[str, Any]:
            out: dict[str, Any] = {"products": [], "new": [], "tracks": {}, "labels": None}
            for local_id in known + new:
                if not catalog.exists(local_id):
                    continue
                row = catalog.product_row(local_id)
                out["products" if local_id in loaded_products else "new"].append(row)
            parents: set[str] = set()
            for local_id in track_ids:
                if not catalog.exists(local_id):
                    continue
                track = local_id if local_id.startswith("track:") else catalog.parent_of(local_id)
                if track is None:
                    continue
                parent = catalog.parent_of(track)
                if parent is not None and (track in loaded_tracks or parent in loaded_products):
                    parents.add(parent)
            for parent in parents:
                out["tracks"][parent] = list(catalog.tracks(parent))
            if labels_changed:
                out["labels"] = list(catalog.labels())
            return out

        def done(result: dict[str, Any] | None, error: BaseException | None) -> None:
            if error is not None or result is None:
                self.message.emit(render_error(error))
                return
            model.update_rows("product", result["products"])
            if result["labels"] is not None:
                model.merge_children("company", "", result["labels"])
            for row in result["new"]:
                label = row_value(row, "label_local_id")
                if label:
                    model.insert_child("label", label, row)
            for parent, rows in result["tracks"].items():
                model.merge_children("product", parent, rows)

        self.runner.run_task(work, done)
