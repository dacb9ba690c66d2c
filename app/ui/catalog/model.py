"""The catalog tree: company → labels → products → tracks, paged from the local store.

A hand-written ``QAbstractItemModel`` (STYLE.md pattern 4). Children are fetched lazily through
``canFetchMore``/``fetchMore``: each fetch runs on the task runner, at most one in flight per parent,
and lands with ``beginInsertRows``. Store changes (the store's plain listener, bounced to the GUI
thread by :class:`StoreBridge`) re-read only the rows they name and emit a narrow ``dataChanged``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from app.ui.common.i18n import QT_TRANSLATE_NOOP
from app.ui.common.table_model import header_text

COL_TITLE, COL_ARTIST, COL_CODE, COL_STATUS, COL_SYNC = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("CatalogModel", "Title"),
    QT_TRANSLATE_NOOP("CatalogModel", "Artist"),
    QT_TRANSLATE_NOOP("CatalogModel", "UPC / ISRC"),
    QT_TRANSLATE_NOOP("CatalogModel", "Status"),
    QT_TRANSLATE_NOOP("CatalogModel", "Sync"),
)

if TYPE_CHECKING:
    from app.store.rows import LabelRow, ProductRow, TrackRow
    from app.store.store import Store
    from app.workers.runner import Runner


OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
LOCAL_ID_ROLE = Qt.ItemDataRole.UserRole + 4

PAGE_SIZE = 200

STATUS_TEXT = {
    "draft": QT_TRANSLATE_NOOP("CatalogModel", "draft"),
    "active": QT_TRANSLATE_NOOP("CatalogModel", "active"),
    "archived": QT_TRANSLATE_NOOP("CatalogModel", "archived"),
}
SYNC_TEXT = {
    "synced": QT_TRANSLATE_NOOP("CatalogModel", "synced"),
    "local": QT_TRANSLATE_NOOP("CatalogModel", "not sent yet"),
    "pending": QT_TRANSLATE_NOOP("CatalogModel", "pending sync"),
    "syncing": QT_TRANSLATE_NOOP("CatalogModel", "syncing…"),
    "rejected": QT_TRANSLATE_NOOP("CatalogModel", "rejected"),
    "conflict": QT_TRANSLATE_NOOP("CatalogModel", "conflict"),
}
SYNC_COLOUR = {
    "synced": QColor("#3c9a5f"),
    "local": QColor("#8a8f98"),
    "pending": QColor("#d19a1e"),
    "syncing": QColor("#2f7fd1"),
    "rejected": QColor("#c8423b"),
    "conflict": QColor("#a347ba"),
}
STATUS_COLOUR = {
    "draft": QColor("#8a8f98"),
    "active": QColor("#3c9a5f"),
    "archived": QColor("#5f646c"),
}


_NO_INDEX = QModelIndex()  # the default parent: one shared invalid index
translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


_DOTS: dict[str, QIcon] = {}


def sync_dot(state: str) -> QIcon | None:
    """A small coloured dot for a sync state (made once per state, on the GUI thread)."""
    colour = SYNC_COLOUR.get(state)
    if colour is None:
        return None
    icon = _DOTS.get(state)
    if icon is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colour.darker(120))
        painter.setBrush(colour)
        painter.drawEllipse(2, 2, 8, 8)
        painter.end()
        icon = _DOTS[state] = QIcon(pixmap)
    return icon


def row_value(row: object, *names: str, default: Any = None) -> Any:
    """The first of ``names`` the row has (store rows and domain objects spell some fields apart)."""
    for name in names:
        value = getattr(row, name, None)
        if value is not None:
            return value
    return default


def artists_text(row: object) -> str:
    value = row_value(row, "artists", "artist", default="")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value if v)
    return str(value)


_FLAGS_ROOT = Qt.ItemFlag.ItemIsDropEnabled
_FLAGS_ITEM = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS_DROP = _FLAGS_ITEM | Qt.ItemFlag.ItemIsDropEnabled
_DISPLAY = Qt.ItemDataRole.DisplayRole
_COLUMNS = len(HEADERS)
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.AccessibleTextRole,
        OBJECT_ROLE,
        SORT_ROLE,
        KIND_ROLE,
        LOCAL_ID_ROLE,
    }
)


_SYNCED = frozenset({"product", "track", "label_profile"})  # kinds with a sync state badge
_BOLD = frozenset({"company", "label", "lp_connection"})


class Node:
    """One item of the tree; the root is invisible and holds the company node."""

    __slots__ = (
        "kind",
        "row",
        "parent",
        "children",
        "complete",
        "fetching",
        "local_id",
        "pos",
        "texts",
        "count",
    )

    def __init__(self, kind: str, row: Any, parent: Node | None, pos: int = 0) -> None:
        # "root" | "company" | "label" | "product" | "track"; a label-profile connection's node
        # ("lp_connection", its local id the connection's name) and its "label_profile" children
        self.kind = kind
        self.row = row
        self.parent = parent
        self.children: list[Node] = []
        self.complete = kind in ("track", "lp_connection", "label_profile")  # pushed in, never fetched
        self.fetching = False
        self.local_id: str | None = None if row is None else row_value(row, "local_id")
        self.pos = pos  # the row in the parent, kept up to date: list.index() is O(n) at 50k rows
        self.texts: list[str | None] | None = None  # display text per column, made on first paint
        self.count = self._count()

    def _count(self) -> int | None:
        """How many children the store said this node has (None when unknown)."""
        name = {"label": "product_count", "product": "track_count"}.get(self.kind)
        value = None if name is None else row_value(self.row, name)
        return None if value is None else int(value)

    def row_in_parent(self) -> int:
        return self.pos

    def may_have_children(self) -> bool:
        if self.complete:
            return bool(self.children)
        count = self.count
        return count is None or count > 0


class CatalogSource:
    """What the tree reads, as plain calls on the store (run on a worker thread)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def labels(self) -> list[LabelRow]:
        return list(self.store.labels())

    def products(self, label_local_id: str, offset: int, limit: int) -> list[ProductRow]:
        return list(self.store.products(label_local_id, offset=offset, limit=limit))

    def tracks(self, product_local_id: str) -> list[TrackRow]:
        return list(self.store.tracks(product_local_id))


