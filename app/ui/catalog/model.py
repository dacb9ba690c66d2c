"""The catalog tree: company → labels → products → tracks, paged from the local store.

A hand-written model (docs/ARCHITECTURE.md#item-models) over a data-less ``QStandardItemModel``
that only holds the tree's shape, so QTreeView's per-row layout calls stay in C++
(``docs/CATALOG-SCROLL.md``). A label's product rows and a product's track rows exist as soon as
their counts are known; their data arrives in pages on the task runner for the rows being painted
and lands with a narrow ``dataChanged``. Store changes (the store's plain listener, bounced to the
GUI thread by :class:`StoreBridge`) re-read only the rows they name and emit a narrow ``dataChanged``.
Every read goes through :class:`ModelTasks`, so rows never change inside a call a view makes into the
model (docs/ARCHITECTURE.md#item-models).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel

from app.domain.messages import msg
from app.platform.messages import render, render_error
from app.ui.catalog.columns import (
    COL_ARTIST,
    COL_CODE,
    COL_STATUS,
    COL_SYNC,
    COL_TITLE,
    KIND_ROLE,
    LOCAL_ID_ROLE,
    OBJECT_ROLE,
    SORT_ROLE,
)
from app.ui.common.i18n import QT_TRANSLATE_NOOP
from app.ui.common.model_tasks import ModelTasks
from app.ui.common.table_model import header_text

HEADERS = (
    QT_TRANSLATE_NOOP("CatalogModel", "Title"),
    QT_TRANSLATE_NOOP("CatalogModel", "Artist"),
    QT_TRANSLATE_NOOP("CatalogModel", "UPC / ISRC"),
    QT_TRANSLATE_NOOP("CatalogModel", "Status"),
    QT_TRANSLATE_NOOP("CatalogModel", "Sync"),
)

if TYPE_CHECKING:
    from app.store.catalog import CatalogCache
    from app.store.rows import LabelRow, ProductRow, TrackRow
    from app.workers.runner import Runner



PAGE_SIZE = 200
SETTLE_FROM = 5_000  # loaded rows from which pages are kept out of full collections (_settle)

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


_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
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
    """One item of the tree; the root is invisible and holds the company node.

    ``children`` holds ``None`` for a row whose page has not arrived yet (a placeholder). A node that
    can have children has a ``QStandardItem`` in the model that carries only the tree's shape; ``addr``
    is that item's C++ address, which is the ``internalId()`` of its children's indexes. The item
    itself is never kept from Python (see :meth:`CatalogModel._ensure_item`).
    """

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
        "addr",
        "pages",
        "wanted",
        "alive",
        "stale",
    )

    def __init__(self, kind: str, row: Any, parent: Node | None, pos: int = 0) -> None:
        # "root" | "company" | "label" | "product" | "track"; a label-profile connection's node
        # ("lp_connection", its local id the connection's name) and its "label_profile" children
        self.kind = kind
        self.row = row
        self.parent = parent
        self.children: list[Node | None] = []
        self.complete = kind in ("track", "lp_connection", "label_profile")  # pushed in, never fetched
        self.fetching = 0  # pages on their way
        self.local_id: str | None = None if row is None else row_value(row, "local_id")
        self.pos = pos  # the row in the parent, kept up to date: list.index() is O(n) at 50k rows
        self.texts: list[str | None] | None = None  # display text per column, made on first paint
        self.count = self._count()
        self.addr = 0
        self.pages: set[int] = set()  # pages asked for (placeholder parents)
        self.wanted = 0  # the last blank row painted: pages far from it by now are skipped
        self.alive = True
        self.stale = False  # the store changed while a read of the children was on its way

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


_SIZED = frozenset({"label", "product"})  # their child count is known: rows exist before their data
_CHILD_KIND_OF = {
    "company": "label", "label": "product", "product": "track", "lp_connection": "label_profile",
}


class CatalogSource:
    """What the tree reads, as plain calls on the store (run on a worker thread)."""

    def __init__(self, store: CatalogCache) -> None:
        self.store = store

    def labels(self) -> list[LabelRow]:
        return list(self.store.labels())

    def products(self, label_local_id: str, offset: int, limit: int) -> list[ProductRow]:
        return list(self.store.products(label_local_id, offset=offset, limit=limit))

    def count_products(self, label_local_id: str) -> int:
        return int(self.store.count_products(label_local_id))

    def tracks(self, product_local_id: str) -> list[TrackRow]:
        return list(self.store.tracks(product_local_id))


class CatalogModel(QStandardItemModel):
    """company → labels → products → tracks, filled lazily through the runner.

    The tree's *shape* lives in ``QStandardItemModel``'s C++ items (data-less), so ``index()``,
    ``parent()``, ``rowCount()``, ``hasChildren()`` and ``flags()`` never call into Python: QTreeView
    calls them for every row of an expanded parent each time it lays the tree out, which at 50,000
    rows costs ~250 ms through Python overrides and ~5 ms in C++ (``docs/CATALOG-SCROLL.md``). All
    data comes from :class:`Node` objects through :meth:`data`.

    A label's rows exist as soon as the label does (its ``product_count``), a product's as soon as
    the product does (``track_count``); their data arrives by pages on the runner, asked for by
    :meth:`data` for the rows being painted (plus a page of prefetch) and by ``fetchMore``, and lands
    with a ``dataChanged`` for just that range: scrolling never inserts rows.
    """

    fetch_failed = Signal(str)
    loaded = Signal(object)  # the parent node after a page landed (tests, benchmarks)

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
        self.setColumnCount(_COLUMNS)
        self._source = source
        # every read the tree makes goes through here: its rows land outside any call a view makes
        # into the model (fetchMore during a layout, data during a paint), whatever the runner
        self._tasks = ModelTasks(runner, self)
        self._page_size = page_size
        self._by_id: dict[tuple[str, str], Node] = {}
        self._by_addr: dict[int, Node] = {}
        self._generation = 0
        self._queue: list[tuple[Node, int, bool, Callable[[], Any], Callable[[Any, Any], None]]] = []
        self._reading = False  # a page is being read on the runner
        self._root = Node("root", None, None)
        self._root.complete = True
        self._root.addr = _address(self.invisibleRootItem())
        self._by_addr[self._root.addr] = self._root
        self._company = Node("company", None, self._root)
        self._company_name = company_name
        self._insert(self._root, 0, [self._company])
        self._live: dict[str, tuple[int, int]] = {}  # product server id -> (DSPs live, DSPs known)

    @property
    def loading(self) -> bool:
        """A read is queued, running, or its rows are waiting for the next event-loop turn (tests)."""
        return bool(self._queue) or self._reading or self._company.fetching > 0

    def set_live_badges(self, badges: dict[str, tuple[int, int]]) -> None:
        """Where products are live (app/ui/live/), shown after their status; the view repaints."""
        self._live = dict(badges)
        for parent in self._by_addr.values():
            for child in parent.children:
                if child is not None and child.kind == "product":
                    child.texts = None

    # -- structure -----------------------------------------------------------------------------
    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        """The node at ``index``; a row whose page has not arrived is asked for (a stand-in until then)."""
        if not index.isValid():
            return self._root
        parent = self._by_addr.get(index.internalId())
        if parent is None:
            return self._root
        row = index.row()
        children = parent.children
        node = children[row] if row < len(children) else None
        if node is None:
            self._want(parent, row)
            node = children[row] if row < len(children) else None
        return node if node is not None else Node("pending", None, parent, row)

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        parent = node.parent
        if parent is None or not node.alive:
            return QModelIndex()
        return self.createIndex(node.pos, column, parent.addr)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text("CatalogModel", HEADERS, section, orientation, role)

    def _new_item(self, node: Node) -> QStandardItem:
        """A detached shape item for ``node``: its columns, and its children's rows when counted."""
        item = QStandardItem()
        item.setColumnCount(_COLUMNS)
        if node.kind in _SIZED and node.count:
            item.setRowCount(node.count)
            node.children = [None] * node.count
        return item

    def _adopt(self, node: Node, item: QStandardItem) -> None:
        node.addr = _address(item)
        self._by_addr[node.addr] = node

    def _ensure_item(self, node: Node) -> QStandardItem:
        """The node's shape item, made in place (no signals) when it had none.

        Use it and drop it: the items belong to the model's C++ side, and a Python wrapper kept past
        its item's deletion could be handed out again by shiboken for a new object at that address."""
        if node is self._root:
            return self.invisibleRootItem()
        item = self.itemFromIndex(self.index_of(node))  # creates a missing item silently
        if not node.addr:
            item.setColumnCount(_COLUMNS)
            self._adopt(node, item)
        return item

    def _register(self, node: Node) -> None:
        if node.local_id is not None:
            self._by_id[(node.kind, node.local_id)] = node

    def _insert(self, parent: Node, first: int, nodes: Sequence[Node]) -> None:
        """Insert loaded ``nodes`` at ``first`` (rows shift down)."""
        item = self._ensure_item(parent)
        items = [self._new_item(n) for n in nodes]
        parent.children[first:first] = nodes
        for position in range(first, len(parent.children)):
            child = parent.children[position]
            if child is not None:
                child.pos = position
        for n, it in zip(nodes, items, strict=True):
            self._register(n)
            if n.kind != "track" and n.kind != "label_profile":
                self._adopt(n, it)
        item.insertRows(first, items)

    def _remove(self, parent: Node, first: int, count: int) -> None:
        if count <= 0:
            return
        self._ensure_item(parent).removeRows(first, count)
        for child in parent.children[first:first + count]:
            if child is not None:
                self._forget(child)
        del parent.children[first:first + count]
        for position in range(first, len(parent.children)):
            child = parent.children[position]
            if child is not None:
                child.pos = position

    def _resize(self, parent: Node, count: int) -> None:
        """Grow with placeholder rows, or drop rows at the end."""
        have = len(parent.children)
        if count > have:
            item = self._ensure_item(parent)
            parent.children.extend([None] * (count - have))
            item.insertRows(have, count - have)
        elif count < have:
            self._remove(parent, count, have - count)
        parent.count = count

    # -- data ------------------------------------------------------------------------------------
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in _ROLES or not index.isValid():
            return None  # most roles a view asks for (size hints, check state...) are not ours
        parent = self._by_addr.get(index.internalId())
        if parent is None:
            return None
        row = index.row()
        children = parent.children
        node = children[row] if row < len(children) else None
        if node is None:  # being painted: ask for its page (the row stays blank until it lands)
            self._want(parent, row)
            node = children[row] if row < len(children) else None
            if node is None:
                return None
        col = index.column()
        # in the order a delegate asks, most often first: every painted cell asks for these four
        if role == _DISPLAY:
            texts = node.texts
            if texts is None:
                texts = node.texts = [self._display(node, c) for c in range(len(HEADERS))]
            return texts[col]
        if role == _FOREGROUND:
            if col == COL_SYNC and node.kind in _SYNCED:
                return SYNC_COLOUR.get(str(row_value(node.row, "sync_state", default="")))
            if col == COL_STATUS and node.kind == "product":
                return STATUS_COLOUR.get(str(row_value(node.row, "status", default="")))
            return None
        if role == _DECORATION:
            if col == COL_SYNC and node.kind in _SYNCED:
                return sync_dot(str(row_value(node.row, "sync_state", default="")))
            return None
        if role == _FONT:
            if node.kind in _BOLD and col == COL_TITLE:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == OBJECT_ROLE:
            return node.row
        if role == KIND_ROLE:
            return node.kind
        if role == LOCAL_ID_ROLE:
            return node.local_id
        if role == _TOOLTIP:
            if node.kind == "lp_connection":
                text = translate("CatalogModel", "Label profiles from the label-profile service “%1”")
                return text.replace("%1", str(node.local_id))
            return self._display(node, col, tooltip=True)
        if role == SORT_ROLE:
            if node.kind == "track" and col == COL_TITLE:
                return int(row_value(node.row, "track_number", default=0) or 0)
            return self._display(node, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(node, col)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2) -> bool:
        return False  # the tree shows the store; edits go through the editors


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
                return render(msg("count.products", n=int(count)))
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
                live = self._live.get(str(row_value(row, "server_id", default="") or ""))
                if live and live[0]:
                    text += " · " + translate("CatalogModel", "live on %1/%2").replace(
                        "%1", str(live[0])).replace("%2", str(live[1]))
                return f"{text} · {delivery}" if delivery else text
            if col == COL_SYNC:
                return self._sync_text(row, tooltip)
        if node.kind == "lp_connection":
            if col == COL_TITLE:
                return str(node.local_id)  # the connection's name; the next column says what it holds
            if col == COL_ARTIST:
                return render(msg("count.label_profiles", n=len(node.children)))
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
        node = self._peek(parent)
        if node is None or node is self._root or node.fetching:
            return False
        if node.kind in _SIZED:
            return self._next_page(node) is not None
        return not node.complete

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        node = self._peek(parent)
        if node is None or node is self._root or node.fetching:
            return
        if node.kind in _SIZED:
            page = self._next_page(node)
            if page is not None:
                self._fetch_page(node, page)
        else:
            self._fetch(node)

    def _peek(self, index: QModelIndex | QPersistentModelIndex) -> Node | None:
        """The node at ``index`` without asking for its page."""
        if not index.isValid():
            return self._root
        parent = self._by_addr.get(index.internalId())
        if parent is None:
            return None
        row = index.row()
        return parent.children[row] if row < len(parent.children) else None

    def _next_page(self, node: Node) -> int | None:
        """The first page of ``node`` that has a blank row and was not asked for yet."""
        if node.kind == "product":
            return 0 if 0 not in node.pages and (node.count is None or None in node.children) else None
        size = self._page_size
        pages = node.pages
        children = node.children
        if node.count is None:
            return 0 if 0 not in pages else None
        for page in range((len(children) + size - 1) // size):
            if page not in pages and None in children[page * size:(page + 1) * size]:
                return page
        return None

    def _want(self, parent: Node, row: int) -> None:
        """A blank row is being painted: fetch its page, and the next one when it is near the end."""
        if parent.kind not in _SIZED:
            return
        if parent.kind == "product":
            if 0 not in parent.pages:
                self._fetch_page(parent, 0)
            return
        size = self._page_size
        page = row // size
        parent.wanted = row
        if page not in parent.pages:
            self._fetch_page(parent, page, skippable=True)
        within = row - page * size
        ahead = page + 1 if within >= size // 2 else page - 1  # prefetch in the direction of travel
        if 0 <= ahead * size < len(parent.children) and ahead not in parent.pages:
            self._fetch_page(parent, ahead, skippable=True)

    def _fetch_page(self, node: Node, page: int, *, skippable: bool = False) -> None:
        """One page of a label's products (offset paging), or a product's tracks (all of them).

        A page asked for by painting (``skippable``) is not read if, by the time a worker gets to it,
        the view has moved more than two pages away (a fast scroll): it is asked for again if its rows
        are painted later. This keeps the workers, which hold the GIL while they build rows, on the
        rows on screen."""
        node.pages.add(page)
        node.fetching += 1
        generation = self._generation
        source = self._source
        size = self._page_size
        local_id = str(node.local_id)
        counted = node.count is not None
        if node.kind == "label":
            offset = page * size

            def work() -> tuple[int | None, list[Any]] | None:
                if skippable and abs(node.wanted - offset) > 2 * size + size // 2:
                    return None  # the view has moved on
                total = None if counted else source.count_products(local_id)
                return total, source.products(local_id, offset, size)
        else:
            offset = 0

            def work() -> tuple[int | None, list[Any]] | None:
                rows = source.tracks(local_id)
                return len(rows), rows

        def done(result: tuple[int | None, list[Any]] | None, error: BaseException | None) -> None:
            if generation != self._generation or not node.alive:
                return  # the model was reset, or the node removed, while this page was loading
            node.fetching -= 1
            if error is not None:
                self.fetch_failed.emit(str(error))
                return
            if result is None:
                node.pages.discard(page)  # skipped: asked for again when its rows are painted
                return
            total, rows = result
            if total is not None:
                self._resize(node, total)
            last = node.kind == "product" or len(rows) < size
            self._fill(node, offset, rows, last=last)
            self.loaded.emit(node)
            if node.stale:  # the page was read before a change it was told of: read it again
                node.stale = False
                self._fetch_page(node, page)

        self._queue.append((node, offset, skippable, work, done))
        self._pump()

    def _pump(self) -> None:
        """Start the newest queued page if none is being read: one page read at a time, so a single
        worker competes with the GUI thread for the GIL, and pages the view has left are dropped."""
        size = self._page_size
        while self._queue and not self._reading:
            node, offset, skippable, work, done = self._queue.pop()  # newest first: what is on screen
            if skippable and abs(node.wanted - offset) > 2 * size + size // 2:
                done(None, None)  # skipped: asked for again if its rows are painted
                continue
            self._reading = True

            def finished(result: Any, error: BaseException | None, done: Any = done) -> None:
                self._reading = False
                try:
                    done(result, error)
                finally:
                    self._pump()

            self._tasks.run(work, finished)

    def _fill(self, parent: Node, offset: int, rows: Sequence[Any], *, last: bool) -> None:
        """Put a page's rows into their places; one ``dataChanged`` for the range."""
        kind = _CHILD_KIND_OF[parent.kind]
        end = offset + len(rows)
        if end > len(parent.children):
            self._resize(parent, end)  # more than the count said (added since)
        children = parent.children
        # The products' own shape items (their tracks' blank rows) are made with the model's signals
        # blocked: they are new, nothing holds an index under them, and the dataChanged below makes the
        # view look at their expand arrows again. Unblocked, each one costs the view a rowsInserted.
        blocked = self.blockSignals(True)
        try:
            let_go = self._fill_rows(parent, kind, offset, rows)
        finally:
            self.blockSignals(blocked)
        if last and end < len(children) and all(c is None for c in children[end:]):
            self._resize(parent, end)  # fewer than the count said (deleted since)
        for position in let_go:
            if position < len(children) and not offset <= position < end:
                index = self.createIndex(position, 0, parent.addr)
                self.dataChanged.emit(index, index.siblingAtColumn(_COLUMNS - 1))
        if rows:
            self.dataChanged.emit(self.createIndex(offset, 0, parent.addr),
                                  self.createIndex(end - 1, _COLUMNS - 1, parent.addr))
            if len(self._by_id) >= SETTLE_FROM:
                _settle()

    def _fill_rows(self, parent: Node, kind: str, offset: int, rows: Sequence[Any]) -> list[int]:
        """Place the rows; returns the other positions left blank because a row was shown there
        before its page came (pushed in by ``insert_child``): the page's place wins, once."""
        children = parent.children
        let_go: list[int] = []
        for position, row in enumerate(rows, offset):
            old = children[position]
            local_id = str(row_value(row, "local_id"))
            if old is not None and old.local_id == local_id:
                old.row, old.texts = row, None
                continue
            elsewhere = self._by_id.get((kind, local_id))
            if elsewhere is not None and elsewhere.parent is parent and elsewhere is not old:
                let_go.append(self._let_go(parent, elsewhere.pos))
            if old is not None:
                self._forget(old)
            child = Node(kind, row, parent, position)
            children[position] = child
            self._register(child)
            if child.count and child.kind == "product":
                item = self._ensure_item(child)  # its tracks' rows, blank until it is expanded
                child.children = [None] * child.count
                item.setRowCount(child.count)
        return let_go

    def _let_go(self, parent: Node, position: int) -> int:
        """Blank a loaded row (its object is shown at another position now); returns the position."""
        node = parent.children[position]
        if node is not None:
            self._forget(node)
            parent.children[position] = None
            item = self._ensure_item(parent).child(position, 0)
            if item is not None:
                item.setRowCount(0)  # a blank row has no tracks under it
        return position

    def _fetch(self, node: Node) -> None:
        """The company's labels (all at once), or the tracks of a product counted as unknown."""
        if node.kind in _SIZED:
            if 0 not in node.pages:
                self._fetch_page(node, 0)
            return
        if node.complete or node.fetching or node.kind != "company":
            return
        node.fetching += 1
        generation = self._generation
        source = self._source

        def done(rows: list[Any] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            node.fetching -= 1
            node.complete = True
            if error is not None:
                self.fetch_failed.emit(render_error(error))
                return
            self._append(node, "label", rows or [])
            self.loaded.emit(node)
            if node.stale:
                self._read_labels_again(node)

        self._tasks.run(source.labels, done)

    def _read_labels_again(self, node: Node) -> None:
        """The labels were read before a change the model was told of while they were on their way
        (with the synchronous runner, a read is made at once and lands a turn later): read them again."""
        node.stale = False
        node.fetching += 1
        generation = self._generation

        def done(rows: list[Any] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            node.fetching -= 1
            if error is not None:
                self.fetch_failed.emit(render_error(error))
                return
            self.merge_children("company", "", rows or [])
            if node.stale:
                self._read_labels_again(node)

        self._tasks.run(self._source.labels, done)

    def _append(self, node: Node, kind: str, rows: Sequence[Any]) -> None:
        fresh = [r for r in rows if (kind, str(row_value(r, "local_id"))) not in self._by_id]
        if not fresh:
            if node.complete and not node.children:
                index = self.index_of(node)
                self.dataChanged.emit(index, index)
            return
        first = len(node.children)
        self._insert(node, first, [Node(kind, row, node, first + i) for i, row in enumerate(fresh)])
        if node.kind in _SIZED:
            node.count = len(node.children)

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
        self._generation += 1
        self._queue.clear()
        company = self._company
        self._remove(company, 0, len(company.children))
        company.complete = False
        company.fetching = 0
        company.stale = False
        self._fetch(company)

    def update_rows(self, kind: str, rows: Iterable[Any]) -> None:
        """Replace the data of loaded rows and repaint just those rows."""
        for row in rows:
            node = self._by_id.get((kind, str(row_value(row, "local_id"))))
            if node is None:
                continue
            node.row = row
            node.texts = None
            count = node._count()
            if kind in _SIZED and count is not None and count != node.count:
                self._recount(node, count)
            left = self.index_of(node, 0)
            right = self.index_of(node, len(HEADERS) - 1)
            self.dataChanged.emit(left, right)

    def _recount(self, node: Node, count: int) -> None:
        """The store's count for a node changed: blank rows follow it (loaded ones are merged)."""
        if node.kind == "product" and any(c is not None for c in node.children):
            node.count = count  # its tracks are loaded: merge_children brings them in line
            return
        if count > len(node.children) or all(c is None for c in node.children[count:]):
            self._resize(node, count)
            node.pages = {p for p in node.pages if p * self._page_size < count}

    # -- label-profile connections: top-level nodes after the company, rows pushed in ------------------
    def set_profile_connections(self, names: Sequence[str]) -> None:
        """One top-level node per label-profile connection, in the order given, after the company."""
        root = self._root
        for position in range(len(root.children) - 1, 0, -1):
            node = root.children[position]
            if node is not None and node.local_id not in names:
                self._remove(root, position, 1)
        have = {c.local_id for c in root.children[1:] if c is not None}
        fresh = [n for n in names if n not in have]
        if fresh:
            first = len(root.children)
            nodes = []
            for offset, name in enumerate(fresh):
                node = Node("lp_connection", None, root, first + offset)
                node.local_id = name
                nodes.append(node)
            self._insert(root, first, nodes)

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
        node = self._peek(index)
        if node is None or node is self._root:
            return None
        if node.kind == "label_profile" and node.parent is not None:
            node = node.parent
        return node.local_id if node.kind == "lp_connection" else None

    def _parent_node(self, kind: str, local_id: str) -> Node | None:
        return self._company if kind == "company" else self._by_id.get((kind, local_id))

    def insert_child(self, parent_kind: str, parent_id: str, row: Any) -> None:
        """A new object under a parent: show it at once (at the end, as a page would place it later)."""
        node = self._parent_node(parent_kind, parent_id)
        if node is None:
            return
        if node.kind == "company" and not node.complete:
            node.stale = True  # the labels are on their way, maybe read before this one was made
            return
        kind = _CHILD_KIND_OF[parent_kind]
        if (kind, str(row_value(row, "local_id"))) in self._by_id:
            return
        if node.kind in _SIZED and node.children and node.children[-1] is None:
            # the parent's count was read after the object was made: its last blank row is this one
            self._fill(node, len(node.children) - 1, [row], last=False)
            return
        self._append(node, kind, [row])

    def merge_children(self, parent_kind: str, parent_id: str, rows: Sequence[Any]) -> None:
        """Bring a parent's children in line with ``rows`` (the complete, ordered list)."""
        node = self._parent_node(parent_kind, parent_id)
        if node is None:
            return
        if node.fetching or parent_kind == "company" and not node.complete:
            node.stale = True  # a read made before this change is on its way: read again once it lands
            return
        kind = _CHILD_KIND_OF[parent_kind]
        if parent_kind == "product" and (None in node.children or len(node.children) != len(rows)
                                         and not node.children):
            # blank rows or none at all: the list is complete, so lay it out as it is
            self._resize(node, len(rows))
            node.pages.add(0)
            self._fill(node, 0, rows, last=True)
            return
        wanted = [str(row_value(r, "local_id")) for r in rows]
        have = [c.local_id for c in node.children if c is not None]
        reordered = [h for h in have if h in wanted] != [w for w in wanted if w in have]
        if reordered and parent_kind not in ("label", "lp_connection"):
            self.refresh_children(parent_kind, parent_id)  # reordered (renumbered tracks): reload
            return
        by_id = {str(row_value(r, "local_id")): r for r in rows}
        if parent_kind != "label":  # a label's products are paged: never drop unseen ones
            for position in range(len(node.children) - 1, -1, -1):
                child = node.children[position]
                if child is not None and child.local_id not in by_id:
                    self._remove(node, position, 1)
        self.update_rows(kind, [r for lid, r in by_id.items() if (kind, lid) in self._by_id])
        fresh = [r for lid, r in by_id.items() if (kind, lid) not in self._by_id]
        if fresh:
            self._append(node, kind, fresh)

    def remove(self, kind: str, local_id: str) -> None:
        """Take an item (and what hangs under it) out of the tree: a draft that was deleted."""
        node = self._by_id.get((kind, local_id))
        if node is None or node.parent is None or not node.alive:
            return
        parent = node.parent
        self._remove(parent, node.pos, 1)
        if parent.kind in _SIZED:
            parent.count = len(parent.children)

    def refresh_children(self, kind: str, local_id: str) -> None:
        """Reload a parent's children (a track was added, products were imported)."""
        node = self._company if kind == "company" else self._by_id.get((kind, local_id))
        if node is None:
            return
        if node.fetching:
            node.stale = True
            return
        self._remove(node, 0, len(node.children))
        node.pages.clear()
        node.complete = False
        if node.kind in _SIZED:
            node.count = None  # counted again with the first page
            self._fetch_page(node, 0)
        else:
            self._fetch(node)

    def _forget(self, node: Node) -> None:
        node.alive = False
        for child in node.children:
            if child is not None:
                self._forget(child)
        node.children = []
        node.parent = None  # no parent/child cycles: a forgotten subtree is freed by reference counting
        if node.local_id is not None and self._by_id.get((node.kind, node.local_id)) is node:
            del self._by_id[(node.kind, node.local_id)]
        if node.addr and self._by_addr.get(node.addr) is node:
            del self._by_addr[node.addr]

    def loaded_ids(self, kind: str) -> list[str]:
        return [lid for (k, lid) in self._by_id if k == kind]


def _settle() -> None:
    """Keep a page's nodes out of the collector's full passes (from ``SETTLE_FROM`` loaded rows).

    Each loaded row is a few objects the cyclic collector tracks; at tens of thousands of rows a full
    collection walks all of them (measured at 90-150 ms on the GUI thread while scrolling, the longest
    stall of a deep scroll). After a page lands, the young generations are collected (about 1 ms) and
    what survives is frozen, like the objects built at start-up (``app/ui/app.py``); rows that are
    dropped later are freed by reference counting (``_forget`` breaks the parent links).
    """
    gc.collect(1)
    gc.freeze()


def _address(item: QStandardItem) -> int:
    """The C++ address of a shape item: the ``internalId()`` of its children's indexes."""
    return int(shiboken6.getCppPointer(item)[0])


class StoreBridge(QObject):
    """Turns the store's plain listener calls (any thread) into a queued Qt signal."""

    changed = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def __call__(self, kind: str, local_ids: list[str]) -> None:
        self.changed.emit(str(kind), list(local_ids) if local_ids is not None else [])
