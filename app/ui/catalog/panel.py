"""The catalog panel: a search box over the tree of the catalog (or the search results).

Files dragged from the desktop are reported with what they landed on: ``files_dropped(paths, kind,
local_id)`` where kind is "catalog" for empty space, else the item's kind ("label", "product",
"track"). What that means is decided in the controller (``controllers/drops.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.ui.catalog.columns import (
    COL_ARTIST,
    COL_CODE,
    COL_STATUS,
    COL_SYNC,
    COL_TITLE,
    KIND_ROLE,
    LOCAL_ID_ROLE,
)
from app.ui.common.drops import paths_from_mime


class DropTreeView(QTreeView):
    files_dropped = Signal(object, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setUniformRowHeights(True)  # keeps 50k rows cheap to lay out
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def target_at(self, index: QModelIndex) -> tuple[str, str | None]:
        if not index.isValid():
            return "catalog", None
        kind = index.data(KIND_ROLE) or "catalog"
        if kind == "company":
            return "catalog", None
        return str(kind), index.data(LOCAL_ID_ROLE)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if paths_from_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not paths_from_mime(event.mimeData()):
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self.setCurrentIndex(index)  # shows where the files will land
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = paths_from_mime(event.mimeData())
        if not paths:
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        kind, local_id = self.target_at(index)
        event.acceptProposedAction()
        self.files_dropped.emit(paths, kind, local_id)


class CatalogPanel(QWidget):
    """Search field, then either the catalog tree or the flat search results."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogPanel")
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search title, artist, UPC, ISRC or tag:NAME"))
        self.search.setAccessibleName(self.tr("Search the catalog"))
        # The clear button shows only once there is text; its icon costs ~5 ms to load, so it is
        # switched on with the first keystroke rather than before the window's first paint.
        self.search.textChanged.connect(self._enable_clear_button)
        self.tree = DropTreeView(self)
        self.tree.setObjectName("catalogTree")
        self.tree.setAccessibleName(self.tr("Catalog"))
        self.results = DropTreeView(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setRootIsDecorated(False)
        self.results.setSortingEnabled(False)
        self.result_count = QLabel(self)
        self.result_count.setObjectName("resultCount")
        self.result_count.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.result_count.setStyleSheet("color: palette(mid);")
        self.result_count.hide()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.result_count)
        layout.addWidget(self.stack, 1)
        escape = QShortcut(QKeySequence("Esc"), self.search)  # Qt.Key would build a 500-member enum
        escape.activated.connect(self.search.clear)

    def _enable_clear_button(self, _text: str = "") -> None:
        self.search.textChanged.disconnect(self._enable_clear_button)
        self.search.setClearButtonEnabled(True)

    def show_results(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.results if on else self.tree)
        self.result_count.setVisible(on)

    def current_view(self) -> DropTreeView:
        widget = self.stack.currentWidget()
        assert isinstance(widget, DropTreeView)
        return widget

    def size_columns(self) -> None:
        for view in (self.tree, self.results):
            header = view.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(COL_ARTIST, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(COL_ARTIST, 100)
            header.resizeSection(COL_CODE, 112)
            header.resizeSection(COL_STATUS, 62)
            header.resizeSection(COL_SYNC, 112)  # “pending sync” and its dot, whole