class CatalogModel(QAbstractItemModel):
    """company → labels → products → tracks with lazy paging through the runner."""

    fetch_failed = Signal(str)
    loaded = Signal(object)  # the parent index's node after a page landed (tests, benchmarks)

    def __init__(
        self,
        source: CatalogSource,
        runner: Runner,
        *,
        company_name: str = "",
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._runner = runner
        self._page_size = page_size
        self._root = Node("root", None, None)
        self._company = Node("company", None, self._root)
        self._company_name = company_name
        self._root.children.append(self._company)
        self._root.complete = True
        self._by_id: dict[tuple[str, str], Node] = {}
        self._generation = 0

    # -- structure -----------------------------------------------------------------------------
    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row_in_parent(), column, node)

    # index(), hasChildren() and flags() run for every row each time QTreeView lays the tree out
    # (after every page), so they are written for speed: no helper calls, no enum arithmetic.
    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX
    ) -> QModelIndex:
        if parent.isValid():
            if parent.column():
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self._root.children
        if 0 <= row < len(children) and 0 <= column < _COLUMNS:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self.node(index)
        parent = node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row_in_parent(), 0, parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> int:
        return len(HEADERS)

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> bool:
        if not parent.isValid():
            return True
        if parent.column():
            return False
        node = parent.internalPointer()
        return True if node.children else node.may_have_children()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _FLAGS_DROP if index.isValid() else _FLAGS_ROOT  # drops on the company mean "catalog"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text("CatalogModel", HEADERS, section, orientation, role)

    # -- data ------------------------------------------------------------------------------------
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in _ROLES or not index.isValid():
            return None  # most roles a view asks for (size hints, check state...) are not ours
        node = index.internalPointer()
        col = index.column()
        if role == _DISPLAY:
            texts = node.texts
            if texts is None:
                texts = node.texts = [self._display(node, c) for c in range(len(HEADERS))]
            return texts[col]
        if role == OBJECT_ROLE:
            return node.row
        if role == KIND_ROLE:
            return node.kind
        if role == LOCAL_ID_ROLE:
            return node.local_id
        if role == Qt.ItemDataRole.ToolTipRole and node.kind == "lp_connection":
            return translate("CatalogModel", "Label profiles from the label-profile service “%1”").replace(
                "%1", str(node.local_id))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(node, col, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == SORT_ROLE:
            if node.kind == "track" and col == COL_TITLE:
                return int(row_value(node.row, "track_number", default=0) or 0)
            return self._display(node, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_SYNC and node.kind in _SYNCED:
                return SYNC_COLOUR.get(str(row_value(node.row, "sync_state", default="")))
            if col == COL_STATUS and node.kind == "product":
                return STATUS_COLOUR.get(str(row_value(node.row, "status", default="")))
        if role == Qt.ItemDataRole.DecorationRole and col == COL_SYNC and node.kind in _SYNCED:
            return sync_dot(str(row_value(node.row, "sync_state", default="")))
        if role == Qt.ItemDataRole.FontRole and node.kind in _BOLD and col == COL_TITLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(node, col)
        return None

    def _display(self, node: Node, col: int, *, tooltip: bool = False) -> str | None:
        row = node.row
        if node.kind == "company":
            if col == COL_TITLE:
                return self._company_name or translate("CatalogModel", "My catalog")
            return None
        if node.kind == "label":
            if col == COL_TITLE:
                return str(row_value(row, "name", default="") or translate("CatalogModel", "(unnamed label)"))
            if col == COL_ARTIST:
                count = row_value(row, "product_count")
                if count is None:
                    return None
                return QCoreApplication.translate("CatalogModel", "%n product(s)", None, int(count))
            return None
        if node.kind == "product":
            if col == COL_TITLE:
                return str(
                    row_value(row, "name", default="") or translate("CatalogModel", "(untitled product)")
                )
            if col == COL_ARTIST:
                return artists_text(row)
            if col == COL_CODE:
                return str(row_value(row, "upc", "upc_code", default="") or "")
            if col == COL_STATUS:
                status = str(row_value(row, "status", default="") or "")
                delivery = row_value(row, "delivery_state")
                text = translate("CatalogModel", STATUS_TEXT.get(status, status))
                return f"{text} · {delivery}" if delivery else text
            if col == COL_SYNC:
                return self._sync_text(row, tooltip)
        if node.kind == "lp_connection":
            if col == COL_TITLE:
                return str(node.local_id)  # the connection's name; the next column says what it holds
            if col == COL_ARTIST:
                return QCoreApplication.translate("CatalogModel", "%n label profile(s)", None,
                                                  len(node.children))
            return None
        if node.kind == "label_profile":
            if col == COL_TITLE:
                return str(row_value(row, "name", default="") or translate("CatalogModel", "(unnamed label)"))
            if col == COL_ARTIST:
                return str(row_value(row, "email", default="") or "")
            if col == COL_CODE:
                return str(row_value(row, "country", default="") or "")
            if col == COL_SYNC:
                return self._sync_text(row, tooltip)
            return None
        if node.kind == "track":
            if col == COL_TITLE:
                number = row_value(row, "track_number")
                title = str(
                    row_value(row, "title", "name", default="")
                    or translate("CatalogModel", "(untitled track)")
                )
                return f"{number}. {title}" if number else title
            if col == COL_ARTIST:
                return artists_text(row)
            if col == COL_CODE:
                return str(row_value(row, "isrc", "isrc_code", default="") or "")
            if col == COL_SYNC:
                return self._sync_text(row, tooltip)
        return None

    @staticmethod
    def _sync_text(row: Any, tooltip: bool) -> str:
        state = str(row_value(row, "sync_state", default="") or "")
        return translate("CatalogModel", SYNC_TEXT.get(state, state))

    # -- lazy loading -----------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self.node(parent)
        if node is self._root:
            return False
        return not node.complete and not node.fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        node = self.node(parent)
        if node is not self._root:
            self._fetch(node)

    def _fetch(self, node: Node) -> None:
        if node.complete or node.fetching:
            return
        node.fetching = True
        generation = self._generation
        offset = len(node.children)
        source = self._source
        # Each page makes QTreeView lay out every loaded row again, so pages grow with what is
        # loaded (200, 200, 200, 300, 450...): fewer re-layouts when someone scrolls far down.
        page_size = min(max(self._page_size, offset // 2), 4 * self._page_size) if offset else self._page_size
        if node.kind == "company":

            def work() -> list[Any]:
                return source.labels()

            child_kind = "label"
        elif node.kind == "label":
            label_id = str(node.local_id)

            def work() -> list[Any]:
                return source.products(label_id, offset, page_size)

            child_kind = "product"
        else:
            product_id = str(node.local_id)

            def work() -> list[Any]:
                return source.tracks(product_id)

            child_kind = "track"

        def done(rows: list[Any] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return  # the model was reset while this page was loading
            node.fetching = False
            if error is not None:
                node.complete = True
                self.fetch_failed.emit(str(error))
                return
            rows = rows or []
            if node.kind != "label" or len(rows) < page_size:
                node.complete = True
            self._append(node, child_kind, rows)
            self.loaded.emit(node)

        self._runner.run_task(work, done)

    def _append(self, node: Node, kind: str, rows: Sequence[Any]) -> None:
        fresh = [r for r in rows if (kind, str(row_value(r, "local_id"))) not in self._by_id]
        if not fresh:
            if node.complete and not node.children:
                index = self.index_of(node)
                self.dataChanged.emit(index, index)
            return
        first = len(node.children)
        self.beginInsertRows(self.index_of(node), first, first + len(fresh) - 1)
        for row in fresh:
            child = Node(kind, row, node, len(node.children))
            node.children.append(child)
            if child.local_id is not None:
                self._by_id[(kind, child.local_id)] = child
        self.endInsertRows()

    # -- updates ---------------------------------------------------------------------------------
    def company_index(self) -> QModelIndex:
        return self.index_of(self._company)

    def set_company_name(self, name: str) -> None:
        self._company_name = name
        self._company.texts = None
        index = self.company_index()
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def find(self, kind: str, local_id: str) -> QModelIndex:
        node = self._by_id.get((kind, local_id))
        return QModelIndex() if node is None else self.index_of(node)

    def reload(self) -> None:
        """Forget everything and load again from the store (after a catalog refresh)."""
        self.beginResetModel()
        self._generation += 1
        for child in self._company.children:
            self._forget(child)
        self._company.children.clear()
        self._company.complete = False
        self._company.fetching = False
        self.endResetModel()
        self._fetch(self._company)

    def update_rows(self, kind: str, rows: Iterable[Any]) -> None:
        """Replace the data of loaded rows and repaint just those rows."""
        for row in rows:
            node = self._by_id.get((kind, str(row_value(row, "local_id"))))
            if node is None:
                continue
            node.row = row
            node.texts = None
            node.count = node._count()
            left = self.index_of(node, 0)
            right = self.index_of(node, len(HEADERS) - 1)
            self.dataChanged.emit(left, right)

    _CHILD_KIND = {
        "company": "label", "label": "product", "product": "track", "lp_connection": "label_profile",
    }

    # -- label-profile connections (issue 9): top-level nodes after the company, rows pushed in ------
    def set_profile_connections(self, names: Sequence[str]) -> None:
        """One top-level node per label-profile connection, in the order given, after the company."""
        root = self._root
        for position in range(len(root.children) - 1, 0, -1):
            node = root.children[position]
            if node.local_id not in names:
                self.beginRemoveRows(QModelIndex(), position, position)
                self._forget(node)
                root.children.pop(position)
                for later in root.children[position:]:
                    later.pos -= 1
                self.endRemoveRows()
        have = {c.local_id for c in root.children[1:]}
        fresh = [n for n in names if n not in have]
        if fresh:
            first = len(root.children)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for name in fresh:
                node = Node("lp_connection", None, root, len(root.children))
                node.local_id = name
                root.children.append(node)
                self._by_id[("lp_connection", name)] = node
            self.endInsertRows()

    def set_profiles(self, connection: str, rows: Sequence[Any]) -> None:
        """Bring a connection's label profiles in line with ``rows``: update, drop, append (never
        reorder, so a rename keeps the selection and the editor where they are)."""
        self.merge_children("lp_connection", connection, rows)
        node = self._by_id.get(("lp_connection", connection))
        if node is not None:
            node.texts = None
            index = self.index_of(node, COL_ARTIST)
            self.dataChanged.emit(index, index)

    def connection_of(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """The label-profile connection an index belongs to (its own node or its parent's)."""
        if not index.isValid():
            return None
        node = self.node(index)
        if node.kind == "label_profile" and node.parent is not None:
            node = node.parent
        return node.local_id if node.kind == "lp_connection" else None

    def _parent_node(self, kind: str, local_id: str) -> Node | None:
        return self._company if kind == "company" else self._by_id.get((kind, local_id))

    def insert_child(self, parent_kind: str, parent_id: str, row: Any) -> None:
        """A new object under a parent whose children are (partly) loaded: show it at once."""
        node = self._parent_node(parent_kind, parent_id)
        if node is None or (not node.children and not node.complete):
            if node is not None:
                index = self.index_of(node)
                self.dataChanged.emit(index, index)  # it may now have children to expand
            return
        self._append(node, self._CHILD_KIND[parent_kind], [row])

    def merge_children(self, parent_kind: str, parent_id: str, rows: Sequence[Any]) -> None:
        """Bring a loaded parent's children in line with ``rows`` (the complete, ordered list)."""
        node = self._parent_node(parent_kind, parent_id)
        if node is None or (not node.complete and not node.children) or node.fetching:
            return
        kind = self._CHILD_KIND[parent_kind]
        wanted = [str(row_value(r, "local_id")) for r in rows]
        have = [c.local_id for c in node.children]
        reordered = [h for h in have if h in wanted] != [w for w in wanted if w in have]
        if reordered and parent_kind not in ("label", "lp_connection"):
            self.refresh_children(parent_kind, parent_id)  # reordered (renumbered tracks): reload
            return
        by_id = {str(row_value(r, "local_id")): r for r in rows}
        if parent_kind != "label":  # a label's products are paged: never drop unseen ones
            for position in range(len(node.children) - 1, -1, -1):
                child = node.children[position]
                if child.local_id not in by_id:
                    self.beginRemoveRows(self.index_of(node), position, position)
                    self._forget(child)
                    node.children.pop(position)
                    for later in node.children[position:]:
                        later.pos -= 1
                    self.endRemoveRows()
        self.update_rows(kind, [r for lid, r in by_id.items() if (kind, lid) in self._by_id])
        fresh = [r for lid, r in by_id.items() if (kind, lid) not in self._by_id]
        if fresh and (node.complete or parent_kind == "company"):
            self._append(node, kind, fresh)

    def remove(self, kind: str, local_id: str) -> None:
        """Take an item (and what hangs under it) out of the tree: a draft that was deleted."""
        node = self._by_id.get((kind, local_id))
        if node is None or node.parent is None:
            return
        parent = node.parent
        position = node.pos
        self.beginRemoveRows(self.index_of(parent), position, position)
        self._forget(node)
        parent.children.pop(position)
        for later in parent.children[position:]:
            later.pos -= 1
        self.endRemoveRows()

    def refresh_children(self, kind: str, local_id: str) -> None:
        """Reload a loaded parent's children (a track was added, products were imported)."""
        node = self._company if kind == "company" else self._by_id.get((kind, local_id))
        if node is None or node.fetching:
            return
        if node.children:
            index = self.index_of(node)
            self.beginRemoveRows(index, 0, len(node.children) - 1)
            for child in node.children:
                self._forget(child)
            node.children.clear()
            self.endRemoveRows()
        node.complete = False
        self._fetch(node)

    def _forget(self, node: Node) -> None:
        for child in node.children:
            self._forget(child)
        if node.local_id is not None:
            self._by_id.pop((node.kind, node.local_id), None)

    def loaded_ids(self, kind: str) -> list[str]:
        return [lid for (k, lid) in self._by_id if k == kind]

class StoreBridge(QObject):
    """Turns the store's plain listener calls (any thread) into a queued Qt signal."""

    changed = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def __call__(self, kind: str, local_ids: list[str]) -> None:
        self.changed.emit(str(kind), list(local_ids) if local_ids is not None else [])
